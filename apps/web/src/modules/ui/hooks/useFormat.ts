// Number and period formatting in the current language; every rule comes from @cchc/domain.
import { formatNumber, formatRank, unitIn } from '@cchc/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLocale, type Locale } from '../../../i18n';

export interface Formatter {
  locale: Locale;
  /** null when there is no value: callers show "no data", never 0. */
  number: (value: number | null | undefined, options?: { maximumFractionDigits?: number }) => string | null;
  rank: (rank: number | null | undefined, of: number | null | undefined) => string | null;
  signed: (value: number | null | undefined, options?: { maximumFractionDigits?: number }) => string | null;
  dateTime: (iso: string) => string;
  /** A unit of measure in the reader's language ("điểm" → "points" in English); blank stays blank. */
  unit: (unit: string | null | undefined) => string | null;
}

export function createFormatter(locale: Locale): Formatter {
  const number: Formatter['number'] = (value, options) =>
    value === null || value === undefined ? null : formatNumber(value, locale, options);
  return {
    locale,
    number,
    unit: (unit) => unitIn(locale, unit ?? null),
    rank: (rank, of) => (rank === null || rank === undefined || !of ? null : formatRank(rank, of)),
    signed: (value, options) => {
      const text = number(value, options);
      if (text === null || value === null || value === undefined) return null;
      return value > 0 ? `+${text}` : text;
    },
    dateTime: (iso) =>
      new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(iso),
      ),
  };
}

export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  return useMemo(() => createFormatter(locale), [locale]);
}
