// The year form's live checks: the typed cells read, derived and validated by the same @cchc/domain rules the server
// applies when the draft is saved (readYearEntry, deriveYearEntry, validateYearEntry).
import {
  deriveYearEntry,
  readYearEntry,
  validateYearEntry,
  type DerivedValue,
  type EntryProblem,
  type Finding,
  type IndicatorDef,
} from '@cchc/domain';
import type { EntryPageQuery } from '../../../gql/graphql';

export type TemplateRow = EntryPageQuery['entryTemplate'][number];

export function toIndicatorDefs(rows: readonly TemplateRow[]): IndicatorDef[] {
  return rows.map((r) => ({
    code: r.code,
    codeAsWritten: r.codeAsWritten,
    name: r.name,
    nameEn: r.nameEn ?? null,
    unit: r.unit ?? null,
    valueType: r.valueType as IndicatorDef['valueType'],
    direction: r.direction as IndicatorDef['direction'],
    area: r.area as IndicatorDef['area'],
    parentCode: r.parentCode ?? null,
    isComponentRow: r.isComponentRow,
    legend: r.legend ? r.legend.map((l) => ({ value: l.value, label: l.label })) : null,
    components: r.components.map((c) => ({ role: c.role as IndicatorDef['components'][number]['role'], code: c.code })),
    origin: r.origin as IndicatorDef['origin'],
    order: r.order,
  }));
}

export interface LiveCheck {
  problems: Map<string, EntryProblem>;
  findings: Finding[];
  /** Findings by indicator code, so each row can show its own. */
  findingsByCode: Map<string, Finding[]>;
  derived: Map<string, DerivedValue>;
}

export function checkEntry(defs: readonly IndicatorDef[], orgUnitCode: string, year: number, cells: Record<string, string>): LiveCheck {
  const entered = Object.entries(cells).map(([indicatorCode, raw]) => ({ indicatorCode, raw }));
  const { observations, problems } = readYearEntry(defs, orgUnitCode, year, entered);
  const stated = observations.filter((o) => o.value !== null);
  const findings = validateYearEntry(defs, orgUnitCode, year, stated);
  const findingsByCode = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const code of f.indicatorCodes) findingsByCode.set(code, [...(findingsByCode.get(code) ?? []), f]);
  }
  return {
    problems: new Map(problems.map((p) => [p.indicatorCode, p])),
    findings,
    findingsByCode,
    derived: deriveYearEntry(defs, stated),
  };
}

/** The cells that differ from what is stored: what "save draft" sends (a cleared cell is sent blank). */
export function changedCells(stored: Record<string, string>, cells: Record<string, string>): { indicatorCode: string; raw: string }[] {
  const codes = new Set([...Object.keys(stored), ...Object.keys(cells)]);
  return [...codes]
    .filter((code) => (stored[code] ?? '').trim() !== (cells[code] ?? '').trim())
    .map((code) => ({ indicatorCode: code, raw: (cells[code] ?? '').trim() }));
}
