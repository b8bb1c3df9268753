import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_ORG_UNIT, paths, REPORT_PROGRAMME } from '../modules/ui/utils/paths';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { canImport } from '../modules/auth/utils/permissions';
import { EXPORT_APPENDIX } from '../modules/import/graphql/importAppendix';
import { useImportAppendixMutation } from '../modules/import/hooks/useImportAppendixMutation';
import { downloadBase64, formatOf, readAsBase64 } from '../modules/import/utils/readFile';
import { ErrorNotice } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';

interface Problem {
  row: number | null;
  column: string | null;
  text: string | null;
  reason: string;
}

type Stage = 'idle' | 'reading' | 'sending' | 'done' | 'rejected' | 'failed';

const MIME = { CSV: 'text/csv', XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

function fromResult(list: readonly { rowNumber: number; column: string; text: string; reason: string }[] | undefined): Problem[] {
  return (list ?? []).map((x) => ({ row: x.rowNumber, column: x.column, text: x.text, reason: x.reason }));
}

function ProblemTable({ problems, testId, caption }: { problems: Problem[]; testId: string; caption?: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.text')}</th>
            <th scope="col">{t('import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row ?? '—'}</td>
              <td>{p.column || '—'}</td>
              <td>
                <code className="raw">{p.text ?? ''}</code>
              </td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ImportPage() {
  const { t } = useTranslation();
  const { orgUnitCode = DEFAULT_ORG_UNIT } = useParams();
  const { user } = useAuth();
  const client = useApolloClient();
  const [programme, setProgramme] = useState(REPORT_PROGRAMME);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>('idle');
  const [progress, setProgress] = useState(0);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [warnings, setWarnings] = useState<Problem[]>([]);
  const [count, setCount] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [importAppendix] = useImportAppendixMutation();
  usePageTitle(t('nav.import'));

  if (!canImport(user)) {
    return (
      <section>
        <h1>{t('import.title')}</h1>
        <p className="notice">{t('import.adminOnly')}</p>
        {!user && <Link to={`${paths.signIn()}?next=${encodeURIComponent(paths.importAppendix(orgUnitCode))}`}>{t('auth.signIn')}</Link>}
      </section>
    );
  }

  const format = file ? formatOf(file.name) : null;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file || !format) return;
    setProblems([]);
    setWarnings([]);
    setFailure(null);
    setCount(null);
    try {
      setStage('reading');
      const contentBase64 = await readAsBase64(file, setProgress);
      setStage('sending');
      const result = await importAppendix({ variables: { orgUnitCode, programme, format, contentBase64 } });
      const outcome = result.data?.importAppendix;
      setWarnings(fromResult(outcome?.warnings));
      if (outcome?.ok) {
        setCount(outcome.rowsWritten);
        setStage('done');
      } else {
        setProblems(fromResult(outcome?.problems));
        setStage('rejected');
      }
    } catch (error) {
      setFailure(error);
      setStage('failed');
    }
  };

  const exportAs = async (fmt: 'CSV' | 'XLSX') => {
    setFailure(null);
    try {
      const { data } = await client.query({ query: EXPORT_APPENDIX, variables: { orgUnitCode, programme, format: fmt }, fetchPolicy: 'network-only' });
      if (data?.exportAppendix) downloadBase64(data.exportAppendix.filename, data.exportAppendix.contentBase64, MIME[fmt]);
    } catch (error) {
      setFailure(error);
    }
  };

  const busy = stage === 'reading' || stage === 'sending';
  return (
    <div>
      <header className="page-header">
        <h1>{t('import.title')}</h1>
        <p className="lead">{t('import.intro')}</p>
        <p>
          <Link to={paths.readReport(orgUnitCode)}>{t('reader.linkFromImport')}</Link>
        </p>
      </header>
      <form className="form card" onSubmit={(e) => void submit(e)}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="import-programme">{t('import.programme')}</label>
            <select id="import-programme" value={programme} onChange={(e) => setProgramme(e.target.value)}>
              <option value="2021-2025">2021–2025</option>
              <option value="2026-2030">2026–2030</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-file">{t('import.file')}</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={file && !format ? true : undefined}
              aria-describedby={file && !format ? 'import-file-error' : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setStage('idle');
                setProblems([]);
                setWarnings([]);
              }}
            />
            {file && !format && (
              <p id="import-file-error" className="field-error">
                {t('import.badType')}
              </p>
            )}
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={!file || !format || busy}>
            {t('import.upload')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void exportAs('CSV')}>
            {t('import.exportCsv')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void exportAs('XLSX')}>
            {t('import.exportXlsx')}
          </button>
        </div>
        {busy && (
          <div role="status" aria-live="polite">
            <label htmlFor="import-progress">{stage === 'reading' ? t('import.reading') : t('import.sending')}</label>
            <progress id="import-progress" max={1} value={stage === 'reading' ? progress : undefined} />
          </div>
        )}
      </form>
      {stage === 'done' && (
        <section aria-labelledby="import-done">
          <p id="import-done" className={warnings.length > 0 ? 'notice notice-warning' : 'notice notice-success'} role="status">
            {warnings.length > 0
              ? t('import.doneWithWarnings', { count: count ?? 0, warnings: t('import.warned', { count: warnings.length }) })
              : t('import.done', { count: count ?? 0 })}
          </p>
          {warnings.length > 0 && <ProblemTable problems={warnings} testId="import-warnings" caption={t('import.warningsTitle')} />}
        </section>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {stage === 'rejected' && (
        <section aria-labelledby="problems-title">
          <h2 id="problems-title" role="alert">
            {t('import.rejected', { count: problems.length })}
          </h2>
          <ProblemTable problems={problems} testId="import-problems" />
          {warnings.length > 0 && (
            <>
              <h3 id="warnings-title">{t('import.alsoWarned', { count: warnings.length })}</h3>
              <ProblemTable problems={warnings} testId="import-warnings" caption={t('import.warningsTitle')} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
