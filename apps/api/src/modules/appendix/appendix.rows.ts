// The appendix_import table's columns as the GraphQL type names them, and the row mapper.
import { asDate, asNum, type Row } from '../../graphql/rows.js';
import type { AppendixImportType } from './appendix.type.js';

export const APPENDIX_IMPORT_COLUMNS = {
  id: 'id',
  orgUnitCode: 'org_unit_code',
  programmeCode: 'programme_code',
  year: 'year',
  format: 'format',
  fileName: 'file_name',
  importedBy: 'imported_by',
  importedAt: 'imported_at',
  valuesWritten: 'values_written',
  blanks: 'blanks',
};

export const toAppendixImport = (r: Row): AppendixImportType => ({
  id: Number(r['id']),
  orgUnitCode: String(r['orgUnitCode']),
  programmeCode: String(r['programmeCode']),
  year: asNum(r['year']),
  format: String(r['format']),
  fileName: (r['fileName'] as string | null) ?? null,
  importedBy: String(r['importedBy']),
  importedAt: asDate(r['importedAt']),
  valuesWritten: Number(r['valuesWritten']),
  blanks: Number(r['blanks']),
});
