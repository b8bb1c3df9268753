// English texts of the compare page's chart, sorting and CSV (merged into the app's dictionary under "compareView").
import type { compareViewVi } from './vi';

export const compareViewEn: typeof compareViewVi = {
  chart: 'Chart',
  chartLabel: 'Chart of {{name}} by commune and year',
  rankingChartLabel: 'Chart of the ranking by {{name}} in {{year}}',
  table: 'Table',
  sortBy: 'Sort by {{column}}',
  sortedAsc: 'ascending',
  sortedDesc: 'descending',
  downloadCsv: 'Download CSV',
  downloadRankingCsv: 'Download the ranking as CSV',
  rankingCaption: 'Ranking by {{name}} in {{year}}',
  valueWithUnit: 'Value ({{unit}})',
  noIndicator: 'No indicator is chosen, so there is no ranking.',
  csv: {
    indicatorCode: 'Indicator code',
    indicator: 'Indicator',
    unit: 'Unit',
    commune: 'Commune',
    year: 'Year',
    value: 'Value',
    rank: 'Rank',
    of: 'Of communes with a value',
    note: 'Note',
  },
};
