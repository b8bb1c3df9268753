// Loads the dataset and refuses it unless it holds together under the domain's rules: every figure as written reads
// back to its stored value, every reference points at something that exists, and the indicator graph builds.
import {
  buildIndicatorGraph,
  parseRank,
  parseVietnameseNumber,
  periodKey,
  type IndicatorDef,
  type Observation,
  type OrgUnit,
  type Programme,
  type ReportData,
} from '@cchc/domain';
import { binhThanhReport } from './binh-thanh/report.js';
import { orgUnits } from './org-units.js';
import { programmes } from './programmes.js';

export interface Dataset {
  orgUnits: OrgUnit[];
  programmes: Programme[];
  reports: ReportData[];
}

/** Thrown with every problem found, each naming the indicator, row or section concerned. */
export class DatasetError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The dataset is not valid (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

function where(o: Observation): string {
  const row = o.source.row ? `, row ${o.source.row}` : '';
  const table = o.source.table ? `, ${o.source.table}` : '';
  return `observation ${o.indicatorCode} ${periodKey(o.period)} (section ${o.source.sectionId}${table}${row})`;
}

/** The stored value must be exactly what the domain reads from the text as written. */
function checkRaw(o: Observation, indicator: IndicatorDef, problems: string[]): void {
  try {
    if (indicator.valueType === 'RANK') {
      const { rank, of } = parseRank(o.raw);
      if (rank !== o.value || of !== o.rankOf) {
        problems.push(`${where(o)}: "${o.raw}" reads as ${rank} of ${of}, stored ${o.value} of ${o.rankOf ?? 'nothing'}`);
      }
      return;
    }
    const parsed = parseVietnameseNumber(o.raw);
    if (parsed !== o.value) problems.push(`${where(o)}: "${o.raw}" reads as ${parsed}, stored ${o.value}`);
  } catch (error) {
    problems.push(`${where(o)}: ${(error as Error).message}`);
  }
}

/** The graph must build: no duplicate codes, no dangling parent or component, no cycle (the domain's rules). */
function checkGraph(report: ReportData, problems: string[]): void {
  try {
    buildIndicatorGraph(report.indicators);
  } catch (error) {
    problems.push(`indicator graph: ${(error as Error).message}`);
  }
}

/** Checks one report against the reference data; returns the problems found (empty when sound). */
export function checkReport(report: ReportData, units: readonly OrgUnit[], programmeList: readonly Programme[]): string[] {
  const problems: string[] = [];
  const unitCodes = new Set(units.map((u) => u.code));
  const programmeCodes = new Set(programmeList.map((p) => p.code));
  const sectionIds = new Set(report.sections.map((s) => s.id));
  const indicators = new Map<string, IndicatorDef>();
  for (const indicator of report.indicators) indicators.set(indicator.code, indicator);
  if (!unitCodes.has(report.orgUnitCode)) problems.push(`report: org unit ${report.orgUnitCode} does not exist`);
  if (!programmeCodes.has(report.programme)) problems.push(`report: programme ${report.programme} does not exist`);
  for (const section of report.sections) {
    if (section.parentId !== null && !sectionIds.has(section.parentId)) {
      problems.push(`section ${section.id}: parent ${section.parentId} does not exist`);
    }
    for (const code of section.indicatorCodes) {
      if (!indicators.has(code)) problems.push(`section ${section.id}: indicator ${code} does not exist`);
    }
  }
  checkGraph(report, problems);

  for (const o of report.observations) {
    const indicator = indicators.get(o.indicatorCode);
    if (!indicator) {
      problems.push(`${where(o)}: indicator ${o.indicatorCode} does not exist`);
      continue;
    }
    if (!unitCodes.has(o.orgUnitCode)) problems.push(`${where(o)}: org unit ${o.orgUnitCode} does not exist`);
    if (!sectionIds.has(o.source.sectionId)) problems.push(`${where(o)}: section ${o.source.sectionId} does not exist`);
    if (!o.source.quote.includes(o.raw)) problems.push(`${where(o)}: "${o.raw}" is not in its quote`);
    checkRaw(o, indicator, problems);
  }
  for (const task of report.tasks) {
    if (!sectionIds.has(task.source.sectionId)) problems.push(`task ${task.number}: section ${task.source.sectionId} does not exist`);
  }
  for (const target of report.targets) {
    if (!indicators.has(target.indicatorCode)) problems.push(`target ${target.code}: indicator ${target.indicatorCode} does not exist`);
    if (!programmeCodes.has(target.programme)) problems.push(`target ${target.code}: programme ${target.programme} does not exist`);
    if (!unitCodes.has(target.orgUnitCode)) problems.push(`target ${target.code}: org unit ${target.orgUnitCode} does not exist`);
  }
  return problems;
}

/** The reference data and every report, validated; throws a DatasetError naming each problem. */
export function loadDataset(): Dataset {
  const reports = [binhThanhReport];
  const problems = reports.flatMap((report) =>
    checkReport(report, orgUnits, programmes).map((p) => `${report.orgUnitCode} ${report.programme}: ${p}`),
  );
  if (problems.length > 0) throw new DatasetError(problems);
  return { orgUnits, programmes, reports };
}
