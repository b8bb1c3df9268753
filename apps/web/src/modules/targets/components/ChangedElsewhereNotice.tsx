// An open editor learns that the target was saved elsewhere: who and when, and the choice to load that version or keep
// editing (a save then meets the conflict panel, which merges field by field).
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/hooks/useFormat';

export function ChangedElsewhereNotice({
  saved,
  busy,
  onLoad,
  onKeepEditing,
}: {
  saved: { version: number; by?: string | null; at?: string | null };
  busy: boolean;
  onLoad: () => void;
  onKeepEditing: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = saved.by ?? t('planning.someoneElse');
  return (
    <div className="notice notice-warning" role="status" data-testid="changed-elsewhere">
      <p>
        {saved.at
          ? t('planning.changedElsewhereAt', { who, when: format.dateTime(saved.at), version: saved.version })
          : t('planning.changedElsewhere', { who, version: saved.version })}
      </p>
      <div className="actions">
        <button type="button" className="button button-small" onClick={onLoad} disabled={busy}>
          {t('planning.loadTheirs')}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onKeepEditing} disabled={busy}>
          {t('planning.keepEditing')}
        </button>
      </div>
    </div>
  );
}
