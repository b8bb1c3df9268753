// The indicator graph: the code hierarchy (parent/children) and the formula edges (components/dependents), checked
// for duplicates, dangling references and cycles, and the derived values computed in dependency order.
import type { ComponentRef, IndicatorDef } from './model.js';
import { derivedRatio } from './ratio.js';

export class IndicatorGraphError extends Error {
  /** Every indicator code the problem involves (duplicates, dangling references, the members of a cycle). */
  readonly codes: string[];

  constructor(message: string, codes: string[]) {
    super(message);
    this.name = 'IndicatorGraphError';
    this.codes = codes;
  }
}

export interface IndicatorGraph {
  /** All definitions in their given order. */
  readonly indicators: readonly IndicatorDef[];
  has(code: string): boolean;
  /** The definition; throws IndicatorGraphError for an unknown code. */
  get(code: string): IndicatorDef;
  parent(code: string): IndicatorDef | null;
  children(code: string): IndicatorDef[];
  components(code: string): ComponentRef[];
  /** Indicators that use `code` as a component (any role). */
  dependents(code: string): IndicatorDef[];
  /** Parent, grandparent, … up to the root. */
  ancestors(code: string): IndicatorDef[];
  /** Every code, components before the indicators computed from them; otherwise in the definitions' order. */
  topologicalOrder(): string[];
}

