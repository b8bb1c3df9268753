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
