import { movementOf } from '@cchc/domain';
import { useTranslation } from 'react-i18next';
import { rankMoveText } from '../../ui/components/ChangeText';
import { Figure } from '../../ui/components/Figure';
import { TrendBadge } from '../../ui/components/TrendBadge';
import { useFormat } from '../../ui/hooks/useFormat';
import { gapBridges, yearOverYearSteps, type IndicatorKind, type YearPoint } from '../../ui/utils/series';

/**
 * Each consecutive pair of years: absolute, relative and percentage-point change, marked by the direction. After a
 * gap (a year without a figure) a further row gives the change from the latest earlier year with a figure.
 */
export function YearOverYearTable({ indicator, points, unit }: { indicator: IndicatorKind; points: YearPoint[]; unit?: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bridges = gapBridges(indicator, points);
  const steps = yearOverYearSteps(indicator, points).flatMap((step) => [
    { step, bridge: false },
    ...bridges.filter((b) => b.toYear === step.toYear).map((b) => ({ step: b, bridge: true })),
  ]);
  if (steps.length === 0) return <p className="muted">{t('indicator.noYoY')}</p>;
  const dash = <span className="no-data">—</span>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="yoy-table">
        <caption className="visually-hidden">{t('indicator.yoy')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator.years')}</th>
            <th scope="col" className="num">{t('indicator.from')}</th>
            <th scope="col" className="num">{t('indicator.to')}</th>
            {indicator.valueType !== 'RANK' && <th scope="col" className="num">{t('indicator.absolute')}</th>}
            {indicator.valueType !== 'RANK' && <th scope="col" className="num">{t('indicator.relative')}</th>}
            {indicator.valueType === 'PERCENT' && <th scope="col" className="num">{t('indicator.points')}</th>}
            {indicator.valueType === 'RANK' && <th scope="col" className="num">{t('indicator.places')}</th>}
            <th scope="col">{t('indicator.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map(({ step: s, bridge }) => (
            <tr key={`${s.fromYear}-${s.toYear}`} className={bridge ? 'yoy-bridge' : undefined}>
              <th scope="row">
                {s.fromYear}→{s.toYear}
                {bridge && <span className="yoy-bridge-note"> {t('indicator.acrossGap')}</span>}
              </th>
              <td className="num">
                <Figure value={s.fromValue} unit={unit} />
              </td>
              <td className="num">
                <Figure value={s.toValue} unit={unit} />
              </td>
              {/* A rank's change is told in places only ("xuống 2 bậc"), not as a signed difference of rank numbers. */}
              {indicator.valueType !== 'RANK' && <td className="num">{format.signed(s.absoluteChange, { maximumFractionDigits: 2 }) ?? dash}</td>}
              {indicator.valueType !== 'RANK' && (
                <td className="num">
                  {s.relativeChange === null ? dash : `${format.signed(s.relativeChange, { maximumFractionDigits: 1 })}%`}
                </td>
              )}
              {indicator.valueType === 'PERCENT' && (
                <td className="num">{format.signed(s.percentagePointChange, { maximumFractionDigits: 2 }) ?? dash}</td>
              )}
              {indicator.valueType === 'RANK' && <td className="num">{rankMoveText(t, s.placesChange) ?? dash}</td>}
              <td>
                <TrendBadge trend={s.trend} movement={movementOf(s)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
