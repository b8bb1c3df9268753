// The value an indicator's components imply, per period, beside the reported one — computed by @cchc/domain.
import { buildIndicatorGraph, computeDerived, type ComponentRole, type IndicatorDef } from '@cchc/domain';

export interface ComponentSeries {
  role: ComponentRole | string;
  code: string;
  observations: readonly { period: { label: string }; value?: number | null }[];
}

export interface DerivedRow {
  period: string;
  reported: number | null;
  derived: number | null;
  reason: string;
  formula: string;
}

function def(code: string, components: IndicatorDef['components'] = []): IndicatorDef {
  return {
    code,
    codeAsWritten: code,
    name: code,
    unit: null,
    valueType: 'NUMBER',
    direction: 'NEUTRAL',
    area: 'DIRECTION',
    parentCode: null,
    isComponentRow: false,
    legend: null,
    components,
    origin: 'APPENDIX',
    order: 0,
  };
}

export function derivedByPeriod(
  code: string,
  reported: readonly { period: { label: string }; value?: number | null }[],
  components: readonly ComponentSeries[],
): DerivedRow[] {
  const used = components.filter((c) => c.role !== 'PART' && c.code !== code);
  if (used.length === 0) return [];
  const graph = buildIndicatorGraph([
    def(code, used.map((c) => ({ role: c.role as ComponentRole, code: c.code }))),
    ...used.map((c) => def(c.code)),
  ]);
  const periods = new Set<string>();
  for (const o of reported) periods.add(o.period.label);
  for (const c of used) for (const o of c.observations) periods.add(o.period.label);
  const rows: DerivedRow[] = [];
  for (const period of periods) {
    const values = new Map<string, number | null>();
    for (const c of used) values.set(c.code, c.observations.find((o) => o.period.label === period)?.value ?? null);
    const result = computeDerived(graph, values).get(code);
    if (!result) continue;
    rows.push({
      period,
      reported: reported.find((o) => o.period.label === period)?.value ?? null,
      derived: result.value,
      reason: result.reason,
      formula: result.formula,
    });
  }
  return rows;
}
