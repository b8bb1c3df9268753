// The CCHC data model: plain types shared by the dataset, the server and the web app. No I/O, no framework.

/** Level of an administrative unit before and after the 2025 two-level reform. */
export const ORG_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/**
 * An administrative unit (tỉnh / huyện / xã, thị trấn). Units merge and are renamed, so each carries the dates it
 * was valid and, once dissolved, the unit that took it over: history stays queryable.
 */
export interface OrgUnit {
  code: string;
  name: string;
  level: OrgLevel;
  /** "xã", "thị trấn", "huyện", "tỉnh", "phường" as the unit is styled. */
  kind: string;
  parentCode: string | null;
  /** ISO date (YYYY-MM-DD) the unit came into being, null when unknown or before our data. */
  validFrom: string | null;
  /** ISO date of the last day the unit existed, null while it still exists. */
  validTo: string | null;
  successorCode: string | null;
}

/**
 * Whether the unit existed at some time in `year`: valid from no later than 31 December and valid to no earlier than
 * 1 January (an unknown start or an open end does not exclude it). A year's ranking and comparison take their units by
 * this rule (the ranking's SQL writes the same comparison on the stored ISO text).
 */
export function validInYear(unit: Pick<OrgUnit, 'validFrom' | 'validTo'>, year: number): boolean {
  return (unit.validFrom === null || unit.validFrom <= `${year}-12-31`) && (unit.validTo === null || unit.validTo >= `${year}-01-01`);
}

/** A five-year reform programme, e.g. 2021–2025. Its code is written "2021-2025". */
export interface Programme {
  code: string;
  name: string;
  startYear: number;
  endYear: number;
}

/**
 * When a figure holds:
 * - YEAR: a calendar year ("Năm 2024");
 * - SPAN: a whole programme or several years, cumulative ("giai đoạn 2021-2025");
 * - RANGE: between two dates ("Từ ngày 15/12/2020 - 15/4/2025");
 * - AS_OF: a stock at a date ("Đến tháng 3/2025", "tại thời điểm báo cáo").
 * Dates are ISO, possibly partial: "2025-03" or "2025-04-15".
 */
export type Period =
  | { kind: 'YEAR'; year: number }
  | { kind: 'SPAN'; fromYear: number; toYear: number }
  | { kind: 'RANGE'; from: string; to: string }
  | { kind: 'AS_OF'; date: string };

