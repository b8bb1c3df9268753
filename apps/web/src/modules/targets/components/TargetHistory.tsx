// A target's history as readers read it: one entry per save (version), each changed field with its value before and
// after in Vietnamese (or English) numbers, milestones as a small year table, removed or blank values said in words.
import { useTranslation } from 'react-i18next';
import type { TargetCard_TargetFragment } from '../../../gql/graphql';
import { useFormat, type Formatter } from '../../ui/hooks/useFormat';

type Change = TargetCard_TargetFragment['history'][number];

function parse(json: string | null | undefined): unknown {
  if (json === null || json === undefined) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

const isYearValue = (v: unknown): v is { year: number; value: number } =>
  typeof v === 'object' && v !== null && typeof (v as { year?: unknown }).year === 'number' && typeof (v as { value?: unknown }).value === 'number';

function HistoryValue({ field, value, unit, format }: { field: string; value: unknown; unit: string; format: Formatter }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '') return <span className="muted">{t('history.none')}</span>;
  const number = (n: number, u: string | null = unit) => {
    const text = format.number(n, { maximumFractionDigits: 6 });
    return u === '%' ? `${text}%` : u ? `${text} ${format.unit(u) ?? ''}` : text;
  };
  if (field === 'comparator' && typeof value === 'string') return <>{t(`comparator.${value}`, { defaultValue: value })}</>;
  if (field === 'value' && typeof value === 'number') return <>{number(value, null)}</>;
  if (typeof value === 'number') return <>{number(value)}</>;
  if (isYearValue(value)) return <>{`${value.year}: ${number(value.value)}`}</>;
  if (Array.isArray(value)) {
    const rows = value.filter(isYearValue);
    if (rows.length === 0) return <span className="muted">{t('history.noMilestones')}</span>;
    return (
      <table className="table table-compact history-milestones">
        <tbody>
          <tr>
            {rows.map((m) => (
              <th key={m.year} scope="col" className="num">
                {m.year}
              </th>
            ))}
          </tr>
          <tr>
            {rows.map((m) => (
              <td key={m.year} className="num">
                {format.number(m.value, { maximumFractionDigits: 6 })}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    );
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['text'] === 'string') return <>{record['text']}</>;
    return <>{t('history.object')}</>;
  }
  return <>{String(value)}</>;
}

export function TargetHistory({ history, unit }: { history: TargetCard_TargetFragment['history']; unit: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (history.length === 0) return <p className="muted">{t('targets.noHistory')}</p>;
  // One group per save: the version it reached, newest first.
  const versions = new Map<number, Change[]>();
  for (const h of history) versions.set(h.version, [...(versions.get(h.version) ?? []), h]);
  const groups = [...versions.entries()].sort((a, b) => b[0] - a[0]);
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid="target-history">
        <caption className="visually-hidden">{t('targets.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('targets.version')}</th>
            <th scope="col">{t('targets.when')}</th>
            <th scope="col">{t('targets.who')}</th>
            <th scope="col">{t('targets.field')}</th>
            <th scope="col">{t('targets.before')}</th>
            <th scope="col">{t('targets.after')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.flatMap(([version, changes]) =>
            changes.map((h, i) => (
              <tr key={`${version}-${h.field}-${i}`} data-testid="history-change">
                {i === 0 && (
                  <>
                    <td rowSpan={changes.length}>{version}</td>
                    <td rowSpan={changes.length}>{format.dateTime(h.at)}</td>
                    {/* Anonymous readers get no name: the author's role and unit ("Kế hoạch, Bình Thành"). */}
                    <td rowSpan={changes.length}>
                      {h.by === 'seed' ? t('history.seed') : (h.by ?? [h.byRole ? t(`role.${h.byRole}`) : null, h.byOrgUnit?.name].filter(Boolean).join(', '))}
                    </td>
                  </>
                )}
                <td>{t(`targetField.${h.field}`, { defaultValue: h.field })}</td>
                <td>
                  {h.field === 'created' ? '' : <HistoryValue field={h.field} value={parse(h.before)} unit={unit} format={format} />}
                </td>
                <td>
                  {h.field === 'deleted' ? t('history.deleted') : <HistoryValue field={h.field} value={parse(h.after)} unit={unit} format={format} />}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
