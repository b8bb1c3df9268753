// Example queries offered in the explorer: the questions analysts ask most (issue 4).
export interface ExampleQuery {
  id: string;
  titleKey: string;
  query: string;
  variables: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    id: 'yoy',
    titleKey: 'explorer.example.yoy',
    query: `# Year-over-year change of every indicator of a commune (first 100)
query YearOverYear($orgUnitCode: String!, $from: Int!, $to: Int!) {
  indicators(first: 100) {
    edges {
      node {
        code
        name
        unit
        yoy(orgUnitCode: $orgUnitCode, from: $from, to: $to) {
          fromValue
          toValue
          absoluteChange
          relativeChange
          percentagePointChange
          trend
        }
      }
    }
  }
}`,
    variables: JSON.stringify({ orgUnitCode: 'binh-thanh', from: 2023, to: 2024 }, null, 2),
  },
  {
    id: 'ranking',
    titleKey: 'explorer.example.ranking',
    query: `# Rank the communes of the district on an indicator in one year
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
    query: `# Every validation finding on a commune's report
query Findings($orgUnitCode: String!) {
  findings(orgUnitCode: $orgUnitCode) {
    rule
    severity
    indicatorCodes
    period
  }
}`,
    variables: JSON.stringify({ orgUnitCode: 'binh-thanh' }, null, 2),
  },
];
