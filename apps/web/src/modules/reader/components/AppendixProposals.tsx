// PHỤ LỤC I proposals in template order: value as written, confidence and why, and the reviewer's decision.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadReportDocumentMutation } from '../../../gql/graphql';
import { decide, type Decision, type Decisions } from '../utils/decisions';

type Row = ReadReportDocumentMutation['readReportDocument']['appendix'][number];

export function AppendixProposals({
  rows,
  decisions,
  onDecisions,
  selected,
  onSelect,
}: {
  rows: readonly Row[];
  decisions: Decisions;
  onDecisions: (next: Decisions) => void;
  selected: string | null;
  onSelect: (code: string, lines: readonly number[]) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const set = (code: string, decision: Decision | null) => onDecisions(decide(decisions, code, decision));
  return (
    <div className="table-wrap">
      <table className="table reader-table" data-testid="reader-appendix">
        <thead>
          <tr>
            <th scope="col">{t('reader.col.code')}</th>
            <th scope="col">{t('reader.col.name')}</th>
            <th scope="col">{t('reader.col.unit')}</th>
            <th scope="col">{t('reader.col.value')}</th>
            <th scope="col">{t('reader.col.note')}</th>
            <th scope="col">{t('reader.col.confidence')}</th>
            <th scope="col">{t('reader.col.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const decision = decisions[row.code];
            return (
              <tr key={row.code} className={selected === row.code ? 'is-selected' : undefined} data-code={row.code}>
                <td>
                  <button type="button" className="link-button" onClick={() => onSelect(row.code, row.source.lines)}>
                    {row.code}
                  </button>
                </td>
                <td>{row.name}</td>
                <td>{row.unitAsWritten ?? row.unit ?? ''}</td>
                <td>
                  {row.readable ? (
                    <code className="raw">{row.raw === '' ? t('reader.blank') : row.raw}</code>
                  ) : (
                    <span className="reader-unreadable">{t('reader.unreadable', { text: row.raw })}</span>
                  )}
                </td>
                <td>{row.note ?? ''}</td>
                <td>
                  <span className={`reader-confidence reader-confidence-${row.confidence.toLowerCase()}`}>{t(`reader.confidence.${row.confidence}`)}</span>
                  {row.issues.length > 0 && <small className="reader-issues">{row.issues.map((i) => t(`reader.issue.${i}`)).join(', ')}</small>}
                </td>
                <td>
                  {decision ? (
                    <span className="reader-decided">
                      {t(`reader.status.${decision.kind}`, decision.kind === 'CORRECT' ? { raw: decision.raw || t('reader.blank') } : {})}{' '}
                      <button type="button" className="button button-small button-quiet" onClick={() => set(row.code, null)}>
                        {t('reader.undo')}
                      </button>
                    </span>
                  ) : editing === row.code ? (
                    <CorrectionForm
                      code={row.code}
                      initialRaw={row.readable ? row.raw : ''}
                      initialNote={row.note}
                      onDone={(raw, note) => {
                        set(row.code, { kind: 'CORRECT', raw, note });
                        setEditing(null);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <span className="reader-actions">
                      <button type="button" className="button button-small" disabled={!row.readable} onClick={() => set(row.code, { kind: 'ACCEPT' })}>
                        {t('reader.accept')}
                      </button>
                      <button type="button" className="button button-small button-quiet" onClick={() => setEditing(row.code)}>
                        {t('reader.correct')}
                      </button>
                      <button type="button" className="button button-small button-quiet" onClick={() => set(row.code, { kind: 'REJECT' })}>
                        {t('reader.reject')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CorrectionForm({
  code,
  initialRaw,
  initialNote,
  onDone,
  onCancel,
}: {
  code: string;
  initialRaw: string;
  initialNote: string | null;
  onDone: (raw: string, note: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState(initialRaw);
  const [note, setNote] = useState(initialNote ?? '');
  return (
    <span className="reader-correction">
      <label>
        <span className="visually-hidden">{t('reader.correctedValue', { code })}</span>
        <input value={raw} onChange={(e) => setRaw(e.target.value)} inputMode="decimal" size={10} aria-label={t('reader.correctedValue', { code })} />
      </label>
      <label>
        <span className="visually-hidden">{t('reader.correctedNote')}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} size={10} aria-label={t('reader.correctedNote')} />
      </label>
      <button type="button" className="button button-small" onClick={() => onDone(raw.trim(), note.trim() === '' ? null : note.trim())}>
        {t('common.save')}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
