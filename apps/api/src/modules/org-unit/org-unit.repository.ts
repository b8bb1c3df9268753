import { compareVietnamese, searchKey, sortByVietnameseName, type OrgLevel } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../graphql/rows.js';
import { ORG_UNIT_COLUMNS, toOrgUnit } from './org-unit.rows.js';
import type { OrgUnitSearchType, OrgUnitType } from './org-unit.type.js';

/** A LIKE pattern's own characters, escaped (the statements say `escape '\\'`). */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function findOrgUnits(
  em: SqlEntityManager,
  filter: { parentCode: string | null; search: string | null },
): Promise<OrgUnitType[]> {
  const q = em.getKnex()('org_unit').select(ORG_UNIT_COLUMNS);
  if (filter.parentCode) q.where('parent_code', filter.parentCode);
  if (filter.search) {
    const name = `%${escapeLike(searchKey(filter.search))}%`;
    const code = `%${escapeLike(filter.search.toLowerCase())}%`;
    q.where((w) => w.whereRaw(`search_name like ? escape '\\'`, [name]).orWhereRaw(`lower(code) like ? escape '\\'`, [code]));
  }
  // Vietnamese alphabetical order (Bảo Cường before Bình Yên, Đ after D), which no database collation gives on both dialects.
  return sortByVietnameseName((await rows(em, q.orderBy(['code']))).map(toOrgUnit), (u) => u.name);
}

/** How well a folded name matches the folded text: 0 it starts with it, 1 a word starts with it, 2 it holds it. */
function matchRank(name: string, key: string): number {
  const folded = searchKey(name);
  return folded.startsWith(key) ? 0 : folded.includes(` ${key}`) ? 1 : 2;
}

/**
 * Org units whose name holds the text, tones and case aside (the domain's `searchKey`, stored as `search_name`):
 * at most `limit`, best matches first. One statement, which reads one row more than it answers to know if more match.
 */
export async function searchOrgUnits(
  em: SqlEntityManager,
  search: { text: string; level: OrgLevel | null; limit: number },
): Promise<OrgUnitSearchType> {
  const key = searchKey(search.text);
  const pattern = escapeLike(key);
  const q = em.getKnex()('org_unit').select(ORG_UNIT_COLUMNS);
  if (search.level) q.where('level', search.level);
  if (key) {
    q.whereRaw(`search_name like ? escape '\\'`, [`%${pattern}%`]).orderByRaw(
      `case when search_name like ? escape '\\' then 0 when search_name like ? escape '\\' then 1 else 2 end`,
      [`${pattern}%`, `% ${pattern}%`],
    );
  }
  const found = (await rows(em, q.orderBy(['search_name', 'code']).limit(search.limit + 1))).map(toOrgUnit);
  const units = found
    .slice(0, search.limit)
    .sort((a, b) => matchRank(a.name, key) - matchRank(b.name, key) || compareVietnamese(a.name, b.name));
  return { units, hasMore: found.length > search.limit };
}
