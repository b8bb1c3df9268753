import type { ProgrammeTask } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../graphql/rows.js';
import { TASK_COLUMNS, toTask, toTaskFact } from './programme-task.rows.js';
import type { ProgrammeTaskType } from './programme-task.type.js';

export async function tasksOfReport(em: SqlEntityManager, reportId: number): Promise<ProgrammeTaskType[]> {
  const q = em.getKnex()('programme_task').select(TASK_COLUMNS).where('report_id', reportId).orderBy('number');
  return (await rows(em, q)).map(toTask);
}

/** A report's tasks as the domain's ProgrammeTasks, in their order. */
export async function taskFactsOfReport(em: SqlEntityManager, reportId: number): Promise<ProgrammeTask[]> {
  const q = em.getKnex()('programme_task').select(TASK_COLUMNS).where('report_id', reportId).orderBy('number');
  return (await rows(em, q)).map(toTaskFact);
}

export async function tasksOf(em: SqlEntityManager, orgUnitCode: string, programme: string): Promise<ProgrammeTaskType[]> {
  const q = em
    .getKnex()('programme_task as t')
    .join('report as r', 'r.id', 't.report_id')
    .select(Object.fromEntries(Object.entries(TASK_COLUMNS).map(([k, v]) => [k, `t.${v}`])))
    .where('r.org_unit_code', orgUnitCode)
    .where('r.programme_code', programme)
    .orderBy('t.number');
  return (await rows(em, q)).map(toTask);
}
