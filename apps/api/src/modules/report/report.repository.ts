import type { Section } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../graphql/rows.js';
import { PROGRAMME_COLUMNS, REPORT_COLUMNS, SECTION_COLUMNS, toProgramme, toReport, toSectionFact } from './report.rows.js';
import type { ProgrammeType, ReportType } from './report.type.js';

export async function findReports(
  em: SqlEntityManager,
  filter: { orgUnitCode?: string | null; programme?: string | null },
): Promise<ReportType[]> {
  const q = em.getKnex()('report').select(REPORT_COLUMNS);
  if (filter.orgUnitCode) q.where('org_unit_code', filter.orgUnitCode);
  if (filter.programme) q.where('programme_code', filter.programme);
  return (await rows(em, q.orderBy(['org_unit_code', 'programme_code']))).map(toReport);
}

/** Every programme, the earliest first. */
export async function findProgrammes(em: SqlEntityManager): Promise<ProgrammeType[]> {
  return (await rows(em, em.getKnex()('programme').select(PROGRAMME_COLUMNS).orderBy('start_year'))).map(toProgramme);
}

/**
 * A report's sections as the domain's Sections (ids are the section keys), each with the indicators it cites; and
 * `keyOf`, a stored section id's key.
 */
export async function sectionFactsOf(em: SqlEntityManager, reportId: number): Promise<{ sections: Section[]; keyOf: Map<number, string> }> {
  const knex = em.getKnex();
  const [sectionRows, links] = await Promise.all([
    rows(em, knex('section').select(SECTION_COLUMNS).where('report_id', reportId).orderBy('sort_order')),
    rows(
      em,
      knex('section_indicator as si')
        .join('section as s', 's.id', 'si.section_id')
        .select({ sectionId: 'si.section_id', indicatorCode: 'si.indicator_code' })
        .where('s.report_id', reportId),
    ),
  ]);
  const keyOf = new Map(sectionRows.map((r) => [Number(r['id']), String(r['key'])]));
  const codesOf = new Map<number, string[]>();
  for (const l of links) {
    const list = codesOf.get(Number(l['sectionId'])) ?? [];
    list.push(String(l['indicatorCode']));
    codesOf.set(Number(l['sectionId']), list);
  }
  const sections = sectionRows.map((r) => toSectionFact(r, keyOf, codesOf.get(Number(r['id'])) ?? []));
  return { sections, keyOf };
}
