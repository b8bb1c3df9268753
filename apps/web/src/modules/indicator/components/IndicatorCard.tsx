import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import { graphql } from '../../../gql';
import { SyntheticMark } from '../../ui/components/SyntheticMark';
import { nameIn } from '../../ui/utils/localized';
import { asLocale } from '../../../i18n';

import type { IndicatorCard_IndicatorFragment } from '../../../gql/graphql';
import { LatestChangeText } from '../../ui/components/ChangeText';
import { Figure, NoData } from '../../ui/components/Figure';
import { IndicatorCode } from '../../ui/components/IndicatorCode';
import { Sparkline } from '../../ui/components/Sparkline';
import { usePeriodLabel } from '../../ui/hooks/usePeriodLabel';
import { latestChange, withGaps, yearlySeries } from '../../ui/utils/series';

export const IndicatorCard_indicator = graphql(`
  fragment IndicatorCard_indicator on Indicator {
    code
    codeAsWritten
    name
    nameEn
    unit
    valueType
    direction
    observations(orgUnitCode: $orgUnitCode) {
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
      source {
        quote
        section {
          id
        }
      }
    }
  }
`);

/** Value, sparkline and change of one indicator; the latest figure when it is not a yearly series. */
export function IndicatorCard({ indicator, orgUnitCode }: { indicator: IndicatorCard_IndicatorFragment; orgUnitCode: string }) {
  const { t, i18n } = useTranslation();
  const name = nameIn(asLocale(i18n.language), indicator);
  const periodText = usePeriodLabel();
  const points = yearlySeries(indicator.observations);
  const summary = latestChange(indicator, points);
  const single = indicator.observations[indicator.observations.length - 1];
  return (
    <article className="card indicator-card">
      <h3 className="card-title">
        <Link to={paths.indicator(orgUnitCode, indicator.code)}>
          <IndicatorCode indicator={indicator} /> {name}
        </Link>
        {indicator.observations.some((o) => o.synthetic) && <SyntheticMark some />}
      </h3>
      {summary ? (
        <>
          <p className="card-value">
            <Figure value={summary.latest.value} unit={indicator.unit} valueType={indicator.valueType} />{' '}
            <span className="muted">{t('common.inYear', { year: summary.latest.year })}</span>
          </p>
          <Sparkline points={withGaps(points)} label={t('overview.trendOf', { name })} inverted={indicator.valueType === 'RANK'} />
          <LatestChangeText summary={summary} valueType={indicator.valueType} unit={indicator.unit} />
        </>
      ) : single ? (
        <p className="card-value">
          <Figure value={single.value} unit={indicator.unit} valueType={indicator.valueType} rankOf={single.rankOf} />{' '}
          <span className="muted">{periodText(single.period)}</span>
        </p>
      ) : (
        <p className="card-value">
          <NoData />
        </p>
      )}
    </article>
  );
}
