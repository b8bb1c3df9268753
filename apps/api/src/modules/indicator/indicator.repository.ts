// Reads of the indicator catalogue: the filtered, keyset-paged list and the whole graph as domain IndicatorDefs.
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { IndicatorDef } from '@cchc/domain';
import { rows } from '../../graphql/rows.js';
import { COMPONENT_COLUMNS, INDICATOR_COLUMNS, toComponent, toIndicator } from './indicator.rows.js';
import type { IndicatorType } from './indicator.type.js';
import type { IndicatorFilterInput } from './indicator-filter.input.js';

export interface IndicatorCursor {
  order: number;
  code: string;
}

export async function findIndicatorPage(
  em: SqlEntityManager,
  filter: IndicatorFilterInput | null | undefined,
  first: number,
  after: IndicatorCursor | null,
): Promise<{ items: IndicatorType[]; hasNextPage: boolean; totalCount: number }> {
  const knex = em.getKnex();
  const base = knex('indicator');
  if (filter?.search) {
    const like = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base.where((q) =>
      q.whereRaw(`lower(name) like ? escape '\\'`, [like]).orWhereRaw(`lower(code) like ? escape '\\'`, [like]),
    );
  }
  if (filter?.area) base.where('area', filter.area);
  if (filter?.unit) base.where('unit', filter.unit);
  if (filter?.origin) base.where('origin', filter.origin);
  if (filter?.codePrefix) {
    const prefix = filter.codePrefix.replace(/\.$/, '');
    base.where((q) => q.where('code', prefix).orWhere('code', 'like', `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`));
  }
  const counted = await rows(em, base.clone().count({ n: '*' }));
  const page = base.clone().select(INDICATOR_COLUMNS);
  if (after) {
    page.where((q) =>
      q.where('sort_order', '>', after.order).orWhere((q2) => q2.where('sort_order', after.order).where('code', '>', after.code)),
    );
  }
  page.orderBy(['sort_order', 'code']).limit(first + 1);
  const found = (await rows(em, page)).map(toIndicator);
  return {
    items: found.slice(0, first),
    hasNextPage: found.length > first,
    totalCount: Number(counted[0]?.['n'] ?? 0),
  };
}

/** Every indicator with its components, as the domain's IndicatorDef (for the graph, derived values, validation). */
export async function loadIndicatorDefs(em: SqlEntityManager): Promise<IndicatorDef[]> {
  const knex = em.getKnex();
  const [indicatorRows, componentRows] = await Promise.all([
    rows(em, knex('indicator').select(INDICATOR_COLUMNS).orderBy(['sort_order', 'code'])),
    rows(em, knex('indicator_component').select(COMPONENT_COLUMNS).orderBy(['indicator_code', 'sort_order'])),
  ]);
  const components = new Map<string, IndicatorDef['components']>();
  for (const c of componentRows.map(toComponent)) {
    const list = components.get(c.indicatorCode) ?? [];
    list.push({ role: c.role, code: c.componentCode });
    components.set(c.indicatorCode, list);
  }
  return indicatorRows.map(toIndicator).map((i) => ({
    code: i.code,
    codeAsWritten: i.codeAsWritten,
    name: i.name,
    nameEn: i.nameEn,
    unit: i.unit,
    valueType: i.valueType,
    direction: i.direction,
    area: i.area,
    parentCode: i.parentCode,
    isComponentRow: i.isComponentRow,
    legend: i.legend,
    components: components.get(i.code) ?? [],
    origin: i.origin,
    order: i.order,
  }));
}
