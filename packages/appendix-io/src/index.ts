export { exportAppendix, appendixTable, type ExportAppendixInput } from './export.js';
export {
  parseAppendix,
  MAX_ECHOED_TEXT,
  WARNING_KINDS,
  type AppendixProblem,
  type AppendixProblemKind,
  type AppendixRow,
  type ParseResult,
} from './parse.js';
export { APPENDIX_COLUMNS, SHEET_NAME, formatLegend, type AppendixColumn, type AppendixFormat } from './template.js';
export { MAX_CELL_CHARS, MAX_TABLE_ROWS } from './read-table.js';
export { XLSX_LIMITS, checkXlsxLimits } from './zip-limits.js';
