import { graphql } from '../../../gql';

export const READ_REPORT_DOCUMENT = graphql(`
  mutation ReadReportDocument($orgUnitCode: String!, $programme: String!, $format: ReportDocumentFormat!, $contentBase64: String!) {
    readReportDocument(orgUnitCode: $orgUnitCode, programme: $programme, format: $format, contentBase64: $contentBase64) {
      pages
      lines
      missingRows
      appendix {
        code
        name
        unit
        unitAsWritten
        raw
        value
        readable
        note
        confidence
        issues
        source {
          lines
          text
        }
      }
      series {
        indicatorCode
        label
        year
        raw
        value
        rankOf
        unit
        confidence
        source {
          lines
          text
        }
      }
      tasks {
        number
        group
        title
        department
        completed
        evidence
        confidence
        source {
          lines
          text
        }
      }
      targets {
        number
        text
        comparator
        raw
        value
        confidence
        source {
          lines
          text
        }
      }
    }
  }
`);

export const ACCEPT_REPORT_READING = graphql(`
  mutation AcceptReportReading(
    $orgUnitCode: String!
    $programme: String!
    $format: ReportDocumentFormat!
    $contentBase64: String!
    $decisions: [ProposalDecisionInput!]!
  ) {
    acceptReportReading(
      orgUnitCode: $orgUnitCode
      programme: $programme
      format: $format
      contentBase64: $contentBase64
      decisions: $decisions
    ) {
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
