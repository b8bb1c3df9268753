// Reads a commune's report document and lets a reviewer accept, correct or reject each PHỤ LỤC I figure beside the
// source text, then writes the decided rows through the appendix import.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_ORG_UNIT, paths, REPORT_PROGRAMME } from '../modules/ui/utils/paths';
import type { ReadReportDocumentMutation } from '../gql/graphql';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { canEditTargetsOf } from '../modules/auth/utils/permissions';
import { readAsBase64 } from '../modules/import/utils/readFile';
import { AppendixProposals } from '../modules/reader/components/AppendixProposals';
import { SeriesProposals, TargetProposals, TaskProposals } from '../modules/reader/components/NarrativeProposals';
import '../modules/reader/components/reader.css';
import { SourcePane } from '../modules/reader/components/SourcePane';
import { READ_REPORT_DOCUMENT } from '../modules/reader/graphql/readReport';
import { useAcceptReportReadingMutation } from '../modules/reader/hooks/useAcceptReportReadingMutation';
import { acceptAllHigh, counts, decisionsInput, type Decisions } from '../modules/reader/utils/decisions';
import { documentFormatOf, textToBase64, type DocumentFormat } from '../modules/reader/utils/documentFile';
import { ErrorNotice } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { apiErrors } from '../modules/ui/utils/graphqlErrors';

type Reading = ReadReportDocumentMutation['readReportDocument'];
interface Upload {
  format: DocumentFormat;
  contentBase64: string;
}
type Problem = { rowNumber: number; column: string; text: string; reason: string };

/** A document that cannot be read comes back as BAD_USER_INPUT with a reason code and its parameters. */
function readFailure(error: unknown): { reason: string; params: Record<string, unknown> } | null {
  for (const e of apiErrors(error)) {
    if (typeof e.extensions.reason === 'string') return { reason: e.extensions.reason, params: (e.extensions.params ?? {}) as Record<string, unknown> };
  }
  return null;
}

