// Reads of observations outside the per-request loaders.
import type { Observation } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../graphql/rows.js';
import { OBSERVATION_COLUMNS, toObservationFact } from './observation.rows.js';

/** Every figure of an org unit as the domain's Observations, in the order stored. */
export async function observationFactsOf(
  em: SqlEntityManager,
  orgUnitCode: string,
  sectionKey: (sectionId: number) => string | undefined,
): Promise<Observation[]> {
  const q = em.getKnex()('observation').select(OBSERVATION_COLUMNS).where('org_unit_code', orgUnitCode).orderBy('id');
  return (await rows(em, q)).map((r) => toObservationFact(r, sectionKey));
}

/**
 * The figures of several units on a few indicators (e.g. a commune's peers on the figure its rank is computed from),
 * as the domain's Observations; synthetic rows are left out so real figures are never compared with generated ones.
 */
export async function observationFactsOfUnits(em: SqlEntityManager, orgUnitCodes: readonly string[], indicatorCodes: readonly string[]): Promise<Observation[]> {
  if (orgUnitCodes.length === 0 || indicatorCodes.length === 0) return [];
  const q = em
    .getKnex()('observation')
    .select(OBSERVATION_COLUMNS)
    .whereIn('org_unit_code', [...orgUnitCodes])
    .whereIn('indicator_code', [...indicatorCodes])
    .orderBy('id');
  return (await rows(em, q)).map((r) => toObservationFact(r, () => undefined)).filter((o) => !o.synthetic);
}
