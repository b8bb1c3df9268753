// First-start seeding: an empty database gets the dataset (org units, programmes, every report) in one transaction;
// a database that holds org units is left alone, so a second start changes nothing. Demo mode adds demo accounts.
import { periodEndYear, periodKey, periodYear, type ReportData } from '@cchc/domain';
import type { Dataset } from '@cchc/dataset';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Orm } from '../../orm.js';
import type { Logger } from '../../logger.js';
import { IndicatorComponentEntity, IndicatorEntity } from '../indicator/indicator.entity.js';
import { ObservationEntity } from '../observation/observation.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { ProgrammeEntity } from '../report/programme.entity.js';
import { ReportEntity } from '../report/report.entity.js';
import { SectionEntity, SectionIndicatorEntity } from '../report/section.entity.js';
import { TargetEntity, TargetHistoryEntity, TargetMilestoneEntity } from '../targets/target.entity.js';
import { ProgrammeTaskEntity } from '../task/programme-task.entity.js';
import { createUser } from '../user/user.service.js';

export const DEMO_PASSWORD = 'cchc-demo';
/** The commune the second demo planner plans for: any commune of Định Hóa other than Bình Thành. */
export const DEMO_OTHER_COMMUNE = 'phu-dinh';
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.cchc', role: 'ADMIN', orgUnitCodes: [] },
  { email: 'analyst@demo.cchc', role: 'ANALYST', orgUnitCodes: [] },
  { email: 'planner.binhthanh@demo.cchc', role: 'PLANNER', orgUnitCodes: ['binh-thanh'] },
  { email: 'planner.other@demo.cchc', role: 'PLANNER', orgUnitCodes: [DEMO_OTHER_COMMUNE] },
  // Since the district level was abolished (2025-07-01) the province's Sở Nội vụ reviews the communes' reports.
  { email: 'reviewer.thainguyen@demo.cchc', role: 'REVIEWER', orgUnitCodes: ['thai-nguyen'] },
] as const;

export async function isEmpty(em: SqlEntityManager): Promise<boolean> {
  return (await em.count(OrgUnitEntity, {})) === 0;
}

/** Loads reference data and reports into an empty database, in one transaction. */
export async function seedDataset(orm: Orm, dataset: Dataset): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    // Parents before children: insert without links, then link.
    for (const u of dataset.orgUnits) {
      em.create(OrgUnitEntity, {
        code: u.code,
        name: u.name,
        level: u.level,
        kind: u.kind,
        validFrom: u.validFrom,
        validTo: u.validTo,
      });
    }
    for (const p of dataset.programmes) em.create(ProgrammeEntity, { ...p });
    await em.flush();
    for (const u of dataset.orgUnits) {
      if (u.parentCode === null && u.successorCode === null) continue;
      await em.nativeUpdate(OrgUnitEntity, { code: u.code }, { parent: u.parentCode, successor: u.successorCode });
    }
    const knownIndicators = new Set<string>();
    for (const report of dataset.reports) await seedReport(em, report, knownIndicators);
  });
}

