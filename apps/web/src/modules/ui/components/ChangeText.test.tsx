import { yearOverYear } from '@cchc/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { ChangeText } from './ChangeText';

const onlineFiling = yearOverYear({ valueType: 'PERCENT', direction: 'HIGHER_BETTER' }, { year: 2024, value: 95.06 }, { year: 2025, value: 96.53 });

describe('ChangeText of a percentage', () => {
  it('names percentage points in full in Vietnamese', () => {
    const { container } = renderWithApp(<ChangeText change={onlineFiling} valueType="PERCENT" />, { locale: 'vi' });
    expect(container).toHaveTextContent('+1,47 điểm phần trăm (2024→2025) tốt hơn');
    expect(container.querySelector('abbr')).toBeNull();
  });

  it('abbreviates percentage points as pp in English, spelled out in its title', () => {
    const { container } = renderWithApp(<ChangeText change={onlineFiling} valueType="PERCENT" />, { locale: 'en' });
    expect(container).toHaveTextContent('+1.47 pp (2024→2025) better');
    expect(screen.getByTitle('percentage points')).toHaveTextContent('pp');
  });
});

describe('ChangeText arrows and ranks', () => {
  const staff = yearOverYear({ valueType: 'COUNT', direction: 'LOWER_BETTER' }, { year: 2024, value: 18 }, { year: 2025, value: 17 });
  const rankUp = yearOverYear({ valueType: 'RANK', direction: 'LOWER_BETTER' }, { year: 2022, value: 5 }, { year: 2023, value: 3 });
  const rankDown = yearOverYear({ valueType: 'RANK', direction: 'LOWER_BETTER' }, { year: 2023, value: 1 }, { year: 2025, value: 6 });

  it('points the arrow down for a decrease even when the decrease is better ("▼ -1 người … tốt hơn")', () => {
    const { container } = renderWithApp(<ChangeText change={staff} valueType="COUNT" unit="người" />, { locale: 'vi' });
    expect(container).toHaveTextContent('▼ -1 người (2024→2025) tốt hơn');
    expect(container).not.toHaveTextContent('▲');
  });

  it('gives a rank its move in places, up when it nears first place, never a percentage', () => {
    const up = renderWithApp(<ChangeText change={rankUp} valueType="RANK" />, { locale: 'vi' });
    expect(up.container).toHaveTextContent('▲ lên 2 bậc (2022→2023) tốt hơn');
    up.unmount();
    const down = renderWithApp(<ChangeText change={rankDown} valueType="RANK" />, { locale: 'en' });
    expect(down.container).toHaveTextContent('▼ down 5 places (2023→2025) worse');
    expect(down.container).not.toHaveTextContent('%');
  });
});
