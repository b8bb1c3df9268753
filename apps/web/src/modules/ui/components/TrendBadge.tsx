import type { Trend } from '@cchc/domain';
import { useTranslation } from 'react-i18next';

const ARROW: Record<Trend, string> = { IMPROVED: '▲', WORSENED: '▼', UNCHANGED: '■', NO_DATA: '–' };

/** A change marked better or worse by the indicator's direction (the trend comes from the domain rules). */
export function TrendBadge({ trend, children }: { trend: Trend; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <span className={`trend trend-${trend.toLowerCase()}`}>
      <span aria-hidden="true">{ARROW[trend]}</span> {children}
      <span className="trend-label">{t(`trend.${trend}`)}</span>
    </span>
  );
}
