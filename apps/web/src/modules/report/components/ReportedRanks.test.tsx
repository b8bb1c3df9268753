import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { REPORTED_RANKS } from '../graphql/reportedRanks';
import { ReportedRanks } from './ReportedRanks';

const rank = (year: number, change: Record<string, unknown>) => ({
  __typename: 'ReportedRank' as const,
  indicatorCode: 'N.PAR.RANK',
  rankedIndicatorCode: 'N.PAR.SCORE',
  year,
  reportedRaw: '6/22',
  reportedOf: 22,
  computedRank: 1,
  computedOf: 1,
  peersKnown: 23,
  complete: false,
  differs: null,
  onlyOwn: true,
  ...change,
});

function show(ranks: ReturnType<typeof rank>[], locale: 'vi' | 'en' = 'vi') {
  renderWithApp(<ReportedRanks orgUnitCode="binh-thanh" />, {
    locale,
    mocks: [{ request: { query: REPORTED_RANKS, variables: { orgUnitCode: 'binh-thanh' } }, result: { data: { reportedRanks: ranks } } }],
  });
}

describe('ReportedRanks', () => {
  it("puts the report's 6/22 beside the computed rank and says a 1/1 rests on this commune's figures only", async () => {
    show([rank(2025, {})]);
    const row = await screen.findByTestId('rank-N.PAR.RANK-2025');
    expect(row).toHaveTextContent('Chỉ số CCHC');
    expect(row).toHaveTextContent('6/22');
    expect(within(row).getByTestId('computed-rank')).toHaveTextContent('1/1 — chỉ có số liệu của xã này, chưa so sánh được');
  });

  it('says how many units are held while peers are missing, and whether a complete ranking agrees', async () => {
    show(
      [
        rank(2021, { reportedRaw: '5/23', reportedOf: 23, computedRank: 3, computedOf: 10, onlyOwn: false }),
        rank(2023, { reportedRaw: '1/23', reportedOf: 23, computedRank: 1, computedOf: 23, onlyOwn: false, complete: true, differs: false }),
        rank(2025, { computedRank: 7, computedOf: 22, onlyOwn: false, complete: true, differs: true }),
      ],
      'en',
    );
    expect(await screen.findByTestId('rank-N.PAR.RANK-2021')).toHaveTextContent('3/10 — figures held for 10 of 23 units; nothing to compare yet');
    expect(screen.getByTestId('rank-N.PAR.RANK-2023')).toHaveTextContent('1/23 agrees with the report');
    expect(screen.getByTestId('rank-N.PAR.RANK-2025')).toHaveTextContent('7/22 differs from the report');
  });
});
