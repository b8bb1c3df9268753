import { useApolloClient, useQuery } from '@apollo/client/react';
import { programmeYears, yearsOf } from '@cchc/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_ORG_UNIT, paths, REPORT_PROGRAMME } from '../modules/ui/utils/paths';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { canImport } from '../modules/auth/utils/permissions';
import { EXPORT_APPENDIX, IMPORT_CONTEXT, IMPORT_YEAR_STATUS } from '../modules/import/graphql/importAppendix';
import { formatWhen } from '../modules/import/components/ImportedSource';
import { useImportAppendixMutation } from '../modules/import/hooks/useImportAppendixMutation';
import { formatOf, readAsBase64 } from '../modules/import/utils/readFile';
import { CSV_TYPE, downloadBase64, XLSX_TYPE } from '../modules/ui/utils/download';
import { wordProblem, type CodedProblem } from '../modules/import/utils/wording';
import type { ImportAppendixMutation } from '../gql/graphql';
import { ErrorNotice } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';

interface Problem extends CodedProblem {
  row: number;
  column: string;
  text: string;
}

type Result = ImportAppendixMutation['importAppendix'];
type Stage = 'idle' | 'reading' | 'previewing' | 'preview' | 'committing' | 'done' | 'rejected' | 'failed';

const MIME = { CSV: CSV_TYPE, XLSX: XLSX_TYPE } as const;
const PROGRAMMES = ['2021-2025', '2026-2030'] as const;
/** The server refuses more than 10 MB of base64 (about 7.5 MB of file); a PHỤ LỤC I is tens of kilobytes. */
const MAX_FILE_BYTES = 7 * 1024 * 1024;

