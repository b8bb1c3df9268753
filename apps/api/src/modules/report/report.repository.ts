import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../graphql/rows.js';
import { PROGRAMME_COLUMNS, REPORT_COLUMNS, toProgramme, toReport } from './report.rows.js';
import type { ProgrammeType, ReportType } from './report.type.js';

export async function findReports(
  em: SqlEntityManager,
  filter: { orgUnitCode?: string | null; programme?: string | null },
): Promise<ReportType[]> {
  const q = em.getKnex()('report').select(REPORT_COLUMNS);
  if (filter.orgUnitCode) q.where('org_unit_code', filter.orgUnitCode);
  if (filter.programme) q.where('programme_code', filter.programme);
  return (await rows(em, q.orderBy(['org_unit_code', 'programme_code']))).map(toReport);
}

/** Every programme, the earliest first. */
export async function findProgrammes(em: SqlEntityManager): Promise<ProgrammeType[]> {
  return (await rows(em, em.getKnex()('programme').select(PROGRAMME_COLUMNS).orderBy('start_year'))).map(toProgramme);
}
