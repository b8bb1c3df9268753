import { graphql } from '../../../gql';

export const SubmissionPanel_submission = graphql(`
  fragment SubmissionPanel_submission on Submission {
    id
    kind
    orgUnitCode
    year
    programme
    status
    editable
    version
    updatedAt
    updatedBy
    reviewerUnitCode
    reviewerUnit {
      code
      name
    }
    events {
      action
      fromStatus
      toStatus
      at
      by
      comment
      findingKey
    }
    findings {
      key
      rule
      severity
      indicatorCodes
      period
      message {
        vi
        en
      }
      explanation {
        findingKey
        kind
        text
        review
        reviewComment
        explainedBy
        reviewedBy
      }
    }
  }
`);

export const ENTRY_PAGE = graphql(`
  query EntryPage($orgUnitCode: String!, $year: Int!) {
    orgUnit(code: $orgUnitCode) {
      code
      name
    }
    entryTemplate {
      code
      codeAsWritten
      name
      nameEn
      unit
      unitEn
      valueType
      direction
      area
      parentCode
      isComponentRow
      legend {
        value
        label
      }
      components {
        role
        code
      }
      origin
      order
      takesFigure
    }
    yearEntry(orgUnitCode: $orgUnitCode, year: $year) {
      orgUnitCode
      year
      values {
        indicatorCode
        raw
        value
        note
      }
      submission {
        ...SubmissionPanel_submission
      }
    }
  }
`);

export const SAVE_YEAR_DATA = graphql(`
  mutation SaveYearData($orgUnitCode: String!, $year: Int!, $cells: [EntryCellInput!]!) {
    saveYearData(orgUnitCode: $orgUnitCode, year: $year, cells: $cells) {
      ok
      problems {
        indicatorCode
        raw
        code
        message {
          vi
          en
        }
      }
      submission {
        ...SubmissionPanel_submission
      }
    }
  }
`);

export const SUBMIT = graphql(`
  mutation Submit($key: SubmissionKeyInput!, $comment: String) {
    submit(key: $key, comment: $comment) {
      ...SubmissionPanel_submission
    }
  }
`);

export const REVIEW = graphql(`
  mutation Review($keys: [SubmissionKeyInput!]!, $action: ReviewAction!, $comment: String) {
    review(keys: $keys, action: $action, comment: $comment) {
      ...SubmissionPanel_submission
    }
  }
`);

export const EXPLAIN_FINDING = graphql(`
  mutation ExplainFinding($key: SubmissionKeyInput!, $findingKey: String!, $kind: ExplanationKind!, $text: String) {
    explainFinding(key: $key, findingKey: $findingKey, kind: $kind, text: $text) {
      ...SubmissionPanel_submission
    }
  }
`);

export const REVIEW_EXPLANATION = graphql(`
  mutation ReviewExplanation($key: SubmissionKeyInput!, $findingKey: String!, $verdict: ExplanationVerdict!, $comment: String) {
    reviewExplanation(key: $key, findingKey: $findingKey, verdict: $verdict, comment: $comment) {
      ...SubmissionPanel_submission
    }
  }
`);

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($kind: SubmissionKind!, $year: Int, $programme: String) {
    reviewQueue(kind: $kind, year: $year, programme: $programme) {
      submission {
        id
        kind
        orgUnitCode
        year
        programme
        status
        orgUnit {
          code
          name
        }
        reviewerUnit {
          code
          name
        }
      }
      findingsCount
      errorCount
      explanationsCount
      lastChange {
        action
        at
        by
        comment
      }
      targetStatusCounts {
        achieved
        onTrack
        atRisk
        offTrack
        noData
      }
    }
  }
`);

/** A commune's plan of targets for a programme: its submission (DRAFT when nothing was saved yet). */
export const PLAN_SUBMISSION = graphql(`
  query PlanSubmission($orgUnitCode: String!, $programme: String!) {
    submission(key: { kind: PLAN, orgUnitCode: $orgUnitCode, programme: $programme }) {
      ...SubmissionPanel_submission
    }
  }
`);
