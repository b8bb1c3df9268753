import type { YearOverYear } from '@cchc/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../hooks/useFormat';
import { TrendBadge } from './TrendBadge';

/** The change that matters for the indicator's type: points for a percentage, places for a rank, else absolute. */
export function ChangeText({ change, valueType }: { change: YearOverYear; valueType: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  let text: string | null = null;
  // A NEUTRAL indicator's change has values but no verdict: show the change, say it is not judged.
  const measured = change.fromValue !== null && change.toValue !== null;
  if (measured) {
    if (valueType === 'PERCENT') text = t('change.points', { value: format.signed(change.percentagePointChange, { maximumFractionDigits: 2 }) });
    else if (valueType === 'RANK') text = t('change.places', { value: format.signed(change.placesChange) });
    else text = format.signed(change.absoluteChange, { maximumFractionDigits: 2 });
  }
  return (
    <TrendBadge trend={change.trend} neutral={measured && change.trend === 'NO_DATA'}>
      {text && <span className="change-value">{text}</span>}
      <span className="change-years">
        {' '}
        ({change.fromYear}→{change.toYear})
      </span>
    </TrendBadge>
  );
}
