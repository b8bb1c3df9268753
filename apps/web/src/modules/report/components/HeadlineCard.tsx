import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { SyntheticMark } from '../../ui/components/SyntheticMark';
import { nameIn } from '../../ui/utils/localized';
import { asLocale } from '../../../i18n';
import type { HeadlineCard_IndicatorFragment } from '../../../gql/graphql';
import { paths } from '../../ui/utils/paths';
import { LatestChangeText } from '../../ui/components/ChangeText';
import { Figure, NoData } from '../../ui/components/Figure';
import { Sparkline } from '../../ui/components/Sparkline';
import { usePeriodLabel } from '../../ui/hooks/usePeriodLabel';
import { latestChange, withGaps, yearlySeries } from '../../ui/utils/series';

export const HeadlineCard_indicator = graphql(`
  fragment HeadlineCard_indicator on Indicator {
    code
    name
    nameEn
    unit
    valueType
    direction
    observations(orgUnitCode: $orgUnitCode, from: $fromYear, to: $toYear) {
      synthetic
      period {
        key
        label
        labelEn
        year
      }
      value
      raw
      rankOf
    }
  }
`);

export function HeadlineCard({
  indicator,
  orgUnitCode,
  title,
}: {
  indicator: HeadlineCard_IndicatorFragment | null | undefined;
  orgUnitCode: string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const periodText = usePeriodLabel();
  if (!indicator) {
    return (
      <article className="card headline-card">
        <h3 className="card-title">{title}</h3>
        <NoData />
      </article>
    );
  }
  const points = yearlySeries(indicator.observations);
  const summary = latestChange(indicator, points);
  // Not a yearly series (e.g. a programme total from the appendix): show its latest reported figure instead.
  const fallback = [...indicator.observations].reverse().find((o) => o.value !== null);
  const latestObservation = summary
    ? indicator.observations.find((o) => o.period.year === summary.latest.year && o.value !== null)
    : undefined;
  return (
    <article className="card headline-card" data-testid={`headline-${indicator.code}`}>
      <h3 className="card-title">
        <Link to={paths.indicator(orgUnitCode, indicator.code)}>{title}</Link>
      </h3>
      <p className="card-subtitle">
        {nameIn(asLocale(i18n.language), indicator)}
        {indicator.observations.some((o) => o.synthetic) && <SyntheticMark some />}
      </p>
      {summary ? (
        <>
          <p className="headline-value">
            <Figure
              value={summary.latest.value}
              unit={indicator.unit}
              valueType={indicator.valueType}
              rankOf={latestObservation?.rankOf}
            />{' '}
            <span className="headline-year">{t('common.inYear', { year: summary.latest.year })}</span>
          </p>
          <LatestChangeText summary={summary} valueType={indicator.valueType} unit={indicator.unit} />
          <Sparkline points={withGaps(points)} label={t('overview.trendOf', { name: nameIn(asLocale(i18n.language), indicator) })} inverted={indicator.valueType === 'RANK'} />
        </>
      ) : fallback ? (
        <p className="headline-value">
          <Figure value={fallback.value} unit={indicator.unit} valueType={indicator.valueType} rankOf={fallback.rankOf} />{' '}
          <span className="headline-year">{periodText(fallback.period)}</span>
        </p>
      ) : (
        <p className="headline-value">
          <NoData />
        </p>
      )}
    </article>
  );
}
