// Mechanical checks of the Bình Thành dataset against the report text it was read from.
import { describe, expect, it } from 'vitest';
import { binhThanhReport as report } from './binh-thanh/report.js';
import { occursWithin, sectionRanges } from './section-spans.js';
import { readSourceText } from './source-text.js';

const text = readSourceText();
const ranges = sectionRanges(text, report.sections);
const sectionIds = new Set(report.sections.map((s) => s.id));

describe('observation sources', () => {
  it.each(report.observations.map((o, i) => [i, o.indicatorCode, o.source.sectionId, o] as const))(
    '#%i %s quotes text found inside its section %s',
    (_i, _code, sectionId, observation) => {
      expect(sectionIds.has(sectionId)).toBe(true);
      expect(text.includes(observation.source.quote), `quote not in source: ${JSON.stringify(observation.source.quote)}`).toBe(true);
      expect(occursWithin(text, ranges.get(sectionId)!, observation.source.quote), `quote not inside ${sectionId}`).toBe(true);
    },
  );

  it('every raw figure occurs in its quote', () => {
    const missing = report.observations.filter((o) => !o.source.quote.includes(o.raw));
    expect(missing.map((o) => `${o.indicatorCode}: ${o.raw}`)).toEqual([]);
  });

  it('blank cells stay blank: raw "" always has value null, and a written figure never does', () => {
    const wrong = report.observations.filter((o) => (o.raw === '') !== (o.value === null));
    expect(wrong.map((o) => o.indicatorCode)).toEqual([]);
  });

  it('task and target quotes come from the DANH MỤC and PHẦN IV 2', () => {
    for (const task of report.tasks) {
      expect(occursWithin(text, ranges.get(task.source.sectionId)!, task.source.quote), `task ${task.number}`).toBe(true);
    }
    for (const target of report.targets) {
      expect(target.source.sectionId).toBe('IV.2');
      expect(occursWithin(text, ranges.get('IV.2')!, target.source.quote), target.code).toBe(true);
    }
  });
});

