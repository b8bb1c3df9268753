import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_ORG_UNIT, paths, REPORT_PROGRAMME, TARGET_PROGRAMME } from '../modules/ui/utils/paths';
import { HeadlineCard } from '../modules/report/components/HeadlineCard';
import { ReportedRanks } from '../modules/report/components/ReportedRanks';
import { ErrorNotice, Loading } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { OVERVIEW_PAGE, overviewPageVariables } from './OverviewPage.query';

const SEVERITIES = ['ERROR', 'WARNING', 'INFO'] as const;
const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const;

export default function OverviewPage() {
  const { t } = useTranslation();
  const { orgUnitCode = DEFAULT_ORG_UNIT, programme = REPORT_PROGRAMME } = useParams();
  const { data, loading, error, refetch } = useQuery(OVERVIEW_PAGE, { variables: overviewPageVariables(orgUnitCode, programme) });
  usePageTitle(t('nav.overview'));

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!data) return null;

  const headlines = [
    { key: 'parScore', indicator: data.parScore },
    { key: 'parRank', indicator: data.parRank },
    { key: 'satisfaction', indicator: data.satisfaction },
    { key: 'onlineFiling', indicator: data.onlineFiling },
    { key: 'onTime', indicator: data.onTime },
    { key: 'digitisation', indicator: data.digitisation },
  ] as const;
  const findingsBySeverity = SEVERITIES.map((s) => ({ severity: s, count: data.findings.filter((f) => f.severity === s).length }));
  const targetsByStatus = STATUSES.map((s) => ({ status: s, count: data.targets.filter((x) => x.status === s).length }));
  const tasksDone = data.tasks.filter((x) => x.completed === true).length;

  return (
    <div className="overview">
      <header className="page-header">
        <p className="eyebrow">
          {data.orgUnit?.name ?? orgUnitCode} · {t('overview.programme', { programme })}
        </p>
        <h1>{t('overview.title')}</h1>
        {data.report ? <p className="lead">{data.report.title}</p> : <p className="lead">{t('overview.noReport')}</p>}
      </header>

      <section aria-labelledby="headlines-title">
        <h2 id="headlines-title">{t('overview.headlines')}</h2>
        <div className="card-grid">
          {headlines.map((h) => (
            <HeadlineCard key={h.key} title={t(`headline.${h.key}`)} indicator={h.indicator} orgUnitCode={orgUnitCode} />
          ))}
        </div>
      </section>

      <ReportedRanks orgUnitCode={orgUnitCode} />

      <div className="summary-grid">
        <section className="card" aria-labelledby="findings-summary">
          <h2 id="findings-summary">{t('overview.findings')}</h2>
          <p className="big-number" data-testid="findings-count">
            {data.findings.length}
          </p>
          <ul className="inline-list">
            {findingsBySeverity.map((f) => (
              <li key={f.severity}>
                <span className={`severity severity-${f.severity.toLowerCase()}`}>{t(`severity.${f.severity}`)}</span> {f.count}
              </li>
            ))}
          </ul>
          <Link to={paths.findings(orgUnitCode)}>{t('overview.seeFindings')}</Link>
        </section>

        <section className="card" aria-labelledby="targets-summary">
          <h2 id="targets-summary">{t('overview.targets', { programme: TARGET_PROGRAMME })}</h2>
          <p className="big-number">{data.targets.length}</p>
          <ul className="inline-list">
            {targetsByStatus
              .filter((s) => s.count > 0)
              .map((s) => (
                <li key={s.status} data-testid={`overview-targets-${s.status}`}>
                  <span className={`status status-${s.status.toLowerCase()}`}>{t(`status.${s.status}`)}</span> {s.count}
                </li>
              ))}
          </ul>
          <Link to={paths.targets(orgUnitCode)}>{t('overview.seeTargets')}</Link>
        </section>

        <section className="card" aria-labelledby="tasks-summary">
          <h2 id="tasks-summary">{t('overview.tasks')}</h2>
          <p className="big-number">
            {tasksDone}/{data.tasks.length}
          </p>
          <p>{t('overview.tasksDone')}</p>
          <Link to={paths.sections(orgUnitCode, programme)}>{t('overview.seeSections')}</Link>
        </section>
      </div>
    </div>
  );
}
