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
