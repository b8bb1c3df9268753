import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { Figure } from './Figure';

describe('Figure', () => {
  it('writes numbers the Vietnamese way in Vietnamese: dot groups thousands, comma marks decimals', () => {
    renderWithApp(
      <p>
        <Figure value={16807} /> | <Figure value={80.5} unit="%" /> | <Figure value={17759.720212} maximumFractionDigits={6} />
      </p>,
      { locale: 'vi' },
    );
    expect(screen.getByText('16.807')).toBeInTheDocument();
    expect(screen.getByText('80,5')).toBeInTheDocument();
    expect(screen.getByText('17.759,720212')).toBeInTheDocument();
  });

  it('writes numbers the English way in English', () => {
    renderWithApp(
      <p>
        <Figure value={16807} /> | <Figure value={80.5} unit="%" />
      </p>,
      { locale: 'en' },
    );
    expect(screen.getByText('16,807')).toBeInTheDocument();
    expect(screen.getByText('80.5')).toBeInTheDocument();
  });

  it('shows a blank as "no data" in the current language, never as 0', () => {
    const { i18n, container } = renderWithApp(<Figure value={null} unit="%" />, { locale: 'vi' });
    expect(screen.getByText('Không có số liệu')).toBeInTheDocument();
    expect(container.textContent).not.toContain('0');
    act(() => void i18n.changeLanguage('en'));
    expect(screen.getByText('No data')).toBeInTheDocument();
  });

  it('keeps zero as a real value, distinct from a blank', () => {
    renderWithApp(<Figure value={0} unit="%" />, { locale: 'vi' });
    expect(screen.getByText('0')).toBeInTheDocument();
    expect(screen.queryByText('Không có số liệu')).not.toBeInTheDocument();
  });

  it('writes a rank as "k/N" whatever the language', () => {
    renderWithApp(<Figure value={5} valueType="RANK" rankOf={23} />, { locale: 'en' });
    expect(screen.getByText('5/23')).toBeInTheDocument();
  });

  it('changes format when the language is switched', () => {
    const { i18n } = renderWithApp(<Figure value={80.5} />, { locale: 'vi' });
    expect(screen.getByText('80,5')).toBeInTheDocument();
    act(() => void i18n.changeLanguage('en'));
    expect(screen.getByText('80.5')).toBeInTheDocument();
    act(() => void i18n.changeLanguage('vi'));
    expect(screen.getByText('80,5')).toBeInTheDocument();
  });
});
