// Someone else saved the target while this user edited it. The panel says who and when, merges what only one side
// changed (the domain's three-way merge against the version the user started from), and lets the user choose, field by
// field, where both changed the same field. Nothing is lost and nothing is decided for the user.
import { mergeTargetEdits, resolveTargetMerge, type FieldMerge, type MergeChoice } from '@cchc/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/hooks/useFormat';
import { draftEditFields, draftFromEditFields, type SavedTarget, type TargetDraft } from '../utils/targetDraft';

const FIELD_LABELS: Record<string, string> = {
  text: 'targets.text',
  comparator: 'targets.comparator',
  value: 'targets.value',
  unit: 'targets.unit',
  indicatorCode: 'targets.indicator',
  baselineYear: 'targets.baselineYear',
  baselineValue: 'targets.baselineValue',
  owner: 'targets.owner',
};

export function ConflictPanel({
  theirs,
  theirsDraft,
  mine,
  origin,
  onSaveMerged,
  onTakeTheirs,
  busy,
}: {
  /** The target as saved now, with who saved it and when (the CONFLICT's payload). */
  theirs: SavedTarget;
  /** The same, as the form shows it. */
  theirsDraft: TargetDraft;
  /** The user's unsaved form. */
  mine: TargetDraft;
  /** The form as it was when the user started editing: what each side changed is measured against it. */
  origin: TargetDraft;
  /** Saves the merged form over the saved version. */
  onSaveMerged: (merged: TargetDraft) => void;
  /** Drops the user's edits and continues from the saved version. */
  onTakeTheirs: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [choices, setChoices] = useState<Record<string, MergeChoice | undefined>>({});
  const merge = useMemo(
    () => mergeTargetEdits(draftEditFields(origin), draftEditFields(mine), draftEditFields(theirsDraft)),
    [origin, mine, theirsDraft],
  );
  const changed = merge.filter((f) => f.outcome !== 'UNCHANGED');
  const resolved = resolveTargetMerge(merge, choices);
  const unchosen = resolved.ok ? 0 : resolved.unchosen.length;
  const label = (field: string) => {
    const year = /^milestones\.(\d{4})$/.exec(field)?.[1];
    return year ? t('targets.milestoneFor', { year }) : t(FIELD_LABELS[field] ?? field);
  };
  const shown = (field: string, value: string | undefined) => {
    if (!value) return <span className="muted">{t('planning.blank')}</span>;
    return field === 'comparator' ? t(`comparator.${value}`) : value;
  };
  const who = theirs.savedBy ?? t('planning.someoneElse');
  const when = theirs.savedAt ? format.dateTime(theirs.savedAt) : null;

  const row = (f: FieldMerge<string>) => (
    <tr key={f.field} className={f.outcome === 'CONFLICT' ? 'differs' : undefined} data-testid={`merge-${f.field}`} data-outcome={f.outcome}>
      <th scope="row">{label(f.field)}</th>
      <td>{shown(f.field, f.base)}</td>
      <td data-testid={`theirs-${f.field}`}>{shown(f.field, f.theirs)}</td>
      <td data-testid={`mine-${f.field}`}>{shown(f.field, f.mine)}</td>
      <td>
        {f.outcome === 'CONFLICT' ? (
          <fieldset className="merge-choice">
            <legend className="visually-hidden">{t('planning.chooseFor', { field: label(f.field) })}</legend>
            {(['MINE', 'THEIRS'] as const).map((side) => (
              <label key={side}>
                <input
                  type="radio"
                  name={`merge-${f.field}`}
                  checked={choices[f.field] === side}
                  onChange={() => setChoices((c) => ({ ...c, [f.field]: side }))}
                />{' '}
                {t(side === 'MINE' ? 'planning.chooseMine' : 'planning.chooseTheirs')}
              </label>
            ))}
          </fieldset>
        ) : (
          <span className="muted">{t(`planning.outcome.${f.outcome}`)}</span>
        )}
      </td>
    </tr>
  );

  return (
    <div className="conflict" role="alert" data-testid="conflict-panel">
      <h4>{t('targets.conflictTitle')}</h4>
      <p data-testid="conflict-who">
        {when
          ? t('planning.savedByAt', { who, when, version: theirs.version })
          : t('planning.savedBy', { who, version: theirs.version })}
      </p>
      <p className="hint">{t('planning.mergeHint')}</p>
      {changed.length === 0 ? (
        <p className="muted">{t('planning.nothingDiffers')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('targets.field')}</th>
                <th scope="col">{t('planning.started')}</th>
                <th scope="col">{t('targets.theirs')}</th>
                <th scope="col">{t('targets.yours')}</th>
                <th scope="col">{t('planning.result')}</th>
              </tr>
            </thead>
            <tbody>{changed.map(row)}</tbody>
          </table>
        </div>
      )}
      {unchosen > 0 && (
        <p className="muted" data-testid="conflict-unchosen">
          {t('planning.chooseRemaining', { count: unchosen })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy || !resolved.ok}
          onClick={() => {
            if (resolved.ok) onSaveMerged(draftFromEditFields(resolved.fields, mine.milestones.map((m) => m.year)));
          }}
        >
          {t('planning.saveMerged')}
        </button>
        <button type="button" className="button button-quiet" onClick={onTakeTheirs} disabled={busy}>
          {t('targets.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
