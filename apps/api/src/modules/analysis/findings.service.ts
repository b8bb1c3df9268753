// Validation findings: the org unit's stored report is rebuilt as the domain's ReportData and checked by
// validateReport from @cchc/domain (the single source of the rules).
import { parsePeriodKey, validateReport, type Finding, type ReportData, type Severity } from '@cchc/domain';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import type { FindingType } from './analysis.type.js';
import { rows } from '../../graphql/rows.js';
import { OBSERVATION_COLUMNS, toObservation } from '../observation/observation.rows.js';
import { loadIndicatorDefs } from '../indicator/indicator.repository.js';
import { findReports } from '../report/report.repository.js';
import { SECTION_COLUMNS, toSection } from '../report/report.rows.js';
import { tasksOfReport } from '../task/programme-task.repository.js';

async function reportData(ctx: Context, report: Awaited<ReturnType<typeof findReports>>[number]): Promise<ReportData> {
  const knex = ctx.em.getKnex();
  const [indicators, sectionRows, observationRows, links, tasks] = await Promise.all([
    loadIndicatorDefs(ctx.em),
    rows(ctx.em, knex('section').select(SECTION_COLUMNS).where('report_id', report.id).orderBy('sort_order')),
    rows(ctx.em, knex('observation').select(OBSERVATION_COLUMNS).where('org_unit_code', report.orgUnitCode).orderBy('id')),
    rows(
      ctx.em,
      knex('section_indicator as si')
        .join('section as s', 's.id', 'si.section_id')
        .select({ sectionId: 'si.section_id', indicatorCode: 'si.indicator_code' })
        .where('s.report_id', report.id),
    ),
    tasksOfReport(ctx.em, report.id),
  ]);
  const sections = sectionRows.map(toSection);
  const keyOf = new Map(sections.map((s) => [s.id, s.key]));
  const codesOf = new Map<number, string[]>();
  for (const l of links) {
    const list = codesOf.get(Number(l['sectionId'])) ?? [];
    list.push(String(l['indicatorCode']));
    codesOf.set(Number(l['sectionId']), list);
  }
  return {
    orgUnitCode: report.orgUnitCode,
    programme: report.programmeCode,
    title: report.title,
    addressees: report.addressees,
    legalBases: report.legalBases,
    signedBy: report.signedBy,
    sections: sections.map((s) => ({
      id: s.key,
      parentId: s.parentId === null ? null : (keyOf.get(s.parentId) ?? null),
      number: s.number,
      title: s.title,
      body: s.body,
      order: s.order,
      indicatorCodes: codesOf.get(s.id) ?? [],
    })),
    indicators,
    observations: observationRows.map(toObservation).map((o) => ({
      indicatorCode: o.indicatorCode,
      orgUnitCode: o.orgUnitCode,
      period: parsePeriodKey(o.periodKey),
      value: o.value,
      raw: o.raw,
      rankOf: o.rankOf,
      note: o.note,
      source: {
        sectionId: o.sourceSectionId === null ? '' : (keyOf.get(o.sourceSectionId) ?? ''),
        ...(o.sourceTable ? { table: o.sourceTable } : {}),
        ...(o.sourceRow ? { row: o.sourceRow } : {}),
        quote: o.sourceQuote ?? '',
      },
      synthetic: o.synthetic,
    })),
    tasks: tasks.map((t) => ({
      number: t.number,
      group: t.group,
      groupTitle: t.groupTitle,
      title: t.title,
      department: t.department,
      completed: t.completed,
      evidence: t.evidence,
      source: { sectionId: '', quote: t.source?.quote ?? '' },
    })),
    // Targets are plans, not reported figures: validation does not read them.
    targets: [],
  };
}

export async function findingsFor(
  ctx: Context,
  orgUnitCode: string,
  severity: Severity | null,
  programme: string | null = null,
): Promise<FindingType[]> {
  if (!(await ctx.loaders.orgUnit.load(orgUnitCode))) throw notFound('Org unit', orgUnitCode);
  const reports = await findReports(ctx.em, { orgUnitCode, programme });
  const findings: Finding[] = [];
  for (const report of reports) findings.push(...validateReport(await reportData(ctx, report)));
  return findings
    .filter((f) => severity == null || f.severity === severity)
    .map((f) => ({ ...f, values: f.values.map((v) => ({ label: v.label, value: v.value, raw: v.raw ?? null })) }));
}
