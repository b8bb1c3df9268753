import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { ErrorNotice, Loading } from '../../ui/components/Status';

export const PROGRAMME_TASKS = graphql(`
  query ProgrammeTasks($orgUnitCode: String!, $programme: String!) {
    tasks(orgUnitCode: $orgUnitCode, programme: $programme) {
      id
      number
      group
      groupTitle
      title
      department
      completed
      evidence
    }
  }
`);

/** The programme's task list (DANH MỤC): who does each task, whether it was done, and the evidence given. */
export function TaskTable({ orgUnitCode, programme }: { orgUnitCode: string; programme: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PROGRAMME_TASKS, { variables: { orgUnitCode, programme } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorNotice error={error} />;
  const tasks = data?.tasks ?? [];
  return (
    <div className="table-wrap">
      <table className="table" data-testid="task-table">
        <caption>{t('tasks.caption', { count: tasks.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tasks.number')}</th>
            <th scope="col">{t('tasks.task')}</th>
            <th scope="col">{t('tasks.department')}</th>
            <th scope="col">{t('tasks.completed')}</th>
            <th scope="col">{t('tasks.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id}>
              <td>{task.number}</td>
              <td>
                <span className="muted">
                  {task.group}. {task.groupTitle}
                </span>
                <br />
                {task.title}
              </td>
              <td>{task.department}</td>
              <td>
                {task.completed === null ? (
                  <span className="no-data">{t('tasks.notMarked')}</span>
                ) : task.completed ? (
                  <span className="status status-achieved">{t('tasks.done')}</span>
                ) : (
                  <span className="status status-off_track">{t('tasks.notDone')}</span>
                )}
              </td>
              <td className="evidence">{task.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
