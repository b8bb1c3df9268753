import {
  isPercentIndicator,
  isPossiblePercent,
  parseVietnameseNumber,
  VietnameseNumberError,
  type IndicatorDef,
} from '@cchc/domain';
import { readTable, type ReadTableCode, type TableRow } from './read-table.js';
import {
  APPENDIX_COLUMNS,
  appendixRows,
  codeFromStt,
  formatLegend,
  isComponentGroupLabel,
  isSyntheticNote,
  matchKey,
  rowName,
  type AppendixColumn,
  type AppendixFormat,
  type AppendixProgramme,
} from './template.js';

export type AppendixProblemKind =
  | 'UNREADABLE_FILE'
  | 'HEADER'
  | 'UNKNOWN_CODE'
  | 'DUPLICATE_ROW'
  | 'UNMATCHED_COMPONENT'
  | 'NAME_MISMATCH'
  | 'BAD_NUMBER'
  | 'NOT_IN_LEGEND'
  | 'PERCENT_OUT_OF_RANGE'
  | 'SYNTHETIC';

/**
 * The exact reason, which clients word in the reader's language from `params` (the English `reason` is for logs and
 * scripts). Each kind has one or more codes; a file that cannot be read at all has read-table's code.
 */
export type AppendixProblemCode =
  | ReadTableCode
  | 'EMPTY_FILE'
  | 'HEADER_MISSING'
  | 'HEADER_WRONG'
  | 'HEADER_EXTRA'
  | 'UNKNOWN_CODE'
  | 'DUPLICATE_ROW'
  | 'COMPONENT_NO_PARENT'
  | 'COMPONENT_PARENT_UNKNOWN'
  | 'COMPONENT_TOO_MANY'
  | 'COMPONENT_NAME'
  | 'NAME_MISMATCH'
  | 'BAD_NUMBER'
  | 'NOT_IN_LEGEND'
  | 'PERCENT_OUT_OF_RANGE'
  | 'SYNTHETIC_FIGURE';

export type ProblemParams = Record<string, string | number>;

export interface AppendixProblem {
  /** 1-based spreadsheet row (the header is row 1); 0 when the file itself cannot be read. */
  rowNumber: number;
  /** The template column concerned ("Số liệu"), or "" for the file as a whole. */
  column: string;
  /** The cell's text as found. */
  text: string;
  /** In English, for logs and scripts; readers get `code` and `params` worded in their language. */
  reason: string;
  kind: AppendixProblemKind;
  code: AppendixProblemCode;
  params: ProblemParams;
}

export interface ParseOptions {
  /** The programme the file is for: rows that name a programme must name this one (default: as in the template). */
  programme?: AppendixProgramme | null;
}

export interface AppendixRow {
  code: string;
  /** The value cell as written; "" when blank. */
  raw: string;
  /** null when the cell is blank (not reported), never 0. */
  value: number | null;
  note: string | null;
  rowNumber: number;
}

/**
 * `problems` reject the file; `warnings` do not. A value outside its legend or a percentage outside 0–100 is what the
 * commune reported: it is stored as written and flagged by validation (ENUM_OUT_OF_LEGEND, PERCENT_OUT_OF_RANGE),
 * never refused or corrected — refusing would force the uploader to "fix" the source.
 */
export type ParseResult =
  | { ok: true; rows: AppendixRow[]; warnings: AppendixProblem[] }
  | { ok: false; problems: AppendixProblem[]; warnings: AppendixProblem[] };

/** Problem kinds that are reported but do not reject the file. */
export const WARNING_KINDS: ReadonlySet<AppendixProblemKind> = new Set(['NOT_IN_LEGEND', 'PERCENT_OUT_OF_RANGE']);

const COLUMN_INDEX: Record<AppendixColumn, number> = {
  STT: 0,
  'Các chỉ tiêu': 1,
  'Đơn vị tính': 2,
  'Số liệu': 3,
  'Ghi chú': 4,
};

/**
 * Reads a filled-in PHỤ LỤC I against the template. All or nothing: the rows come back only when the whole file is
 * sound; otherwise every problem found is listed with its row, column, text and reason. Nothing is corrected.
 */
export async function parseAppendix(
  bytes: Uint8Array,
  format: AppendixFormat,
  template: IndicatorDef[],
  options: ParseOptions = {},
): Promise<ParseResult> {
  const table = await readTable(bytes, format);
  if (!table.ok) {
    const unreadable = problem(table.rowNumber, '', '', table.reason, 'UNREADABLE_FILE', table.code, table.params);
    return { ok: false, problems: [unreadable], warnings: [] };
  }
  const rows = table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (header === undefined) {
    return { ok: false, problems: [problem(1, '', '', 'the file is empty: no header row', 'HEADER', 'EMPTY_FILE')], warnings: [] };
  }
  const headerProblems = checkHeader(header);
  // With a wrong header the columns cannot be trusted, so the rows are not read.
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems, warnings: [] };
  return readBody(body, template, options.programme ?? null);
}

