// The report module's per-request loaders: programmes, reports, their sections and the indicators each section cites.
import type { SqlEntityManager } from '@mikro-orm/knex';
import { many, one, type LoaderOptions } from '../../graphql/batch.js';
import { rows } from '../../graphql/rows.js';
import { INDICATOR_COLUMNS, toIndicator } from '../indicator/indicator.rows.js';
import type { IndicatorType } from '../indicator/indicator.type.js';
import { PROGRAMME_COLUMNS, REPORT_COLUMNS, SECTION_COLUMNS, toProgramme, toReport, toSection } from './report.rows.js';
import type { ProgrammeType, ReportType, SectionType } from './report.type.js';

/** Columns under a table alias, for a join: { code: 'i.code', … }. */
const aliased = (columns: Record<string, string>, alias: string) =>
  Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, `${alias}.${v}`]));

export function reportLoaders(em: SqlEntityManager, options: LoaderOptions) {
  const knex = em.getKnex();

  const programme = one<string, ProgrammeType>(
    options,
    async (codes) =>
      (await rows(em, knex('programme').select(PROGRAMME_COLUMNS).whereIn('code', codes))).map(toProgramme),
    (p) => p.code,
  );
  const section = one<number, SectionType>(
    options,
    async (ids) => (await rows(em, knex('section').select(SECTION_COLUMNS).whereIn('id', ids))).map(toSection),
    (s) => s.id,
  );
  const sectionChildren = many<number, SectionType>(
    options,
    async (ids) =>
      (
        await rows(em, knex('section').select(SECTION_COLUMNS).whereIn('parent_id', ids).orderBy('sort_order'))
      ).map(toSection),
    (s) => s.parentId ?? 0,
  );
  const sectionIndicators = many<number, IndicatorType & { sectionId: number }>(
    options,
    async (ids) =>
      (
        await rows(
          em,
          knex('section_indicator as si')
            .join('indicator as i', 'i.code', 'si.indicator_code')
            .select({ sectionId: 'si.section_id' })
            .select(aliased(INDICATOR_COLUMNS, 'i'))
            .whereIn('si.section_id', ids)
            .orderBy(['i.sort_order', 'i.code']),
        )
      ).map((r) => ({ ...toIndicator(r), sectionId: Number(r['sectionId']) })),
    (i) => i.sectionId,
  );
  const indicatorSections = many<string, SectionType & { indicatorCode: string }>(
    options,
    async (codes) =>
      (
        await rows(
          em,
          knex('section_indicator as si')
            .join('section as s', 's.id', 'si.section_id')
            .select({ indicatorCode: 'si.indicator_code' })
            .select(aliased(SECTION_COLUMNS, 's'))
            .whereIn('si.indicator_code', codes)
            .orderBy(['s.report_id', 's.sort_order']),
        )
      ).map((r) => ({ ...toSection(r), indicatorCode: String(r['indicatorCode']) })),
    (s) => s.indicatorCode,
  );
  const orgUnitReports = many<string, ReportType>(
    options,
    async (codes) =>
      (
        await rows(em, knex('report').select(REPORT_COLUMNS).whereIn('org_unit_code', codes).orderBy('programme_code'))
      ).map(toReport),
    (r) => r.orgUnitCode,
  );
  const report = one<number, ReportType>(
    options,
    async (ids) => (await rows(em, knex('report').select(REPORT_COLUMNS).whereIn('id', ids))).map(toReport),
    (r) => r.id,
  );
  const reportRootSections = many<number, SectionType>(
    options,
    async (ids) =>
      (
        await rows(
          em,
          knex('section').select(SECTION_COLUMNS).whereIn('report_id', ids).whereNull('parent_id').orderBy('sort_order'),
        )
      ).map(toSection),
    (s) => s.reportId,
  );

  return { programme, section, sectionChildren, sectionIndicators, indicatorSections, orgUnitReports, report, reportRootSections };
}
