// The request-scoped DataLoaders (see batch.ts).
import type { SqlEntityManager } from '@mikro-orm/knex';
import { indicatorLoaders } from '../modules/indicator/indicator.loaders.js';
import { INDICATOR_COLUMNS, toIndicator } from '../modules/indicator/indicator.rows.js';
import type { IndicatorType } from '../modules/indicator/indicator.type.js';
import { observationLoaders } from '../modules/observation/observation.loaders.js';
import { orgUnitLoaders } from '../modules/org-unit/org-unit.loaders.js';
import type { ProgrammeType, ReportType, SectionType } from '../modules/report/report.type.js';
import type { TargetChangeType, TargetType, YearValueType } from '../modules/target/target.type.js';
import {
  HISTORY_COLUMNS,
  PROGRAMME_COLUMNS,
  REPORT_COLUMNS,
  SECTION_COLUMNS,
  TARGET_COLUMNS,
  rows,
  toChange,
  toProgramme,
  toReport,
  toSection,
  toTarget,
  toYearValue,
} from './rows.js';
import { many, one, type LoaderOptions } from './batch.js';

export function createLoaders(em: SqlEntityManager, options: LoaderOptions = { batch: true }) {
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
            .select(Object.fromEntries(Object.entries(INDICATOR_COLUMNS).map(([k, v]) => [k, `i.${v}`])))
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
            .select(Object.fromEntries(Object.entries(SECTION_COLUMNS).map(([k, v]) => [k, `s.${v}`])))
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
    programme,
    ...indicatorLoaders(em, options),
    section,
    sectionChildren,
    sectionIndicators,
    indicatorSections,
    indicatorTargets,
    orgUnitReports,
    report,
    reportRootSections,
    milestones,
    history,
    ...observationLoaders(em, options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
