// The org-unit module's per-request loaders: units by code and by parent, and yearly series (see graphql/batch.ts).
import { compareVietnamese } from '@cchc/domain';
import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DataCache } from '../../graphql/data-cache.js';
import { notFound } from '../../errors.js';
import { groupBy, inTurns, MAX_KEYS_PER_STATEMENT, one, type LoaderOptions } from '../../graphql/batch.js';
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

/**
 * `read`'s value of each code, kept (when `kept` is given) under `[kind, code]` until the data version moves: one call
 * of `read` for the codes neither kept nor being read by another request. A code `read` leaves out is not kept and is
 * absent from the answer.
 */
async function keptByCode<T extends object>(
  kept: DataCache | null,
  kind: string,
  codes: readonly string[],
  read: (codes: string[]) => Promise<Map<string, T>>,
  sizeOf: (value: T) => number,
): Promise<Map<string, T>> {
  if (!kept) return read([...codes]);
  const keyOf = (code: string) => JSON.stringify([kind, code]);
  const codeOf = new Map(codes.map((code) => [keyOf(code), code]));
  const found = await kept.getLargeMany(
    [...codeOf.keys()],
    async (missing) => {
      const values = await read(missing.map((key) => codeOf.get(key)!));
      return new Map([...values].map(([code, value]) => [keyOf(code), value]));
    },
    sizeOf,
  );
  return new Map([...found].map(([key, value]) => [codeOf.get(key)!, value]));
}

export function orgUnitLoaders(em: SqlEntityManager, cache: DataCache, options: LoaderOptions) {
  const knex = em.getKnex();

  // A unit by code and the units under a unit are kept until the data version moves (any write to org_unit moves it),
  // read in one statement for the codes a batch lacks: a district's dashboard (W3) then costs no statement at all. An
  // unknown code, and a unit with nothing under it, are not kept (a flood of made-up codes evicts nothing); they are
  // read again each time. With batching off (the benchmark's comparison system) nothing is kept.
  const kept = options.batch ? cache : null;
  const orgUnit = one<string, OrgUnitType>(
    options,
    async (codes) => {
      const units = await keptByCode(kept, 'unit', codes, async (wanted) => {
        const read = (await rows(em, knex('org_unit').select(ORG_UNIT_COLUMNS).whereIn('code', wanted))).map(toOrgUnit);
        return new Map(read.map((o) => [o.code, o]));
      }, () => 1);
      return [...units.values()];
    },
    (o) => o.code,
  );
  const orgUnitChildren = new DataLoader<string, OrgUnitType[]>(
    async (codes) => {
      const found = await keptByCode(kept, 'children', codes, async (parents) => {
        const read = (await rows(em, knex('org_unit').select(ORG_UNIT_COLUMNS).whereIn('parent_code', parents).orderBy('code')))
          .map(toOrgUnit)
          .sort((a, b) => compareVietnamese(a.name, b.name));
        return groupBy(read, (o) => o.parentCode ?? '');
      }, (children) => children.length);
      return codes.map((code) => found.get(code) ?? []);
    },
    { maxBatchSize: MAX_KEYS_PER_STATEMENT, batch: options.batch },
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
