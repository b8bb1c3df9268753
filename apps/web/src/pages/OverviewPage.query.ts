import { graphql } from '../gql';

export const OVERVIEW_PAGE = graphql(`
  query OverviewPage(
    $orgUnitCode: String!
    $programme: String!
    $fromYear: Int
    $toYear: Int
    $targetProgramme: String!
    $parScore: String!
    $parRank: String!
    $satisfaction: String!
    $onlineFiling: String!
    $onTime: String!
    $digitisation: String!
  ) {
    orgUnit(code: $orgUnitCode) {
      code
      name
      kind
    }
    report(orgUnitCode: $orgUnitCode, programme: $programme) {
      id
      title
    }
    parScore: indicator(code: $parScore) {
      ...HeadlineCard_indicator
    }
    parRank: indicator(code: $parRank) {
      ...HeadlineCard_indicator
    }
    satisfaction: indicator(code: $satisfaction) {
      ...HeadlineCard_indicator
    }
    onlineFiling: indicator(code: $onlineFiling) {
      ...HeadlineCard_indicator
    }
    onTime: indicator(code: $onTime) {
      ...HeadlineCard_indicator
    }
    digitisation: indicator(code: $digitisation) {
      ...HeadlineCard_indicator
    }
    findings(orgUnitCode: $orgUnitCode) {
      rule
      severity
    }
    targets(orgUnitCode: $orgUnitCode, programme: $targetProgramme) {
      id
      status
    }
    tasks(orgUnitCode: $orgUnitCode, programme: $programme) {
      number
      completed
    }
  }
`);
