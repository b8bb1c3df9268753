import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseCsvCell, type IndicatorDef, type Observation } from '@cchc/domain';
import {
  APPENDIX_COLUMNS,
  COMPONENT_GROUP_LABEL,
  SHEET_NAME,
  appendixRows,
  noteCell,
  rowName,
  unitCell,
  type AppendixFormat,
  type AppendixProgramme,
} from './template.js';

export interface ExportAppendixInput {
  indicators: IndicatorDef[];
  /** The observations of one org unit for one period; none (or `blank`) gives the empty template. */
  observations: Observation[];
  /** The programme the file is for: rows that name a programme name this one (default: as in the template). */
  programme?: AppendixProgramme | null;
  /** The empty template to fill in: every value and note cell blank, whatever `observations` holds. */
  blank?: boolean;
}

/** The template's rows as cell texts, header first. */
export function appendixTable(input: ExportAppendixInput): string[][] {
  const rows = appendixRows(input.indicators);
  const appendixCodes = new Set(rows.map((row) => row.code));
  const byCode = new Map<string, Observation>();
  for (const observation of input.observations) {
    // Observations of narrative or target indicators belong to the same org unit but not to this table.
    if (!appendixCodes.has(observation.indicatorCode)) continue;
    if (byCode.has(observation.indicatorCode)) {
      throw new Error(
        `exportAppendix: two observations for indicator ${observation.indicatorCode}; pass one org unit and one period`,
      );
    }
    byCode.set(observation.indicatorCode, observation);
  }

  const table: string[][] = [[...APPENDIX_COLUMNS]];
  let previous: IndicatorDef | null = null;
  for (const indicator of rows) {
    const continuesGroup = indicator.isComponentRow && previous !== null && previous.isComponentRow;
    const stt = indicator.isComponentRow ? (continuesGroup ? '' : COMPONENT_GROUP_LABEL) : indicator.codeAsWritten;
    const observation = input.blank ? undefined : byCode.get(indicator.code);
    const name = rowName(indicator, input.programme);
    // A generated figure says so in its note, so the file never passes it off as a reported one (see SYNTHETIC_NOTE).
    const note = observation ? noteCell(observation.note, observation.synthetic === true) : '';
    table.push([stt, name, unitCell(indicator), observation?.raw ?? '', note]);
    previous = indicator;
  }
  return table;
}

/**
 * Writes the filled-in PHỤ LỤC I of one org unit for one period. Values go out as the text written in the report
 * ("16.807" stays "16.807"), so a re-import reads exactly what was exported.
 */
export async function exportAppendix(input: ExportAppendixInput, format: AppendixFormat): Promise<Uint8Array> {
  const table = appendixTable(input);
  if (format === 'csv') {
    // BOM so Excel opens the file as UTF-8; CRLF as RFC 4180 prescribes. Text that would run as a formula is
    // prefixed with an apostrophe (the XLSX export writes typed text cells, which never run).
    const text = stringify(
      table.map((cells) => cells.map(neutraliseCsvCell)),
      { bom: true, record_delimiter: 'windows' },
    );
    return new TextEncoder().encode(text);
  }
  return writeXlsx(table);
}

async function writeXlsx(table: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = [
    { width: 10 },
    { width: 70 },
    { width: 24 },
    { width: 14 },
    { width: 24 },
  ].map((column) => ({ ...column, style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } } }));
  for (const cells of table) sheet.addRow(cells);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
