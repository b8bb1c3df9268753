// The request-scoped DataLoaders: each module builds its own (modules/<module>/<module>.loaders.ts, from the blocks in
// batch.ts); this puts them together into the one set a request's Context holds.
import type { SqlEntityManager } from '@mikro-orm/knex';
import { appendixLoaders } from '../modules/appendix/appendix.loaders.js';
import { indicatorLoaders } from '../modules/indicator/indicator.loaders.js';
import { observationLoaders } from '../modules/observation/observation.loaders.js';
import { orgUnitLoaders } from '../modules/org-unit/org-unit.loaders.js';
import { reportLoaders } from '../modules/report/report.loaders.js';
import { targetLoaders } from '../modules/targets/target.loaders.js';
import type { LoaderOptions } from './batch.js';
import type { DataCache } from './data-cache.js';

export function createLoaders(em: SqlEntityManager, cache: DataCache, options: LoaderOptions = { batch: true }) {
  return {
    ...orgUnitLoaders(em, cache, options),
    ...indicatorLoaders(em, options),
    ...observationLoaders(em, options),
    ...reportLoaders(em, options),
    ...targetLoaders(em, options),
    ...appendixLoaders(em, options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
