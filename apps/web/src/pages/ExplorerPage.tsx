import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { SAVED_QUERIES } from '../modules/explorer/graphql/savedQueries';
import { useDeleteSavedQueryMutation } from '../modules/explorer/hooks/useDeleteSavedQueryMutation';
import { useSaveQueryMutation } from '../modules/explorer/hooks/useSaveQueryMutation';
import { EXAMPLE_QUERIES } from '../modules/explorer/utils/examples';
import { resultToCsv } from '../modules/explorer/utils/resultCsv';
import { ErrorNotice, Loading } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';

const GraphiQLPane = lazy(() => import('../modules/explorer/components/GraphiQLPane'));

function download(filename: string, text: string) {
  // A BOM so spreadsheet programs read the Vietnamese text as UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The variables editor's text as the JSON object the API stores; blank is none. */
function parseVariables(text: string): Record<string, unknown> | null {
  if (!text.trim()) return null;
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('Variables must be a JSON object');
  return parsed as Record<string, unknown>;
}

export default function ExplorerPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  usePageTitle(t('nav.explorer'));
  const first = EXAMPLE_QUERIES[0];
  const [loaded, setLoaded] = useState({ key: 0, query: first?.query ?? '', variables: first?.variables ?? '' });
  const current = useRef({ query: loaded.query, variables: loaded.variables });
  const [csv, setCsv] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [saveError, setSaveError] = useState<unknown>(null);
  const saved = useQuery(SAVED_QUERIES, { skip: !user });
  const [saveQuery, { loading: saving }] = useSaveQueryMutation();
  const [deleteQuery] = useDeleteSavedQueryMutation();

  const open = (query: string, variables: string | null | undefined) => {
    current.current = { query, variables: variables ?? '' };
    setCsv(null);
    setLoaded((l) => ({ key: l.key + 1, query, variables: variables ?? '' }));
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaveError(null);
    try {
      await saveQuery({
        variables: { input: { name: name.trim(), query: current.current.query, variables: parseVariables(current.current.variables) } },
      });
      setName('');
    } catch (e) {
      setSaveError(e);
    }
  };

  return (
    <div className="explorer">
      <aside className="explorer-side">
        <h1>{t('explorer.title')}</h1>
        <p className="hint">{t('explorer.intro')}</p>
        <h2>{t('explorer.examples')}</h2>
        <ul className="link-list">
          {EXAMPLE_QUERIES.map((e) => (
            <li key={e.id}>
              <button type="button" className="link-button" onClick={() => open(e.query, e.variables)}>
                {t(e.titleKey)}
              </button>
            </li>
          ))}
        </ul>
        <h2>{t('explorer.saved')}</h2>
        {!user ? (
          <p className="muted">{t('explorer.signInToSave')}</p>
        ) : saved.loading && !saved.data ? (
          <Loading />
        ) : saved.error ? (
          <ErrorNotice error={saved.error} />
        ) : (
          <ul className="link-list" aria-label={t('explorer.saved')}>
            {saved.data?.savedQueries.length === 0 && <li className="muted">{t('explorer.noSaved')}</li>}
            {saved.data?.savedQueries.map((q) => (
              <li key={q.id} className="saved-query">
                <button type="button" className="link-button" onClick={() => open(q.query, q.variables ? JSON.stringify(q.variables, null, 2) : '')}>
                  {q.name}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={t('explorer.deleteSaved', { name: q.name })}
                  onClick={() => void deleteQuery(q.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {user && (
          <form className="form" onSubmit={(e) => void save(e)}>
            <div className="field">
              <label htmlFor="saved-name">{t('explorer.saveName')}</label>
              <input id="saved-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <button type="submit" className="button button-small" disabled={saving || !name.trim()}>
              {t('explorer.save')}
            </button>
            {saveError !== null && <ErrorNotice error={saveError} />}
          </form>
        )}
        <h2>{t('explorer.csv')}</h2>
        <button type="button" className="button button-small" disabled={!csv} onClick={() => csv && download('cchc-query.csv', csv)}>
          {t('explorer.downloadCsv')}
        </button>
        {!csv && <p className="hint">{t('explorer.csvHint')}</p>}
      </aside>
      <section className="explorer-main" aria-label={t('explorer.editor')}>
        <Suspense fallback={<Loading label={t('explorer.loading')} />}>
          <GraphiQLPane
            key={loaded.key}
            initialQuery={loaded.query}
            initialVariables={loaded.variables}
            onEditQuery={(query) => {
              current.current.query = query;
            }}
            onEditVariables={(variables) => {
              current.current.variables = variables;
            }}
            onResult={(result) => setCsv(resultToCsv(result))}
          />
        </Suspense>
      </section>
    </div>
  );
}
