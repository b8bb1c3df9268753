import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HeadlineCard_IndicatorFragment } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { HeadlineCard } from './HeadlineCard';

const observation = (year: number, value: number | null) => ({
    period: { key: String(year), label: `Năm ${year}`, labelEn: `Year ${year}`, year },
  value,
  raw: value === null ? '' : String(value).replace('.', ','),
  rankOf: null,
  synthetic: false,
});

const parScore: HeadlineCard_IndicatorFragment = {
    code: 'N.PAR.SCORE',
  name: 'Điểm Chỉ số cải cách hành chính',
  nameEn: 'Administrative reform index score',
  unit: 'điểm',
  valueType: 'SCORE',
  direction: 'HIGHER_BETTER',
  observations: [observation(2021, 80.1), observation(2022, 82.4), observation(2023, 85), observation(2025, 82.5)],
};

describe('HeadlineCard', () => {
  it('shows the missing year before the latest and the change since the latest earlier year with a figure', () => {
    renderWithApp(<HeadlineCard indicator={parScore} orgUnitCode="binh-thanh" title="Chỉ số CCHC" />, { locale: 'vi' });
    const card = screen.getByTestId('headline-N.PAR.SCORE');
    expect(card).toHaveTextContent('(2024→2025) không đủ số liệu');
    expect(card).toHaveTextContent(/-2,5 điểm \(2023→2025\) kém hơn/);
  });

  it('speaks English to English readers: the English name and unit, not the Vietnamese', () => {
    renderWithApp(<HeadlineCard indicator={parScore} orgUnitCode="binh-thanh" title="Reform index" />, { locale: 'en' });
    const card = screen.getByTestId('headline-N.PAR.SCORE');
    expect(card).toHaveTextContent('Administrative reform index score');
    expect(card).toHaveTextContent('points');
    expect(card).not.toHaveTextContent('điểm');
  });

  it('marks a card whose figures are synthetic, and not a card of real figures', () => {
    const generated = { ...parScore, observations: parScore.observations.map((o) => ({ ...o, synthetic: true })) };
    renderWithApp(<HeadlineCard indicator={generated} orgUnitCode="phu-dinh" title="Chỉ số CCHC" />, { locale: 'vi' });
    expect(screen.getByTestId('synthetic-mark')).toHaveTextContent('Có số liệu mô phỏng');
  });

  it('shows no synthetic mark on real figures', () => {
    renderWithApp(<HeadlineCard indicator={parScore} orgUnitCode="binh-thanh" title="Chỉ số CCHC" />, { locale: 'en' });
    expect(screen.queryByTestId('synthetic-mark')).toBeNull();
  });
});
