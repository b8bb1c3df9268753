// Validation of a report's figures: each rule looks for one kind of inconsistency and reports it as a Finding that
// names the rule, the indicators, the org unit, the period, the values involved and says what is wrong in both
// languages. Figures are never corrected here: the source keeps what it says, validation says what does not fit.
import { buildIndicatorGraph, computeDerived, formulaOf, IndicatorGraphError, type IndicatorGraph } from './graph.js';
import type { Finding, IndicatorDef, Observation, Period, ReportData, Severity } from './model.js';
import { periodKey, periodLabel } from './period.js';
import { formatNumber } from './vn-number.js';

export type ValidationRuleCode =
  | 'INDICATOR_GRAPH'
  | 'RATIO_MISMATCH'
  | 'RATIO_UNDEFINED'
  | 'SUM_MISMATCH'
  | 'COMPONENT_EXCEEDS_TOTAL'
  | 'SHARES_OVER_100'
  | 'PERCENT_OUT_OF_RANGE'
  | 'RATE_UNIT_NOT_PERCENT'
  | 'RANK_EXCEEDS_TOTAL'
  | 'SERIES_GAP'
  | 'CONFLICTING_VALUES'
  | 'ENUM_OUT_OF_LEGEND'
  | 'PERIOD_OUTSIDE_PROGRAMME';

export interface ValidationRule {
  code: ValidationRuleCode;
  severity: Severity;
  description: { vi: string; en: string };
}

export const DEFAULT_RATIO_TOLERANCE = 0.5;

export const VALIDATION_RULES: readonly ValidationRule[] = [
  {
    code: 'INDICATOR_GRAPH',
    severity: 'ERROR',
    description: {
      vi: 'Danh mục chỉ tiêu có mã trùng, tham chiếu tới mã không tồn tại hoặc vòng lặp; các quy tắc theo công thức bị bỏ qua.',
      en: 'The indicator definitions have duplicate codes, references to missing codes or a cycle; formula rules are skipped.',
    },
  },
  {
    code: 'RATIO_MISMATCH',
    severity: 'ERROR',
    description: {
      vi: `Tỷ lệ báo cáo khác tỷ lệ tính từ tử số và mẫu số quá ${DEFAULT_RATIO_TOLERANCE} điểm phần trăm (ngưỡng có thể đặt).`,
      en: `A reported ratio differs from the ratio derived from its numerator and denominator by more than ${DEFAULT_RATIO_TOLERANCE} percentage points (configurable).`,
    },
  },
  {
    code: 'RATIO_UNDEFINED',
    severity: 'WARNING',
    description: {
      vi: 'Có tỷ lệ báo cáo nhưng không tính lại được: thiếu tử số hoặc mẫu số, hoặc mẫu số bằng 0.',
      en: 'A ratio is reported but cannot be derived: a component is blank, or the denominator is zero.',
    },
  },
  {
    code: 'SUM_MISMATCH',
    severity: 'ERROR',
    description: {
      vi: 'Tổng báo cáo khác tổng các thành phần cộng.',
      en: 'A reported total differs from the sum of its addends.',
    },
  },
  {
    code: 'COMPONENT_EXCEEDS_TOTAL',
    severity: 'ERROR',
    description: {
      vi: 'Thành phần lớn hơn tổng thể: tử số lớn hơn mẫu số, hoặc một phần lớn hơn chỉ tiêu chứa nó (cùng đơn vị tính).',
      en: 'A part is larger than its whole: a numerator above its denominator, or a part above its whole (same unit).',
    },
  },
  {
    code: 'SHARES_OVER_100',
    severity: 'ERROR',
    description: {
      vi: 'Các tỷ lệ thành phần của cùng một tổng thể cộng lại vượt 100%.',
      en: 'The percentage shares of one whole add up to more than 100%.',
    },
  },
  {
    code: 'PERCENT_OUT_OF_RANGE',
    severity: 'ERROR',
    description: { vi: 'Giá trị phần trăm nằm ngoài khoảng 0–100.', en: 'A percentage lies outside 0–100.' },
  },
  {
    code: 'RATE_UNIT_NOT_PERCENT',
    severity: 'WARNING',
    description: {
      vi: 'Chỉ tiêu "Tỷ lệ …" có đơn vị tính không phải %.',
      en: 'A "Tỷ lệ …" (rate) indicator has a unit other than %.',
    },
  },
  {
    code: 'RANK_EXCEEDS_TOTAL',
    severity: 'ERROR',
    description: {
      vi: 'Thứ hạng k/N có k lớn hơn N.',
      en: 'A rank k of N has k greater than N.',
    },
  },
  {
    code: 'SERIES_GAP',
    severity: 'WARNING',
    description: {
      vi: 'Chuỗi số liệu theo năm thiếu một năm nằm giữa năm đầu và năm cuối.',
      en: 'A yearly series lacks a year between its first and last year.',
    },
  },
  {
    code: 'CONFLICTING_VALUES',
    severity: 'ERROR',
    description: {
      vi: 'Cùng một chỉ tiêu, đơn vị và kỳ được nêu ở hai nơi với hai giá trị khác nhau.',
      en: 'The same indicator, org unit and period are stated in two places with different values.',
    },
  },
  {
    code: 'ENUM_OUT_OF_LEGEND',
    severity: 'ERROR',
    description: {
      vi: 'Giá trị của chỉ tiêu lựa chọn không có trong chú giải.',
      en: 'An enumerated value is not one of its legend entries.',
    },
  },
  {
    code: 'PERIOD_OUTSIDE_PROGRAMME',
    severity: 'WARNING',
    description: {
      vi: 'Số liệu theo năm nằm ngoài các năm của chương trình.',
      en: 'A yearly figure falls outside the programme years.',
    },
  },
];

