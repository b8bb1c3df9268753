import { graphql } from '../../../gql';

export const IMPORT_APPENDIX = graphql(`
  mutation ImportAppendix(
    $orgUnitCode: String!
    $programme: String!
    $format: AppendixFormat!
    $contentBase64: String!
    $year: Int
    $dryRun: Boolean
    $fileName: String
  ) {
    importAppendix(
      orgUnitCode: $orgUnitCode
      programme: $programme
      format: $format
      contentBase64: $contentBase64
      year: $year
      dryRun: $dryRun
      fileName: $fileName
    ) {
      ok
      dryRun
      rowsWritten
      valuesWritten
      blanks
      changes {
        indicatorCode
        name
        rowNumber
        kind
        oldRaw
        newRaw
        oldNote
        newNote
        noteChanged
      }
      recorded {
        id
        importedBy
        importedAt
        fileName
        year
        valuesWritten
        blanks
      }
      problems {
        rowNumber
        column
        text
        code
        params {
          name
          value
        }
        reason
      }
      problemCount
      warnings {
        rowNumber
        column
        text
        code
        params {
          name
          value
        }
        reason
      }
      warningCount
    }
  }
`);

export const EXPORT_APPENDIX = graphql(`
  query ExportAppendix($orgUnitCode: String!, $programme: String!, $format: AppendixFormat!, $blank: Boolean) {
    exportAppendix(orgUnitCode: $orgUnitCode, programme: $programme, format: $format, blank: $blank) {
      filename
      contentBase64
    }
  }
`);

/** What the import page says before anything is uploaded: the commune, the last import, the chosen year's status. */
export const IMPORT_CONTEXT = graphql(`
  query ImportContext($orgUnitCode: String!, $programme: String!, $year: Int) {
    orgUnit(code: $orgUnitCode) {
      code
      name
    }
    lastAppendixImport(orgUnitCode: $orgUnitCode, programme: $programme, year: $year) {
      id
      importedBy
      importedAt
      fileName
      format
      year
      valuesWritten
      blanks
    }
  }
`);

export const IMPORT_YEAR_STATUS = graphql(`
  query ImportYearStatus($orgUnitCode: String!, $year: Int!) {
    submission(key: { kind: YEAR_DATA, orgUnitCode: $orgUnitCode, year: $year }) {
      status
      editable
    }
  }
`);
