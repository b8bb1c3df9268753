import { sortByVietnameseName } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../graphql/rows.js';
import { ORG_UNIT_COLUMNS, toOrgUnit } from './org-unit.rows.js';
import type { OrgUnitType } from './org-unit.type.js';

export async function findOrgUnits(
  em: SqlEntityManager,
  filter: { parentCode: string | null; search: string | null },
): Promise<OrgUnitType[]> {
  const q = em.getKnex()('org_unit').select(ORG_UNIT_COLUMNS);
  if (filter.parentCode) q.where('parent_code', filter.parentCode);
  if (filter.search) {
    const like = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q.where((w) => w.whereRaw(`lower(name) like ? escape '\\'`, [like]).orWhereRaw(`lower(code) like ? escape '\\'`, [like]));
  }
  // Vietnamese alphabetical order (Bảo Cường before Bình Yên, Đ after D), which no database collation gives on both dialects.
  return sortByVietnameseName((await rows(em, q.orderBy(['code']))).map(toOrgUnit), (u) => u.name);
}
