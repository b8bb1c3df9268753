// Validation of a report's figures: each rule looks for one kind of inconsistency and reports it as a Finding that
// names the rule, the indicators, the org unit, the period, the values involved and says what is wrong in both
// languages. Figures are never corrected here: the source keeps what it says, validation says what does not fit.
// A rule is one file of this folder (code, severity, description, check); adding one means listing it below.
import type { Finding, ReportData } from '../model.js';
import { componentExceedsTotal } from './component-exceeds-total.js';
import { conflictingValues } from './conflicting-values.js';
import { enumOutOfLegend } from './enum-out-of-legend.js';
import { indicatorGraph } from './indicator-graph.js';
import { percentOutOfRange } from './percent-out-of-range.js';
import { periodOutsideProgramme } from './period-outside-programme.js';
import { rankExceedsTotal } from './rank-exceeds-total.js';
import { reportedRankDiffers } from './reported-rank-differs.js';
import { rateUnitNotPercent } from './rate-unit-not-percent.js';
import { ratioMismatch } from './ratio-mismatch.js';
import { ratioUndefined } from './ratio-undefined.js';
import { DEFAULT_RATIO_TOLERANCE, toFinding, ValidationInput, type ValidationRule } from './rule.js';
import { seriesGap } from './series-gap.js';
import { sharesOver100 } from './shares-over-100.js';
import { sumMismatch } from './sum-mismatch.js';

export { DEFAULT_RATIO_TOLERANCE, type ValidationRule } from './rule.js';

const RULES = [
  indicatorGraph,
  ratioMismatch,
  ratioUndefined,
  sumMismatch,
  componentExceedsTotal,
  sharesOver100,
  percentOutOfRange,
  rateUnitNotPercent,
  rankExceedsTotal,
  reportedRankDiffers,
  seriesGap,
  conflictingValues,
  enumOutOfLegend,
  periodOutsideProgramme,
] as const;

export type ValidationRuleCode = (typeof RULES)[number]['code'];

/** Every validation rule, in the order validateReport runs them. */
export const VALIDATION_RULES: readonly ValidationRule<ValidationRuleCode>[] = RULES;

export interface ValidationOptions {
  /** Largest accepted gap, in percentage points, between a reported ratio and its derived value (default 0.5). */
  ratioTolerance?: number;
}

/** Runs every rule of VALIDATION_RULES over the report; findings come rule by rule, in the rules' order. */
export function validateReport(report: ReportData, options: ValidationOptions = {}): Finding[] {
  const input = new ValidationInput(report, options.ratioTolerance ?? DEFAULT_RATIO_TOLERANCE);
  const findings: Finding[] = [];
  for (const rule of VALIDATION_RULES) rule.check(input, (draft) => findings.push(toFinding(rule, draft)));
  return findings;
}
