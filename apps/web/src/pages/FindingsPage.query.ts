import { graphql } from '../gql';

export const FINDINGS_PAGE = graphql(`
  query FindingsPage($orgUnitCode: String!, $severity: Severity) {
    findings(orgUnitCode: $orgUnitCode, severity: $severity) {
      ...FindingList_finding
    }
  }
`);
