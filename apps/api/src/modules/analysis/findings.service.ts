// Validation findings: the org unit's stored report is rebuilt as the domain's ReportData and checked by
// validateReport from @cchc/domain (the single source of the rules).
import { validateReport, type Finding, type ReportData, type Severity } from '@cchc/domain';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import type { FindingType } from './analysis.type.js';
import { observationFactsOf } from '../observation/observation.repository.js';
import { loadIndicatorDefs } from '../indicator/indicator.repository.js';
import { findReports, sectionFactsOf } from '../report/report.repository.js';
import { taskFactsOfReport } from '../task/programme-task.repository.js';
import { peerFactsOf } from './reported-rank.service.js';

/** The stored report as the domain's ReportData: each row mapped once, by its module's mapper. */
async function reportData(ctx: Context, report: Awaited<ReturnType<typeof findReports>>[number]): Promise<ReportData> {
  const [indicators, { sections, keyOf }, tasks] = await Promise.all([
    loadIndicatorDefs(ctx.em),
    sectionFactsOf(ctx.em, report.id),
    taskFactsOfReport(ctx.em, report.id),
  ]);
  return {
    orgUnitCode: report.orgUnitCode,
    programme: report.programmeCode,
    title: report.title,
    addressees: report.addressees,
    legalBases: report.legalBases,
    signedBy: report.signedBy,
    sections,
    indicators,
    observations: await observationFactsOf(ctx.em, report.orgUnitCode, (id) => keyOf.get(id)),
    tasks,
    // Targets are plans, not reported figures: validation does not read them.
    targets: [],
    // The peers' figures on the indicators the report ranks itself by (REPORTED_RANK_DIFFERS).
    peers: await peerFactsOf(ctx, report.orgUnitCode, indicators),
  };
}

export async function findingsFor(
  ctx: Context,
  orgUnitCode: string,
  severity: Severity | null,
  programme: string | null = null,
): Promise<FindingType[]> {
  if (!(await ctx.loaders.orgUnit.load(orgUnitCode))) throw notFound('ORG_UNIT', orgUnitCode);
  const reports = await findReports(ctx.em, { orgUnitCode, programme });
  const findings: Finding[] = [];
  for (const report of reports) findings.push(...validateReport(await reportData(ctx, report)));
  return findings
    .filter((f) => severity == null || f.severity === severity)
    .map((f) => ({ ...f, values: f.values.map((v) => ({ label: v.label, value: v.value, raw: v.raw ?? null, sectionKey: v.sectionId || null })) }));
}
