// The dataset in figures: what the summary command prints.
import { periodKey, type Finding, type ReportData } from '@cchc/domain';
import type { Dataset } from './load.js';

export interface ReportSummary {
  orgUnitCode: string;
  programme: string;
  sections: number;
  indicators: { total: number; APPENDIX: number; NARRATIVE: number; TARGET: number };
  observations: number;
  /** Observations of a blank cell: "not reported", value null. */
  blanks: number;
  /** Indicators with figures for two or more calendar years. */
  series: { code: string; years: number[] }[];
  tasks: number;
  tasksCompleted: number;
  targets: number;
}

export function summarizeReport(report: ReportData): ReportSummary {
  const byOrigin = { APPENDIX: 0, NARRATIVE: 0, TARGET: 0 };
  for (const indicator of report.indicators) byOrigin[indicator.origin] += 1;
  const years = new Map<string, Set<number>>();
  for (const o of report.observations) {
    if (o.period.kind !== 'YEAR') continue;
    const key = `${o.indicatorCode}@${o.orgUnitCode}`;
    years.set(key, (years.get(key) ?? new Set()).add(o.period.year));
  }
  const series = [...years.entries()]
    .filter(([, set]) => set.size >= 2)
    .map(([key, set]) => ({ code: key.split('@')[0]!, years: [...set].sort((a, b) => a - b) }));
  return {
    orgUnitCode: report.orgUnitCode,
    programme: report.programme,
    sections: report.sections.length,
    indicators: { total: report.indicators.length, ...byOrigin },
    observations: report.observations.length,
    blanks: report.observations.filter((o) => o.value === null).length,
    series,
    tasks: report.tasks.length,
    tasksCompleted: report.tasks.filter((t) => t.completed === true).length,
    targets: report.targets.length,
  };
}

export function formatSummary(dataset: Dataset): string {
  const lines: string[] = [
    `Org units: ${dataset.orgUnits.length}; programmes: ${dataset.programmes.map((p) => p.code).join(', ')}`,
  ];
  for (const report of dataset.reports) {
    const s = summarizeReport(report);
    lines.push(
      '',
      `Report ${s.orgUnitCode} ${s.programme}: ${report.title}`,
      `  sections      ${s.sections}`,
      `  indicators    ${s.indicators.total} (appendix ${s.indicators.APPENDIX}, narrative ${s.indicators.NARRATIVE}, target ${s.indicators.TARGET})`,
      `  observations  ${s.observations} (blank ${s.blanks})`,
      `  series        ${s.series.length}: ${s.series.map((x) => `${x.code} [${x.years.join(', ')}]`).join('; ')}`,
      `  tasks         ${s.tasks} (completed ${s.tasksCompleted})`,
      `  targets       ${s.targets}`,
      `  periods       ${[...new Set(report.observations.map((o) => periodKey(o.period)))].join(', ')}`,
    );
  }
  return lines.join('\n');
}

/** The findings of one report, counted by severity and rule, then each with its values and message. */
export function formatFindings(report: ReportData, findings: readonly Finding[]): string {
  const bySeverity = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const rules = new Map<string, number>();
  for (const f of findings) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
  const lines = [
    `Validation findings for ${report.orgUnitCode} ${report.programme}: ${findings.length} ` +
      `(ERROR ${bySeverity('ERROR')}, WARNING ${bySeverity('WARNING')}, INFO ${bySeverity('INFO')})`,
    `  by rule: ${[...rules.entries()].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}`,
  ];
  findings.forEach((f, i) => {
    const values = f.values.map((v) => `${v.label}=${v.raw !== undefined ? JSON.stringify(v.raw) : v.value}`).join(', ');
    lines.push(
      `  ${i + 1}. [${f.severity}] ${f.rule} ${f.indicatorCodes.join(', ')}${f.period ? ` (${f.period})` : ''}`,
      `     ${f.message.en}`,
      `     ${f.message.vi}`,
      ...(values ? [`     values: ${values}`] : []),
    );
  });
  return lines.join('\n');
}
