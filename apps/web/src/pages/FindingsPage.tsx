import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { DEFAULT_ORG_UNIT } from '../modules/ui/utils/paths';
import type { Severity } from '../gql/graphql';
import { FindingList } from '../modules/findings/components/FindingList';
import { ErrorNotice, Loading } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { FINDINGS_PAGE } from './FindingsPage.query';
import { ruleDescription } from '../modules/findings/utils/ruleDescription';
import { asLocale } from '../i18n';
import { searchKey } from '@cchc/domain';
import { indicatorTitle } from '../modules/ui/utils/localized';

const SEVERITIES: Severity[] = ['ERROR', 'WARNING', 'INFO'];

export default function FindingsPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode = DEFAULT_ORG_UNIT } = useParams();
  const [params, setParams] = useSearchParams();
  const severityParam = params.get('severity');
  const severity = SEVERITIES.find((s) => s === severityParam) ?? null;
  const rule = params.get('rule') ?? '';
  const search = params.get('q') ?? '';
  const { data, loading, error, refetch } = useQuery(FINDINGS_PAGE, { variables: { orgUnitCode, severity } });
  usePageTitle(t('nav.findings'));

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const all = data?.findings ?? [];
  const rules = [...new Set(all.map((f) => f.rule))].sort();
  // Diacritics optional, as readers type: an indicator's printed code and names, or the message, hold the text.
  const needle = searchKey(search);
  const holds = (text: string) => searchKey(text).includes(needle);
  const shown = all.filter(
    (f) =>
      (!rule || f.rule === rule) &&
      (!needle ||
        f.indicators.some((i) => holds(indicatorTitle('vi', i)) || holds(indicatorTitle('en', i))) ||
        holds(f.message.vi) ||
        holds(f.message.en)),
  );

  return (
    <div>
      <header className="page-header">
        <h1>{t('findings.title')}</h1>
        <p className="lead">{t('findings.intro')}</p>
      </header>
      <form className="filters" role="search" aria-label={t('findings.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="severity">{t('findings.severity')}</label>
          <select id="severity" value={severity ?? ''} onChange={(e) => update('severity', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rule">{t('findings.rule')}</label>
          <select id="rule" value={rule} onChange={(e) => update('rule', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {rules.map((r) => (
              <option key={r} value={r}>
                {ruleDescription(r, asLocale(i18n.language))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q">{t('findings.search')}</label>
          <input id="q" type="search" value={search} onChange={(e) => update('q', e.target.value)} />
        </div>
      </form>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <p className="muted" role="status">
            {t('findings.count', { count: shown.length, total: all.length })}
          </p>
          <FindingList findings={shown} orgUnitCode={orgUnitCode} />
        </>
      )}
    </div>
  );
}
