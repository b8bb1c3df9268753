// A submission's status, what the reviewer and the commune can do next, the findings with their explanations and the
// audit log. Used on the year form and reachable from the reviewer's queue.
import { useMutation } from '@apollo/client/react';
import { unexplainedErrors, type ExplanationKind, type Severity } from '@cchc/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionPanel_SubmissionFragment } from '../../../gql/graphql';
import { asLocale } from '../../../i18n';
import { ErrorNotice } from '../../ui/components/Status';
import { useFormat } from '../../ui/hooks/useFormat';
import { apiErrors } from '../../ui/utils/graphqlErrors';
import { EXPLAIN_FINDING, REVIEW, REVIEW_EXPLANATION, SUBMIT } from '../graphql/cycle';

type Submission = SubmissionPanel_SubmissionFragment;

export function submissionKey(s: Pick<Submission, 'kind' | 'orgUnitCode' | 'year' | 'programme'>) {
  return { kind: s.kind, orgUnitCode: s.orgUnitCode, year: s.kind === 'YEAR_DATA' ? s.year : null, programme: s.programme ?? null };
}

export function SubmissionBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status submission-${status.toLowerCase()}`} data-testid="submission-status">
      {t(`submission.status.${status}`)}
    </span>
  );
}

export function SubmissionPanel({
  submission,
  mayEdit,
  mayReview,
  dirty,
  kindLabel,
  onChanged,
}: {
  submission: Submission;
  /** The user may edit and submit this commune's data. */
  mayEdit: boolean;
  /** The user reviews this commune. */
  mayReview: boolean;
  /** Unsaved changes in the form: submitting would send the stored figures, so save first. */
  dirty: boolean;
  /** What is submitted, when not a year's figures: the title and the status texts of a plan. */
  kindLabel?: { title: string; explain: (status: string) => string };
  /** After a successful submit, approve, return or unlock (e.g. to refresh what the lock hides). */
  onChanged?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [failure, setFailure] = useState<unknown>(null);
  const [comment, setComment] = useState('');
  const [submit, { loading: submitting }] = useMutation(SUBMIT);
  const [review, { loading: reviewing }] = useMutation(REVIEW);
  const key = submissionKey(submission);
  const explanations = submission.findings.flatMap((f) =>
    f.explanation ? [{ findingKey: f.key, kind: f.explanation.kind as ExplanationKind, text: f.explanation.text, review: f.explanation.review }] : [],
  );
  const missing = unexplainedErrors(
    submission.findings.map((f) => ({ rule: f.rule, severity: f.severity as Severity, indicatorCodes: f.indicatorCodes, period: f.period ?? null, orgUnitCode: submission.orgUnitCode, values: [], message: f.message })),
    explanations,
  );
  const run = (p: Promise<unknown>) => {
    setFailure(null);
    p.then(() => {
      setComment('');
      onChanged?.();
    }).catch(setFailure);
  };
  const act = (action: 'APPROVE' | 'RETURN' | 'UNLOCK') =>
    run(review({ variables: { keys: [key], action, comment: comment.trim() || null } }));

  return (
    <section className="card submission-panel" aria-labelledby="submission-title" data-testid="submission-panel">
      <header className="target-head">
        <h2 id="submission-title">{kindLabel?.title ?? t('submission.title')}</h2>
        <SubmissionBadge status={submission.status} />
      </header>
      <p className="muted">
        {kindLabel ? kindLabel.explain(submission.status) : t(`submission.explain.${submission.status}`)}{' '}
        {submission.reviewerUnit && t('submission.reviewer', { unit: submission.reviewerUnit.name })}
      </p>

      {submission.findings.length > 0 && (
        <div className="submission-findings">
          <h3>{t('submission.findingsTitle', { count: submission.findings.length })}</h3>
          <ul className="finding-list">
            {submission.findings.map((f) => (
              <FindingRow key={f.key} finding={f} submission={submission} mayEdit={mayEdit && submission.editable} mayReview={mayReview && submission.status === 'SUBMITTED'} />
            ))}
          </ul>
        </div>
      )}

      {(mayEdit && submission.editable) || mayReview ? (
        <div className="field">
          <label htmlFor="submission-comment">{t('submission.comment')}</label>
          <textarea id="submission-comment" rows={2} value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
        </div>
      ) : null}
      <div className="actions">
        {mayEdit && submission.editable && (
          <>
            <button
              type="button"
              className="button"
              disabled={submitting || dirty || missing.length > 0}
              onClick={() => run(submit({ variables: { key, comment: comment.trim() || null } }))}
            >
              {t('submission.submit')}
            </button>
            {dirty && <span className="muted">{t('submission.saveFirst')}</span>}
            {!dirty && missing.length > 0 && <span className="muted">{t('submission.explainFirst', { count: missing.length })}</span>}
          </>
        )}
        {mayReview && submission.status === 'SUBMITTED' && (
          <>
            <button type="button" className="button" disabled={reviewing} onClick={() => act('APPROVE')}>
              {t('submission.approve')}
            </button>
            <button type="button" className="button button-quiet" disabled={reviewing} onClick={() => act('RETURN')}>
              {t('submission.return')}
            </button>
          </>
        )}
        {mayReview && submission.status === 'APPROVED' && (
          <button type="button" className="button button-quiet" disabled={reviewing} onClick={() => act('UNLOCK')}>
            {t('submission.unlock')}
          </button>
        )}
      </div>
      {failure !== null && <CycleError error={failure} />}

      <details className="history" open={submission.events.length > 0 && submission.events.length <= 12}>
        <summary>{t('submission.logCount', { count: submission.events.length })}</summary>
        {submission.events.length === 0 ? (
          <p className="muted">{t('submission.noLog')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table-compact" data-testid="audit-log">
              <caption className="visually-hidden">{t('submission.log')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('targets.when')}</th>
                  <th scope="col">{t('submission.who')}</th>
                  <th scope="col">{t('submission.action')}</th>
                  <th scope="col">{t('submission.statusAfter')}</th>
                  <th scope="col">{t('submission.commentColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {[...submission.events].reverse().map((e, i) => (
                  <tr key={`${e.at}-${i}`}>
                    <td>{format.dateTime(e.at)}</td>
                    <td>{e.by}</td>
                    <td>{t(`submission.event.${e.action}`, { defaultValue: e.action })}</td>
                    <td>{e.toStatus ? t(`submission.status.${e.toStatus}`) : '—'}</td>
                    <td>
                      {e.comment ?? ''}
                      {e.findingKey && <span className="muted"> ({e.findingKey.split('|')[1]?.replaceAll('+', ', ')})</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </section>
  );
}

function FindingRow({
  finding,
  submission,
  mayEdit,
  mayReview,
}: {
  finding: Submission['findings'][number];
  submission: Submission;
  mayEdit: boolean;
  mayReview: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const [text, setText] = useState(finding.explanation?.kind === 'EXPLAINED' ? finding.explanation.text : '');
  const [remark, setRemark] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [explain, { loading }] = useMutation(EXPLAIN_FINDING);
  const [judge, { loading: judging }] = useMutation(REVIEW_EXPLANATION);
  const key = submissionKey(submission);
  const send = (kind: ExplanationKind) => {
    setFailure(null);
    explain({ variables: { key, findingKey: finding.key, kind, text: kind === 'EXPLAINED' ? text : null } }).catch(setFailure);
  };
  const verdict = (v: 'ACCEPTED' | 'QUESTIONED') => {
    setFailure(null);
    judge({ variables: { key, findingKey: finding.key, verdict: v, comment: remark.trim() || null } }).catch(setFailure);
  };
  const e = finding.explanation;
  return (
    <li className="finding" data-testid="submission-finding">
      <span className={`severity severity-${finding.severity.toLowerCase()}`}>{t(`severity.${finding.severity}`)}</span>{' '}
      <span>{finding.message[locale]}</span>
      {e && (
        <p className="explanation" data-testid="finding-explanation">
          <strong>{t(`submission.explanationKind.${e.kind}`)}</strong>
          {e.text && <>: {e.text}</>} <span className="muted">({e.explainedBy})</span>{' '}
          <span className={`status review-${e.review.toLowerCase()}`}>{t(`submission.review.${e.review}`)}</span>
          {e.reviewComment && <span> — {e.reviewComment}</span>}
        </p>
      )}
      {mayEdit && (
        <div className="explain-form">
          <label className="visually-hidden" htmlFor={`explain-${finding.key}`}>
            {t('submission.explanation')}
          </label>
          <textarea
            id={`explain-${finding.key}`}
            rows={2}
            maxLength={2000}
            placeholder={t('submission.explanationPlaceholder')}
            value={text}
            onChange={(ev) => setText(ev.target.value)}
          />
          <div className="actions">
            <button type="button" className="button button-small" disabled={loading || text.trim() === ''} onClick={() => send('EXPLAINED')}>
              {t('submission.explain.button')}
            </button>
            <button type="button" className="button button-small button-quiet" disabled={loading} onClick={() => send('AS_IN_SOURCE')}>
              {t('submission.asInSource')}
            </button>
          </div>
        </div>
      )}
      {mayReview && e && (
        <div className="explain-form">
          <label className="visually-hidden" htmlFor={`remark-${finding.key}`}>
            {t('submission.remark')}
          </label>
          <input id={`remark-${finding.key}`} value={remark} maxLength={2000} placeholder={t('submission.remark')} onChange={(ev) => setRemark(ev.target.value)} />
          <div className="actions">
            <button type="button" className="button button-small" disabled={judging} onClick={() => verdict('ACCEPTED')}>
              {t('submission.accept')}
            </button>
            <button type="button" className="button button-small button-quiet" disabled={judging || remark.trim() === ''} onClick={() => verdict('QUESTIONED')}>
              {t('submission.question')}
            </button>
          </div>
        </div>
      )}
      {failure !== null && <CycleError error={failure} />}
    </li>
  );
}

/** The cycle's error codes in the reader's language; anything else as the generic notice. */
export function CycleError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = cycleErrorCode(error);
  if (code) {
    return (
      <div className="state state-error" role="alert">
        {t(`submission.error.${code.code}`, code.params)}
      </div>
    );
  }
  return <ErrorNotice error={error} />;
}


function cycleErrorCode(error: unknown): { code: string; params: Record<string, unknown> } | null {
  const first = apiErrors(error)[0];
  if (!first?.code) return null;
  const known = ['LOCKED', 'INVALID_TRANSITION', 'EXPLANATION_REQUIRED', 'FORBIDDEN', 'CONFLICT'];
  if (!known.includes(first.code)) return null;
  const ext = first.extensions;
  const code = first.code === 'LOCKED' && ext['status'] === 'SUBMITTED' ? 'AWAITING_REVIEW' : first.code;
  return { code, params: { count: Array.isArray(ext['findingKeys']) ? ext['findingKeys'].length : 0, status: String(ext['status'] ?? '') } };
}
