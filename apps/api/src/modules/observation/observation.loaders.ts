// The observation module's per-request loader: an indicator's observations in an org unit over a year range.
import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { groupBy, MAX_KEYS_PER_STATEMENT, type LoaderOptions } from '../../graphql/batch.js';
import { rows } from '../../graphql/rows.js';
import { OBSERVATION_COLUMNS, toObservation } from './observation.rows.js';
import type { ObservationType } from './observation.type.js';

export interface ObservationKey {
  indicatorCode: string;
  orgUnitCode: string;
  from: number | null;
  to: number | null;
}

export function observationLoaders(em: SqlEntityManager, options: LoaderOptions) {
  const knex = em.getKnex();

  // Observations are keyed by indicator, org unit and year range; keys sharing an org unit and range are fetched by
  // one statement over all their indicators.
  const observations = new DataLoader<ObservationKey, ObservationType[], string>(
    async (keys) => {
      const groups = groupBy([...keys], (k) => JSON.stringify([k.orgUnitCode, k.from, k.to]));
      const found = new Map<string, ObservationType[]>();
      for (const group of groups.values()) {
        const { orgUnitCode, from, to } = group[0]!;
        const q = knex('observation')
          .select(OBSERVATION_COLUMNS)
          .where('org_unit_code', orgUnitCode)
          .whereIn('indicator_code', [...new Set(group.map((k) => k.indicatorCode))]);
        if (from !== null) q.where('end_year', '>=', from);
        if (to !== null) q.where('end_year', '<=', to);
        q.orderBy([{ column: 'end_year', order: 'asc', nulls: 'last' } as never, 'period_key', 'id']);
        for (const o of (await rows(em, q)).map(toObservation)) {
          const k = JSON.stringify([o.indicatorCode, orgUnitCode, from, to]);
          const list = found.get(k);
          if (list) list.push(o);
          else found.set(k, [o]);
        }
      }
      return keys.map((k) => found.get(JSON.stringify([k.indicatorCode, k.orgUnitCode, k.from, k.to])) ?? []);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.indicatorCode, k.orgUnitCode, k.from, k.to]), maxBatchSize: MAX_KEYS_PER_STATEMENT, batch: options.batch },
  );

  return { observations };
}
