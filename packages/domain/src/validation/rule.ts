// What a validation rule is, and what every rule's check is given: the report read once (definitions by code,
// observations grouped by org unit and period, the indicator graph and the derived values of each group, all computed
// on first use and shared by the rules that need them) and `emit`, which turns what the check found into a Finding.
import { buildIndicatorGraph, computeDerived, IndicatorGraphError, type DerivedValue, type IndicatorGraph } from '../graph.js';
import type { Finding, IndicatorDef, Observation, Period, ReportData, Severity } from '../model.js';
import { readerCode } from '../indicator-code.js';
import { periodKey, periodLabel } from '../period.js';
import { formatNumber } from '../vn-number.js';

export const DEFAULT_RATIO_TOLERANCE = 0.5;

/** Absorbs binary floating-point noise at the boundaries ("exactly 0.5 off" is within a 0.5 tolerance). */
export const EPSILON = 1e-9;

export const vi = (value: number | null) => formatNumber(value, 'vi');
export const en = (value: number | null) => formatNumber(value, 'en');

/** What a check found, before validateReport adds the rule's code and severity. */
export interface FindingDraft {
  indicatorCodes: string[];
  orgUnitCode: string;
  period: Period | null;
  values: Finding['values'];
  /** The message in both languages; `periodVi`/`periodEn` are " (Năm 2024)"/" (Year 2024)", or '' without a period. */
  message: (periodVi: string, periodEn: string) => { vi: string; en: string };
}

export type Emit = (finding: FindingDraft) => void;

/** One validation rule: its code, how serious a finding is, what it checks in both languages, and the check itself. */
export interface ValidationRule<Code extends string = string> {
  code: Code;
  severity: Severity;
  description: { vi: string; en: string };
  check: (input: ValidationInput, emit: Emit) => void;
}

/** Keeps a rule's code as a literal type, so ValidationRuleCode is the union of the listed rules' codes. */
export function defineRule<const Code extends string>(rule: ValidationRule<Code>): ValidationRule<Code> {
  return rule;
}

/** The figures of one org unit and period: what a formula may combine. */
export interface Group {
  orgUnitCode: string;
  period: Period;
  byIndicator: Map<string, Observation[]>;
}

/** A group as the formula rules see it: reported values and the values derived from them through the graph. */
export interface FormulaGroup {
  group: Group;
  reported: Map<string, number | null>;
  derived: Map<string, DerivedValue>;
  /** A component's value as formulas see it: derived when computable, else as stated (see computeDerived). */
  input: (code: string) => number | null;
}

/** The first stated (non-blank) observation of an indicator in a group. */
export function stated(group: Group, code: string): Observation | undefined {
  return (group.byIndicator.get(code) ?? []).find((o) => o.value !== null);
}

export class ValidationInput {
  readonly defs = new Map<string, IndicatorDef>();
  private groupList: Group[] | undefined;
  private graphResult: { graph: IndicatorGraph | null; error: IndicatorGraphError | null } | undefined;
  private formulaGroupList: FormulaGroup[] | undefined;

  constructor(
    readonly report: ReportData,
    readonly ratioTolerance: number,
  ) {
    for (const def of report.indicators) if (!this.defs.has(def.code)) this.defs.set(def.code, def);
  }

  /**
   * How a message names an indicator: its printed code and its name in the message's language (`1.2.1. "name"`, or
   * only `"name"` when the report prints no code) — never the internal key, which readers are not shown. An undefined
   * code stays as it is: there is nothing else to call it.
   */
  label = (code: string, language: 'vi' | 'en' = 'vi'): string => {
    const def = this.defs.get(code);
    if (!def) return code;
    const name = language === 'en' && def.nameEn ? def.nameEn : def.name;
    const printed = readerCode(def);
    return printed ? `${printed} "${name}"` : `"${name}"`;
  };

  /** Observations grouped by org unit and period, in the order they first appear. */
  get groups(): Group[] {
    if (!this.groupList) {
      const groups = new Map<string, Group>();
      for (const observation of this.report.observations) {
        const key = `${observation.orgUnitCode}\u0000${periodKey(observation.period)}`;
        let group = groups.get(key);
        if (!group) {
          group = { orgUnitCode: observation.orgUnitCode, period: observation.period, byIndicator: new Map() };
          groups.set(key, group);
        }
        const list = group.byIndicator.get(observation.indicatorCode);
        if (list) list.push(observation);
        else group.byIndicator.set(observation.indicatorCode, [observation]);
      }
      this.groupList = [...groups.values()];
    }
    return this.groupList;
  }

  private get graphOrError() {
    if (!this.graphResult) {
      try {
        this.graphResult = { graph: buildIndicatorGraph(this.report.indicators), error: null };
      } catch (error) {
        if (!(error instanceof IndicatorGraphError)) throw error;
        this.graphResult = { graph: null, error };
      }
    }
    return this.graphResult;
  }

  /** The indicator graph, or null when the definitions do not form one (INDICATOR_GRAPH says why). */
  get graph(): IndicatorGraph | null {
    return this.graphOrError.graph;
  }

  get graphError(): IndicatorGraphError | null {
    return this.graphOrError.error;
  }

  /** Every group with its derived values; empty when there is no graph, so formula rules are skipped. */
  get formulaGroups(): FormulaGroup[] {
    if (!this.formulaGroupList) {
      const graph = this.graph;
      this.formulaGroupList = graph
        ? this.groups.map((group) => {
            const reported = new Map<string, number | null>();
            for (const code of group.byIndicator.keys()) reported.set(code, stated(group, code)?.value ?? null);
            const derived = computeDerived(graph, reported);
            const input = (code: string) => {
              const d = derived.get(code);
              return d && d.reason === 'OK' ? d.value : (reported.get(code) ?? null);
            };
            return { group, reported, derived, input };
          })
        : [];
    }
    return this.formulaGroupList;
  }
}

/** The finding a rule's draft becomes. */
export function toFinding(rule: ValidationRule, draft: FindingDraft): Finding {
  const { period } = draft;
  return {
    rule: rule.code,
    severity: rule.severity,
    indicatorCodes: draft.indicatorCodes,
    orgUnitCode: draft.orgUnitCode,
    period: period ? periodLabel(period, 'en') : null,
    values: draft.values,
    message: draft.message(period ? ` (${periodLabel(period, 'vi')})` : '', period ? ` (${periodLabel(period, 'en')})` : ''),
  };
}
