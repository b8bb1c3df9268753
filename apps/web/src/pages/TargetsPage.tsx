import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_ORG_UNIT, TARGET_PROGRAMME } from '../modules/ui/utils/paths';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { canReviewSubmission } from '../modules/auth/utils/permissions';
import { SubmissionPanel } from '../modules/cycle/components/SubmissionPanel';
import { PLAN_SUBMISSION } from '../modules/cycle/graphql/cycle';
import { TARGETS_PAGE } from '../modules/targets/graphql/targets';
import { TargetCard } from '../modules/targets/components/TargetCard';
import { TargetEditor } from '../modules/targets/components/TargetEditor';
import { Empty, ErrorNotice, Loading } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';

export default function TargetsPage() {
  const { t } = useTranslation();
  const { orgUnitCode = DEFAULT_ORG_UNIT, programme = TARGET_PROGRAMME } = useParams();
  const { user, canEditTargetsOf } = useAuth();
  const mayPlan = canEditTargetsOf(orgUnitCode);
  const [adding, setAdding] = useState(false);
  // Targets whose card editor is open: like a new target, their edits are not saved yet, so the plan cannot be sent.
  const [editingIds, setEditingIds] = useState<ReadonlySet<string>>(new Set());
  const onEditingChange = useCallback((id: string, editing: boolean) => {
    setEditingIds((ids) => {
      const next = new Set(ids);
      if (editing) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const { data, loading, error, refetch } = useQuery(TARGETS_PAGE, { variables: { orgUnitCode, programme } });
  // A commune's plan is submitted and approved as a whole; other units' targets have no plan submission.
  const plan = useQuery(PLAN_SUBMISSION, { variables: { orgUnitCode, programme }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const submission = plan.data?.submission ?? null;
  const locked = submission !== null && !submission.editable;
  const editable = mayPlan && !locked;
  usePageTitle(t('nav.targets'));

  return (
    <div>
      <header className="page-header">
        {/* The unit's name, not its URL code, once it is known. */}
        <p className="eyebrow">{data?.orgUnit?.name ?? (loading ? '\u00a0' : orgUnitCode)}</p>
        <h1>{t('targets.title', { programme })}</h1>
        <p className="lead">{t('targets.intro')}</p>
        <p className="notice" data-testid="edit-mode">
          {editable
            ? t('targets.canEdit')
            : mayPlan && locked
              ? t(`planning.locked.${submission.status}`)
              : user
                ? t('targets.readOnlyRole')
                : t('targets.readOnlyAnonymous')}
        </p>
      </header>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {data?.targets.length === 0 && <Empty>{t('targets.none')}</Empty>}
          <div className="target-list">
            {data?.targets.map((target) => (
              <TargetCard
                key={target.id}
                target={target}
                orgUnitCode={orgUnitCode}
                programme={programme}
                editable={editable}
                onEditingChange={onEditingChange}
              />
            ))}
          </div>
          {submission && (
            <SubmissionPanel
              submission={submission}
              mayEdit={mayPlan}
              mayReview={canReviewSubmission(user, submission.reviewerUnitCode)}
              dirty={adding || editingIds.size > 0}
              kindLabel={{ title: t('planning.planTitle', { programme }), explain: (status) => t(`planning.planExplain.${status}`) }}
              onChanged={() => void Promise.all([plan.refetch(), refetch()])}
            />
          )}
          {editable &&
            (adding ? (
              <section className="card" aria-labelledby="new-target">
                <h2 id="new-target">{t('targets.new')}</h2>
                <TargetEditor target={null} orgUnitCode={orgUnitCode} programme={programme} onDone={() => setAdding(false)} />
              </section>
            ) : (
              <button type="button" className="button" onClick={() => setAdding(true)}>
                {t('targets.add')}
              </button>
            ))}
        </>
      )}
    </div>
  );
}
