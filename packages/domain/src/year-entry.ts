// A commune's figures of one year, typed into the PHỤ LỤC I form (or read from a year's appendix file): reading the
// text as written, the derived ratios and sums, and the validation findings — the same for the browser (as you type)
// and the server (when the draft is saved or submitted).
import { buildIndicatorGraph, computeDerived, IndicatorGraphError, type DerivedValue } from './graph.js';
import type { Finding, IndicatorDef, Observation } from './model.js';
import { parseVietnameseNumber, VietnameseNumberError } from './vn-number.js';
import { validateReport } from './validation/index.js';

/** The longest text a cell of the form may hold (a number, or a short answer). */
export const MAX_ENTRY_TEXT = 200;
/** The source table name of figures entered (or imported) for one year. */
export const YEAR_ENTRY_TABLE = 'PHỤ LỤC I (năm)';

export interface EntryCell {
  indicatorCode: string;
  /** The text as typed ("98,37", "16.807", "" for blank). */
  raw: string;
  /** An optional note (Ghi chú). */
  note?: string | null;
}

export type EntryProblemCode = 'UNKNOWN_INDICATOR' | 'NOT_A_FIGURE' | 'BAD_NUMBER' | 'TEXT_TOO_LONG' | 'DUPLICATE';

/** A cell that cannot be stored: its code, where, what was typed and a message in both languages. */
export interface EntryProblem {
  indicatorCode: string;
  raw: string;
  code: EntryProblemCode;
  message: { vi: string; en: string };
}

/**
 * Rows of the template that take a figure: appendix rows that are not headings nor text. A heading is a row that
 * other non-component rows sit under and that has neither a unit nor a value type of its own ("1.", "1.2."): it is
 * structure, not a figure. "3.1. Thống kê TTHC" (a COUNT with rows under it) takes a figure.
 */
export function entryRows(indicators: readonly IndicatorDef[]): IndicatorDef[] {
  const appendix = indicators.filter((i) => i.origin === 'APPENDIX');
  const parents = new Set(appendix.flatMap((i) => (i.parentCode !== null && !i.isComponentRow ? [i.parentCode] : [])));
  const isHeading = (i: IndicatorDef) => parents.has(i.code) && i.unit === null && i.valueType === 'NUMBER';
  return appendix.filter((i) => !isHeading(i) && i.valueType !== 'TEXT').sort((a, b) => a.order - b.order);
}

/**
 * Reads the cells of one year into observations (period YEAR). Blank stays blank (value null). Every cell that cannot
 * be read is a problem; nothing is guessed.
 */
export function readYearEntry(
  indicators: readonly IndicatorDef[],
  orgUnitCode: string,
  year: number,
  cells: readonly EntryCell[],
): { observations: Observation[]; problems: EntryProblem[] } {
  const rows = new Map(entryRows(indicators).map((i) => [i.code, i]));
  const known = new Set(indicators.map((i) => i.code));
  const observations: Observation[] = [];
  const problems: EntryProblem[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const code = cell.indicatorCode;
    const problem = (c: EntryProblemCode, vi: string, en: string) =>
      problems.push({ indicatorCode: code, raw: cell.raw, code: c, message: { vi: `${code}: ${vi}`, en: `${code}: ${en}` } });
    if (seen.has(code)) {
      problem('DUPLICATE', 'chỉ tiêu được nhập hai lần.', 'the indicator is given twice.');
      continue;
    }
    seen.add(code);
    if (!rows.has(code)) {
      if (known.has(code)) problem('NOT_A_FIGURE', 'dòng tiêu đề, không nhập số liệu.', 'a heading row takes no figure.');
      else problem('UNKNOWN_INDICATOR', 'không có trong mẫu Phụ lục I.', 'is not a row of the PHỤ LỤC I template.');
      continue;
    }
    if (cell.raw.length > MAX_ENTRY_TEXT || (cell.note?.length ?? 0) > MAX_ENTRY_TEXT) {
      problem('TEXT_TOO_LONG', `tối đa ${MAX_ENTRY_TEXT} ký tự.`, `at most ${MAX_ENTRY_TEXT} characters.`);
      continue;
    }
    let value: number | null;
    try {
      value = parseVietnameseNumber(cell.raw);
    } catch (error) {
      if (!(error instanceof VietnameseNumberError)) throw error;
      problem(
        'BAD_NUMBER',
        `"${cell.raw}" không phải số viết kiểu Việt Nam (dấu phẩy thập phân, dấu chấm nhóm nghìn, ví dụ 80,5 hoặc 16.807).`,
        `"${cell.raw}" is not a Vietnamese number (decimal comma, dot between thousands, e.g. 80,5 or 16.807).`,
      );
      continue;
    }
    observations.push({
      indicatorCode: code,
      orgUnitCode,
      period: { kind: 'YEAR', year },
      value,
      raw: cell.raw.trim(),
      note: cell.note?.trim() ? cell.note.trim() : null,
      source: { sectionId: '', table: YEAR_ENTRY_TABLE, row: code, quote: '' },
    });
  }
  return { observations, problems };
}

/**
 * The findings of one year's figures, by the rules of VALIDATION_RULES. Rules about the template itself (a rate
 * whose unit is not %) are reported only for rows that hold a figure, so an empty form has no findings.
 */
export function validateYearEntry(
  indicators: readonly IndicatorDef[],
  orgUnitCode: string,
  year: number,
  observations: readonly Observation[],
): Finding[] {
  const findings = validateReport({
    orgUnitCode,
    programme: `${year}-${year}`,
    title: '',
    addressees: [],
    legalBases: [],
    signedBy: null,
    sections: [],
    indicators: [...indicators],
    observations: [...observations],
    tasks: [],
    targets: [],
  });
  return findings.filter((f) => f.rule !== 'RATE_UNIT_NOT_PERCENT' || f.values.length > 0);
}

/** The derived ratios and sums of the entered figures ("derived as you type"); empty when the template is broken. */
export function deriveYearEntry(indicators: readonly IndicatorDef[], observations: readonly Observation[]): Map<string, DerivedValue> {
  try {
    const graph = buildIndicatorGraph(indicators);
    return computeDerived(graph, new Map(observations.map((o) => [o.indicatorCode, o.value])));
  } catch (error) {
    if (error instanceof IndicatorGraphError) return new Map();
    throw error;
  }
}
