import { useTranslation } from 'react-i18next';
import { asLocale } from '../../../i18n';

/** The API gives each period's label in both languages; pick the one of the UI. */
export function usePeriodLabel() {
  const { i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  return (period: { label: string; labelEn?: string | null }) => (locale === 'en' && period.labelEn ? period.labelEn : period.label);
}
