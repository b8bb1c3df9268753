// The org-unit module's per-request loaders: units by code and by parent, and yearly series (see graphql/batch.ts).
import { compareVietnamese } from '@cchc/domain';
import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DataCache } from '../../graphql/data-cache.js';
import { notFound } from '../../errors.js';
import { groupBy, inTurns, many, MAX_KEYS_PER_STATEMENT, one, type LoaderOptions } from '../../graphql/batch.js';
import { rows } from '../../graphql/rows.js';
import { ORG_UNIT_COLUMNS, toOrgUnit } from './org-unit.rows.js';
import type { OrgUnitType } from './org-unit.type.js';
import { seriesRows } from './series.repository.js';
import type { IndicatorSeriesType } from './series.type.js';

export interface SeriesKey {
  orgUnitCode: string;
  indicatorCodes: string[];
  from: number | null;
  to: number | null;
}

const seriesKey = (k: SeriesKey) => JSON.stringify([k.orgUnitCode, k.indicatorCodes, k.from, k.to]);

export function orgUnitLoaders(em: SqlEntityManager, cache: DataCache, options: LoaderOptions) {
  const knex = em.getKnex();

  const orgUnit = one<string, OrgUnitType>(
    options,
    async (codes) =>
      (await rows(em, knex('org_unit').select(ORG_UNIT_COLUMNS).whereIn('code', codes))).map(toOrgUnit),
    (o) => o.code,
  );
  const orgUnitChildren = many<string, OrgUnitType>(
    options,
    async (codes) =>
      (
        await rows(em, knex('org_unit').select(ORG_UNIT_COLUMNS).whereIn('parent_code', codes).orderBy('code'))
      ).map(toOrgUnit).sort((a, b) => compareVietnamese(a.name, b.name)),
    (o) => o.parentCode ?? '',
  );

  // Series are keyed by org unit, indicator list and year range; keys sharing the indicators and range (every child of
  // one `children { series(...) }`) are fetched by one statement over all their org units, for the units' indicators
  // not kept from an earlier request of this data version (`seriesRows`: none when they all are). Each unit's series is then
  // built, and its points completed by the executor, in a turn of the event loop of its own (`inTurns`): a district's
  // ten-year dashboard is 2,300 points, about 10 ms of the process's one thread in one piece, which every other request
  // waited behind (W4's tail, docs/benchmarks.md).
  const series = new DataLoader<SeriesKey, IndicatorSeriesType[], string>(
    async (keys) => {
      const groups = groupBy([...keys], (k) => JSON.stringify([k.indicatorCodes, k.from, k.to]));
      const builders = new Map<string, () => IndicatorSeriesType[]>();
      for (const group of groups.values()) {
        const { indicatorCodes, from, to } = group[0]!;
        const orgUnitCodes = [...new Set(group.map((k) => k.orgUnitCode))];
        const { seriesOf, unknownIndicators } = await seriesRows(em, options.batch ? cache : null, {
          indicatorCodes,
          orgUnitCodes,
          from,
          to,
        });
        for (const k of group) {
          builders.set(
            seriesKey(k),
            unknownIndicators.length > 0
              ? () => {
                  throw notFound('INDICATOR', unknownIndicators[0]!);
                }
              : () => seriesOf(k.orgUnitCode),
          );
        }
      }
      // DataLoader settles each key's load with its promise (a promise resolved with a promise follows it).
      return inTurns(keys.map((k) => builders.get(seriesKey(k)) ?? (() => []))) as unknown as IndicatorSeriesType[][];
    },
    { cacheKeyFn: seriesKey, maxBatchSize: MAX_KEYS_PER_STATEMENT, batch: options.batch },
  );

  return { orgUnit, orgUnitChildren, series };
}
