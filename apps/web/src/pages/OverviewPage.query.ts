import { readProgrammeCode } from '@cchc/domain';
import { graphql } from '../gql';
import { HEADLINE_CODES } from '../modules/report/utils/headlines';
import { TARGET_PROGRAMME } from '../modules/ui/utils/paths';

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

/**
 * The page's variables, once for the page and for app/prefetch.ts: a prefetch with other variables (it once lacked the
 * years) is a second query, not the page's (issue 12).
 */
export function overviewPageVariables(orgUnitCode: string, programme: string) {
  const years = readProgrammeCode(programme);
  // Headline cards stay within the report's programme: a figure of another period never stands for it.
  return {
    orgUnitCode,
    programme,
    fromYear: years?.startYear ?? null,
    toYear: years?.endYear ?? null,
    targetProgramme: TARGET_PROGRAMME,
    ...HEADLINE_CODES,
  };
}
