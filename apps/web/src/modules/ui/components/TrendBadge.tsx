import type { Trend } from '@cchc/domain';
import { useTranslation } from 'react-i18next';

const ARROW: Record<Trend, string> = { IMPROVED: '▲', WORSENED: '▼', UNCHANGED: '■', NO_DATA: '–' };

/** A change marked better or worse by the indicator's direction (the trend comes from the domain rules). */
export function TrendBadge({ trend, neutral = false, children }: { trend: Trend; neutral?: boolean; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <span className={`trend trend-${neutral ? 'unchanged' : trend.toLowerCase()}`}>
      <span aria-hidden="true">{neutral ? '◆' : ARROW[trend]}</span> {children}{' '}
      <span className="trend-label">{neutral ? t('trend.NEUTRAL') : t(`trend.${trend}`)}</span>
    </span>
  );
}
