import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { COMPARE_INDICATOR } from '../modules/compare/graphql/compareIndicator';
import { renderWithApp } from '../test/render';
import ComparePage from './ComparePage';
import { COMPARE_PAGE } from './ComparePage.query';

// The charts are drawn by ECharts, which jsdom cannot run: keep the option they are given, to read the highlight.
vi.mock('../modules/charts/components/LazyChart', () => ({
  LazyChart: ({ option, label }: { option: unknown; label: string }) => <div data-testid="chart" aria-label={label} data-option={JSON.stringify(option)} />,
}));

const CODE = 'N.PAR.SCORE';
const UNITS = [
  { code: 'binh-thanh', name: 'Bình Thành' },
  { code: 'phu-dinh', name: 'Phú Đình' },
  { code: 'kim-son', name: 'Kim Sơn' },
];
const ORDERED = ['binh-thanh', 'kim-son', 'phu-dinh'];
const VALUES: Record<string, number> = { 'binh-thanh': 87.25, 'phu-dinh': 80, 'kim-son': 75.5 };
const base = { parent: 'dinh-hoa', indicatorCodes: [], orgUnitCodes: [], years: [], rankIndicator: '', rankYear: 0, skipCompare: true, skipRanking: true };
const full = { parent: 'dinh-hoa', indicatorCodes: [CODE], orgUnitCodes: ORDERED, years: [2025], rankIndicator: CODE, rankYear: 2025, skipCompare: false, skipRanking: false };
const head = {
  parentUnit: { __typename: 'OrgUnit' as const, code: 'dinh-hoa', name: 'Định Hóa' },
  orgUnits: UNITS.map((u) => ({ __typename: 'OrgUnit' as const, ...u, kind: 'xã' })),
};
const indicator = {
  __typename: 'Indicator' as const,
  code: CODE,
  codeAsWritten: '',
  name: 'Chỉ số CCHC',
  nameEn: 'PAR index',
  unit: 'điểm',
  valueType: 'SCORE',
  direction: 'HIGHER_BETTER',
};

const mocks = [
  { request: { query: COMPARE_PAGE, variables: base }, result: { data: head }, maxUsageCount: 10 },
  {
    request: { query: COMPARE_PAGE, variables: full },
    result: {
      data: {
        ...head,
        compare: ORDERED.map((code) => ({
          __typename: 'CompareCell' as const,
          indicatorCode: CODE,
          orgUnitCode: code,
          year: 2025,
          value: VALUES[code],
          synthetic: code !== 'binh-thanh',
          change: { __typename: 'YearOverYear' as const, trend: 'NO_DATA', absoluteChange: null, placesChange: null },
        })),
        ranking: ['binh-thanh', 'phu-dinh', 'kim-son'].map((code, i) => ({
          __typename: 'RankingEntry' as const,
          orgUnitCode: code,
          value: VALUES[code],
          rank: i + 1,
          of: 3,
          synthetic: code !== 'binh-thanh',
        })),
      },
    },
    maxUsageCount: 10,
  },
  { request: { query: COMPARE_INDICATOR, variables: { code: CODE } }, result: { data: { indicator } }, maxUsageCount: 20 },
];

async function renderAt(search: string, locale: 'vi' | 'en' = 'vi') {
  renderWithApp(<ComparePage />, { mocks, locale, route: `/compare?indicators=${CODE}&years=2025${search}` });
  await screen.findByTestId('ranking-table');
  await waitFor(() => expect(within(screen.getByTestId(`compare-table-${CODE}`)).getAllByRole('row')).toHaveLength(4));
}

const highlightedRows = (table: HTMLElement) => [...table.querySelectorAll('tr.row-highlight th')].map((th) => th.textContent);
const rankingBars = () => {
  const chart = screen.getAllByTestId('chart').find((c) => c.getAttribute('aria-label')?.startsWith('Biểu đồ xếp hạng'))!;
  const option = JSON.parse(chart.getAttribute('data-option')!) as { series: { data: { itemStyle: { color: string } }[] }[] };
  return option.series[0]!.data.map((d) => d.itemStyle.color);
};

describe('ComparePage: the highlighted commune', () => {
  it('marks the commune the reader came from (the URL names it) in the table, the ranking and the ranking chart', async () => {
    await renderAt('&highlight=phu-dinh');
    expect(highlightedRows(screen.getByTestId(`compare-table-${CODE}`))).toEqual(['Phú Đình']);
    expect(highlightedRows(screen.getByTestId('ranking-table'))).toEqual(['Phú Đình']);
    // The ranking chart draws its bars in rank order: Bình Thành, Phú Đình, Kim Sơn; only Phú Đình's stands out.
    const bars = rankingBars();
    expect(bars[1]).not.toBe(bars[0]);
    expect(bars[0]).toBe(bars[2]);
    expect(screen.getByLabelText(/Phú Đình/, { selector: 'input' }).closest('label')).toHaveTextContent('★');
  });

  it('marks no commune, not Bình Thành, when the reader came from none', async () => {
    await renderAt('');
    expect(highlightedRows(screen.getByTestId(`compare-table-${CODE}`))).toEqual([]);
    expect(highlightedRows(screen.getByTestId('ranking-table'))).toEqual([]);
    expect(new Set(rankingBars()).size).toBe(1);
    expect(screen.queryByText(/★/)).toBeNull();
  });
});

describe('ComparePage: the unit in the reader\'s language', () => {
  // The template writes the unit "điểm"; the cells say "points" in English, so every heading over them must too.
  it('heads the table, the ranking\'s value column and the chart\'s axis with the unit the cells show, in English', async () => {
    await renderAt('', 'en');
    const heading = screen.getByRole('heading', { level: 2, name: /PAR index/ });
    expect(heading).toHaveTextContent('(points)');
    expect(heading).not.toHaveTextContent('điểm');
    const table = screen.getByTestId(`compare-table-${CODE}`);
    expect(within(table).getAllByText('points').length).toBe(3); // each commune's 2025 cell
    expect(within(screen.getByTestId('ranking-table')).getByRole('columnheader', { name: /Value \(points\)/ })).toBeInTheDocument();
    expect(screen.queryByText(/điểm/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Chart' }));
    const chart = screen.getAllByTestId('chart').find((c) => c.getAttribute('aria-label')?.startsWith('Chart of PAR index'))!;
    expect((JSON.parse(chart.getAttribute('data-option')!) as { yAxis: { name: string } }).yAxis.name).toBe('points');
  });

  it('names the ranked indicator in English in the ranking\'s list, caption and chart', async () => {
    await renderAt('', 'en');
    expect(screen.getByRole('option', { name: 'PAR index' })).toBeInTheDocument();
    expect(within(screen.getByTestId('ranking-table')).getByText('Ranking by PAR index in 2025')).toBeInTheDocument();
    expect(screen.getByLabelText('Chart of the ranking by PAR index in 2025')).toBeInTheDocument();
    expect(screen.queryByText(/Chỉ số CCHC/)).toBeNull();
  });

  it('keeps the unit as the template writes it for a Vietnamese reader', async () => {
    await renderAt('');
    expect(screen.getByRole('heading', { level: 2, name: /Chỉ số CCHC/ })).toHaveTextContent('(điểm)');
    expect(within(screen.getByTestId('ranking-table')).getByRole('columnheader', { name: /Giá trị \(điểm\)/ })).toBeInTheDocument();
  });
});
