// The target module's per-request loaders: an indicator's targets, a target's milestones and its change history.
import type { SqlEntityManager } from '@mikro-orm/knex';
import { many, type LoaderOptions } from '../../graphql/batch.js';
import { rows } from '../../graphql/rows.js';
import { HISTORY_COLUMNS, TARGET_COLUMNS, toChange, toTarget, toYearValue } from './target.rows.js';
import type { TargetChangeType, TargetType, YearValueType } from './target.type.js';

export function targetLoaders(em: SqlEntityManager, options: LoaderOptions) {
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
        await rows(
          em,
          knex('target_history as h')
            .leftJoin('app_user as u', 'u.id', 'h.by_user_id')
            .select(HISTORY_COLUMNS)
            .whereIn('h.target_id', ids)
            .orderBy(['h.at', 'h.id']),
        )
      ).map((r) => ({ ...toChange(r), targetId: Number(r['targetId']) })),
    (h) => h.targetId,
  );

  return { indicatorTargets, milestones, history };
}
