// The reviewer's queue: every commune of the reviewer's unit for a year (or the 2026–2030 plan) with its status,
// findings, explanations and last change; approve or return one or several at once.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths, TARGET_PROGRAMME } from '../modules/ui/utils/paths';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { canReview } from '../modules/auth/utils/permissions';
import { CycleError, SubmissionBadge } from '../modules/cycle/components/SubmissionPanel';
import { REVIEW, REVIEW_QUEUE } from '../modules/cycle/graphql/cycle';
import { Empty, ErrorNotice, Loading } from '../modules/ui/components/Status';
import { useFormat } from '../modules/ui/hooks/useFormat';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { ENTRY_YEARS } from './DataEntryPage';

export default function ReviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const what = params.get('what') ?? '2026';
  const isPlan = what === 'plan';
  const year = isPlan ? null : Number.parseInt(what, 10);
  const { data, loading, error, refetch } = useQuery(REVIEW_QUEUE, {
    variables: { kind: isPlan ? 'PLAN' : 'YEAR_DATA', year, programme: isPlan ? TARGET_PROGRAMME : null },
    skip: !canReview(user),
    fetchPolicy: 'cache-and-network',
  });
  const [review, { loading: reviewing }] = useMutation(REVIEW, { refetchQueries: ['ReviewQueue'], awaitRefetchQueries: true });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  usePageTitle(t('review.title'));

  if (!canReview(user)) return <p className="notice">{t('review.reviewersOnly')}</p>;
  const items = data?.reviewQueue ?? [];
  const submitted = items.filter((i) => i.submission.status === 'SUBMITTED');
  const act = (action: 'APPROVE' | 'RETURN') => {
    setFailure(null);
    const keys = items
      .filter((i) => chosen.has(i.submission.orgUnitCode))
      .map((i) => ({ kind: i.submission.kind, orgUnitCode: i.submission.orgUnitCode, year: isPlan ? null : i.submission.year, programme: i.submission.programme ?? null }));
    review({ variables: { keys, action, comment: comment.trim() || null } })
      .then(() => {
        setChosen(new Set());
        setComment('');
      })
      .catch(setFailure);
  };

  return (
    <div>
      <header className="page-header">
        <h1>{t('review.title')}</h1>
        <p className="lead">{t('review.intro')}</p>
        <div className="field field-inline">
          <label htmlFor="review-what">{t('review.what')}</label>
          <select id="review-what" value={what} onChange={(e) => setParams({ what: e.target.value }, { replace: true })}>
            {ENTRY_YEARS.map((y) => (
              <option key={y} value={String(y)}>
                {t('review.yearData', { year: y })}
              </option>
            ))}
            <option value="plan">{t('review.plan', { programme: TARGET_PROGRAMME })}</option>
          </select>
        </div>
      </header>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : items.length === 0 ? (
        <Empty>{t('review.none')}</Empty>
      ) : (
        <>
          <p className="muted">{t('review.summary', { total: items.length, submitted: submitted.length })}</p>
          <div className="table-wrap">
            <table className="table table-compact" data-testid="review-queue">
              <caption className="visually-hidden">{t('review.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('review.choose')}</span>
                  </th>
                  <th scope="col">{t('review.commune')}</th>
                  <th scope="col">{t('review.status')}</th>
                  <th scope="col" className="num">{t('review.findings')}</th>
                  <th scope="col" className="num">{t('review.errors')}</th>
                  <th scope="col" className="num">{t('review.explanations')}</th>
                  <th scope="col">{t('review.targets')}</th>
                  <th scope="col">{t('review.lastChange')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const s = item.submission;
                  const c = item.targetStatusCounts;
                  return (
                    <tr key={s.orgUnitCode} data-testid="review-row" data-org={s.orgUnitCode}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('review.chooseOne', { name: s.orgUnit.name })}
                          checked={chosen.has(s.orgUnitCode)}
                          disabled={s.status !== 'SUBMITTED'}
                          onChange={(e) =>
                            setChosen((prev) => {
                              const next = new Set(prev);
                              if (e.target.checked) next.add(s.orgUnitCode);
                              else next.delete(s.orgUnitCode);
                              return next;
                            })
                          }
                        />
                      </td>
                      <td>
                        <Link to={isPlan ? paths.targets(s.orgUnitCode) : paths.yearEntry(s.orgUnitCode, s.year)}>{s.orgUnit.name}</Link>
                      </td>
                      <td>
                        <SubmissionBadge status={s.status} />
                      </td>
                      <td className="num">{item.findingsCount}</td>
                      <td className="num">{item.errorCount}</td>
                      <td className="num">{item.explanationsCount}</td>
                      <td className="target-counts">
                        {t('review.targetCounts', { achieved: c.achieved, onTrack: c.onTrack, atRisk: c.atRisk, offTrack: c.offTrack, noData: c.noData })}
                      </td>
                      <td>
                        {item.lastChange ? (
                          <>
                            {t(`submission.event.${item.lastChange.action}`, { defaultValue: item.lastChange.action })} · {item.lastChange.by} ·{' '}
                            {format.dateTime(item.lastChange.at)}
                          </>
                        ) : (
                          <span className="muted">{t('review.notStarted')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="field">
            <label htmlFor="review-comment">{t('submission.comment')}</label>
            <textarea id="review-comment" rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <div className="actions">
            <button type="button" className="button" disabled={reviewing || chosen.size === 0} onClick={() => act('APPROVE')}>
              {t('review.approveChosen', { count: chosen.size })}
            </button>
            <button type="button" className="button button-quiet" disabled={reviewing || chosen.size === 0 || comment.trim() === ''} onClick={() => act('RETURN')}>
              {t('review.returnChosen', { count: chosen.size })}
            </button>
          </div>
          {failure !== null && <CycleError error={failure} />}
        </>
      )}
    </div>
  );
}