function checkHeader(header: TableRow): AppendixProblem[] {
  const problems: AppendixProblem[] = [];
  APPENDIX_COLUMNS.forEach((expected, index) => {
    const found = header.cells[index] ?? '';
    if (matchKey(found).toLocaleLowerCase('vi') === expected.toLocaleLowerCase('vi')) return;
    const position = index + 1;
    if (matchKey(found) === '') {
      const reason = `header column ${position} is missing; expected "${expected}"`;
      problems.push(problem(header.rowNumber, expected, found, reason, 'HEADER', 'HEADER_MISSING', { position, expected }));
    } else {
      const reason = `header column ${position} is "${found}"; expected "${expected}"`;
      const params = { position, found: echo(found), expected };
      problems.push(problem(header.rowNumber, expected, found, reason, 'HEADER', 'HEADER_WRONG', params));
    }
  });
  header.cells.slice(APPENDIX_COLUMNS.length).forEach((found, offset) => {
    if (matchKey(found) === '') return;
    const position = APPENDIX_COLUMNS.length + offset + 1;
    const reason = `unexpected header column ${position} "${found}"; the template has only ${APPENDIX_COLUMNS.join(', ')}`;
    const params = { position, found: echo(found), columns: APPENDIX_COLUMNS.join(', ') };
    problems.push(problem(header.rowNumber, found, found, reason, 'HEADER', 'HEADER_EXTRA', params));
  });
  return problems;
}

function readBody(body: TableRow[], template: IndicatorDef[], programme: AppendixProgramme | null): ParseResult {
  const templateRows = appendixRows(template);
  const numbered = new Map<string, IndicatorDef>();
  const componentsOf = new Map<string, IndicatorDef[]>();
  for (const indicator of templateRows) {
    if (!indicator.isComponentRow) {
      numbered.set(indicator.code, indicator);
    } else if (indicator.parentCode !== null) {
      const group = componentsOf.get(indicator.parentCode) ?? [];
      group.push(indicator);
      componentsOf.set(indicator.parentCode, group);
    }
  }

  const problems: AppendixProblem[] = [];
  const warnings: AppendixProblem[] = [];
  const parsed: AppendixRow[] = [];
  const seenAt = new Map<string, number>();
  // The numbered row a "Trong đó" group hangs under, and the position of the last component row read in that group.
  let parent: { stt: string; indicator: IndicatorDef | null; rowNumber: number } | null = null;
  let position = -1;

  for (const row of body) {
    const cell = (column: AppendixColumn): string => row.cells[COLUMN_INDEX[column]] ?? '';
    const stt = cell('STT');
    const name = cell('Các chỉ tiêu');
    let indicator: IndicatorDef | undefined;

    if (isComponentGroupLabel(stt) || matchKey(stt) === '') {
      // The template writes "Trong đó" once, in a cell merged down the group; a spreadsheet that unmerges it repeats
      // the label on every component row. Either way the group's rows are read in order from its numbered row.
      position += 1;
      const matched = matchComponent(parent, position, name, row.rowNumber);
      if ('problem' in matched) problems.push(matched.problem);
      else indicator = matched.indicator;
    } else {
      const code = codeFromStt(stt);
      indicator = numbered.get(code);
      parent = { stt, indicator: indicator ?? null, rowNumber: row.rowNumber };
      position = -1;
      if (indicator === undefined) {
        const reason = `code "${code}" is not a row of the PHỤ LỤC I template`;
        problems.push(problem(row.rowNumber, 'STT', stt, reason, 'UNKNOWN_CODE', 'UNKNOWN_CODE', { code: echo(code) }));
      } else if (!namesRow(name, indicator, programme)) {
        const expected = rowName(indicator, programme);
        const reason = `row ${code} is named "${matchKey(name)}" in the file but "${expected}" in the template`;
        const params = { code, found: echo(matchKey(name)), expected };
        problems.push(problem(row.rowNumber, 'Các chỉ tiêu', name, reason, 'NAME_MISMATCH', 'NAME_MISMATCH', params));
      }
    }
    if (indicator === undefined) continue;

    const firstSeen = seenAt.get(indicator.code);
    if (firstSeen !== undefined) {
      const column = indicator.isComponentRow ? 'Các chỉ tiêu' : 'STT';
      const named = rowName(indicator, programme);
      problems.push(
        problem(
          row.rowNumber,
          column,
          indicator.isComponentRow ? name : stt,
          `row ${indicator.code} ("${named}") already appears at row ${firstSeen}`,
          'DUPLICATE_ROW',
          'DUPLICATE_ROW',
          { code: indicator.code, name: named, firstRow: firstSeen },
        ),
      );
      continue;
    }
    seenAt.set(indicator.code, row.rowNumber);

    const raw = cell('Số liệu');
    const value = readValue(indicator, raw, row.rowNumber, problems, warnings);
    const note = cell('Ghi chú');
    if (isSyntheticNote(note)) {
      // An exported generated figure: refused, never stored as the commune's own (the uploader removes the row's
      // figure and marker, or enters the real figure without the marker).
      const reason = `row ${indicator.code} is marked as a synthetic figure in its note; a generated figure is never imported as reported`;
      problems.push(problem(row.rowNumber, 'Ghi chú', note, reason, 'SYNTHETIC', 'SYNTHETIC_FIGURE', { code: indicator.code }));
      continue;
    }
    parsed.push({ code: indicator.code, raw, value, note: note.trim() === '' ? null : note, rowNumber: row.rowNumber });
  }

  return problems.length > 0 ? { ok: false, problems, warnings } : { ok: true, rows: parsed, warnings };

  function matchComponent(
    group: typeof parent,
    index: number,
    name: string,
    rowNumber: number,
  ): { indicator: IndicatorDef } | { problem: AppendixProblem } {
    const fail = (reason: string, code: AppendixProblemCode, params: ProblemParams = {}) => ({
      problem: problem(rowNumber, 'Các chỉ tiêu', name, reason, 'UNMATCHED_COMPONENT', code, params),
    });
    if (group === null) return fail('a "Trong đó" row with no numbered row above it', 'COMPONENT_NO_PARENT');
    if (group.indicator === null) {
      return fail(
        `a "Trong đó" row under "${group.stt}" (row ${group.rowNumber}), which is not in the template`,
        'COMPONENT_PARENT_UNKNOWN',
        { parent: echo(group.stt), parentRow: group.rowNumber },
      );
    }
    const parentCode = group.indicator.code;
    const components = componentsOf.get(parentCode) ?? [];
    const expected = components[index];
    if (expected === undefined) {
      return fail(
        `row ${parentCode} has ${components.length} "Trong đó" row(s) in the template; this would be number ${index + 1}`,
        'COMPONENT_TOO_MANY',
        { parent: parentCode, count: components.length, position: index + 1 },
      );
    }
    const expectedName = rowName(expected, programme);
    if (!namesRow(name, expected, programme)) {
      return fail(
        `"Trong đó" row ${index + 1} under ${parentCode} is "${expectedName}" in the template, not "${matchKey(name)}"`,
        'COMPONENT_NAME',
        { parent: parentCode, position: index + 1, expected: expectedName, found: echo(matchKey(name)) },
      );
    }
    return { indicator: expected };
  }
}

