// The reported ratios the ratio rules judge: each well-formed RATIO indicator of each group, with its components.
import { formulaOf, type DerivedValue } from '../graph.js';
import type { Finding, Observation } from '../model.js';
import { stated, type FormulaGroup, type ValidationInput } from './rule.js';

export interface RatioCell {
  where: FormulaGroup;
  code: string;
  numeratorCode: string;
  denominatorCode: string;
  numerator: number | null;
  denominator: number | null;
  /** The ratio's code, then its numerator's and denominator's: the codes a finding about it names. */
  codes: string[];
  componentValues: Finding['values'];
  result: DerivedValue | undefined;
  /** Whether either component is stated (even blank) or derived for the group: else there is nothing to compare with. */
  componentsStated: boolean;
  /** The ratio's own stated (non-blank) observations in the group. */
  ownObservations: Observation[];
}

export function* ratioCells(input: ValidationInput): Generator<RatioCell> {
  const graph = input.graph;
  if (!graph) return;
  for (const where of input.formulaGroups) {
    const { group, derived } = where;
    for (const code of graph.topologicalOrder()) {
      const def = graph.get(code);
      const formula = formulaOf(def);
      if (formula?.formula !== 'RATIO' || !formula.wellFormed) continue;
      const numeratorCode = def.components.find((c) => c.role === 'NUMERATOR')?.code ?? '';
      const denominatorCode = def.components.find((c) => c.role === 'DENOMINATOR')?.code ?? '';
      const numerator = where.input(numeratorCode);
      const denominator = where.input(denominatorCode);
      yield {
        where,
        code,
        numeratorCode,
        denominatorCode,
        numerator,
        denominator,
        codes: [code, numeratorCode, denominatorCode],
        componentValues: [
          { label: 'numerator', value: numerator, raw: stated(group, numeratorCode)?.raw },
          { label: 'denominator', value: denominator, raw: stated(group, denominatorCode)?.raw },
        ],
        result: derived.get(code),
        componentsStated:
          group.byIndicator.has(numeratorCode) || group.byIndicator.has(denominatorCode) || derived.has(numeratorCode) || derived.has(denominatorCode),
        ownObservations: (group.byIndicator.get(code) ?? []).filter((o) => o.value !== null),
      };
    }
  }
}
