import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { SavedQueriesPanel, type SavedQueryData } from '../modules/explorer/components/SavedQueriesPanel';
import { downloadCsv as downloadCsvFile, downloadFile, XLSX_TYPE } from '../modules/ui/utils/download';
import { EXAMPLE_QUERIES } from '../modules/explorer/utils/examples';
import { tableToCsv } from '../modules/explorer/utils/resultCsv';
import { resultTable, syntheticRowCount, type ResultTable } from '../modules/explorer/utils/resultTable';
import { ErrorNotice, Loading } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import '../modules/explorer/components/explorer.css';

const GraphiQLPane = lazy(() => import('../modules/explorer/components/GraphiQLPane'));

export default function ExplorerPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  usePageTitle(t('nav.explorer'));
  const first = EXAMPLE_QUERIES[0];
  const [loaded, setLoaded] = useState({ key: 0, query: first?.query ?? '', variables: first?.variables ?? '', name: '' });
  const current = useRef({ query: loaded.query, variables: loaded.variables });
  const [table, setTable] = useState<ResultTable | null>(null);
  const synthetic = table ? syntheticRowCount(table) : 0;
  const [xlsxBusy, setXlsxBusy] = useState(false);
  const [xlsxError, setXlsxError] = useState<unknown>(null);

  const open = (query: string, variables: string | null | undefined, name = '') => {
    current.current = { query, variables: variables ?? '' };
    setTable(null);
    setLoaded((l) => ({ key: l.key + 1, query, variables: variables ?? '', name }));
  };
  const openSaved = (q: SavedQueryData) => open(q.query, q.variables ? JSON.stringify(q.variables, null, 2) : '', q.name);

  const downloadCsv = () => {
    if (table) downloadCsvFile('cchc-query.csv', tableToCsv(table));
  };
  const downloadXlsx = async () => {
    if (!table) return;
    setXlsxBusy(true);
    setXlsxError(null);
    try {
      const { tableToXlsx } = await import('../modules/explorer/utils/resultXlsx');
      downloadFile('cchc-query.xlsx', [await tableToXlsx(table)], XLSX_TYPE);
    } catch (e) {
      setXlsxError(e);
    } finally {
      setXlsxBusy(false);
    }
  };

  return (
    <div className="explorer">
      <header className="explorer-head">
        <h1>{t('explorer.title')}</h1>
        <p className="lead">{t('explorer.intro')}</p>
      </header>
      <div className="explorer-tools">
        <section className="explorer-panel" aria-labelledby="explorer-examples">
          <h2 id="explorer-examples">{t('explorer.examples')}</h2>
          <ul className="link-list">
            {EXAMPLE_QUERIES.map((e) => (
              <li key={e.id}>
                <button type="button" className="link-button" onClick={() => open(e.query, e.variables)}>
                  {t(e.titleKey)}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="explorer-panel" aria-labelledby="explorer-saved">
          <h2 id="explorer-saved">{t('explorer.saved')}</h2>
          {user ? (
            <SavedQueriesPanel key={loaded.key} initialName={loaded.name} current={() => current.current} onOpen={openSaved} />
          ) : (
            <p className="muted">{t('explorer.signInToSave')}</p>
          )}
        </section>
      </div>
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
            onResult={(result) => setTable(resultTable(result))}
          >
            <div className="explorer-downloads" role="group" aria-label={t('explorer.download')}>
              <button type="button" className="button button-small" disabled={!table} onClick={downloadCsv}>
                {t('explorer.downloadCsv')}
              </button>
              <button type="button" className="button button-small" disabled={!table || xlsxBusy} onClick={() => void downloadXlsx()}>
                {xlsxBusy ? t('explorer.preparingXlsx') : t('explorer.downloadXlsx')}
              </button>
              <span className="hint" role="status">
                {table ? t('explorer.downloadRows', { count: table.rows.length, columns: table.columns.length }) : t('explorer.downloadHint')}
                {synthetic > 0 && (
                  <>
                    {' · '}
                    <span className="synthetic-mark" data-testid="synthetic-rows">{t('explorer.syntheticRows', { count: synthetic })}</span>
                  </>
                )}
              </span>
            </div>
            {xlsxError !== null && <ErrorNotice error={xlsxError} />}
          </GraphiQLPane>
        </Suspense>
      </section>
    </div>
  );
}
