import type { Movement, Trend } from '@cchc/domain';
import { useTranslation } from 'react-i18next';

// The arrow shows which way the figure moved (movementOf in @cchc/domain); colour and word say whether that is better.
const ARROW: Record<Movement, string> = { UP: '▲', DOWN: '▼', SAME: '■' };

/** A change marked better or worse by the indicator's direction (the trend comes from the domain rules). */
export function TrendBadge({
  trend,
  movement = null,
  neutral = false,
  children,
}: {
  trend: Trend;
  /** Which way the figure moved; null (a gap, or unknown) shows a dash, never an arrow that could mislead. */
  movement?: Movement | null;
  neutral?: boolean;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <span className={`trend trend-${neutral ? 'unchanged' : trend.toLowerCase()}`}>
      <span aria-hidden="true">{movement ? ARROW[movement] : '–'}</span> {children}{' '}
      <span className="trend-label">{neutral ? t('trend.NEUTRAL') : t(`trend.${trend}`)}</span>
    </span>
  );
}
