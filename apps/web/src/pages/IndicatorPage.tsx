import { useQuery } from '@apollo/client/react';
import { readerCode } from '@cchc/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DEFAULT_ORG_UNIT, paths } from '../modules/ui/utils/paths';
import { FindingList } from '../modules/findings/components/FindingList';
import { IndicatorChart } from '../modules/indicator/components/IndicatorChart';
import { ObservationTable } from '../modules/indicator/components/ObservationTable';
import { YearOverYearTable } from '../modules/indicator/components/YearOverYearTable';
import { derivedByPeriod } from '../modules/indicator/utils/derived';
import { Figure } from '../modules/ui/components/Figure';
import { IndicatorCode } from '../modules/ui/components/IndicatorCode';
import { Empty, ErrorNotice, Loading } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { yearlySeries } from '../modules/ui/utils/series';
import { INDICATOR_PAGE } from './IndicatorPage.query';
import { unitIn } from '@cchc/domain';
import { SyntheticMark } from '../modules/ui/components/SyntheticMark';
import { nameIn, titleIn } from '../modules/ui/utils/localized';
import { asLocale } from '../i18n';

export default function IndicatorPage() {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const { orgUnitCode = DEFAULT_ORG_UNIT, code = '' } = useParams();
  const { hash } = useLocation();
  const { data, loading, error, refetch } = useQuery(INDICATOR_PAGE, { variables: { code, orgUnitCode } });
  const indicator = data?.indicator;
  usePageTitle(indicator ? `${indicator.code} ${nameIn(locale, indicator)}` : code);

  useEffect(() => {
    // A finding links to "#period-…": bring that row into view once the data is there.
    if (hash && indicator) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [hash, indicator]);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!indicator) return <Empty>{t('indicator.notFound', { code })}</Empty>;

  const points = yearlySeries(indicator.observations);
  const derived = derivedByPeriod(
    indicator.code,
    indicator.observations,
    indicator.components.map((c) => ({ role: c.role, code: c.indicator.code, observations: c.indicator.observations })),
  );
  const findings = (data.findings ?? []).filter((f) => f.indicatorCodes.includes(indicator.code));

  return (
    <article className="indicator-page">
      <header className="page-header">
        <p className="eyebrow">
          {t(`area.${indicator.area}`)}
          {readerCode(indicator) && <> · <IndicatorCode indicator={indicator} /></>}
        </p>
        <h1 title={t('reading.code', { code: indicator.code })}>{nameIn(locale, indicator)}</h1>
        <dl className="facts">
          <div>
            <dt>{t('indicator.unit')}</dt>
            <dd>{unitIn(locale, indicator.unit ?? null) ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('indicator.valueType')}</dt>
            <dd>{t(`valueType.${indicator.valueType}`)}</dd>
          </div>
          <div>
            <dt>{t('indicator.direction')}</dt>
            <dd>{t(`direction.${indicator.direction}`)}</dd>
          </div>
          {indicator.legend && indicator.legend.length > 0 && (
            <div>
              <dt>{t('indicator.legend')}</dt>
              <dd>{indicator.legend.map((l) => `${l.label} = ${l.value}`).join(' / ')}</dd>
            </div>
          )}
        </dl>
      </header>

      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{t('indicator.overTime')}</h2>
        {indicator.observations.some((o) => o.synthetic) && <SyntheticMark some />}
        <IndicatorChart name={nameIn(locale, indicator)} points={points} unit={indicator.unit} inverted={indicator.valueType === 'RANK'} />
      </section>

      <section aria-labelledby="yoy-title">
        <h2 id="yoy-title">{t('indicator.yoy')}</h2>
        <YearOverYearTable indicator={indicator} points={points} unit={indicator.unit} />
      </section>

      <section aria-labelledby="values-title">
        <h2 id="values-title">{t('indicator.values')}</h2>
        {indicator.observations.length > 0 ? (
          <ObservationTable
            observations={indicator.observations}
            unit={indicator.unit}
            valueType={indicator.valueType}
            orgUnitCode={orgUnitCode}
          />
        ) : (
          <Empty>{t('indicator.noValues')}</Empty>
        )}
      </section>

      <section aria-labelledby="graph-title">
        <h2 id="graph-title">{t('indicator.graph')}</h2>
        <div className="graph-grid">
          <div>
            <h3>{t('indicator.parent')}</h3>
            {indicator.parent ? (
              <Link to={paths.indicator(orgUnitCode, indicator.parent.code)}>
                <IndicatorCode indicator={indicator.parent} /> {nameIn(locale, indicator.parent)}
              </Link>
            ) : (
              <p className="muted">—</p>
            )}
          </div>
          <div>
            <h3>{t('indicator.children')}</h3>
            <IndicatorLinks items={indicator.children} orgUnitCode={orgUnitCode} />
          </div>
          <div>
            <h3>{t('indicator.dependents')}</h3>
            <IndicatorLinks items={indicator.dependents} orgUnitCode={orgUnitCode} />
          </div>
          <div>
            <h3>{t('indicator.sections')}</h3>
            <ul className="link-list">
              {indicator.sections.map((s) => (
                <li key={s.id}>
                  <Link to={paths.section(orgUnitCode, s.key)}>
                    {s.number} {titleIn(locale, s)}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
        {indicator.components.length > 0 && (
          <>
            <h3>{t('indicator.components')}</h3>
            <ul className="link-list">
              {indicator.components.map((c) => (
                <li key={c.indicator.code}>
                  <span className="role">{t(`role.component.${c.role}`)}</span>{' '}
                  <Link to={paths.indicator(orgUnitCode, c.indicator.code)}>
                    <IndicatorCode indicator={c.indicator} /> {nameIn(locale, c.indicator)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {derived.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="derived-table">
              <caption>{t('indicator.derivedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('indicator.period')}</th>
                  <th scope="col" className="num">{t('indicator.reported')}</th>
                  <th scope="col" className="num">{t('indicator.derived')}</th>
                  <th scope="col">{t('indicator.note')}</th>
                </tr>
              </thead>
              <tbody>
                {derived.map((row) => (
                  <tr key={row.period}>
                    <th scope="row">{row.period}</th>
                    <td className="num">
                      <Figure value={row.reported} unit={indicator.unit} />
                    </td>
                    <td className="num">
                      <Figure value={row.derived} unit={indicator.unit} />
                    </td>
                    <td>{t(`derivedReason.${row.reason}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="findings-title">
        <h2 id="findings-title">{t('indicator.findings')}</h2>
        <FindingList findings={findings} orgUnitCode={orgUnitCode} />
      </section>

      <section aria-labelledby="targets-title">
        <h2 id="targets-title">{t('indicator.targets')}</h2>
        {indicator.targets.length > 0 ? (
          <ul className="link-list">
            {indicator.targets.map((target) => (
              <li key={target.id}>
                <Link to={`${paths.targets(orgUnitCode, target.programme)}#target-${target.id}`}>{target.text}</Link>{' '}
                <span className={`status status-${target.status.toLowerCase()}`}>{t(`status.${target.status}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('indicator.noTargets')}</p>
        )}
      </section>
    </article>
  );
}

function IndicatorLinks({ items, orgUnitCode }: { items: readonly { code: string; codeAsWritten: string; name: string; nameEn?: string | null }[]; orgUnitCode: string }) {
  const { i18n } = useTranslation();
  if (items.length === 0) return <p className="muted">—</p>;
  return (
    <ul className="link-list">
      {items.map((i) => (
        <li key={i.code}>
          <Link to={paths.indicator(orgUnitCode, i.code)}>
            <IndicatorCode indicator={i} /> {nameIn(asLocale(i18n.language), i)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
