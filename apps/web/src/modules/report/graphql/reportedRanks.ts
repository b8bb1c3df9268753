import { graphql } from '../../../gql';

export const REPORTED_RANKS = graphql(`
  query ReportedRanks($orgUnitCode: String!) {
    reportedRanks(orgUnitCode: $orgUnitCode) {
      indicatorCode
      rankedIndicatorCode
      year
      reportedRaw
      reportedOf
      computedRank
      computedOf
      peersKnown
      complete
      differs
      onlyOwn
    }
  }
`);