function fromResult(list: Result['problems'] | undefined): Problem[] {
  return (list ?? []).map((x) => ({ row: x.rowNumber, column: x.column, text: x.text, code: x.code, params: x.params, reason: x.reason }));
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
              <td>{p.row || '—'}</td>
              <td>{p.column || '—'}</td>
              <td>
                <code className="raw">{p.text}</code>
              </td>
              <td>{wordProblem(t, p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A row's note (Ghi chú) as the file has it, and what the import does to the note held now. */
function NoteCell({ change: c }: { change: Result['changes'][number] }) {
  const { t } = useTranslation();
  if (!c.noteChanged) return c.newNote ? <span className="import-note">{c.newNote}</span> : null;
  const what = c.oldNote === null ? 'importer.noteNew' : c.newNote === null ? 'importer.noteRemoved' : 'importer.noteChanged';
  return (
    <>
      <span className="status note-changed">{t(what)}</span>
      {c.newNote !== null && <> <span className="import-note">{c.newNote}</span></>}
      {c.oldNote !== null && <> <span className="muted import-note-old">{t('importer.noteWas', { note: c.oldNote, interpolation: { escapeValue: false } })}</span></>}
    </>
  );
}

function ChangeTable({ changes }: { changes: Result['changes'] }) {
  const { t } = useTranslation();
  // Rows that stay as they are (unchanged, blank and not held) are counted in the summary, not listed — unless the
  // import changes their note.
  const shown = changes.filter((c) => c.kind === 'NEW' || c.kind === 'CHANGED' || c.kind === 'CLEARED' || c.noteChanged);
  if (shown.length === 0) return <p>{t('importer.noChanges')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table-stack" data-testid="import-changes">
        <caption className="visually-hidden">{t('importer.changesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importer.row')}</th>
            <th scope="col">{t('importer.indicator')}</th>
            <th scope="col">{t('importer.change')}</th>
            <th scope="col">{t('importer.before')}</th>
            <th scope="col">{t('importer.after')}</th>
            <th scope="col">{t('importer.note')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.indicatorCode}>
              <td data-label={t('importer.row')}>{c.rowNumber ?? t('importer.notInFile')}</td>
              <td data-label={t('importer.indicator')}>
                {c.indicatorCode} {c.name}
              </td>
              <td data-label={t('importer.change')}>{t(`importer.kind.${c.kind}`)}</td>
              <td data-label={t('importer.before')}>
                <code className="raw">{c.oldRaw ?? '∅'}</code>
              </td>
              <td data-label={t('importer.after')}>
                <code className="raw">{c.newRaw ?? '∅'}</code>
              </td>
              <td data-label={t('importer.note')}>
                <NoteCell change={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ImportPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode = DEFAULT_ORG_UNIT } = useParams();
  const { user } = useAuth();
  const client = useApolloClient();
  const [programme, setProgramme] = useState<string>(REPORT_PROGRAMME);
  const [year, setYear] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>('idle');
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [importAppendix] = useImportAppendixMutation();
  usePageTitle(t('nav.import'));
  const allowed = canImport(user, orgUnitCode);
  const context = useQuery(IMPORT_CONTEXT, { variables: { orgUnitCode, programme, year }, skip: !allowed });
  const yearStatus = useQuery(IMPORT_YEAR_STATUS, { variables: { orgUnitCode, year: year ?? 0 }, skip: !allowed || year === null });

  if (!allowed) {
    return (
      <section>
        <h1>{t('import.title')}</h1>
        <p className="notice">{t('importer.notAllowed')}</p>
        {!user && <Link to={`${paths.signIn()}?next=${encodeURIComponent(paths.importAppendix(orgUnitCode))}`}>{t('auth.signIn')}</Link>}
      </section>
    );
  }

  const communeName = context.data?.orgUnit?.name ?? orgUnitCode;
  const last = context.data?.lastAppendixImport;
  const submission = year === null ? null : yearStatus.data?.submission;
  const locked = submission ? !submission.editable : false;
  const format = file ? formatOf(file.name) : null;
  const tooLarge = file !== null && file.size > MAX_FILE_BYTES;
  const years = yearsOf(programmeYears(programme));

  const reset = () => {
    setStage('idle');
    setResult(null);
    setFailure(null);
    setContent(null);
  };

  const send = async (dryRun: boolean, contentBase64: string) => {
    if (!file || !format) return;
    const answer = await importAppendix({
      variables: { orgUnitCode, programme, format, contentBase64, year, dryRun, fileName: file.name },
    });
    const outcome = answer.data?.importAppendix ?? null;
    setResult(outcome);
    if (!outcome?.ok) setStage('rejected');
    else if (dryRun) setStage('preview');
    else {
      setStage('done');
      void context.refetch();
    }
  };

  const preview = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file || !format || tooLarge) return;
    setResult(null);
    setFailure(null);
    try {
      setStage('reading');
      const contentBase64 = await readAsBase64(file, setProgress);
      setContent(contentBase64);
      setStage('previewing');
      await send(true, contentBase64);
    } catch (error) {
      setFailure(error);
      setStage('failed');
    }
  };

  const commit = async () => {
    if (content === null) return;
    setFailure(null);
    try {
      setStage('committing');
      await send(false, content);
    } catch (error) {
      setFailure(error);
      setStage('failed');
    }
  };

  const exportAs = async (fmt: 'CSV' | 'XLSX', blank: boolean) => {
    setFailure(null);
    try {
      const { data } = await client.query({
        query: EXPORT_APPENDIX,
        variables: { orgUnitCode, programme, format: fmt, blank },
        fetchPolicy: 'network-only',
      });
      if (data?.exportAppendix) downloadBase64(data.exportAppendix.filename, data.exportAppendix.contentBase64, MIME[fmt]);
    } catch (error) {
      setFailure(error);
    }
  };

  const busy = stage === 'reading' || stage === 'previewing' || stage === 'committing';
  const problems = fromResult(result?.problems);
  const warnings = fromResult(result?.warnings);
  const count = (kind: string) => result?.changes.filter((c) => c.kind === kind).length ?? 0;
  const notesChanged = result?.changes.filter((c) => c.noteChanged).length ?? 0;
  return (
    <div>
      <header className="page-header">
        <h1>{t('import.title')}</h1>
        <p className="lead" data-testid="import-into">
          <strong>{t('importer.into', { name: communeName })}</strong>
        </p>
        <p>{t('import.intro')}</p>
        <p className="muted" data-testid="import-last">
          {last
            ? t(last.importedBy ? 'importer.lastImport' : 'importer.lastImportAnonymous', {
                who: last.importedBy,
                when: formatWhen(String(last.importedAt), i18n.language),
                file: last.fileName ? t('importer.lastImportFile', { file: last.fileName, interpolation: { escapeValue: false } }) : '',
                interpolation: { escapeValue: false },
              })
            : t('importer.noImportYet')}
        </p>
        <p>
          <Link to={paths.readReport(orgUnitCode)}>{t('reader.linkFromImport')}</Link>
        </p>
      </header>
      <form className="form card" onSubmit={(e) => void preview(e)}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="import-programme">{t('import.programme')}</label>
            <select
              id="import-programme"
              value={programme}
              onChange={(e) => {
                setProgramme(e.target.value);
                setYear(null);
                reset();
              }}
            >
              {PROGRAMMES.map((code) => (
                <option key={code} value={code}>
                  {code.replace('-', '–')}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field scope-choice">
            <legend>{t('importer.scope')}</legend>
            <label className="choice">
              <input
                type="radio"
                name="import-scope"
                checked={year === null}
                onChange={() => {
                  setYear(null);
                  reset();
                }}
              />
              {t('importer.wholeProgramme', { programme: programme.replace('-', '–') })}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="import-scope"
                checked={year !== null}
                onChange={() => {
                  setYear(years[0] ?? null);
                  reset();
                }}
              />
              {t('importer.oneYear')}
            </label>
            {year !== null && (
              <label className="choice">
                {t('importer.year')}{' '}
                <select
                  aria-label={t('importer.year')}
                  value={year}
                  onChange={(e) => {
                    setYear(Number(e.target.value));
                    reset();
                  }}
                >
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
          <div className="field">
            <label htmlFor="import-file">{t('import.file')}</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={file && (!format || tooLarge) ? true : undefined}
              aria-describedby={file && (!format || tooLarge) ? 'import-file-error' : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                reset();
              }}
            />
            {file && !format && (
              <p id="import-file-error" className="field-error">
                {t('import.badType')}
              </p>
            )}
            {format && tooLarge && (
              <p id="import-file-error" className="field-error" role="alert">
                {t('importer.tooLarge', { megabytes: MAX_FILE_BYTES / (1024 * 1024) })}
              </p>
            )}
          </div>
        </div>
        {submission && year !== null && (
          <p className={locked ? 'notice notice-warning' : 'muted'} data-testid="import-year-status">
            {t(`importer.yearStatus.${submission.status}`, { year })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={!file || !format || tooLarge || busy || locked}>
            {t('importer.preview')}
          </button>
        </div>
        {busy && (
          <div role="status" aria-live="polite">
            <label htmlFor="import-progress">
              {stage === 'reading' ? t('import.reading') : stage === 'previewing' ? t('importer.previewing') : t('importer.committing')}
            </label>
            <progress id="import-progress" max={1} value={stage === 'reading' ? progress : undefined} />
          </div>
        )}
      </form>
      <section className="card import-export" aria-labelledby="import-export-title">
        <h2 id="import-export-title">{t('importer.exportTitle')}</h2>
        <div className="actions">
          {(['CSV', 'XLSX'] as const).map((fmt) => (
            <button key={`blank-${fmt}`} type="button" className="button button-quiet" onClick={() => void exportAs(fmt, true)}>
              {t('importer.exportBlank', { format: fmt })}
            </button>
          ))}
          {(['CSV', 'XLSX'] as const).map((fmt) => (
            <button key={`data-${fmt}`} type="button" className="button button-quiet" onClick={() => void exportAs(fmt, false)}>
              {t('importer.exportData', { format: fmt })}
            </button>
          ))}
        </div>
      </section>
      {(stage === 'preview' || stage === 'committing') && result && (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">{t('importer.previewTitle')}</h2>
          <p data-testid="import-preview-summary">
            {t('importer.previewSummary', {
              values: result.valuesWritten,
              blanks: result.blanks,
              new: count('NEW'),
              changed: count('CHANGED'),
              unchanged: count('UNCHANGED'),
              cleared: count('CLEARED'),
            })}
            {notesChanged > 0 && t('importer.notesChanged', { count: notesChanged })}
          </p>
          {warnings.length > 0 && (
            <>
              <h3>{t('import.alsoWarned', { count: result.warningCount })}</h3>
              <ProblemTable problems={warnings} testId="import-warnings" caption={t('import.warningsTitle')} />
            </>
          )}
          <ChangeTable changes={result.changes} />
          <div className="actions">
            <button type="button" className="button" disabled={busy} onClick={() => void commit()}>
              {t('importer.commit', { name: communeName })}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={reset}>
              {t('importer.cancel')}
            </button>
          </div>
        </section>
      )}
      {stage === 'done' && result && (
        <section aria-labelledby="import-done">
          <p id="import-done" className={warnings.length > 0 ? 'notice notice-warning' : 'notice notice-success'} role="status">
            {t('importer.done', { values: result.valuesWritten, blanks: result.blanks, name: communeName })}
          </p>
          {warnings.length > 0 && <ProblemTable problems={warnings} testId="import-warnings" caption={t('import.warningsTitle')} />}
        </section>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {stage === 'rejected' && result && (
        <section aria-labelledby="problems-title">
          <h2 id="problems-title" role="alert">
            {t('import.rejected', { count: result.problemCount })}
          </h2>
          {result.problemCount > problems.length && (
            <p>{t('importer.moreProblems', { shown: problems.length, count: result.problemCount })}</p>
          )}
          <ProblemTable problems={problems} testId="import-problems" />
          {warnings.length > 0 && (
            <>
              <h3 id="warnings-title">{t('import.alsoWarned', { count: result.warningCount })}</h3>
              <ProblemTable problems={warnings} testId="import-warnings" caption={t('import.warningsTitle')} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
