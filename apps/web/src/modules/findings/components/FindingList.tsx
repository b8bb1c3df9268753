import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import { graphql } from '../../../gql';
import type { FindingList_FindingFragment } from '../../../gql/graphql';
import { asLocale } from '../../../i18n';
import { indicatorTitle } from '../../ui/utils/localized';
import { periodAnchor } from '../../indicator/utils/anchors';
import { Figure } from '../../ui/components/Figure';
import { Empty } from '../../ui/components/Status';
import { FindingExplanation } from './FindingExplanation';
import { ruleDescription } from '../utils/ruleDescription';

export const FindingList_finding = graphql(`
  fragment FindingList_finding on Finding {
    rule
    severity
    indicatorCodes
    indicators {
      code
      codeAsWritten
      name
      nameEn
    }
    period
    values {
      label
      value
      raw
      sectionKey
    }
    message {
      vi
      en
    }
    explanation {
      ...FindingExplanation_explanation
    }
  }
`);

// The domain's words for a finding's values; an indicator's code is shown by its printed code and name, other labels
// (years, source places) as they are.
const VALUE_LABELS = new Set(['reported', 'numerator', 'denominator', 'derived', 'sum of addends', 'sum', 'whole', 'part', 'rank', 'of', 'value']);

/** Validation findings, each linking to the indicators it concerns and to the value of its period. */
export function FindingList({ findings, orgUnitCode }: { findings: readonly FindingList_FindingFragment[]; orgUnitCode: string }) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  if (findings.length === 0) return <Empty>{t('findings.none')}</Empty>;
  return (
    <ul className="finding-list">
      {findings.map((f, i) => {
        const indicatorOf = new Map(f.indicators.map((indicator) => [indicator.code, indicator]));
        return (
        <li key={`${f.rule}-${f.indicatorCodes.join(',')}-${f.period ?? ''}-${i}`} className={`finding finding-${f.severity.toLowerCase()}`} data-rule={f.rule}>
          <div className="finding-head">
            <span className={`severity severity-${f.severity.toLowerCase()}`}>{t(`severity.${f.severity}`)}</span>
            <span className="rule">{ruleDescription(f.rule, locale)}</span>
            {f.period && <span className="muted">{f.period}</span>}
          </div>
          <p className="finding-message">{locale === 'vi' ? f.message.vi : f.message.en}</p>
          {f.values.length > 0 && (
            <dl className="finding-values">
              {f.values.map((v, j) => (
                <div key={j}>
                  <dt>
                    {VALUE_LABELS.has(v.label) ? (
                      t(`findings.valueLabel.${v.label}`)
                    ) : indicatorOf.has(v.label) ? (
                      indicatorTitle(locale, indicatorOf.get(v.label)!)
                    ) : v.sectionKey ? (
                      // A place in the report ("II.2.2 / Kết quả… / 4 / 2024"): opens that section.
                      <Link to={paths.section(orgUnitCode, v.sectionKey)} title={t('findingDetail.openSection', { section: v.sectionKey })}>
                        {v.label}
                      </Link>
                    ) : (
                      v.label
                    )}
                  </dt>
                  <dd>
                    <Figure value={v.value} maximumFractionDigits={6} />
                    {v.raw ? <span className="muted"> («{v.raw}»)</span> : null}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {f.explanation && <FindingExplanation explanation={f.explanation} />}
          <p className="finding-links">
            {f.indicators.map((indicator) => (
              <Link key={indicator.code} to={`${paths.indicator(orgUnitCode, indicator.code)}#${periodAnchor(f.period)}`}>
                {t('findings.seeIndicator', { indicator: indicatorTitle(locale, indicator) })}
              </Link>
            ))}
          </p>
        </li>
        );
      })}
    </ul>
  );
}
