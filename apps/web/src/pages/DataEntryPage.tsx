// A commune's figures of one year, laid out like PHỤ LỤC I: sections, the "Trong đó" components under their total,
// Vietnamese number input, the legend's choices, derived ratios and the domain's findings as you type; save a draft,
// explain findings, submit; the reviewer approves or returns from the same page.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_ORG_UNIT, paths } from '../modules/ui/utils/paths';
import { asLocale } from '../i18n';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { canEnterDataOf, canReview } from '../modules/auth/utils/permissions';
import { CycleError, SubmissionBadge, SubmissionPanel } from '../modules/cycle/components/SubmissionPanel';
import { ENTRY_PAGE, SAVE_YEAR_DATA } from '../modules/cycle/graphql/cycle';
import { changedCells, checkEntry, toIndicatorDefs, type TemplateRow } from '../modules/cycle/utils/entryForm';
import { ErrorNotice, Loading } from '../modules/ui/components/Status';
import { useFormat } from '../modules/ui/hooks/useFormat';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { nameIn } from '../modules/ui/utils/localized';

export const ENTRY_YEARS = [2026, 2027, 2028, 2029, 2030];

export default function DataEntryPage() {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const format = useFormat();
  const { orgUnitCode = DEFAULT_ORG_UNIT, year: yearParam = '2026' } = useParams();
  const year = Number.parseInt(yearParam, 10);
  const { user } = useAuth();
  const { data, loading, error, refetch } = useQuery(ENTRY_PAGE, { variables: { orgUnitCode, year } });
  const [save, { loading: saving }] = useMutation(SAVE_YEAR_DATA, { refetchQueries: ['EntryPage'], awaitRefetchQueries: true });
  const [cells, setCells] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [problems, setProblems] = useState<{ indicatorCode: string; message: { vi: string; en: string } }[]>([]);
  const [saved, setSaved] = useState(false);
  usePageTitle(t('entry.title', { year }));

  const stored = useMemo(
    () => Object.fromEntries((data?.yearEntry.values ?? []).map((v) => [v.indicatorCode, v.raw])) as Record<string, string>,
    [data?.yearEntry.values],
  );
  // A fresh read (after a save, a refetch) replaces what the form shows.
  useEffect(() => setCells(stored), [stored]);

  const template = useMemo(() => data?.entryTemplate ?? [], [data?.entryTemplate]);
  const defs = useMemo(() => toIndicatorDefs(template), [template]);
  const check = useMemo(() => checkEntry(defs, orgUnitCode, year, cells), [defs, orgUnitCode, year, cells]);
  const changes = changedCells(stored, cells);
  const submission = data?.yearEntry.submission;
  const mayEdit = canEnterDataOf(user, orgUnitCode);
  const editable = mayEdit && (submission?.editable ?? false);
  const mayReview = canReview(user) && (user?.role === 'ADMIN' || (submission?.reviewerUnitCode ? (user?.orgUnitCodes ?? []).includes(submission.reviewerUnitCode) : false));

  const onSave = () => {
    setFailure(null);
    setSaved(false);
    save({ variables: { orgUnitCode, year, cells: changes } })
      .then((r) => {
        const result = r.data?.saveYearData;
        setProblems(result?.problems ?? []);
        setSaved(result?.ok ?? false);
      })
      .catch(setFailure);
  };

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!data || !submission) return null;

  return (
    <div>
      <header className="page-header">
        <p className="eyebrow">{data.orgUnit?.name ?? orgUnitCode}</p>
        <h1>
          {t('entry.title', { year })} <SubmissionBadge status={submission.status} />
        </h1>
        <p className="lead">{t('entry.intro')}</p>
        <nav className="year-switch" aria-label={t('entry.years')}>
          {ENTRY_YEARS.map((y) => (
            <Link key={y} to={paths.yearEntry(orgUnitCode, y)} aria-current={y === year ? 'page' : undefined} className="button button-small button-quiet">
              {y}
            </Link>
          ))}
        </nav>
        <p className="notice" data-testid="entry-mode">
          {editable ? t('entry.canEdit') : mayEdit ? t(`entry.locked.${submission.status}`) : t('entry.readOnly')}
        </p>
      </header>

      <form
        className="entry-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (editable) onSave();
        }}
      >
        <div className="table-wrap">
          <table className="table table-compact entry-table">
            <caption className="visually-hidden">{t('entry.title', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('entry.code')}</th>
                <th scope="col">{t('entry.indicator')}</th>
                <th scope="col">{t('entry.unit')}</th>
                <th scope="col" className="num">
                  {t('entry.value')}
                </th>
                <th scope="col">{t('entry.check')}</th>
              </tr>
            </thead>
            <tbody>
              {template.map((row, i) => (
                <EntryRow
                  key={row.code}
                  row={row}
                  firstComponent={row.isComponentRow && !template[i - 1]?.isComponentRow}
                  value={cells[row.code] ?? ''}
                  disabled={!editable}
                  onChange={(raw) => setCells((c) => ({ ...c, [row.code]: raw }))}
                  problem={check.problems.get(row.code)?.message[locale] ?? problems.find((p) => p.indicatorCode === row.code)?.message[locale] ?? null}
                  findings={(check.findingsByCode.get(row.code) ?? []).map((f) => f.message[locale])}
                  derived={(() => {
                    const d = check.derived.get(row.code);
                    return d && d.reason === 'OK' && d.value !== null ? format.number(d.value, { maximumFractionDigits: 2 }) : null;
                  })()}
                />
              ))}
            </tbody>
          </table>
        </div>

        <section className="card live-findings" aria-live="polite" data-testid="live-findings">
          <h2>{t('entry.liveFindings', { count: check.findings.length })}</h2>
          {check.findings.length === 0 ? (
            <p className="muted">{t('entry.noFindings')}</p>
          ) : (
            <ul className="finding-list">
              {check.findings.map((f, i) => (
                <li key={i}>
                  <span className={`severity severity-${f.severity.toLowerCase()}`}>{t(`severity.${f.severity}`)}</span> {f.message[locale]}
                </li>
              ))}
            </ul>
          )}
        </section>

        {editable && (
          <div className="actions sticky-actions">
            <button type="submit" className="button" disabled={saving || changes.length === 0 || check.problems.size > 0}>
              {saving ? t('common.saving') : t('entry.saveDraft')}
            </button>
            <span className="muted" data-testid="entry-changes">
              {check.problems.size > 0 ? t('entry.fixProblems', { count: check.problems.size }) : t('entry.changes', { count: changes.length })}
            </span>
            {saved && changes.length === 0 && <span className="notice notice-success" role="status">{t('entry.saved')}</span>}
          </div>
        )}
        {failure !== null && <CycleError error={failure} />}
      </form>

      <SubmissionPanel submission={submission} mayEdit={mayEdit} mayReview={mayReview} dirty={changes.length > 0} />
    </div>
  );
}

