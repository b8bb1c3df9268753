// The request-scoped DataLoaders (see batch.ts).
import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { IndicatorComponentType, IndicatorType } from '../modules/indicator/indicator.type.js';
import type { ObservationType } from '../modules/observation/observation.type.js';
import type { OrgUnitType } from '../modules/org-unit/org-unit.type.js';
import { seriesRows } from '../modules/org-unit/series.repository.js';
import type { IndicatorSeriesType } from '../modules/org-unit/series.type.js';
import { notFound } from '../errors.js';
import type { ProgrammeType, ReportType, SectionType } from '../modules/report/report.type.js';
import type { TargetChangeType, TargetType, YearValueType } from '../modules/target/target.type.js';
import {
  COMPONENT_COLUMNS,
  HISTORY_COLUMNS,
  INDICATOR_COLUMNS,
  OBSERVATION_COLUMNS,
  ORG_UNIT_COLUMNS,
  PROGRAMME_COLUMNS,
  REPORT_COLUMNS,
  SECTION_COLUMNS,
  TARGET_COLUMNS,
  rows,
  toChange,
  toComponent,
  toIndicator,
  toObservation,
  toOrgUnit,
  toProgramme,
  toReport,
  toSection,
  toTarget,
  toYearValue,
} from './rows.js';
import { groupBy, many, MAX_KEYS_PER_STATEMENT, one, type LoaderOptions } from './batch.js';

export interface ObservationKey {
  indicatorCode: string;
  orgUnitCode: string;
  from: number | null;
  to: number | null;
}

export interface SeriesKey {
  orgUnitCode: string;
  indicatorCodes: string[];
  from: number | null;
  to: number | null;
}

const seriesKey = (k: SeriesKey) => JSON.stringify([k.orgUnitCode, k.indicatorCodes, k.from, k.to]);

export function createLoaders(em: SqlEntityManager, options: LoaderOptions = { batch: true }) {
  const knex = em.getKnex();

  const orgUnit = one<string, OrgUnitType>(
    options,
    async (codes) =>
      (await rows(em, knex('org_unit').select(ORG_UNIT_COLUMNS).whereIn('code', codes))).map(toOrgUnit),
    (o) => o.code,
  );
  const orgUnitChildren = many<string, OrgUnitType>(
    options,
    async (codes) =>
      (
        await rows(em, knex('org_unit').select(ORG_UNIT_COLUMNS).whereIn('parent_code', codes).orderBy('name'))
      ).map(toOrgUnit),
    (o) => o.parentCode ?? '',
  );
  const programme = one<string, ProgrammeType>(
    options,
    async (codes) =>
      (await rows(em, knex('programme').select(PROGRAMME_COLUMNS).whereIn('code', codes))).map(toProgramme),
    (p) => p.code,
  );
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

  // Series are keyed by org unit, indicator list and year range; keys sharing the indicators and range (every child of
  // one `children { series(...) }`) are fetched by one statement over all their org units.
  const series = new DataLoader<SeriesKey, IndicatorSeriesType[], string>(
    async (keys) => {
      const groups = groupBy([...keys], (k) => JSON.stringify([k.indicatorCodes, k.from, k.to]));
      const found = new Map<string, IndicatorSeriesType[] | Error>();
      for (const group of groups.values()) {
        const { indicatorCodes, from, to } = group[0]!;
        const orgUnitCodes = [...new Set(group.map((k) => k.orgUnitCode))];
        const { byOrgUnit, unknownIndicators } = await seriesRows(em, { indicatorCodes, orgUnitCodes, from, to });
        for (const k of group) {
          found.set(
            seriesKey(k),
            unknownIndicators.length > 0 ? notFound('Indicator', unknownIndicators[0]!) : (byOrgUnit.get(k.orgUnitCode) ?? []),
          );
        }
      }
      return keys.map((k) => found.get(seriesKey(k)) ?? []);
    },
    { cacheKeyFn: seriesKey, maxBatchSize: MAX_KEYS_PER_STATEMENT, batch: options.batch },
  );

  return {
    series,
    orgUnit,
    orgUnitChildren,
    programme,
    indicator,
    indicatorChildren,
    components,
    dependents,
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
    observations,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
