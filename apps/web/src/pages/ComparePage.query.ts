import { graphql } from '../gql';

export const COMPARE_PAGE = graphql(`
  query ComparePage(
    $parent: String!
    $indicatorCodes: [String!]!
    $orgUnitCodes: [String!]!
    $years: [Int!]!
    $rankIndicator: String!
    $rankYear: Int!
    $skipCompare: Boolean!
    $skipRanking: Boolean!
  ) {
    parentUnit: orgUnit(code: $parent) {
      code
      name
    }
    orgUnits(parentCode: $parent) {
      code
      name
      kind
    }
    compare(indicatorCodes: $indicatorCodes, orgUnitCodes: $orgUnitCodes, years: $years) @skip(if: $skipCompare) {
      ...CompareTable_cell
    }
    ranking(indicatorCode: $rankIndicator, year: $rankYear, withinOrgUnitCode: $parent) @skip(if: $skipRanking) {
      ...RankingTable_row
    }
  }
`);
