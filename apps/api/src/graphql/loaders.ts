// The request-scoped DataLoaders (see batch.ts).
import type { SqlEntityManager } from '@mikro-orm/knex';
import { indicatorLoaders } from '../modules/indicator/indicator.loaders.js';
import { observationLoaders } from '../modules/observation/observation.loaders.js';
import { orgUnitLoaders } from '../modules/org-unit/org-unit.loaders.js';
import { reportLoaders } from '../modules/report/report.loaders.js';
import type { TargetChangeType, TargetType, YearValueType } from '../modules/target/target.type.js';
import {
  HISTORY_COLUMNS,
  TARGET_COLUMNS,
  rows,
  toChange,
  toTarget,
  toYearValue,
} from './rows.js';
import { many, type LoaderOptions } from './batch.js';

export function createLoaders(em: SqlEntityManager, options: LoaderOptions = { batch: true }) {
  const knex = em.getKnex();

  const indicatorTargets = many<string, TargetType>(
    options,
    async (codes) =>
      (
        await rows(em, knex('target').select(TARGET_COLUMNS).whereIn('indicator_code', codes).orderBy('id'))
      ).map(toTarget),
    (t) => t.indicatorCode,
  );
  const milestones = many<number, YearValueType & { targetId: number }>(
    options,
    async (ids) =>
      (
        await rows(
          em,
          knex('target_milestone').select({ targetId: 'target_id', year: 'year', value: 'value' }).whereIn('target_id', ids).orderBy('year'),
        )
      ).map((r) => ({ ...toYearValue(r), targetId: Number(r['targetId']) })),
    (m) => m.targetId,
  );
  const history = many<number, TargetChangeType & { targetId: number }>(
    options,
    async (ids) =>
      (
        await rows(em, knex('target_history').select(HISTORY_COLUMNS).whereIn('target_id', ids).orderBy(['at', 'id']))
      ).map((r) => ({ ...toChange(r), targetId: Number(r['targetId']) })),
    (h) => h.targetId,
  );

  return {
    ...orgUnitLoaders(em, options),
    ...indicatorLoaders(em, options),
    indicatorTargets,
    milestones,
    history,
    ...observationLoaders(em, options),
    ...reportLoaders(em, options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