export interface ValidationOptions {
  /** Largest accepted gap, in percentage points, between a reported ratio and its derived value (default 0.5). */
  ratioTolerance?: number;
}

const SEVERITY = new Map(VALIDATION_RULES.map((rule) => [rule.code, rule.severity]));
/** Absorbs binary floating-point noise at the boundaries ("exactly 0.5 off" is within a 0.5 tolerance). */
const EPSILON = 1e-9;

const vi = (value: number | null) => formatNumber(value, 'vi');
const en = (value: number | null) => formatNumber(value, 'en');

interface Group {
  orgUnitCode: string;
  period: Period;
  byIndicator: Map<string, Observation[]>;
}

/** The first stated (non-blank) value of an indicator in a group, or null. */
function statedValue(group: Group, code: string): number | null {
  for (const observation of group.byIndicator.get(code) ?? []) if (observation.value !== null) return observation.value;
  return null;
}

function stated(group: Group, code: string): Observation | undefined {
  return (group.byIndicator.get(code) ?? []).find((o) => o.value !== null);
}

function isRateName(name: string): boolean {
  return name.normalize('NFC').trim().toLocaleLowerCase('vi').startsWith('tỷ lệ'.normalize('NFC'));
}

function programmeYears(programme: string): { startYear: number; endYear: number } | null {
  const match = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(programme.trim());
  return match ? { startYear: Number(match[1]), endYear: Number(match[2]) } : null;
}

