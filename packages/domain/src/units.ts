// Units of measure in the reader's language: the template writes them in Vietnamese ("điểm", "Hồ sơ", "Triệu đồng");
// English readers see "points", "case files", "million VND". One table, used by the API (unitEn) and the web app.
import type { Locale } from './vn-number.js';

/** Vietnamese unit (lower-cased, as the template and the narrative write it) → English. */
export const UNIT_EN: Readonly<Record<string, string>> = {
  '%': '%',
  '-': '-',
  'điểm': 'points',
  'người': 'people',
  'nhiệm vụ': 'tasks',
  'vấn đề': 'issues',
  'số lượng': 'count',
  'văn bản': 'documents',
  'thủ tục': 'procedures',
  'tthc': 'procedures',
  'dvc': 'public services',
  'hồ sơ': 'case files',
  'đơn vị': 'units',
  'cơ quan, đơn vị': 'agencies and units',
  'triệu đồng': 'million VND',
  'cuộc': 'inspections',
  'tin, bài': 'posts',
  'hội nghị': 'conferences',
  'lượt': 'attendances',
  'cuộc thi': 'contests',
  'lĩnh vực': 'sectors',
  'trường hợp': 'cases',
  'trường học': 'schools',
  'tài khoản': 'accounts',
  'công dân': 'citizens',
  'năm': 'years',
  'ngày': 'days',
  'chỉ tiêu': 'indicators',
  'xã': 'communes',
};

/** The unit in English; a unit the table lacks stays as written (never guessed), blank stays blank. */
export function unitInEnglish(unit: string | null): string | null {
  if (unit === null) return null;
  return UNIT_EN[unit.trim().toLocaleLowerCase('vi')] ?? unit;
}

/** The unit as a reader of the locale reads it. */
export function unitIn(locale: Locale, unit: string | null): string | null {
  return locale === 'en' ? unitInEnglish(unit) : unit;
}