async function seedReport(em: SqlEntityManager, data: ReportData, knownIndicators: Set<string>): Promise<void> {
  const report = em.create(ReportEntity, {
    orgUnit: data.orgUnitCode,
    programme: data.programme,
    title: data.title,
    header: { addressees: data.addressees, legalBases: data.legalBases, signedBy: data.signedBy },
  });

  // Indicators are shared by every report of the template; the first report that states one defines it.
  const fresh = data.indicators.filter((i) => !knownIndicators.has(i.code));
  for (const i of fresh) {
    em.create(IndicatorEntity, {
      code: i.code,
      codeAsWritten: i.codeAsWritten,
      name: i.name,
      nameEn: i.nameEn ?? null,
      unit: i.unit,
      valueType: i.valueType,
      direction: i.direction,
      area: i.area,
      isComponentRow: i.isComponentRow,
      legend: i.legend,
      origin: i.origin,
      order: i.order,
    });
    knownIndicators.add(i.code);
  }
  await em.flush();
  for (const i of fresh) {
    if (i.parentCode) await em.nativeUpdate(IndicatorEntity, { code: i.code }, { parent: i.parentCode });
    i.components.forEach((c, order) =>
      em.create(IndicatorComponentEntity, { indicator: i.code, component: c.code, role: c.role, order }),
    );
  }

  const sections = new Map<string, SectionEntity>();
  for (const s of [...data.sections].sort((a, b) => a.order - b.order)) {
    sections.set(
      s.id,
      em.create(SectionEntity, { report, key: s.id, number: s.number, title: s.title, titleEn: s.titleEn ?? null, body: s.body, order: s.order }),
    );
  }
  await em.flush();
  for (const s of data.sections) {
    const section = sections.get(s.id)!;
    if (s.parentId) section.parent = sections.get(s.parentId) ?? null;
    for (const code of new Set(s.indicatorCodes)) em.create(SectionIndicatorEntity, { section, indicator: code });
  }
  await em.flush();

  await em.insertMany(
    ObservationEntity,
    data.observations.map((o) => ({
      indicatorCode: o.indicatorCode,
      orgUnitCode: o.orgUnitCode,
      periodKey: periodKey(o.period),
      periodKind: o.period.kind,
      year: periodYear(o.period),
      endYear: periodEndYear(o.period),
      value: o.value,
      raw: o.raw,
      rankOf: o.rankOf ?? null,
      note: o.note ?? null,
      sourceSectionId: sections.get(o.source.sectionId)?.id ?? null,
      sourceTable: o.source.table ?? null,
      sourceRow: o.source.row ?? null,
      sourceQuote: o.source.quote,
      synthetic: o.synthetic ?? false,
      reportId: report.id,
    })),
  );

  for (const t of data.tasks) {
    em.create(ProgrammeTaskEntity, {
      report,
      number: t.number,
      group: t.group,
      groupTitle: t.groupTitle,
      title: t.title,
      department: t.department,
      completed: t.completed,
      evidence: t.evidence,
      sourceSectionId: sections.get(t.source.sectionId)?.id ?? null,
      sourceQuote: t.source.quote,
    });
  }

  const at = new Date();
  for (const t of data.targets) {
    const target = em.create(TargetEntity, {
      version: 1,
      code: t.code,
      text: t.text,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      indicator: t.indicatorCode,
      orgUnit: t.orgUnitCode,
      programme: t.programme,
      baselineYear: t.baseline?.year ?? null,
      baselineValue: t.baseline?.value ?? null,
      owner: t.owner,
      sourceQuote: t.source.quote,
    });
    for (const m of t.milestones) em.create(TargetMilestoneEntity, { target, year: m.year, value: m.value });
    await em.flush();
    em.create(TargetHistoryEntity, {
      targetId: target.id,
      at,
      byUserId: null,
      by: 'seed',
      field: 'created',
      before: null,
      after: JSON.stringify({ text: t.text, comparator: t.comparator, value: t.value, source: 'report' }),
      version: 1,
    });
  }
  await em.flush();
}

export async function seedIfEmpty(orm: Orm, logger: Logger): Promise<boolean> {
  if (!(await isEmpty(orm.em.fork()))) return false;
  // Loaded lazily: the dataset is only needed on a first start.
  const { loadDataset } = await import('@cchc/dataset');
  const dataset = loadDataset();
  const started = Date.now();
  await seedDataset(orm, dataset);
  logger.info(
    {
      reports: dataset.reports.length,
      observations: dataset.reports.reduce((n, r) => n + r.observations.length, 0),
      ms: Date.now() - started,
    },
    'seeded an empty database with the dataset',
  );
  return true;
}

/**
 * A database seeded before indicators had English names gets them from the dataset: each indicator and section whose
 * Vietnamese name is still the dataset's and that has no English yet. Nothing to do (two counts) once filled in.
 */
export async function ensureEnglishNames(orm: Orm, logger: Logger): Promise<void> {
  const em = orm.em.fork();
  const missing = await em.getConnection().execute<{ n: number | string }[]>(
    `select (select count(*) from indicator where name_en is null) + (select count(*) from section where title_en is null) as n`,
  );
  if (Number(missing[0]?.n ?? 0) === 0) return;
  const { loadDataset } = await import('@cchc/dataset');
  let updated = 0;
  await em.transactional(async (tem) => {
    for (const report of loadDataset().reports) {
      for (const i of report.indicators) {
        if (!i.nameEn) continue;
        updated += await tem.nativeUpdate(IndicatorEntity, { code: i.code, name: i.name, nameEn: null }, { nameEn: i.nameEn });
      }
      for (const s of report.sections) {
        if (!s.titleEn) continue;
        updated += await tem.nativeUpdate(SectionEntity, { key: s.id, title: s.title, titleEn: null }, { titleEn: s.titleEn });
      }
    }
  });
  if (updated > 0) logger.info({ updated }, 'filled in English names of indicators and sections');
}

export async function ensureDemoAccounts(orm: Orm, logger: Logger): Promise<void> {
  const em = orm.em.fork();
  for (const account of DEMO_ACCOUNTS) {
    await createUser(em, { email: account.email, password: DEMO_PASSWORD, role: account.role, orgUnitCodes: [...account.orgUnitCodes] });
  }
  logger.info(
    { accounts: DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role}${a.orgUnitCodes.length ? ` of ${a.orgUnitCodes.join(', ')}` : ''})`), password: DEMO_PASSWORD },
    'demo mode: demo accounts available',
  );
}
