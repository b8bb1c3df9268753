import { resolveTargetValue } from '@cchc/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import type { TargetCard_TargetFragment } from '../../../gql/graphql';
import { Figure } from '../../ui/components/Figure';
import { ErrorNotice } from '../../ui/components/Status';
import { yearlySeries } from '../../ui/utils/series';
import { useDeleteTargetMutation } from '../hooks/useDeleteTargetMutation';
import { programmeYears } from '../utils/targetDraft';
import { trajectoryPoints } from '../utils/trajectory';
import { TargetEditor } from './TargetEditor';
import { TargetHistory } from './TargetHistory';
import { TrajectoryChart } from './TrajectoryChart';

export function TargetCard({
  target,
  orgUnitCode,
  programme,
  editable,
}: {
  target: TargetCard_TargetFragment;
  orgUnitCode: string;
  programme: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [remove, { loading: removing }] = useDeleteTargetMutation();
  const [failure, setFailure] = useState<unknown>(null);
  const years = programmeYears(programme);
  const resolved = resolveTargetValue(target.comparator, target.value, target.baseline ?? null).value;
  const actuals = yearlySeries(target.indicator?.observations ?? []);
  const points = trajectoryPoints(target.baseline ?? null, target.milestones, actuals, years.endYear, years.startYear);
  const titleId = `target-${target.id}-title`;

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
                    (→ <Figure value={resolved} />)
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('targets.indicator')}</dt>
              <dd>
                {target.indicator ? (
                  <Link to={paths.indicator(orgUnitCode, target.indicator.code)}>
                    <span className="code">{target.indicator.code}</span> {target.indicator.name}
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
                    {target.baseline.year}: <Figure value={target.baseline.value} unit={target.unit} />
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
                    <td key={p.year} className="num">
                      <Figure value={p.actual} compactBlank />
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          <TrajectoryChart points={points} targetValue={resolved} unit={target.unit} label={t('targets.chartLabel', { text: target.text })} />
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
        <TargetHistory history={target.history} />
      </details>
    </article>
  );
}
