import type { SqlEntityManager } from '@mikro-orm/knex';
import { REPORT_COLUMNS, rows, toReport } from '../../graphql/rows.js';
import type { ReportType } from './report.type.js';

export async function findReports(
  em: SqlEntityManager,
  filter: { orgUnitCode?: string | null; programme?: string | null },
): Promise<ReportType[]> {
  const q = em.getKnex()('report').select(REPORT_COLUMNS);
  if (filter.orgUnitCode) q.where('org_unit_code', filter.orgUnitCode);
  if (filter.programme) q.where('programme_code', filter.programme);
  return (await rows(em, q.orderBy(['org_unit_code', 'programme_code']))).map(toReport);
}
