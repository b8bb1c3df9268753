// The indicator module's per-request loaders: indicators by code and by parent, their components and dependents.
import type { SqlEntityManager } from '@mikro-orm/knex';
import { many, one, type LoaderOptions } from '../../graphql/batch.js';
import { rows } from '../../graphql/rows.js';
import { COMPONENT_COLUMNS, INDICATOR_COLUMNS, toComponent, toIndicator } from './indicator.rows.js';
import type { IndicatorComponentType, IndicatorType } from './indicator.type.js';

export function indicatorLoaders(em: SqlEntityManager, options: LoaderOptions) {
  const knex = em.getKnex();

  const indicator = one<string, IndicatorType>(
    options,
    async (codes) =>
      (await rows(em, knex('indicator').select(INDICATOR_COLUMNS).whereIn('code', codes))).map(toIndicator),
    (i) => i.code,
  );
  const indicatorChildren = many<string, IndicatorType>(
    options,
    async (codes) =>
      (
        await rows(
          em,
          knex('indicator').select(INDICATOR_COLUMNS).whereIn('parent_code', codes).orderBy(['sort_order', 'code']),
        )
      ).map(toIndicator),
    (i) => i.parentCode ?? '',
  );
  const components = many<string, IndicatorComponentType>(
    options,
    async (codes) =>
      (
        await rows(
          em,
          knex('indicator_component').select(COMPONENT_COLUMNS).whereIn('indicator_code', codes).orderBy('sort_order'),
        )
      ).map(toComponent),
    (c) => c.indicatorCode,
  );
  const dependents = many<string, IndicatorComponentType>(
    options,
    async (codes) =>
      (
        await rows(
          em,
          knex('indicator_component').select(COMPONENT_COLUMNS).whereIn('component_code', codes).orderBy('indicator_code'),
        )
      ).map(toComponent),
    (c) => c.componentCode,
  );

  return { indicator, indicatorChildren, components, dependents };
}