/** Runs every rule of VALIDATION_RULES over the report; findings come rule by rule, in the definitions' order. */
export function validateReport(report: ReportData, options: ValidationOptions = {}): Finding[] {
  const tolerance = options.ratioTolerance ?? DEFAULT_RATIO_TOLERANCE;
  const defs = new Map<string, IndicatorDef>();
  for (const def of report.indicators) if (!defs.has(def.code)) defs.set(def.code, def);
  const findings: Finding[] = [];

  const label = (code: string) => {
    const def = defs.get(code);
    return def ? `${code} "${def.name}"` : code;
  };
  const add = (
    rule: ValidationRuleCode,
    indicatorCodes: string[],
    orgUnitCode: string,
    period: Period | null,
    values: Finding['values'],
    message: (periodVi: string, periodEn: string) => { vi: string; en: string },
  ) => {
    const periodVi = period ? ` (${periodLabel(period, 'vi')})` : '';
    const periodEn = period ? ` (${periodLabel(period, 'en')})` : '';
    findings.push({
      rule,
      severity: SEVERITY.get(rule) ?? 'ERROR',
      indicatorCodes,
      orgUnitCode,
      period: period ? periodLabel(period, 'en') : null,
      values,
      message: message(periodVi, periodEn),
    });
  };

  // Observations grouped by org unit and period: the figures a formula may combine.
  const groups = new Map<string, Group>();
  for (const observation of report.observations) {
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

  let graph: IndicatorGraph | null = null;
  try {
    graph = buildIndicatorGraph(report.indicators);
  } catch (error) {
    if (!(error instanceof IndicatorGraphError)) throw error;
    add('INDICATOR_GRAPH', error.codes, report.orgUnitCode, null, [], () => ({
      vi: `Danh mục chỉ tiêu không hợp lệ: ${error.message}`,
      en: `The indicator definitions are invalid: ${error.message}`,
    }));
  }

  if (graph) checkFormulas(graph, [...groups.values()], tolerance, add, label);
  checkPercentRange(report, defs, add, label);
  checkRateUnits(report, add, label);
  checkRanks(report, defs, add, label);
  checkSeriesGaps(report, add, label);
  checkConflicts([...groups.values()], add, label);
  checkLegends(report, defs, add, label);
  checkProgrammeYears(report, add, label);
  return findings;
}

type Add = (
  rule: ValidationRuleCode,
  indicatorCodes: string[],
  orgUnitCode: string,
  period: Period | null,
  values: Finding['values'],
  message: (periodVi: string, periodEn: string) => { vi: string; en: string },
) => void;
type Label = (code: string) => string;

function checkFormulas(graph: IndicatorGraph, groups: Group[], tolerance: number, add: Add, label: Label): void {
  for (const group of groups) {
    const reported = new Map<string, number | null>();
    for (const code of group.byIndicator.keys()) reported.set(code, statedValue(group, code));
    const derived = computeDerived(graph, reported);
    // A component's value as formulas see it: derived when computable, else as stated (see computeDerived).
    const input = (code: string) => {
      const d = derived.get(code);
      return d && d.reason === 'OK' ? d.value : (reported.get(code) ?? null);
    };
    const where = { org: group.orgUnitCode, period: group.period };

    for (const code of graph.topologicalOrder()) {
      const def = graph.get(code);
      const formula = formulaOf(def);
      const ownObservations = (group.byIndicator.get(code) ?? []).filter((o) => o.value !== null);

      if (formula?.formula === 'RATIO' && formula.wellFormed) {
        const numeratorCode = def.components.find((c) => c.role === 'NUMERATOR')?.code ?? '';
        const denominatorCode = def.components.find((c) => c.role === 'DENOMINATOR')?.code ?? '';
        const numerator = input(numeratorCode);
        const denominator = input(denominatorCode);
        const codes = [code, numeratorCode, denominatorCode];
        const componentValues = [
          { label: 'numerator', value: numerator, raw: stated(group, numeratorCode)?.raw },
          { label: 'denominator', value: denominator, raw: stated(group, denominatorCode)?.raw },
        ];

        if (numerator !== null && denominator !== null && numerator > denominator + EPSILON) {
          add('COMPONENT_EXCEEDS_TOTAL', codes, where.org, where.period, componentValues, (pv, pe) => ({
            vi: `${label(code)}${pv}: tử số ${label(numeratorCode)} = ${vi(numerator)} lớn hơn mẫu số ${label(denominatorCode)} = ${vi(denominator)}.`,
            en: `${label(code)}${pe}: numerator ${label(numeratorCode)} = ${en(numerator)} exceeds denominator ${label(denominatorCode)} = ${en(denominator)}.`,
          }));
        }

        const result = derived.get(code);
        // Only judge a reported ratio against components stated for the same period: when neither is stated at all
        // (not even blank) for that period, there is nothing to compare with.
        const componentsStated = group.byIndicator.has(numeratorCode) || group.byIndicator.has(denominatorCode)
          || derived.has(numeratorCode) || derived.has(denominatorCode);
        if (!result || !componentsStated) continue;
        for (const observation of ownObservations) {
          const value = observation.value as number;
          const values = [{ label: 'reported', value, raw: observation.raw }, ...componentValues];
          if (result.reason === 'OK' && result.value !== null) {
            const gap = Math.abs(value - result.value);
            if (gap > tolerance + EPSILON) {
              const derivedValue = result.value;
              add('RATIO_MISMATCH', codes, where.org, where.period, [...values, { label: 'derived', value: derivedValue }], (pv, pe) => ({
                vi: `${label(code)}${pv}: tỷ lệ báo cáo ${vi(value)}% khác tỷ lệ tính từ thành phần ${vi(derivedValue)}% (${vi(numerator)}/${vi(denominator)}), chênh ${vi(gap)} điểm phần trăm, vượt ngưỡng ${vi(tolerance)}.`,
                en: `${label(code)}${pe}: reported ratio ${en(value)}% differs from ${en(derivedValue)}% derived from its components (${en(numerator)}/${en(denominator)}) by ${en(gap)} percentage points, more than the tolerance of ${en(tolerance)}.`,
              }));
            }
          } else if (result.reason === 'ZERO_DENOMINATOR') {
            add('RATIO_UNDEFINED', codes, where.org, where.period, values, (pv, pe) => ({
              vi: `${label(code)}${pv}: báo cáo ${vi(value)}% nhưng mẫu số ${label(denominatorCode)} bằng 0 nên tỷ lệ không xác định.`,
              en: `${label(code)}${pe}: ${en(value)}% is reported but the denominator ${label(denominatorCode)} is 0, so the ratio is undefined.`,
            }));
          } else if (result.reason === 'MISSING_COMPONENT') {
            const blank = [numerator === null ? numeratorCode : null, denominator === null ? denominatorCode : null].filter(
              (c): c is string => c !== null,
            );
            add('RATIO_UNDEFINED', codes, where.org, where.period, values, (pv, pe) => ({
              vi: `${label(code)}${pv}: báo cáo ${vi(value)}% nhưng thiếu số liệu ${blank.map(label).join(', ')} nên không tính lại được.`,
              en: `${label(code)}${pe}: ${en(value)}% is reported but ${blank.map(label).join(' and ')} ${blank.length > 1 ? 'are' : 'is'} blank, so it cannot be derived.`,
            }));
          }
        }
      }

      if (formula?.formula === 'SUM') {
        const result = derived.get(code);
        if (!result || result.reason !== 'OK' || result.value === null) continue;
        const sum = result.value;
        const addendCodes = def.components.filter((c) => c.role === 'ADDEND').map((c) => c.code);
        for (const observation of ownObservations) {
          const value = observation.value as number;
          if (Math.abs(value - sum) <= EPSILON) continue;
          add(
            'SUM_MISMATCH',
            [code, ...addendCodes],
            where.org,
            where.period,
            [{ label: 'reported', value, raw: observation.raw }, { label: 'sum of addends', value: sum }],
            (pv, pe) => ({
              vi: `${label(code)}${pv}: tổng báo cáo ${vi(value)} khác tổng các thành phần ${vi(sum)}.`,
              en: `${label(code)}${pe}: reported total ${en(value)} differs from the sum of its addends, ${en(sum)}.`,
            }),
          );
        }
      }

      // PART components: percentage shares of one whole must not add up past 100 %, and a part counted in the same
      // unit as its whole must not exceed it.
      const parts = def.components.filter((c) => c.role === 'PART').map((c) => graph.get(c.code));
      const shares = parts.filter((p) => p.valueType === 'PERCENT').map((p) => ({ def: p, value: input(p.code) }));
      const statedShares = shares.filter((s): s is { def: IndicatorDef; value: number } => s.value !== null);
      const shareSum = statedShares.reduce((sum, s) => sum + s.value, 0);
      if (statedShares.length >= 2 && shareSum > 100 + EPSILON) {
        add(
          'SHARES_OVER_100',
          [code, ...statedShares.map((s) => s.def.code)],
          where.org,
          where.period,
          [...statedShares.map((s) => ({ label: s.def.code, value: s.value, raw: stated(group, s.def.code)?.raw })), { label: 'sum', value: shareSum }],
          (pv, pe) => ({
            vi: `${label(code)}${pv}: các tỷ lệ thành phần (${statedShares.map((s) => `${s.def.code} = ${vi(s.value)}%`).join('; ')}) cộng lại ${vi(shareSum)}%, vượt 100%.`,
            en: `${label(code)}${pe}: its shares (${statedShares.map((s) => `${s.def.code} = ${en(s.value)}%`).join('; ')}) add up to ${en(shareSum)}%, over 100%.`,
          }),
        );
      }
      const whole = input(code);
      if (whole !== null && def.valueType !== 'PERCENT') {
        for (const partDef of parts) {
          if (partDef.valueType === 'PERCENT' || partDef.unit !== def.unit) continue;
          const partValue = input(partDef.code);
          if (partValue === null || partValue <= whole + EPSILON) continue;
          add(
            'COMPONENT_EXCEEDS_TOTAL',
            [code, partDef.code],
            where.org,
            where.period,
            [
              { label: 'whole', value: whole, raw: stated(group, code)?.raw },
              { label: 'part', value: partValue, raw: stated(group, partDef.code)?.raw },
            ],
            (pv, pe) => ({
              vi: `${label(code)}${pv}: phần ${label(partDef.code)} = ${vi(partValue)} lớn hơn tổng thể ${vi(whole)}.`,
              en: `${label(code)}${pe}: the part ${label(partDef.code)} = ${en(partValue)} exceeds its whole, ${en(whole)}.`,
            }),
          );
        }
      }
    }
  }
}

function checkPercentRange(report: ReportData, defs: Map<string, IndicatorDef>, add: Add, label: Label): void {
  for (const o of report.observations) {
    const def = defs.get(o.indicatorCode);
    if (def?.valueType !== 'PERCENT' || o.value === null) continue;
    const value = o.value;
    if (value >= 0 && value <= 100) continue;
    add('PERCENT_OUT_OF_RANGE', [o.indicatorCode], o.orgUnitCode, o.period, [{ label: 'value', value, raw: o.raw }], (pv, pe) => ({
      vi: `${label(o.indicatorCode)}${pv}: giá trị phần trăm ${vi(value)}% nằm ngoài khoảng 0–100.`,
      en: `${label(o.indicatorCode)}${pe}: the percentage ${en(value)}% lies outside 0–100.`,
    }));
  }
}

function checkRateUnits(report: ReportData, add: Add, label: Label): void {
  for (const def of report.indicators) {
    if (!isRateName(def.name) || def.unit?.trim() === '%') continue;
    const unit = def.unit === null ? '(trống)' : `"${def.unit}"`;
    const unitEn = def.unit === null ? '(blank)' : `"${def.unit}"`;
    const values = report.observations
      .filter((o) => o.indicatorCode === def.code && o.value !== null)
      .map((o) => ({ label: periodLabel(o.period, 'en'), value: o.value, raw: o.raw }));
    const shown = values[0];
    add('RATE_UNIT_NOT_PERCENT', [def.code], report.orgUnitCode, null, values, () => ({
      vi: `${label(def.code)}: là một tỷ lệ nhưng đơn vị tính là ${unit}${shown ? `, giá trị ${vi(shown.value)}` : ''}.`,
      en: `${label(def.code)}: is a rate but its unit is ${unitEn}${shown ? `, value ${en(shown.value)}` : ''}.`,
    }));
  }
}

function checkRanks(report: ReportData, defs: Map<string, IndicatorDef>, add: Add, label: Label): void {
  for (const o of report.observations) {
    if (defs.get(o.indicatorCode)?.valueType !== 'RANK' || o.value === null || o.rankOf == null) continue;
    const rank = o.value;
    const of = o.rankOf;
    if (rank <= of) continue;
    add(
      'RANK_EXCEEDS_TOTAL',
      [o.indicatorCode],
      o.orgUnitCode,
      o.period,
      [
        { label: 'rank', value: rank, raw: o.raw },
        { label: 'of', value: of },
      ],
      (pv, pe) => ({
        vi: `${label(o.indicatorCode)}${pv}: xếp hạng ${rank}/${of} có thứ hạng lớn hơn số đơn vị được xếp hạng.`,
        en: `${label(o.indicatorCode)}${pe}: rank ${rank}/${of} is beyond the number of units ranked.`,
      }),
    );
  }
}

function checkSeriesGaps(report: ReportData, add: Add, label: Label): void {
  const series = new Map<string, { code: string; org: string; years: Map<number, Observation> }>();
  for (const o of report.observations) {
    if (o.period.kind !== 'YEAR' || o.value === null) continue;
    const key = `${o.indicatorCode}\u0000${o.orgUnitCode}`;
    let entry = series.get(key);
    if (!entry) {
      entry = { code: o.indicatorCode, org: o.orgUnitCode, years: new Map() };
      series.set(key, entry);
    }
    if (!entry.years.has(o.period.year)) entry.years.set(o.period.year, o);
  }
  for (const { code, org, years } of series.values()) {
    if (years.size < 2) continue;
    const sorted = [...years.keys()].sort((a, b) => a - b);
    const first = sorted[0] as number;
    const last = sorted[sorted.length - 1] as number;
    const missing: number[] = [];
    for (let year = first; year <= last; year += 1) if (!years.has(year)) missing.push(year);
    if (missing.length === 0) continue;
    const span: Period = { kind: 'SPAN', fromYear: first, toYear: last };
    const values = sorted.map((year) => ({ label: String(year), value: years.get(year)?.value ?? null, raw: years.get(year)?.raw }));
    add('SERIES_GAP', [code], org, span, values, (pv, pe) => ({
      vi: `${label(code)}${pv}: chuỗi số liệu có năm ${sorted.join(', ')} nhưng thiếu năm ${missing.join(', ')}.`,
      en: `${label(code)}${pe}: the series has ${sorted.join(', ')} but no figure for ${missing.join(', ')}.`,
    }));
  }
}

function checkConflicts(groups: Group[], add: Add, label: Label): void {
  for (const group of groups) {
    for (const [code, observations] of group.byIndicator) {
      const statedObservations = observations.filter((o) => o.value !== null);
      const distinct = new Set(statedObservations.map((o) => o.value));
      if (distinct.size < 2) continue;
      const where = (o: Observation) => [o.source.sectionId, o.source.table, o.source.row].filter(Boolean).join(' / ');
      add(
        'CONFLICTING_VALUES',
        [code],
        group.orgUnitCode,
        group.period,
        statedObservations.map((o) => ({ label: where(o), value: o.value, raw: o.raw })),
        (pv, pe) => ({
          vi: `${label(code)}${pv}: được nêu với các giá trị khác nhau: ${statedObservations.map((o) => `"${o.raw}" tại ${where(o)}`).join('; ')}.`,
          en: `${label(code)}${pe}: is stated with different values: ${statedObservations.map((o) => `"${o.raw}" in ${where(o)}`).join('; ')}.`,
        }),
      );
    }
  }
}

function checkLegends(report: ReportData, defs: Map<string, IndicatorDef>, add: Add, label: Label): void {
  for (const o of report.observations) {
    const legend = defs.get(o.indicatorCode)?.legend;
    if (!legend || legend.length === 0 || o.value === null) continue;
    const value = o.value;
    if (legend.some((entry) => entry.value === value)) continue;
    const legendText = legend.map((entry) => `${entry.label} = ${entry.value}`).join(' / ');
    add('ENUM_OUT_OF_LEGEND', [o.indicatorCode], o.orgUnitCode, o.period, [{ label: 'value', value, raw: o.raw }], (pv, pe) => ({
      vi: `${label(o.indicatorCode)}${pv}: giá trị ${vi(value)} không có trong chú giải (${legendText}).`,
      en: `${label(o.indicatorCode)}${pe}: the value ${en(value)} is not in its legend (${legendText}).`,
    }));
  }
}

function checkProgrammeYears(report: ReportData, add: Add, label: Label): void {
  const programme = programmeYears(report.programme);
  if (!programme) return;
  for (const o of report.observations) {
    if (o.period.kind !== 'YEAR') continue;
    const year = o.period.year;
    if (year >= programme.startYear && year <= programme.endYear) continue;
    add('PERIOD_OUTSIDE_PROGRAMME', [o.indicatorCode], o.orgUnitCode, o.period, [{ label: 'value', value: o.value, raw: o.raw }], (pv, pe) => ({
      vi: `${label(o.indicatorCode)}${pv}: năm ${year} nằm ngoài chương trình ${programme.startYear}–${programme.endYear}.`,
      en: `${label(o.indicatorCode)}${pe}: the year ${year} is outside the programme ${programme.startYear}–${programme.endYear}.`,
    }));
  }
}
