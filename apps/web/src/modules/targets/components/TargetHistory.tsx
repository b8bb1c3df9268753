import { useTranslation } from 'react-i18next';
import type { TargetCard_TargetFragment } from '../../../gql/graphql';
import { useFormat } from '../../ui/hooks/useFormat';

export function TargetHistory({ history }: { history: TargetCard_TargetFragment['history'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (history.length === 0) return <p className="muted">{t('targets.noHistory')}</p>;
  const entries = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid="target-history">
        <caption className="visually-hidden">{t('targets.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('targets.when')}</th>
            <th scope="col">{t('targets.who')}</th>
            <th scope="col">{t('targets.field')}</th>
            <th scope="col">{t('targets.before')}</th>
            <th scope="col">{t('targets.after')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((h, i) => (
            <tr key={`${h.at}-${h.field}-${i}`}>
              <td>{format.dateTime(h.at)}</td>
              {/* Anonymous readers get no name: the author's role and unit ("Kế hoạch, Bình Thành"). */}
              <td>{h.by ?? [h.byRole ? t(`role.${h.byRole}`) : null, h.byOrgUnit?.name].filter(Boolean).join(', ')}</td>
              <td>{t(`targetField.${h.field}`, { defaultValue: h.field })}</td>
              <td>
                <code className="raw">{h.before ?? '∅'}</code>
              </td>
              <td>
                <code className="raw">{h.after ?? '∅'}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
