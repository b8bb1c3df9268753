// Example queries offered in the explorer: the questions analysts ask most (issue 4). Each returns figures on the
// seeded Bình Thành database (apps/api/test/explorer-examples.test.ts runs them against the real API).
export interface ExampleQuery {
  id: string;
  titleKey: string;
  query: string;
  variables: string;
}

/** Bình Thành's yearly series with a figure in both 2023 and 2024 (the appendix is one programme total, not yearly). */
const YEARLY_SERIES = [
  'N.SIPAS.SATISFACTION',
  'N.SIPAS.RANK',
  'N.TTHC.ONLINE_FILE_RATE',
  'N.TTHC.ONLINE_PAYMENT_RATE',
  'N.TTHC.SERVICE_INDEX',
  'N.STAFF.CAN_BO',
  'N.STAFF.CONG_CHUC',
];

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    id: 'yoy',
    titleKey: 'explorer.example.yoy',
    query: `# Change from one year to the next of a commune's yearly indicators.
# "from" and "to" bound the years listed; each year's change is from the year before.
query YearOverYear($orgUnitCode: String!, $indicatorCodes: [String!]!, $from: Int!, $to: Int!) {
  orgUnit(code: $orgUnitCode) {
    name
    series(indicatorCodes: $indicatorCodes, from: $from, to: $to) {
      indicatorCode
      points {
        year
        value
        raw
        change {
          fromYear
          fromValue
          absoluteChange
          relativeChange
          percentagePointChange
          placesChange
          trend
        }
      }
    }
  }
}`,
    variables: JSON.stringify({ orgUnitCode: 'binh-thanh', indicatorCodes: YEARLY_SERIES, from: 2024, to: 2024 }, null, 2),
  },
  {
    id: 'series',
    titleKey: 'explorer.example.series',
    query: `# Every figure a commune reported for one indicator, oldest first, with the text it was read from
query Observations($code: String!, $orgUnitCode: String!) {
  indicator(code: $code) {
    code
    name
    unit
    observations(orgUnitCode: $orgUnitCode) {
      period { label year }
      value
      raw
      source { quote }
    }
  }
}`,
    variables: JSON.stringify({ code: 'N.TTHC.ONLINE_FILE_RATE', orgUnitCode: 'binh-thanh' }, null, 2),
  },
  {
    id: 'ranking',
    titleKey: 'explorer.example.ranking',
    query: `# Rank the communes of the district on an indicator in one year (communes without a figure come last)
query Ranking($indicatorCode: String!, $year: Int!, $within: String!) {
  ranking(indicatorCode: $indicatorCode, year: $year, withinOrgUnitCode: $within) {
    rank
    of
    value
    raw
    orgUnitCode
  }
}`,
    variables: JSON.stringify({ indicatorCode: 'N.PAR.SCORE', year: 2023, within: 'dinh-hoa' }, null, 2),
  },
  {
    id: 'findings',
    titleKey: 'explorer.example.findings',
    query: `# Every validation finding on a commune's report, with the figures it is about
query Findings($orgUnitCode: String!) {
  findings(orgUnitCode: $orgUnitCode) {
    rule
    severity
    period
    message { vi en }
    values { label value raw }
  }
}`,
    variables: JSON.stringify({ orgUnitCode: 'binh-thanh' }, null, 2),
  },
];
