import { resolveTargetValue } from '@cchc/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import type { TargetCard_TargetFragment } from '../../../gql/graphql';
import { Figure } from '../../ui/components/Figure';
import { useFormat } from '../../ui/hooks/useFormat';
import { ErrorNotice } from '../../ui/components/Status';
import { yearlySeries } from '../../ui/utils/series';
import { useDeleteTargetMutation } from '../hooks/useDeleteTargetMutation';
import { programmeYears } from '../utils/targetDraft';
import { trajectoryPoints } from '../utils/trajectory';
import { TargetEditor } from './TargetEditor';
import { TargetHistory } from './TargetHistory';
import { TrajectoryChart } from './TrajectoryChart';
import { nameIn } from '../../ui/utils/localized';

export function TargetCard({
  target,
  orgUnitCode,
  programme,
  editable,
  onEditingChange,
}: {
  target: TargetCard_TargetFragment;
  orgUnitCode: string;
  programme: string;
  editable: boolean;
  /** Told when the card's editor opens (true) and closes or goes away (false): an open editor holds unsaved edits. */
  onEditingChange?: (targetId: string, editing: boolean) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) return;
    onEditingChange?.(target.id, true);
    return () => onEditingChange?.(target.id, false);
  }, [editing, target.id, onEditingChange]);
  const [remove, { loading: removing }] = useDeleteTargetMutation();
  const [failure, setFailure] = useState<unknown>(null);
  const years = programmeYears(programme);
  const resolved = resolveTargetValue(target.comparator, target.value, target.baseline ?? null).value;
  const actuals = yearlySeries(target.indicator?.observations ?? []);
  const points = trajectoryPoints(target.baseline ?? null, target.milestones, actuals, years.endYear, years.startYear);
  const titleId = `target-${target.id}-title`;
  const unapproved = new Set(target.actuals.filter((a) => !a.approved).map((a) => a.year));
  const format = useFormat();
  const withUnit = (value: number | null | undefined, unit: string) => {
    const text = format.number(value, { maximumFractionDigits: 2 }) ?? '—';
    const shown = format.unit(unit) ?? '';
    return shown === '%' ? `${text}%` : `${text} ${shown}`;
  };
  const statusExplanation = (reason: TargetCard_TargetFragment['statusDetail']['reason'], unit: string) =>
    t(`targetStatus.${reason.code}`, {
      year: reason.year,
      actual: withUnit(reason.actual, unit),
      milestone: withUnit(reason.milestone, unit),
      baselineYear: reason.baselineYear,
      baseline: withUnit(reason.baseline, unit),
      target: withUnit(reason.target, unit),
      percent: format.number(reason.percent, { maximumFractionDigits: 1 }),
    });

  return (
    <article className="card target-card" id={`target-${target.id}`} aria-labelledby={titleId} data-testid="target-card">
      <header className="target-head">
        <h2 id={titleId} className="target-title">
          {target.text}
        </h2>
        <span className={`status status-${target.status.toLowerCase()}`} data-testid="target-status">
          {t(`status.${target.status}`)}
        </span>
      </header>
      <p className="status-explanation" data-testid="target-status-explanation">
        {statusExplanation(target.statusDetail.reason, target.measureUnit)}
      </p>
      {target.draftActual && (
        <p className="notice notice-warning" data-testid="target-draft">
          {t('targetStatus.draft', {
            year: target.draftActual.year,
            value: withUnit(target.draftActual.value, target.measureUnit),
            status: t(`status.${target.draftActual.wouldBe.status}`),
          })}
        </p>
      )}
      {editing ? (
        <TargetEditor target={target} orgUnitCode={orgUnitCode} programme={programme} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>{t('targets.goal')}</dt>
              <dd data-testid="target-goal">
                {t(`comparator.${target.comparator}`)} <Figure value={target.value} unit={target.unit} />
                {target.comparator === 'REDUCE_BY_AT_LEAST' && resolved !== null && (
                  <span className="muted">
                    {' '}
                    (→ <Figure value={resolved} unit={target.measureUnit} />)
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('targets.indicator')}</dt>
              <dd>
                {target.indicator ? (
                  <Link to={paths.indicator(orgUnitCode, target.indicator.code)}>
                    <span className="code">{target.indicator.code}</span> {nameIn(format.locale, target.indicator)}
                  </Link>
                ) : (
                  '—'
                )}
              </dd>
            </div>
            <div>
              <dt>{t('targets.baseline')}</dt>
              <dd>
                {target.baseline ? (
                  <>
                    {target.baseline.year}: <Figure value={target.baseline.value} unit={target.measureUnit} />
                  </>
                ) : (
                  <span className="no-data">{t('common.noData')}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('targets.owner')}</dt>
              <dd data-testid="target-owner">{target.owner ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('targets.version')}</dt>
              <dd>{target.version}</dd>
            </div>
          </dl>
          <div className="table-wrap">
            <table className="table table-compact milestones-view" data-testid="milestones">
              <caption>{t('targets.milestones')}</caption>
              <thead>
                <tr>
                  <th scope="row">{t('targets.year')}</th>
                  {points.map((p) => (
                    <th key={p.year} scope="col" className="num">
                      {p.year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('targets.planned')}</th>
                  {points.map((p) => (
                    <td key={p.year} className="num">
                      {p.planned === null ? <span className="muted" title={t('targets.notSet')}>—</span> : <Figure value={p.planned} />}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('targets.actual')}</th>
                  {points.map((p) => (
                    <td key={p.year} className={`num${unapproved.has(p.year) ? ' actual-draft' : ''}`} data-testid={unapproved.has(p.year) ? 'actual-draft' : undefined}>
                      <Figure value={p.actual} compactBlank />
                      {unapproved.has(p.year) && (
                        <span className="draft-mark" title={t('targetStatus.draftActual')}>
                          {' '}*<span className="visually-hidden">{t('targetStatus.draftActual')}</span>
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          {unapproved.size > 0 && <p className="muted">* {t('targetStatus.draftActual')}</p>}
          <TrajectoryChart points={points} targetValue={resolved} unit={target.measureUnit} label={t('targets.chartLabel', { text: target.text })} />
          {editable && (
            <div className="actions">
              <button type="button" className="button" onClick={() => setEditing(true)} aria-label={t('targets.editTarget', { text: target.text })}>
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="button button-quiet button-danger"
                disabled={removing}
                onClick={() => {
                  if (!window.confirm(t('targets.confirmDelete', { text: target.text }))) return;
                  setFailure(null);
                  remove(target).catch(setFailure);
                }}
              >
                {t('common.delete')}
              </button>
            </div>
          )}
          {failure !== null && <ErrorNotice error={failure} />}
        </>
      )}
      <details className="history">
        <summary>{t('targets.historyCount', { count: target.history.length })}</summary>
        <TargetHistory history={target.history} unit={target.measureUnit} />
      </details>
    </article>
  );
}
