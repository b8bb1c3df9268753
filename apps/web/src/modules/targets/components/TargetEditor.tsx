import { useApolloClient, useQuery } from '@apollo/client/react';
import { resolveTargetValue } from '@cchc/domain';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetCard_TargetFragment } from '../../../gql/graphql';
import { IndicatorPicker } from '../../indicator/components/IndicatorPicker';
import { Field } from '../../ui/components/Field';
import { ErrorNotice } from '../../ui/components/Status';
import { useFormat } from '../../ui/hooks/useFormat';
import { apiErrors, apiErrorText, hasCode } from '../../ui/utils/graphqlErrors';
import { yearlySeries } from '../../ui/utils/series';
import { TARGET_FOR_EDITOR, TARGET_LAST_SAVED } from '../graphql/targets';
import { useCreateTargetMutation } from '../hooks/useCreateTargetMutation';
import { useUpdateTargetMutation } from '../hooks/useUpdateTargetMutation';
import { parseInputNumber } from '../utils/parseInputNumber';
import {
  COMPARATORS,
  draftFromTarget,
  fieldError,
  milestoneField,
  programmeYears,
  savedTargetOf,
  serverProblems,
  validateTargetDraft,
  type DraftErrors,
  type SavedTarget,
  type TargetDraft,
  type TargetLike,
} from '../utils/targetDraft';
import { linearMilestones, trajectoryPoints } from '../utils/trajectory';
import { ConflictPanel } from './ConflictPanel';
import { ChangedElsewhereNotice } from './ChangedElsewhereNotice';

/** How often an open editor asks whether the target was saved elsewhere (also on returning to the window). */
export const EDITOR_POLL_MS = 15_000;

type Base = TargetLike & { id: string; version: number };
import { TrajectoryChart } from './TrajectoryChart';

export interface TargetEditorProps {
  /** null to create a new target. */
  target: TargetCard_TargetFragment | null;
  orgUnitCode: string;
  programme: string;
  onDone: () => void;
}

/** The API names fields by input path ("baseline.value", "milestones.2.value"); the form by its own field names. */
function draftField(path: string, input: { milestones: { year: number }[] }): string {
  const clean = path.replace(/^input\./, '');
  const milestone = /^milestones\.(\d+)/.exec(clean);
  if (milestone) {
    const year = input.milestones[Number(milestone[1])]?.year;
    return year === undefined ? 'milestones' : milestoneField(year);
  }
  if (clean === 'baseline.value') return 'baselineValue';
  if (clean.startsWith('baseline')) return 'baselineYear';
  return clean;
}