/** Finds one cycle in a directed graph given as adjacency lists; returns its codes in order, or null. */
function findCycle(codes: readonly string[], next: (code: string) => readonly string[]): string[] | null {
  const state = new Map<string, 'VISITING' | 'DONE'>();
  const stack: string[] = [];

  const visit = (code: string): string[] | null => {
    state.set(code, 'VISITING');
    stack.push(code);
    for (const target of next(code)) {
      const targetState = state.get(target);
      if (targetState === 'VISITING') return stack.slice(stack.indexOf(target));
      if (targetState === undefined) {
        const cycle = visit(target);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(code, 'DONE');
    return null;
  };

  for (const code of codes) {
    if (state.has(code)) continue;
    const cycle = visit(code);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * Builds and checks the graph. All duplicate codes and dangling references are reported together; a cycle (through
 * parents or through components) is reported with its members in order.
 */
export function buildIndicatorGraph(defs: readonly IndicatorDef[]): IndicatorGraph {
  const byCode = new Map<string, IndicatorDef>();
  const duplicates = new Set<string>();
  for (const def of defs) {
    if (byCode.has(def.code)) duplicates.add(def.code);
    else byCode.set(def.code, def);
  }
  if (duplicates.size > 0) {
    const codes = [...duplicates];
    throw new IndicatorGraphError(`Duplicate indicator codes: ${codes.join(', ')}`, codes);
  }

  const dangling: string[] = [];
  const involved = new Set<string>();
  for (const def of defs) {
    if (def.parentCode !== null && !byCode.has(def.parentCode)) {
      dangling.push(`${def.code} → parent ${def.parentCode}`);
      involved.add(def.code).add(def.parentCode);
    }
    for (const component of def.components) {
      if (!byCode.has(component.code)) {
        dangling.push(`${def.code} → ${component.role.toLowerCase()} ${component.code}`);
        involved.add(def.code).add(component.code);
      }
    }
  }
  if (dangling.length > 0) {
    throw new IndicatorGraphError(`Indicators refer to codes that do not exist: ${dangling.join('; ')}`, [...involved]);
  }

  const codes = defs.map((def) => def.code);
  const parentCycle = findCycle(codes, (code) => {
    const parentCode = byCode.get(code)?.parentCode;
    return parentCode == null ? [] : [parentCode];
  });
  if (parentCycle) {
    throw new IndicatorGraphError(
      `Indicators are their own ancestors: ${[...parentCycle, parentCycle[0]].join(' → ')}`,
      parentCycle,
    );
  }
  const componentCycle = findCycle(codes, (code) => byCode.get(code)?.components.map((c) => c.code) ?? []);
  if (componentCycle) {
    throw new IndicatorGraphError(
      `Indicators are computed from themselves: ${[...componentCycle, componentCycle[0]].join(' → ')}`,
      componentCycle,
    );
  }

  const childrenOf = new Map<string, IndicatorDef[]>();
  const dependentsOf = new Map<string, IndicatorDef[]>();
  for (const def of defs) {
    if (def.parentCode !== null) childrenOf.set(def.parentCode, [...(childrenOf.get(def.parentCode) ?? []), def]);
    // An indicator listing the same component twice (e.g. as PART and ADDEND) is still one dependent.
    for (const componentCode of new Set(def.components.map((c) => c.code))) {
      dependentsOf.set(componentCode, [...(dependentsOf.get(componentCode) ?? []), def]);
    }
  }

  const order = topologicalSort(defs, byCode);

  const get = (code: string): IndicatorDef => {
    const def = byCode.get(code);
    if (!def) throw new IndicatorGraphError(`Unknown indicator code ${JSON.stringify(code)}`, [code]);
    return def;
  };

  return {
    indicators: defs,
    has: (code) => byCode.has(code),
    get,
    parent: (code) => {
      const parentCode = get(code).parentCode;
      return parentCode === null ? null : get(parentCode);
    },
    children: (code) => {
      get(code);
      return [...(childrenOf.get(code) ?? [])];
    },
    components: (code) => [...get(code).components],
    dependents: (code) => {
      get(code);
      return [...(dependentsOf.get(code) ?? [])];
    },
    ancestors: (code) => {
      const result: IndicatorDef[] = [];
      let parentCode = get(code).parentCode;
      while (parentCode !== null) {
        const parent = get(parentCode);
        result.push(parent);
        parentCode = parent.parentCode;
      }
      return result;
    },
    topologicalOrder: () => [...order],
  };
}

/** Kahn's algorithm, always taking the earliest-defined ready indicator so the template's order is kept. */
function topologicalSort(defs: readonly IndicatorDef[], byCode: ReadonlyMap<string, IndicatorDef>): string[] {
  const index = new Map(defs.map((def, i) => [def.code, i]));
  const pending = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const def of defs) {
    const componentCodes = new Set(def.components.map((c) => c.code));
    pending.set(def.code, componentCodes.size);
    for (const componentCode of componentCodes) {
      dependents.set(componentCode, [...(dependents.get(componentCode) ?? []), def.code]);
    }
  }
  const ready = defs.filter((def) => pending.get(def.code) === 0).map((def) => def.code);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
    const code = ready.shift() as string;
    order.push(code);
    for (const dependent of dependents.get(code) ?? []) {
      const left = (pending.get(dependent) ?? 0) - 1;
      pending.set(dependent, left);
      if (left === 0) ready.push(dependent);
    }
  }
  if (order.length !== byCode.size) {
    // Unreachable after the cycle check; kept so a future change cannot silently drop indicators.
    const missing = defs.map((d) => d.code).filter((code) => !order.includes(code));
    throw new IndicatorGraphError(`Cannot order indicators: ${missing.join(', ')}`, missing);
  }
  return order;
}

export type DerivedReason = 'OK' | 'MISSING_COMPONENT' | 'ZERO_DENOMINATOR' | 'NOT_DERIVED';
export type DerivedFormula = 'RATIO' | 'SUM';

export interface DerivedValue {
  code: string;
  value: number | null;
  reason: DerivedReason;
  formula: DerivedFormula;
}

/** The formula an indicator's components define, or null when they define none (no components, or PARTs only). */
export function formulaOf(def: IndicatorDef): { formula: DerivedFormula; wellFormed: boolean } | null {
  const roles = def.components.map((c) => c.role);
  const numerators = roles.filter((r) => r === 'NUMERATOR').length;
  const denominators = roles.filter((r) => r === 'DENOMINATOR').length;
  const addends = roles.filter((r) => r === 'ADDEND').length;
  if (numerators + denominators > 0) {
    return { formula: 'RATIO', wellFormed: numerators === 1 && denominators === 1 && addends === 0 };
  }
  if (addends > 0) return { formula: 'SUM', wellFormed: true };
  return null;
}

/**
 * Computes every derived indicator (one with NUMERATOR/DENOMINATOR or ADDEND components) from `values`, the reported
 * values by code for one org unit and period. Rules:
 * - RATIO = numerator ÷ denominator × 100; SUM = the sum of the ADDENDs. PART components are not used in formulas.
 * - Indicators are computed in dependency order. A component that is itself derived feeds its derived value when that
 *   is computable, else its reported value: a reported total still counts when its own addends are blank.
 * - Anything derived from a missing input is missing (null, reason MISSING_COMPONENT), never 0.
 * - A ratio whose components are not exactly one NUMERATOR and one DENOMINATOR (or that mixes in ADDENDs) cannot be
 *   computed: value null, reason NOT_DERIVED.
 * The result holds only derived indicators; one with no formula has no entry.
 */
export function computeDerived(
  graph: IndicatorGraph,
  values: ReadonlyMap<string, number | null>,
): Map<string, DerivedValue> {
  const derived = new Map<string, DerivedValue>();
  const input = (code: string): number | null => {
    const own = derived.get(code);
    if (own && own.reason === 'OK') return own.value;
    return values.get(code) ?? null;
  };

  for (const code of graph.topologicalOrder()) {
    const def = graph.get(code);
    const formula = formulaOf(def);
    if (!formula) continue;
    if (!formula.wellFormed) {
      derived.set(code, { code, value: null, reason: 'NOT_DERIVED', formula: formula.formula });
      continue;
    }
    if (formula.formula === 'RATIO') {
      const numerator = def.components.find((c) => c.role === 'NUMERATOR');
      const denominator = def.components.find((c) => c.role === 'DENOMINATOR');
      const ratio = derivedRatio(numerator ? input(numerator.code) : null, denominator ? input(denominator.code) : null);
      derived.set(code, { code, value: ratio.value, reason: ratio.reason, formula: 'RATIO' });
    } else {
      const addends = def.components.filter((c) => c.role === 'ADDEND').map((c) => input(c.code));
      const complete = addends.every((v): v is number => v !== null);
      derived.set(code, {
        code,
        value: complete ? addends.reduce((sum, v) => sum + v, 0) : null,
        reason: complete ? 'OK' : 'MISSING_COMPONENT',
        formula: 'SUM',
      });
    }
  }
  return derived;
}
