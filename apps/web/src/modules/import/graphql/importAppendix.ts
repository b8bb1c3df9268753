import { graphql } from '../../../gql';

export const IMPORT_APPENDIX = graphql(`
  mutation ImportAppendix($orgUnitCode: String!, $programme: String!, $format: AppendixFormat!, $contentBase64: String!) {
    importAppendix(orgUnitCode: $orgUnitCode, programme: $programme, format: $format, contentBase64: $contentBase64) {
      ok
      rowsWritten
      problems {
        rowNumber
        column
        text
        reason
      }
      warnings {
        rowNumber
        column
        text
        reason
      }
    }
  }
`);

export const EXPORT_APPENDIX = graphql(`
  query ExportAppendix($orgUnitCode: String!, $programme: String!, $format: AppendixFormat!) {
    exportAppendix(orgUnitCode: $orgUnitCode, programme: $programme, format: $format) {
      filename
      contentBase64
    }
  }
`);
