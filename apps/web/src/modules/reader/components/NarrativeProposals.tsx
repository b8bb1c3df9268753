// The narrative's yearly series, the programme's tasks and the next programme's targets as read, for checking
// against the source (each row shows its lines when chosen).
import { useTranslation } from 'react-i18next';
import type { ReadReportDocumentMutation } from '../../../gql/graphql';

type Reading = ReadReportDocumentMutation['readReportDocument'];
type Select = (key: string, lines: readonly number[]) => void;

export function SeriesProposals({ series, onSelect }: { series: Reading['series']; onSelect: Select }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="reader-series">
        <thead>
          <tr>
            <th scope="col">{t('reader.col.series')}</th>
            <th scope="col">{t('reader.col.year')}</th>
            <th scope="col">{t('reader.col.value')}</th>
            <th scope="col">{t('reader.col.confidence')}</th>
            <th scope="col">{t('reader.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((point, i) => (
            <tr key={i}>
              <td>{point.label}</td>
              <td>{point.year}</td>
              <td>
                <code className="raw">{point.raw}</code>
              </td>
              <td>{t(`reader.confidence.${point.confidence}`)}</td>
              <td>
                <SourceLink lines={point.source.lines} onSelect={() => onSelect(`series-${i}`, point.source.lines)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TaskProposals({ tasks, onSelect }: { tasks: Reading['tasks']; onSelect: Select }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="reader-tasks">
        <thead>
          <tr>
            <th scope="col">{t('reader.col.number')}</th>
            <th scope="col">{t('reader.col.task')}</th>
            <th scope="col">{t('reader.col.department')}</th>
            <th scope="col">{t('reader.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.number}>
              <td>{task.number}</td>
              <td>{task.title}</td>
              <td>{task.department ?? ''}</td>
              <td>
                <SourceLink lines={task.source.lines} onSelect={() => onSelect(`task-${task.number}`, task.source.lines)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TargetProposals({ targets, onSelect }: { targets: Reading['targets']; onSelect: Select }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="reader-targets">
        <thead>
          <tr>
            <th scope="col">{t('reader.col.target')}</th>
            <th scope="col">{t('reader.col.value')}</th>
            <th scope="col">{t('reader.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.number}>
              <td>{target.text}</td>
              <td>
                {t(`comparator.${target.comparator}`)} <code className="raw">{target.raw}%</code>
              </td>
              <td>
                <SourceLink lines={target.source.lines} onSelect={() => onSelect(`target-${target.number}`, target.source.lines)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourceLink({ lines, onSelect }: { lines: readonly number[]; onSelect: () => void }) {
  const { t } = useTranslation();
  const label = lines.length > 1 ? `${lines[0]}–${lines[lines.length - 1]}` : String(lines[0] ?? '');
  return (
    <button type="button" className="link-button" onClick={onSelect}>
      {t('reader.lineLabel', { lines: label })}
    </button>
  );
}