describe('PHỤ LỤC I rows', () => {
  const appendixStart = text.indexOf('PHỤ LỤC I');
  const appendixEnd = text.indexOf('DANH MỤC', appendixStart);
  const appendixText = text.slice(appendixStart, appendixEnd);
  // A row code starts its line: "1.", "1.2.1.", "6.2", "4.1.5." (the PDF sometimes indents it by one space).
  const printedCodes = [...appendixText.matchAll(/^[ \t]*(\d\.(?:\d+\.?)*)(?=\s|$)/gm)].map((m) => m[1]!);

  it('finds the numbered rows in the source text', () => {
    expect(printedCodes.length).toBeGreaterThan(80);
    expect(printedCodes).toContain('4.1.5.');
    expect(printedCodes).toContain('6.2');
  });

  it('has every numbered row as an indicator, in the printed order and with the code as printed', () => {
    const numbered = report.indicators.filter((i) => i.origin === 'APPENDIX' && !i.isComponentRow);
    expect(numbered.map((i) => i.codeAsWritten)).toEqual(printedCodes);
    expect(numbered.map((i) => i.code)).toEqual(printedCodes.map((c) => c.replace(/\.$/, '')));
  });

  it('names every row as printed (line breaks aside)', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const flatAppendix = flat(appendixText);
    const misnamed = report.indicators
      .filter((i) => i.origin === 'APPENDIX')
      .filter((i) => !flatAppendix.includes(flat(i.name)))
      .map((i) => `${i.code} ${i.name}`);
    expect(misnamed).toEqual([]);
  });

  it('has one group of "Trong đó" rows for each "Trong đó" printed', () => {
    const printedGroups = appendixText.match(/Trong\s*\n\s*đó/g) ?? [];
    const parentsWithRows = new Set(
      report.indicators.filter((i) => i.origin === 'APPENDIX' && i.isComponentRow).map((i) => i.parentCode),
    );
    expect(parentsWithRows.size).toBe(printedGroups.length);
  });

  it('gives every row with a figure cell exactly one appendix observation', () => {
    const appendixObservations = report.observations.filter((o) => o.source.table === 'PHỤ LỤC I');
    const counts = new Map<string, number>();
    for (const o of appendixObservations) counts.set(o.indicatorCode, (counts.get(o.indicatorCode) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('report structure', () => {
  it('has the thirteen programme tasks, all marked Hoàn thành', () => {
    expect(report.tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(report.tasks.every((t) => t.completed === true)).toBe(true);
    expect(report.tasks.map((t) => t.group)).toEqual(['I', 'I', 'I', 'II', 'III', 'III', 'IV', 'V', 'V', 'V', 'VI', 'V', 'V']);
  });

  it('has the seven 2026–2030 targets, each on an indicator of the report', () => {
    expect(report.targets).toHaveLength(7);
    const codes = new Set(report.indicators.map((i) => i.code));
    for (const target of report.targets) expect(codes.has(target.indicatorCode), target.indicatorCode).toBe(true);
    expect(report.targets.map((t) => t.comparator)).toEqual([
      'AT_LEAST', 'AT_LEAST', 'MORE_THAN', 'AT_LEAST', 'EQUAL', 'REDUCE_BY_AT_LEAST', 'EQUAL',
    ]);
  });

  it('keeps task titles and target sentences as printed (line breaks aside)', () => {
    // A word the PDF broke after its hyphen ("45/2020/NĐ-" / "CP") is joined back.
    const flat = (s: string) => s.replace(/(\S)-\s+/g, '$1-').replace(/\s+/g, ' ');
    const flatText = flat(text);
    for (const task of report.tasks) expect(flatText.includes(flat(task.title)), `task ${task.number}`).toBe(true);
    for (const target of report.targets) expect(flatText.includes(flat(target.text)), target.code).toBe(true);
  });

  it('has every part of the report as a section', () => {
    const expected = [
      'I', 'I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6',
      'II', 'II.1', 'II.1.1', 'II.1.2', 'II.1.3', 'II.1.4', 'II.2', 'II.2.1', 'II.2.2', 'II.3', 'II.3.1', 'II.3.2',
      'II.4', 'II.4.1', 'II.4.2', 'II.4.3', 'II.5', 'II.6', 'II.6.1', 'II.6.2', 'II.6.3', 'II.6.4', 'II.6.5',
      'III', 'III.1', 'III.2', 'III.3', 'III.4', 'IV', 'IV.1', 'IV.2',
      'PL1', 'PL1.1', 'PL1.2', 'PL1.3', 'PL1.4', 'PL1.5', 'PL1.6', 'PL1.7', 'DM',
    ];
    expect(report.sections.map((s) => s.id)).toEqual(expected);
    for (const s of report.sections) if (s.parentId !== null) expect(sectionIds.has(s.parentId)).toBe(true);
  });

  it('keeps footnote 1 in section I.3 and out of I.4', () => {
    const i3 = report.sections.find((s) => s.id === 'I.3')!;
    const i4 = report.sections.find((s) => s.id === 'I.4')!;
    expect(i3.body).toContain('1 Năm 2021: Tự kiểm tra định kỳ 01 cuộc');
    expect(i4.body).not.toContain('Năm 2021: Tự kiểm tra');
    expect(occursWithin(text, ranges.get('I.3')!, 'Năm 2024: Tự kiểm tra đột xuất 01 cuộc')).toBe(true);
    expect(occursWithin(text, ranges.get('I.4')!, 'Năm 2024: Tự kiểm tra đột xuất 01 cuộc')).toBe(false);
  });

  it('keeps every section body free of page numbers and line-break debris', () => {
    for (const s of report.sections) {
      expect(s.body, s.id).not.toMatch(/\n\d+\n/);
      expect(s.body, s.id).not.toMatch(/ {2,}/);
    }
  });
});