export function TargetEditor({ target, orgUnitCode, programme, onDone }: TargetEditorProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const uid = useId();
  const years = useMemo(() => programmeYears(programme), [programme]);
  const formatValue = (v: number) => format.number(v, { maximumFractionDigits: 6 }) ?? '';
  const [draft, setDraft] = useState<TargetDraft>(() => draftFromTarget(target, years, formatValue));
  // The form as it was when editing began (or last resolved): what the user changed is measured against it.
  const [origin, setOrigin] = useState<TargetDraft>(draft);
  // The version the user's edits are based on; it moves only when they choose how to resolve a conflict.
  const [base, setBase] = useState<Base | null>(target);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<SavedTarget | null>(null);
  // The newer version this user chose to keep editing over (the notice stays quiet until an even newer one).
  const [dismissed, setDismissed] = useState(0);
  const [loadingTheirs, setLoadingTheirs] = useState(false);
  const { data: polled, refetch: poll } = useQuery(TARGET_LAST_SAVED, {
    variables: { id: target?.id ?? '' },
    skip: !target,
    pollInterval: EDITOR_POLL_MS,
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    if (!target) return;
    const onFocus = () => void poll().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [target, poll]);
  const newer = polled?.target?.lastSaved && base && polled.target.lastSaved.version > Math.max(base.version, dismissed) ? polled.target.lastSaved : null;
  const continueFrom = (saved: Base) => {
    const savedDraft = draftFromTarget(saved, years, formatValue);
    setBase(saved);
    setOrigin(savedDraft);
    setDraft(savedDraft);
    setServerErrors({});
  };
  const loadTheirs = async () => {
    if (!target) return;
    setLoadingTheirs(true);
    try {
      const latest = await client.query({ query: TARGET_FOR_EDITOR, variables: { id: target.id, orgUnitCode }, fetchPolicy: 'network-only' });
      if (latest.data?.target) {
        continueFrom(latest.data.target);
        setTheirs(null);
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setLoadingTheirs(false);
    }
  };
  const [save, { saving }] = useUpdateTargetMutation(orgUnitCode);
  const [create, { loading: creating }] = useCreateTargetMutation(orgUnitCode, programme);
  const busy = saving || creating;

  const { errors, input } = validateTargetDraft(draft, format.locale, years);
  const errorFor = (field: string) => {
    const e = (showErrors ? errors[field] : undefined) ?? serverErrors[field];
    return e ? t(e.key, e.params) : null;
  };
  const set = <K extends keyof TargetDraft>(key: K, value: TargetDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setServerErrors((s) => ({ ...s, [key]: undefined }));
  };
  const setMilestone = (year: number, value: string) => {
    setDraft((d) => ({ ...d, milestones: d.milestones.map((m) => (m.year === year ? { ...m, value } : m)) }));
    setServerErrors((s) => ({ ...s, [milestoneField(year)]: undefined }));
  };

  const attempt = async (over: Base | null, candidate = input) => {
    setShowErrors(true);
    setFailure(null);
    if (!candidate) return;
    const input = candidate;
    try {
      if (over) await save(over, input);
      else {
        await create(input);
      }
      setTheirs(null);
      onDone();
    } catch (error) {
      // The CONFLICT carries the whole target as saved now, with who saved it and when: merge against it.
      const saved = over && hasCode(error, 'CONFLICT') ? (apiErrors(error).map((e) => savedTargetOf(e.extensions)).find((x) => x !== null) ?? null) : null;
      if (saved) {
        setTheirs(saved);
        return;
      }
      const byField: DraftErrors = {};
      for (const e of apiErrors(error)) {
        // The server checks the domain's targetProblems too and sends each problem by field, code and parameters.
        const problems = e.code === 'BAD_USER_INPUT' ? serverProblems(e.extensions.problems) : [];
        for (const p of problems) byField[p.field.replace(/^input\./, '')] = fieldError(p);
        const field = problems.length === 0 && e.code === 'BAD_USER_INPUT' && e.field ? draftField(e.field, input) : null;
        if (field) byField[field] = { key: 'validation.server', params: { message: apiErrorText(e, t, (key) => i18n.exists(key)) } };
      }
      setServerErrors(byField);
      setFailure(error);
    }
  };

  // The chart follows the form as it is typed; unreadable cells are simply not drawn until they are fixed.
  const parse = (text: string) => {
    const parsed = parseInputNumber(text, format.locale);
    return parsed.ok ? parsed.value : null;
  };
  const baselineYear = /^\d{4}$/.test(draft.baselineYear.trim()) ? Number(draft.baselineYear) : null;
  const baselineValue = parse(draft.baselineValue);
  const baseline = baselineYear !== null && baselineValue !== null ? { year: baselineYear, value: baselineValue } : null;
  const statedValue = parse(draft.value);
  const resolved = draft.comparator && statedValue !== null ? resolveTargetValue(draft.comparator, statedValue, baseline).value : null;
  const milestones = draft.milestones.flatMap((m) => {
    const v = parse(m.value);
    return v === null ? [] : [{ year: m.year, value: v }];
  });
  const actuals = yearlySeries(target?.indicator?.observations ?? []);
  const points = trajectoryPoints(baseline, milestones, actuals, years.endYear, years.startYear);

  const fillLinear = () => {
    const filled = linearMilestones(baseline, years.endYear, resolved);
    setDraft((d) => ({
      ...d,
      milestones: d.milestones.map((m) => {
        const v = filled.find((f) => f.year === m.year)?.value;
        return v === undefined ? m : { ...m, value: format.number(Math.round(v * 100) / 100) ?? '' };
      }),
    }));
  };

  const id = (name: string) => `${uid}-${name}`;
  return (
    <form
      className="form target-editor"
      aria-label={target ? t('targets.editing', { text: target.text }) : t('targets.new')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(base);
      }}
    >
      {theirs ? (
        <ConflictPanel
          key={theirs.version}
          theirs={theirs}
          theirsDraft={draftFromTarget(theirs, years, formatValue)}
          mine={draft}
          origin={origin}
          busy={busy}
          onSaveMerged={(merged) => {
            // Saving goes over the version just saved by the other person, so it does not conflict again.
            setBase(theirs);
            setOrigin(draftFromTarget(theirs, years, formatValue));
            setDraft(merged);
            setTheirs(null);
            void attempt(theirs, validateTargetDraft(merged, format.locale, years).input);
          }}
          onTakeTheirs={() => {
            continueFrom(theirs);
            setTheirs(null);
          }}
        />
      ) : (
        newer && (
          <ChangedElsewhereNotice
            saved={newer}
            busy={loadingTheirs}
            onLoad={() => void loadTheirs()}
            onKeepEditing={() => setDismissed(newer.version)}
          />
        )
      )}
      <Field id={id('text')} label={t('targets.text')} error={errorFor('text')}>
        <textarea rows={2} value={draft.text} onChange={(e) => set('text', e.target.value)} />
      </Field>
      <div className="form-row">
        <Field id={id('comparator')} label={t('targets.comparator')} error={errorFor('comparator')}>
          <select value={draft.comparator} onChange={(e) => set('comparator', e.target.value as TargetDraft['comparator'])}>
            <option value="">{t('common.choose')}</option>
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {t(`comparator.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('value')} label={t('targets.value')} error={errorFor('value')} hint={t('targets.numberHint')}>
          <input inputMode="decimal" value={draft.value} onChange={(e) => set('value', e.target.value)} />
        </Field>
        <Field id={id('unit')} label={t('targets.unit')} error={errorFor('unit')}>
          <input value={draft.unit} onChange={(e) => set('unit', e.target.value)} />
        </Field>
      </div>
      {resolved !== null && draft.comparator === 'REDUCE_BY_AT_LEAST' && (
        <p className="hint" role="status">
          {t('targets.resolved', { value: format.number(resolved) })}
        </p>
      )}
      <div className="form-row">
        <Field id={id('indicatorCode')} label={t('targets.indicator')} error={errorFor('indicatorCode')}>
          <input value={draft.indicatorCode} onChange={(e) => set('indicatorCode', e.target.value)} />
        </Field>
        <IndicatorPicker label={t('targets.findIndicator')} onPick={(code) => set('indicatorCode', code)} />
      </div>
      <div className="form-row">
        <Field id={id('baselineYear')} label={t('targets.baselineYear')} error={errorFor('baselineYear')}>
          <input inputMode="numeric" value={draft.baselineYear} onChange={(e) => set('baselineYear', e.target.value)} />
        </Field>
        <Field id={id('baselineValue')} label={t('targets.baselineValue')} error={errorFor('baselineValue')}>
          <input inputMode="decimal" value={draft.baselineValue} onChange={(e) => set('baselineValue', e.target.value)} />
        </Field>
        <Field id={id('owner')} label={t('targets.owner')} error={errorFor('owner')}>
          <input value={draft.owner} onChange={(e) => set('owner', e.target.value)} />
        </Field>
      </div>

      <fieldset className="milestones">
        <legend>{t('targets.milestones')}</legend>
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('targets.year')}</th>
                <th scope="col">{t('targets.milestone')}</th>
                <th scope="col" className="num">
                  {t('targets.actual')}
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.milestones.map((m) => {
                const field = milestoneField(m.year);
                const error = errorFor(field);
                const actual = actuals.find((a) => a.year === m.year)?.value;
                return (
                  <tr key={m.year}>
                    <th scope="row">{m.year}</th>
                    <td>
                      <input
                        id={id(field)}
                        inputMode="decimal"
                        aria-label={t('targets.milestoneFor', { year: m.year })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id(field)}-error` : undefined}
                        value={m.value}
                        onChange={(e) => setMilestone(m.year, e.target.value)}
                      />
                      {error && (
                        <p id={`${id(field)}-error`} className="field-error">
                          {error}
                        </p>
                      )}
                    </td>
                    <td className="num">{actual === undefined || actual === null ? <span className="no-data">{t('common.noData')}</span> : format.number(actual)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="button" className="button button-small button-quiet" onClick={fillLinear} disabled={!baseline || resolved === null}>
          {t('targets.fillLinear')}
        </button>
      </fieldset>

      <TrajectoryChart
        points={points}
        targetValue={resolved}
        unit={draft.unit}
        label={t('targets.chartLabel', { text: draft.text })}
        editableYears={draft.milestones.map((m) => m.year)}
        onSetMilestone={(year, value) => setMilestone(year, format.number(value) ?? '')}
      />
      <p className="hint">{t('targets.chartHint')}</p>

      {showErrors && !input && (
        <p className="form-error" role="alert">
          {t('validation.fixFields', { count: Object.keys(errors).length })}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
