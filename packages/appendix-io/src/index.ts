export { exportAppendix, appendixTable, type ExportAppendixInput } from './export.js';
export {
  parseAppendix,
  MAX_ECHOED_TEXT,
  WARNING_KINDS,
  type AppendixProblem,
  type AppendixProblemCode,
  type AppendixProblemKind,
  type ParseOptions,
  type ProblemParams,
  type AppendixRow,
  type ParseResult,
} from './parse.js';
export {
  APPENDIX_COLUMNS,
  SHEET_NAME,
  SYNTHETIC_NOTE,
  formatLegend,
  rowName,
  type AppendixColumn,
  type AppendixFormat,
  type AppendixProgramme,
} from './template.js';
export { MAX_CELL_CHARS, MAX_TABLE_ROWS, type ReadTableCode } from './read-table.js';
export { XLSX_LIMITS, checkXlsxLimits, xlsxRefusal, type XlsxRefusal } from './zip-limits.js';
