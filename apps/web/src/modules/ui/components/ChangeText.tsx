import { movementOf, type YearOverYear } from '@cchc/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../hooks/useFormat';
import type { LatestChange } from '../utils/series';
import { TrendBadge } from './TrendBadge';

/** A rank's change in places, in words: up or down so many places, or the same rank. */
export function rankMoveText(t: (key: string, options?: Record<string, unknown>) => string, placesChange: number | null): string | null {
  if (placesChange === null) return null;
  if (placesChange === 0) return t('reading.placesSame');
  return t(placesChange > 0 ? 'reading.placesUp' : 'reading.placesDown', { count: Math.abs(placesChange) });
}

/** The change that matters for the indicator's type: points for a percentage, places for a rank, else absolute. */
export function ChangeText({ change, valueType, unit }: { change: YearOverYear; valueType: string; unit?: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  let text: React.ReactNode = null;
  // A NEUTRAL indicator's change has values but no verdict: show the change, say it is not judged.
  const measured = change.fromValue !== null && change.toValue !== null;
  if (measured) {
    if (valueType === 'PERCENT') {
      // Percentage points, not percent: the short form (English "pp") is explained by its title.
      const short = t('change.pointsUnit');
      const full = t('change.pointsUnitFull');
      text = (
        <>
          {format.signed(change.percentagePointChange, { maximumFractionDigits: 2 })}
          {'\u00a0'}
          {short === full ? short : <abbr title={full}>{short}</abbr>}
        </>
      );
    }
    // A rank moves in places: "lên 2 bậc" / "up 2 places", never a percentage.
    else if (valueType === 'RANK') text = rankMoveText(t, change.placesChange);
    else {
      const value = format.signed(change.absoluteChange, { maximumFractionDigits: 2 });
      const shownUnit = format.unit(unit);
      text = shownUnit ? `${value}\u00a0${shownUnit}` : value;
    }
  }
  return (
    <TrendBadge trend={change.trend} movement={movementOf(change)} neutral={measured && change.trend === 'NO_DATA'}>
      {text && <span className="change-value">{text}</span>}
      <span className="change-years">
        {' '}
        ({change.fromYear}→{change.toYear})
      </span>
    </TrendBadge>
  );
}

/**
 * The latest change of a card. When the year before the latest has no figure, that gap stays shown and the change
 * since the latest earlier year with a figure follows, labelled with both years.
 */
export function LatestChangeText({ summary, valueType, unit }: { summary: LatestChange; valueType: string; unit?: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="change-lines">
      <ChangeText change={summary.change} valueType={valueType} unit={unit} />
      {summary.sinceEarlier && (
        <span className="change-since" title={t('change.sinceEarlierHint', { year: summary.sinceEarlier.fromYear })}>
          <ChangeText change={summary.sinceEarlier} valueType={valueType} unit={unit} />
        </span>
      )}
    </div>
  );
}
