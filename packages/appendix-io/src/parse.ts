import { isPercentIndicator, isPossiblePercent, parseVietnameseNumber, type IndicatorDef } from '@cchc/domain';
import { readTable, type TableRow } from './read-table.js';
import {
  APPENDIX_COLUMNS,
  appendixRows,
  codeFromStt,
  formatLegend,
  isComponentGroupLabel,
  matchKey,
  type AppendixColumn,
  type AppendixFormat,
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
  | 'PERCENT_OUT_OF_RANGE';

export interface AppendixProblem {
  /** 1-based spreadsheet row (the header is row 1); 0 when the file itself cannot be read. */
  rowNumber: number;
  /** The template column concerned ("Số liệu"), or "" for the file as a whole. */
  column: string;
  /** The cell's text as found. */
  text: string;
  reason: string;
  kind: AppendixProblemKind;
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
): Promise<ParseResult> {
  const table = await readTable(bytes, format);
  if (!table.ok) {
    return { ok: false, problems: [problem(table.rowNumber, '', '', table.reason, 'UNREADABLE_FILE')], warnings: [] };
  }
  const rows = table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (header === undefined) {
    return { ok: false, problems: [problem(1, '', '', 'the file is empty: no header row', 'HEADER')], warnings: [] };
  }
  const headerProblems = checkHeader(header);
  // With a wrong header the columns cannot be trusted, so the rows are not read.
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems, warnings: [] };
  return readBody(body, template);
}

function checkHeader(header: TableRow): AppendixProblem[] {
  const problems: AppendixProblem[] = [];
  APPENDIX_COLUMNS.forEach((expected, index) => {
    const found = header.cells[index] ?? '';
    if (matchKey(found).toLocaleLowerCase('vi') === expected.toLocaleLowerCase('vi')) return;
    const reason =
      matchKey(found) === ''
        ? `header column ${index + 1} is missing; expected "${expected}"`
        : `header column ${index + 1} is "${found}"; expected "${expected}"`;
    problems.push(problem(header.rowNumber, expected, found, reason, 'HEADER'));
  });
  header.cells.slice(APPENDIX_COLUMNS.length).forEach((found, offset) => {
    if (matchKey(found) === '') return;
    const reason = `unexpected header column ${APPENDIX_COLUMNS.length + offset + 1} "${found}"; the template has only ${APPENDIX_COLUMNS.join(', ')}`;
    problems.push(problem(header.rowNumber, found, found, reason, 'HEADER'));
  });
  return problems;
}

function readBody(body: TableRow[], template: IndicatorDef[]): ParseResult {
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
      position = isComponentGroupLabel(stt) ? 0 : position + 1;
      const matched = matchComponent(parent, position, name, row.rowNumber);
      if ('problem' in matched) problems.push(matched.problem);
      else indicator = matched.indicator;
    } else {
      const code = codeFromStt(stt);
      indicator = numbered.get(code);
      parent = { stt, indicator: indicator ?? null, rowNumber: row.rowNumber };
      position = -1;
      if (indicator === undefined) {
        problems.push(problem(row.rowNumber, 'STT', stt, `code "${code}" is not a row of the PHỤ LỤC I template`, 'UNKNOWN_CODE'));
      } else if (matchKey(name) !== matchKey(indicator.name)) {
        problems.push(
          problem(
            row.rowNumber,
            'Các chỉ tiêu',
            name,
            `row ${code} is named "${matchKey(name)}" in the file but "${indicator.name}" in the template`,
            'NAME_MISMATCH',
          ),
        );
      }
    }
    if (indicator === undefined) continue;

    const firstSeen = seenAt.get(indicator.code);
    if (firstSeen !== undefined) {
      const column = indicator.isComponentRow ? 'Các chỉ tiêu' : 'STT';
      problems.push(
        problem(
          row.rowNumber,
          column,
          indicator.isComponentRow ? name : stt,
          `row ${indicator.code} ("${indicator.name}") already appears at row ${firstSeen}`,
          'DUPLICATE_ROW',
        ),
      );
      continue;
    }
    seenAt.set(indicator.code, row.rowNumber);

    const raw = cell('Số liệu');
    const value = readValue(indicator, raw, row.rowNumber, problems, warnings);
    const note = cell('Ghi chú');
    parsed.push({ code: indicator.code, raw, value, note: note.trim() === '' ? null : note, rowNumber: row.rowNumber });
  }

  return problems.length > 0 ? { ok: false, problems, warnings } : { ok: true, rows: parsed, warnings };

  function matchComponent(
    group: typeof parent,
    index: number,
    name: string,
    rowNumber: number,
  ): { indicator: IndicatorDef } | { problem: AppendixProblem } {
    const fail = (reason: string) => ({
      problem: problem(rowNumber, 'Các chỉ tiêu', name, reason, 'UNMATCHED_COMPONENT'),
    });
    if (group === null) return fail('a "Trong đó" row with no numbered row above it');
    if (group.indicator === null) {
      return fail(`a "Trong đó" row under "${group.stt}" (row ${group.rowNumber}), which is not in the template`);
    }
    const parentCode = group.indicator.code;
    const components = componentsOf.get(parentCode) ?? [];
    const expected = components[index];
    if (expected === undefined) {
      return fail(
        `row ${parentCode} has ${components.length} "Trong đó" row(s) in the template; this would be number ${index + 1}`,
      );
    }
    if (matchKey(name) !== matchKey(expected.name)) {
      return fail(
        `"Trong đó" row ${index + 1} under ${parentCode} is "${expected.name}" in the template, not "${matchKey(name)}"`,
      );
    }
    return { indicator: expected };
  }
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
    problems.push(
      problem(rowNumber, 'Số liệu', raw, `row ${indicator.code}: ${(error as Error).message}`, 'BAD_NUMBER'),
    );
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
      ),
    );
  }
  return value;
}

function problem(
  rowNumber: number,
  column: string,
  text: string,
  reason: string,
  kind: AppendixProblemKind,
): AppendixProblem {
  return { rowNumber, column, text, reason, kind };
}