export default function ReadReportPage() {
  const { t } = useTranslation();
  const { orgUnitCode = DEFAULT_ORG_UNIT } = useParams();
  const { user } = useAuth();
  const [programme, setProgramme] = useState(REPORT_PROGRAMME);
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [selected, setSelected] = useState<{ key: string; lines: readonly number[] } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; rowsWritten: number; problems: Problem[] } | null>(null);
  const [readDocument, { loading: reading_ }] = useMutation(READ_REPORT_DOCUMENT);
  const [accept, { loading: committing }] = useAcceptReportReadingMutation();
  usePageTitle(t('reader.title'));

  if (!canEditTargetsOf(user, orgUnitCode)) {
    return (
      <section>
        <h1>{t('reader.title')}</h1>
        <p className="notice">{t('reader.notAllowed')}</p>
        {!user && <Link to={`${paths.signIn()}?next=${encodeURIComponent(paths.readReport(orgUnitCode))}`}>{t('auth.signIn')}</Link>}
      </section>
    );
  }

  const fileFormat = file ? documentFormatOf(file.name) : null;
  const canRead = (file !== null && fileFormat !== null) || (file === null && pasted.trim() !== '');
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setOutcome(null);
    setReading(null);
    setDecisions({});
    setSelected(null);
    try {
      const next: Upload =
        file && fileFormat ? { format: fileFormat, contentBase64: await readAsBase64(file, () => undefined) } : { format: 'TEXT', contentBase64: textToBase64(pasted) };
      const result = await readDocument({ variables: { orgUnitCode, programme, ...next } });
      setUpload(next);
      setReading(result.data?.readReportDocument ?? null);
    } catch (error) {
      setFailure(error);
    }
  };

  const commit = async () => {
    if (!upload) return;
    setFailure(null);
    try {
      const result = await accept({ variables: { orgUnitCode, programme, ...upload, decisions: decisionsInput(decisions) } });
      const data = result.data?.acceptReportReading;
      if (data) setOutcome({ ok: data.ok, rowsWritten: data.rowsWritten, problems: data.problems.map((p) => ({ ...p })) });
    } catch (error) {
      setFailure(error);
    }
  };

  const failed = readFailure(failure);
  const select = (key: string, lines: readonly number[]) => setSelected({ key, lines });
  const tally = reading ? counts(reading.appendix, decisions) : null;
  return (
    <div>
      <header className="page-header">
        <h1>{t('reader.title')}</h1>
        <p className="lead">{t('reader.intro')}</p>
      </header>
      <form className="form card" onSubmit={(e) => void submit(e)}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="reader-programme">{t('reader.programme')}</label>
            <select id="reader-programme" value={programme} onChange={(e) => setProgramme(e.target.value)}>
              <option value="2021-2025">2021–2025</option>
              <option value="2026-2030">2026–2030</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="reader-file">{t('reader.file')}</label>
            <input
              id="reader-file"
              type="file"
              accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
              aria-invalid={file && !fileFormat ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {file && !fileFormat && <p className="field-error">{t('reader.badType')}</p>}
          </div>
        </div>
        <div className="field">
          <label htmlFor="reader-paste">{t('reader.orPaste')}</label>
          <textarea id="reader-paste" rows={4} value={pasted} disabled={file !== null} onChange={(e) => setPasted(e.target.value)} />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={!canRead || reading_}>
            {reading_ ? t('reader.reading') : t('reader.read')}
          </button>
        </div>
      </form>

      {failed ? (
        <p className="notice notice-error" role="alert" data-testid="reader-error">
          {t(`reader.error.${failed.reason}`, failed.params)}
        </p>
      ) : (
        failure !== null && <ErrorNotice error={failure} />
      )}

      {reading && (
        <>
          <p role="status">
            {t('reader.summary', {
              rows: reading.appendix.length,
              high: reading.appendix.filter((p) => p.confidence === 'HIGH').length,
              missing: reading.missingRows.length,
            })}
            {reading.pages !== null && <> · {t('reader.pages', { count: reading.pages })}</>}
          </p>
          <div className="reader-layout">
            <div>
              <section aria-labelledby="reader-appendix-title">
                <h2 id="reader-appendix-title">{t('reader.appendixTitle')}</h2>
                <div className="actions">
                  <button type="button" className="button button-quiet" onClick={() => setDecisions(acceptAllHigh(reading.appendix, decisions))}>
                    {t('reader.acceptHigh')}
                  </button>
                  {tally && <span data-testid="reader-tally">{t('reader.decided', tally)}</span>}
                </div>
                <AppendixProposals
                  rows={reading.appendix}
                  decisions={decisions}
                  onDecisions={setDecisions}
                  selected={selected?.key ?? null}
                  onSelect={select}
                />
                <p className="muted">{t('reader.commitHint')}</p>
                <div className="actions">
                  <button type="button" className="button" disabled={committing || (tally?.taken ?? 0) === 0} onClick={() => void commit()}>
                    {committing ? t('reader.committing') : t('reader.commit')}
                  </button>
                </div>
                {outcome?.ok && (
                  <p className="notice notice-success" role="status">
                    {t('reader.done', { count: outcome.rowsWritten })}
                  </p>
                )}
                {outcome && !outcome.ok && (
                  <div role="alert">
                    <h3>{t('reader.rejected', { count: outcome.problems.length })}</h3>
                    <ul data-testid="reader-problems">
                      {outcome.problems.map((p, i) => (
                        <li key={i}>
                          <code className="raw">{p.text}</code> — {p.reason}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </section>
              <section aria-labelledby="reader-series-title">
                <h2 id="reader-series-title">{t('reader.seriesTitle')}</h2>
                <p className="muted">{t('reader.reviewOnly')}</p>
                <SeriesProposals series={reading.series} onSelect={select} />
              </section>
              <section aria-labelledby="reader-tasks-title">
                <h2 id="reader-tasks-title">{t('reader.tasksTitle')}</h2>
                <TaskProposals tasks={reading.tasks} onSelect={select} />
              </section>
              <section aria-labelledby="reader-targets-title">
                <h2 id="reader-targets-title">{t('reader.targetsTitle')}</h2>
                <TargetProposals targets={reading.targets} onSelect={select} />
              </section>
            </div>
            <SourcePane lines={reading.lines} highlighted={selected?.lines ?? []} />
          </div>
        </>
      )}
    </div>
  );
}