/**
 * Whether a file's name cell names the template row: as the template words it for the file's programme, or as the
 * report's template words it (files made from the 2021–2025 template keep that programme in row 1.1's name).
 */
function namesRow(name: string, indicator: IndicatorDef, programme: AppendixProgramme | null): boolean {
  const found = matchKey(name);
  return found === matchKey(rowName(indicator, programme)) || found === matchKey(indicator.name);
}

function readValue(
  indicator: IndicatorDef,
  raw: string,
  rowNumber: number,
  problems: AppendixProblem[],
  warnings: AppendixProblem[],
): number | null {
  if (raw.trim() === '') return null;
  if (indicator.valueType === 'TEXT') return null;
  let value: number | null;
  try {
    value = parseVietnameseNumber(raw.trim());
  } catch (error) {
    if (!(error instanceof VietnameseNumberError)) throw error;
    const params = { code: indicator.code, reason: error.reasonCode };
    problems.push(problem(rowNumber, 'Số liệu', raw, `row ${indicator.code}: ${error.message}`, 'BAD_NUMBER', 'BAD_NUMBER', params));
    return null;
  }
  if (value === null) return null;

  const legend = indicator.legend ?? [];
  if (legend.length > 0 && !legend.some((entry) => entry.value === value)) {
    warnings.push(
      problem(
        rowNumber,
        'Số liệu',
        raw,
        `row ${indicator.code}: ${raw.trim()} is not one of the answers of its legend (${formatLegend(legend)})`,
        'NOT_IN_LEGEND',
        'NOT_IN_LEGEND',
        { code: indicator.code, legend: formatLegend(legend) },
      ),
    );
  }
  if (isPercentIndicator(indicator) && !isPossiblePercent(value)) {
    warnings.push(
      problem(
        rowNumber,
        'Số liệu',
        raw,
        `row ${indicator.code}: a percentage must lie between 0 and 100, found ${raw.trim()}`,
        'PERCENT_OUT_OF_RANGE',
        'PERCENT_OUT_OF_RANGE',
        { code: indicator.code },
      ),
    );
  }
  return value;
}

/** A problem echoes at most this much of the cell it is about: no answer repeats megabytes of input. */
export const MAX_ECHOED_TEXT = 200;

const echo = (text: string) => (text.length > MAX_ECHOED_TEXT ? `${text.slice(0, MAX_ECHOED_TEXT)}…` : text);

function problem(
  rowNumber: number,
  column: string,
  text: string,
  reason: string,
  kind: AppendixProblemKind,
  code: AppendixProblemCode,
  params: ProblemParams = {},
): AppendixProblem {
  return { rowNumber, column, text: echo(text), reason, kind, code, params };
}
