// The layout of the province's PHỤ LỤC I template, shared by the exporter and the parser so they cannot drift apart.
import type { IndicatorDef, LegendEntry } from '@cchc/domain';

export type AppendixFormat = 'csv' | 'xlsx';

/** The five columns of the template, in order, as printed. */
export const APPENDIX_COLUMNS = ['STT', 'Các chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú'] as const;
export type AppendixColumn = (typeof APPENDIX_COLUMNS)[number];

export const SHEET_NAME = 'PHỤ LỤC I';

/**
 * What the Ghi chú cell of a generated (synthetic) figure starts with in an exported file. The parser refuses a row
 * that carries it, so a generated figure never comes back in as a commune's reported one.
 */
export const SYNTHETIC_NOTE = 'Số liệu mô phỏng (synthetic), không phải số liệu xã báo cáo';

/** The note cell of an exported row: the marker first for a synthetic figure, then its own note if any. */
export function noteCell(note: string | null | undefined, synthetic: boolean): string {
  if (!synthetic) return note ?? '';
  return note ? `${SYNTHETIC_NOTE}. ${note}` : SYNTHETIC_NOTE;
}

/** True when a note cell carries the synthetic marker (compared as matched: NFC, whitespace collapsed, any case). */
export function isSyntheticNote(note: string): boolean {
  return matchKey(note).toLocaleLowerCase('vi').startsWith(SYNTHETIC_NOTE.toLocaleLowerCase('vi'));
}

/** What the STT column holds on the first component row of a group. */
export const COMPONENT_GROUP_LABEL = 'Trong đó';

/**
 * Text compared for matching only (never stored): NFC, because the same Vietnamese letter can arrive precomposed or
 * decomposed depending on the tool that saved the file, and runs of whitespace collapsed, because a spreadsheet
 * cell's line breaks are layout, not content.
 */
export function matchKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function isComponentGroupLabel(stt: string): boolean {
  return matchKey(stt).replace(/:$/, '').toLocaleLowerCase('vi') === COMPONENT_GROUP_LABEL.toLocaleLowerCase('vi');
}

/** The legend as the template prints it in the unit column when there is no unit: "Chưa = 0; Đang làm = 1". */
export function formatLegend(legend: LegendEntry[]): string {
  return legend.map((entry) => `${entry.label} = ${entry.value}`).join('; ');
}

export function unitCell(indicator: IndicatorDef): string {
  if (indicator.unit !== null && indicator.unit !== '') return indicator.unit;
  if (indicator.legend !== null && indicator.legend.length > 0) return formatLegend(indicator.legend);
  return '';
}

/** The programme a file is for: the template's wording of a row names it ("giai đoạn 2026 - 2030"). */
export interface AppendixProgramme {
  startYear: number;
  endYear: number;
}

const PROGRAMME_SPAN = /giai đoạn\s+\d{4}\s*[-–]\s*\d{4}/giu;

/**
 * A row's name as the template prints it for a programme: the indicator's name as read from the 2021–2025 report,
 * with the programme it names ("Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2021 - 2025") set to the file's.
 */
export function rowName(indicator: Pick<IndicatorDef, 'name'>, programme?: AppendixProgramme | null): string {
  if (!programme) return indicator.name;
  return indicator.name.replace(PROGRAMME_SPAN, `giai đoạn ${programme.startYear} - ${programme.endYear}`);
}

/** Only the appendix's own rows, in the template's order (narrative and target indicators are not in PHỤ LỤC I). */
export function appendixRows(indicators: IndicatorDef[]): IndicatorDef[] {
  return indicators.filter((indicator) => indicator.origin === 'APPENDIX').sort((a, b) => a.order - b.order);
}

/** A code as written in the STT column ("1.2.1.", "6.2") to the template's code ("1.2.1", "6.2"). */
export function codeFromStt(stt: string): string {
  return matchKey(stt).replace(/\.$/, '');
}
