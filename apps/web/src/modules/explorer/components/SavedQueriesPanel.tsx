// The signed-in user's saved queries: open, rename, delete, and save the current query (a name you already have
// overwrites that query once you confirm). Names follow the domain rule the API enforces (@cchc/domain saved-query.ts).
import { useQuery } from '@apollo/client/react';
import { SAVED_QUERY_NAME_MAX_LENGTH, savedQueryNamed } from '@cchc/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../ui/components/Status';
import { SAVED_QUERIES } from '../graphql/savedQueries';
import { useDeleteSavedQueryMutation } from '../hooks/useDeleteSavedQueryMutation';
import { useRenameSavedQueryMutation } from '../hooks/useRenameSavedQueryMutation';
import { useSaveQueryMutation } from '../hooks/useSaveQueryMutation';
import { savedQueryRefusal } from '../utils/savedQueryErrors';

export interface SavedQueryData {
  id: string;
  name: string;
  query: string;
  variables?: unknown;
}

interface Props {
  /** The name of the saved query open in the editor, offered for saving it again (which overwrites it). */
  initialName?: string;
  /** The query and variables in the editor now (variables as the editor's text). */
  current: () => { query: string; variables: string };
  onOpen: (saved: SavedQueryData) => void;
}

/** The variables editor's text as the JSON object the API stores; blank is none; null when it is not an object. */
function parseVariables(text: string): { ok: true; value: Record<string, unknown> | null } | { ok: false } {
  if (!text.trim()) return { ok: true, value: null };
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false };
    return { ok: true, value: parsed as Record<string, unknown> };
  } catch {
    return { ok: false };
  }
}

function RefusalOrError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refusal = savedQueryRefusal(error);
  if (!refusal) return <ErrorNotice error={error} />;
  return (
    <p className="state state-error" role="alert">
      {t(`explorer.error.${refusal.reason}`, refusal)}
    </p>
  );
}

function SavedQueryItem({ query, onOpen }: { query: SavedQueryData; onOpen: (q: SavedQueryData) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(query.name);
  const [error, setError] = useState<unknown>(null);
  const [rename, { loading }] = useRenameSavedQueryMutation();
  const [remove] = useDeleteSavedQueryMutation();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await rename(query.id, name);
      setRenaming(false);
    } catch (e) {
      setError(e);
    }
  };

  if (renaming)
    return (
      <li className="saved-query saved-query-renaming">
        <form className="saved-query-rename" onSubmit={(e) => void submit(e)}>
          <label htmlFor={inputId}>{t('explorer.newName', { name: query.name })}</label>
          <input id={inputId} required maxLength={SAVED_QUERY_NAME_MAX_LENGTH} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          <div className="actions">
            <button type="submit" className="button button-small" disabled={loading || !name.trim()}>
              {t('explorer.renameSubmit')}
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                setRenaming(false);
                setName(query.name);
                setError(null);
              }}
            >
              {t('explorer.cancel')}
            </button>
          </div>
          {error !== null && <RefusalOrError error={error} />}
        </form>
      </li>
    );
  return (
    <li className="saved-query">
      <button type="button" className="link-button saved-query-open" onClick={() => onOpen(query)}>
        {query.name}
      </button>
      <span className="saved-query-tools">
        <button type="button" className="button button-small button-quiet" aria-label={t('explorer.renameSaved', { name: query.name })} onClick={() => setRenaming(true)}>
          {t('explorer.rename')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet button-danger"
          aria-label={t('explorer.deleteSaved', { name: query.name })}
          onClick={() => {
            if (window.confirm(t('explorer.confirmDelete', { name: query.name }))) void remove(query.id);
          }}
        >
          {t('explorer.delete')}
        </button>
      </span>
    </li>
  );
}

export function SavedQueriesPanel({ initialName = '', current, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const saved = useQuery(SAVED_QUERIES);
  const [saveQuery, { loading: saving }] = useSaveQueryMutation();
  const [name, setName] = useState(initialName);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [badVariables, setBadVariables] = useState(false);

  const list = useMemo(() => {
    const collator = new Intl.Collator(i18n.language === 'en' ? 'en' : 'vi');
    return [...(saved.data?.savedQueries ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  }, [saved.data, i18n.language]);
  const existing = savedQueryNamed(list, name);

  const send = async (replace: boolean) => {
    setError(null);
    setNotice(null);
    const { query, variables: text } = current();
    const variables = parseVariables(text);
    setBadVariables(!variables.ok);
    if (!variables.ok) return;
    try {
      const result = await saveQuery({ variables: { input: { name, query, variables: variables.value, replace } } });
      setConfirming(null);
      setName('');
      setNotice(result.data?.saveQuery.name ?? null);
    } catch (e) {
      const refusal = savedQueryRefusal(e);
      // Someone (another tab) took the name meanwhile: ask, as for a name the list already shows.
      if (refusal?.reason === 'SAVED_QUERY_NAME_TAKEN' && !replace) setConfirming(refusal.name);
      else setError(e);
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (existing) setConfirming(existing.name);
    else void send(false);
  };

  return (
    <>
      {saved.loading && !saved.data ? (
        <Loading />
      ) : saved.error ? (
        <ErrorNotice error={saved.error} />
      ) : (
        <ul className="link-list saved-queries" aria-label={t('explorer.saved')}>
          {list.length === 0 && <li className="muted">{t('explorer.noSaved')}</li>}
          {list.map((q) => (
            <SavedQueryItem key={q.id} query={q} onOpen={onOpen} />
          ))}
        </ul>
      )}
      <form className="form saved-query-save" onSubmit={submit}>
        <div className="field">
          <label htmlFor="saved-name">{t('explorer.saveName')}</label>
          <input
            id="saved-name"
            required
            maxLength={SAVED_QUERY_NAME_MAX_LENGTH}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setConfirming(null);
              setError(null);
            }}
          />
        </div>
        {confirming === null ? (
          <button type="submit" className="button button-small" disabled={saving || !name.trim()}>
            {existing ? t('explorer.overwrite', { name: existing.name }) : t('explorer.save')}
          </button>
        ) : (
          <div className="notice notice-warning" role="alert">
            <p>{t('explorer.confirmOverwrite', { name: confirming })}</p>
            <div className="actions">
              <button type="button" className="button button-small" disabled={saving} onClick={() => void send(true)}>
                {t('explorer.confirmOverwriteYes')}
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(null)}>
                {t('explorer.cancel')}
              </button>
            </div>
          </div>
        )}
        {badVariables && (
          <p className="state state-error" role="alert">
            {t('explorer.error.badVariables')}
          </p>
        )}
        {error !== null && <RefusalOrError error={error} />}
        {notice !== null && (
          <p className="hint" role="status">
            {t('explorer.savedNotice', { name: notice })}
          </p>
        )}
      </form>
    </>
  );
}