export const VALUE_TYPES = [
  'NUMBER',
  'PERCENT',
  'COUNT',
  'MONEY',
  'SCORE',
  'RANK',
  'ENUMERATION',
  'BOOLEAN',
  'TEXT',
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export const DIRECTIONS = ['HIGHER_BETTER', 'LOWER_BETTER', 'NEUTRAL'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The seven reform areas of the province's template (PHỤ LỤC I, rows 1–7). */
export const REFORM_AREAS = [
  'DIRECTION', // 1. Công tác chỉ đạo, điều hành CCHC
  'INSTITUTIONS', // 2. Cải cách thể chế
  'PROCEDURES', // 3. Cải cách thủ tục hành chính
  'ORGANISATION', // 4. Cải cách tổ chức bộ máy
  'CIVIL_SERVICE', // 5. Cải cách chế độ công vụ
  'PUBLIC_FINANCE', // 6. Cải cách tài chính công
  'E_GOVERNMENT', // 7. Chính quyền điện tử, chính quyền số
] as const;
export type ReformArea = (typeof REFORM_AREAS)[number];

/** One answer of an enumerated indicator, e.g. { value: 2, label: 'Hoàn thành' }. */
export interface LegendEntry {
  value: number;
  label: string;
}

/**
 * How a component feeds a derived indicator. A ratio is NUMERATOR ÷ DENOMINATOR × 100; a total is the sum of its
 * ADDENDs; a PART is one share of a whole that is reported beside it but not used in a formula.
 */
export const COMPONENT_ROLES = ['NUMERATOR', 'DENOMINATOR', 'ADDEND', 'PART'] as const;
export type ComponentRole = (typeof COMPONENT_ROLES)[number];

export interface ComponentRef {
  role: ComponentRole;
  code: string;
}

/** Where an indicator is defined: the appendix template, the narrative of the report, or a 2026–2030 target. */
export const INDICATOR_ORIGINS = ['APPENDIX', 'NARRATIVE', 'TARGET'] as const;
export type IndicatorOrigin = (typeof INDICATOR_ORIGINS)[number];

export interface IndicatorDef {
  /**
   * Appendix rows keep the template's code without its trailing dot ("1.2.1"). A "Trong đó" row has no code in the
   * template and gets its parent's code plus a letter ("1.1.a"). Narrative and target indicators use named codes
   * ("N.PAR_INDEX.SCORE", "T.ISO").
   */
  code: string;
  /** The code as printed ("1.2.1.", "" for a "Trong đó" row). */
  codeAsWritten: string;
  name: string;
  /** The name in English, for readers who switch language (the Vietnamese `name` is the name of record). */
  nameEn?: string | null;
  /** The unit as written ("%", "Nhiệm vụ", "Triệu đồng"), null when the template leaves it blank. */
  unit: string | null;
  valueType: ValueType;
  direction: Direction;
  area: ReformArea;
  parentCode: string | null;
  /** True for a "Trong đó" component row. */
  isComponentRow: boolean;
  legend: LegendEntry[] | null;
  components: ComponentRef[];
  origin: IndicatorOrigin;
  /** Position in the appendix (or in the dataset for other origins): the template's order is kept. */
  order: number;
}

/** Where a value was read: the section, optionally the table and row, and the exact text as printed. */
export interface SourceRef {
  sectionId: string;
  table?: string;
  row?: string;
  /** A verbatim excerpt of the source report that contains the value as written. */
  quote: string;
}

export interface Observation {
  indicatorCode: string;
  orgUnitCode: string;
  period: Period;
  /** Parsed value; null when the source is blank ("not reported" — never 0). */
  value: number | null;
  /** The text as written in the source ("80,5", "16.807", "5/23", "" for a blank cell). */
  raw: string;
  /** For a RANK: the N of "k of N" (23 in "5/23"). */
  rankOf?: number | null;
  /** The note column ("3 cuộc"), when any. */
  note?: string | null;
  source: SourceRef;
  /** True for generated (synthetic) data; a real report's figures are never synthetic. */
  synthetic?: boolean;
}

/** A node of the report's section tree: PHẦN I–IV, their numbered subsections, the appendix and the task list. */
export interface Section {
  id: string;
  parentId: string | null;
  /** The number as printed: "PHẦN II", "2.", "6.4.", "PHỤ LỤC I". */
  number: string;
  title: string;
  /** The title in English, for readers who switch language. */
  titleEn?: string | null;
  /** Narrative text of the section itself (without its children), as in the source. */
  body: string;
  order: number;
  /** Indicators whose figures this section reports. */
  indicatorCodes: string[];
}

/** A programme task of the DANH MỤC list, with who does it and whether it was done. */
export interface ProgrammeTask {
  number: number;
  /** Roman-numeral group as printed ("I", "II", …) and its title. */
  group: string;
  groupTitle: string;
  title: string;
  department: string;
  /** true = Hoàn thành, false = Không hoàn thành, null = not marked. */
  completed: boolean | null;
  evidence: string;
  source: SourceRef;
}

/** The comparator of a target as stated: "tối thiểu" (at least), "trên" (more than), "giảm tối thiểu … so với". */
export const COMPARATORS = ['AT_LEAST', 'MORE_THAN', 'EQUAL', 'AT_MOST', 'LESS_THAN', 'REDUCE_BY_AT_LEAST'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export interface YearValue {
  year: number;
  value: number;
}

export interface TargetDef {
  code: string;
  /** The sentence as written in PHẦN IV. */
  text: string;
  comparator: Comparator;
  /** The stated figure: 90 for "tối thiểu 90%", 20 for "giảm tối thiểu 20%". */
  value: number;
  unit: string;
  indicatorCode: string;
  programme: string;
  orgUnitCode: string;
  baseline: YearValue | null;
  milestones: YearValue[];
  owner: string | null;
  source: SourceRef;
}

export interface LegalBasis {
  kind: string;
  number: string;
  date: string;
  issuer: string;
  title: string;
}

/** One commune's report for one programme, with everything it states. */
export interface ReportData {
  orgUnitCode: string;
  programme: string;
  title: string;
  addressees: string[];
  legalBases: LegalBasis[];
  signedBy: string | null;
  sections: Section[];
  indicators: IndicatorDef[];
  observations: Observation[];
  tasks: ProgrammeTask[];
  targets: TargetDef[];
  /**
   * Figures of the other units the report ranks itself among (its peer communes), for rules that compare across units
   * (REPORTED_RANK_DIFFERS). Absent or empty when they are not loaded: such rules then find nothing.
   */
  peers?: Observation[];
}

export const SEVERITIES = ['ERROR', 'WARNING', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TRENDS = ['IMPROVED', 'WORSENED', 'UNCHANGED', 'NO_DATA'] as const;
export type Trend = (typeof TRENDS)[number];

export const TARGET_STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export interface Finding {
  rule: string;
  severity: Severity;
  indicatorCodes: string[];
  orgUnitCode: string;
  /** Label of the period concerned ("2024", "2021–2025"), null when the finding is not about one period. */
  period: string | null;
  /** `sectionId`: the report section a value was read in (the key of its section page), when the label is a place. */
  values: { label: string; value: number | null; raw?: string; sectionId?: string }[];
  message: { vi: string; en: string };
}