function EntryRow({
  row,
  firstComponent,
  value,
  disabled,
  onChange,
  problem,
  findings,
  derived,
}: {
  row: TemplateRow;
  firstComponent: boolean;
  value: string;
  disabled: boolean;
  onChange: (raw: string) => void;
  problem: string | null;
  findings: string[];
  derived: string | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const name = nameIn(locale, row);
  const depth = row.code.split('.').length - 1;
  const id = `cell-${row.code}`;
  if (!row.takesFigure) {
    return (
      <tr className={`entry-heading entry-depth-${Math.min(depth, 3)}`}>
        <th scope="rowgroup" colSpan={5}>
          <span className="code">{row.codeAsWritten}</span> {name}
        </th>
      </tr>
    );
  }
  return (
    <>
      {firstComponent && (
        <tr className="entry-trong-do">
          <td />
          <td colSpan={4}>
            <em>{t('entry.ofWhich')}</em>
          </td>
        </tr>
      )}
      <tr className={`${row.isComponentRow ? 'entry-component' : ''} ${problem ? 'entry-problem' : findings.length ? 'entry-flagged' : ''}`} data-code={row.code}>
        <td className="code">{row.codeAsWritten}</td>
        <td>
          <label htmlFor={id}>{name}</label>
        </td>
        <td>{(locale === 'en' ? row.unitEn ?? row.unit : row.unit) ?? ''}</td>
        <td className="num">
          {row.legend && row.legend.length > 0 ? (
            <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
              <option value="">{t('entry.blank')}</option>
              {row.legend.map((l) => (
                <option key={l.value} value={String(l.value)}>
                  {l.label} = {l.value}
                </option>
              ))}
              {value !== '' && !row.legend.some((l) => String(l.value) === value) && <option value={value}>{value}</option>}
            </select>
          ) : (
            <input
              id={id}
              inputMode="decimal"
              autoComplete="off"
              value={value}
              disabled={disabled}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem || findings.length ? `${id}-check` : undefined}
              onChange={(e) => onChange(e.target.value)}
            />
          )}
        </td>
        <td id={`${id}-check`} className="entry-check">
          {derived !== null && (
            <span className="muted" data-testid="derived">
              {t('entry.derived', { value: derived, unit: row.unit === '%' ? '%' : '' })}
            </span>
          )}
          {problem && <span className="field-error">{problem}</span>}
          {findings.map((f, i) => (
            <span key={i} className="field-warning">
              {f}
            </span>
          ))}
        </td>
      </tr>
    </>
  );
}
