export { exportAppendix, appendixTable, type ExportAppendixInput } from './export.js';
export {
  parseAppendix,
  WARNING_KINDS,
  type AppendixProblem,
  type AppendixProblemKind,
  type AppendixRow,
  type ParseResult,
} from './parse.js';
export { APPENDIX_COLUMNS, SHEET_NAME, formatLegend, type AppendixColumn, type AppendixFormat } from './template.js';
