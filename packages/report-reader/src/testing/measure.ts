// Proposals measured against what a person checked: how many figures came out exactly, and whether any wrong value
// was proposed with HIGH confidence (there must be none).
import { compactFold, type ReportProposals } from '../index.js';
import type { Truth } from './truth.js';

export interface Measurement {
  appendixExact: number;
  appendixTotal: number;
  seriesFound: number;
  seriesTotal: number;
  tasksFound: number;
  tasksTotal: number;
  targetsFound: number;
  targetsTotal: number;
  /** Proposals marked HIGH whose value is not the checked one ("1.2.1: 90 ≠ 100"). */
  wrongHigh: string[];
  /** What was missed, for the report. */
  misses: string[];
}

export function measure(proposals: ReportProposals, truth: Truth): Measurement {
  const misses: string[] = [];
  const wrongHigh: string[] = [];
  const byCode = new Map(proposals.appendix.map((p) => [p.code, p]));
  let appendixExact = 0;
  for (const [code, expected] of truth.appendix) {
    const p = byCode.get(code);
    if (p && p.raw === expected.raw && p.value === expected.value) appendixExact += 1;
    else misses.push(`appendix ${code}: expected "${expected.raw}", proposed ${p ? `"${p.raw}"` : 'nothing'}`);
  }
  for (const p of proposals.appendix) {
    const expected = truth.appendix.get(p.code);
    if (p.confidence === 'HIGH' && (!expected || expected.raw !== p.raw || expected.value !== p.value)) {
      wrongHigh.push(`appendix ${p.code}: "${p.raw}" ≠ "${expected?.raw ?? '(no figure)'}"`);
    }
  }

  const key = (code: string | null, year: number, value: number | null) => `${code}|${year}|${value}`;
  const proposed = new Set(proposals.series.map((p) => key(p.indicatorCode, p.year, p.value)));
  const expectedKeys = new Set(truth.series.map((p) => key(p.indicatorCode, p.year, p.value)));
  let seriesFound = 0;
  for (const point of truth.series) {
    if (proposed.has(key(point.indicatorCode, point.year, point.value))) seriesFound += 1;
    else misses.push(`series ${point.indicatorCode} ${point.year}: expected ${point.raw}`);
  }
  for (const p of proposals.series) {
    if (p.confidence === 'HIGH' && !expectedKeys.has(key(p.indicatorCode, p.year, p.value))) {
      wrongHigh.push(`series ${p.indicatorCode} ${p.year}: ${p.raw}`);
    }
  }

  let tasksFound = 0;
  for (const task of truth.tasks) {
    const p = proposals.tasks.find((t) => t.number === task.number);
    const same = (a: string | null | undefined, b: string) => compactFold(a ?? '') === compactFold(b);
    if (p && same(p.title, task.title) && same(p.department, task.department) && same(p.evidence, task.evidence)) tasksFound += 1;
    else misses.push(`task ${task.number}`);
  }
  let targetsFound = 0;
  for (const target of truth.targets) {
    const p = proposals.targets.find((t) => compactFold(t.text) === compactFold(target.text));
    if (p && p.comparator === target.comparator && p.value === target.value) targetsFound += 1;
    else misses.push(`target "${target.text.slice(0, 40)}…"`);
  }
  return {
    appendixExact,
    appendixTotal: truth.appendix.size,
    seriesFound,
    seriesTotal: truth.series.length,
    tasksFound,
    tasksTotal: truth.tasks.length,
    targetsFound,
    targetsTotal: truth.targets.length,
    wrongHigh,
    misses,
  };
}
