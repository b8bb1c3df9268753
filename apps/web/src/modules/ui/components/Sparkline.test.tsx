import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { Sparkline } from './Sparkline';

describe('Sparkline', () => {
  it('labels its first and last years, gaps included, and says the span to screen readers', () => {
    renderWithApp(
      <Sparkline
        label="Chỉ số CCHC"
        points={[
          { year: 2021, value: 80.5 },
          { year: 2022, value: 80.5 },
          { year: 2024, value: null },
          { year: 2025, value: 87.25 },
        ]}
      />,
    );
    expect(screen.getByTestId('sparkline-years')).toHaveTextContent(/^20212025$/);
    expect(screen.getByRole('img', { name: 'Chỉ số CCHC (2021–2025)' })).toBeInTheDocument();
  });
});
