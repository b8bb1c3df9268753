import { useTranslation } from 'react-i18next';
import type { TargetCard_TargetFragment } from '../../../gql/graphql';
import { useFormat } from '../../ui/hooks/useFormat';
import type { TargetDraft } from '../utils/targetDraft';

/** Someone else saved first: their saved values beside the user's unsaved ones, and a choice — nothing is lost. */
export function ConflictPanel({
  theirs,
  mine,
  origin,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  theirs: TargetCard_TargetFragment;
  mine: TargetDraft;
  /** The form before this user's edits, to mark which fields are theirs to keep. */
  origin: TargetDraft;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const num = (v: number | null | undefined) => format.number(v) ?? '—';
  const rows: { field: string; label?: string; theirs: string; mine: string; edited: boolean }[] = [
    { field: 'text', theirs: theirs.text, mine: mine.text, edited: mine.text !== origin.text },
    {
      field: 'comparator',
      theirs: t(`comparator.${theirs.comparator}`),
      mine: mine.comparator ? t(`comparator.${mine.comparator}`) : '—',
      edited: mine.comparator !== origin.comparator,
    },
    { field: 'value', theirs: num(theirs.value), mine: mine.value || '—', edited: mine.value !== origin.value },
    { field: 'unit', theirs: theirs.unit, mine: mine.unit, edited: mine.unit !== origin.unit },
    { field: 'indicator', theirs: theirs.indicator?.code ?? '—', mine: mine.indicatorCode || '—', edited: mine.indicatorCode !== origin.indicatorCode },
    {
      field: 'baseline',
      theirs: theirs.baseline ? `${theirs.baseline.year}: ${num(theirs.baseline.value)}` : '—',
      mine: mine.baselineYear ? `${mine.baselineYear}: ${mine.baselineValue}` : '—',
      edited: mine.baselineYear !== origin.baselineYear || mine.baselineValue !== origin.baselineValue,
    },
    { field: 'owner', theirs: theirs.owner ?? '—', mine: mine.owner || '—', edited: mine.owner !== origin.owner },
    ...mine.milestones.map((m) => ({
      field: `milestone-${m.year}`,
      label: t('targets.milestoneFor', { year: m.year }),
      theirs: num(theirs.milestones.find((x) => x.year === m.year)?.value),
      mine: m.value || '—',
      edited: m.value !== (origin.milestones.find((x) => x.year === m.year)?.value ?? ''),
    })),
  ];
  return (
    <div className="conflict" role="alert" data-testid="conflict-panel">
      <h4>{t('targets.conflictTitle')}</h4>
      <p>{t('targets.conflictText', { version: theirs.version })}</p>
      <p className="hint">{t('targets.conflictMerge')}</p>
      <div className="table-wrap">
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">{t('targets.field')}</th>
              <th scope="col">{t('targets.theirs')}</th>
              <th scope="col">{t('targets.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} className={r.theirs !== r.mine ? 'differs' : undefined}>
                <th scope="row">{r.label ?? t(`targetField.${r.field}`)}</th>
                <td data-testid={`theirs-${r.field}`}>{r.theirs}</td>
                <td data-testid={`mine-${r.field}`}>
                  {r.mine}
                  {r.edited && <span className="edited-mark"> ({t('targets.editedByYou')})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={onKeepMine} disabled={busy}>
          {t('targets.keepMine')}
        </button>
        <button type="button" className="button button-quiet" onClick={onTakeTheirs} disabled={busy}>
          {t('targets.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
