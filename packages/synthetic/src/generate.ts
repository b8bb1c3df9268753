// The synthetic-country generator: yearly observations for every commune of a preset, streamed district by district
// so the national set (12–13 M rows) never sits in memory. Deterministic for a seed; every row is synthetic.
import { readProgrammeCode, yearsOf, type Direction, type IndicatorDef, type Observation, type OrgUnit, type Period, type ReportData } from '@cchc/domain';
import { RandomStream } from './random.js';
import { buildStructure, type District, type Preset, type Structure } from './structure.js';
import { formatVietnamese } from './vn-format.js';

export const DEFAULT_SEED = 20_250_415;
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
/** About one cell in ten is left blank ("not reported"), as in the real appendix. */
export const BLANK_RATE = 0.1;
/** Share of ratio cells whose reported value disagrees with their components, and of rank cells with k > N. */
export const RATIO_MISMATCH_RATE = 0.02;
export const RANK_OVERFLOW_RATE = 0.01;
export const SYNTHETIC_SECTION_ID = 'SYNTHETIC';
export const SYNTHETIC_QUOTE = 'Số liệu giả lập (synthetic)';

export interface SyntheticRow {
  indicatorCode: string;
  orgUnitCode: string;
  year: number;
  value: number | null;
  /** The value as a Vietnamese report would print it ("98,37", "16.807", "5/23"); "" for a blank. */
  raw: string;
  rankOf: number | null;
}

export interface DatasetInput {
  orgUnits: readonly OrgUnit[];
  reports: readonly ReportData[];
}

export interface GenerateOptions {
  preset: Preset;
  seed?: number;
  dataset: DatasetInput;
  provinceCode?: string;
  districtCode?: string;
}

type Profile =
  | { kind: 'percent'; code: string; direction: Direction }
  | { kind: 'quantity'; code: string; base: number; decimals: number; direction: Direction }
  | { kind: 'score'; code: string; base: number }
  | { kind: 'enumeration'; code: string; values: number[]; direction: Direction }
  | { kind: 'rank'; code: string; pairedCode: string | null; pairedDirection: Direction }
  | { kind: 'ratio'; code: string; direction: Direction; numerator: string; denominator: string }
  | { kind: 'sum'; code: string; parts: string[] }
  | { kind: 'shares'; code: string; parts: string[] }
  | { kind: 'component'; code: string };

export interface Plan {
  structure: Structure;
  /** The indicator codes every commune-year gets, in the template's order. */
  indicatorCodes: string[];
  years: number[];
  /** Upper bound of the rows `rows()` yields (before the real commune's excluded cells are dropped). */
  estimatedRows: number;
  /** Commune codes that receive synthetic rows (the loader deletes the previous synthetic rows of these first). */
  communeCodes: string[];
  rows(): Generator<SyntheticRow>;
}

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export function periodYears(period: Period): number[] {
  const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  switch (period.kind) {
    case 'YEAR':
      return [period.year];
    case 'SPAN':
      return span(period.fromYear, period.toYear);
    case 'RANGE':
      return span(Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4)));
    case 'AS_OF':
      return [Number(period.date.slice(0, 4))];
  }
}

/**
 * The cells the real reports speak for: a commune with a real report gets no synthetic row at all — not in its
 * programme's years, not before them (real and synthetic figures are never mixed in one commune's series) — and no
 * synthetic row touches an indicator × year a real observation touches. So a real figure, or a gap the report left,
 * is never filled or shadowed by a synthetic one.
 */
export class RealCoverage {
  private readonly blockedYears = new Map<string, Set<number>>();
  private readonly blockedCells = new Set<string>();

  constructor(reports: readonly ReportData[]) {
    for (const report of reports) {
      const programme = readProgrammeCode(report.programme);
      if (programme) {
        const years = this.blockedYears.get(report.orgUnitCode) ?? new Set<number>();
        for (const y of yearsOf(programme)) years.add(y);
        this.blockedYears.set(report.orgUnitCode, years);
      }
      for (const o of report.observations) {
        for (const year of periodYears(o.period)) this.blockedCells.add(`${o.orgUnitCode}|${o.indicatorCode}|${year}`);
      }
    }
  }

  covers(orgUnitCode: string, indicatorCode: string, year: number): boolean {
    return this.hasRealData(orgUnitCode) || this.blockedCells.has(`${orgUnitCode}|${indicatorCode}|${year}`);
  }

  hasRealData(orgUnitCode: string): boolean {
    return this.blockedYears.has(orgUnitCode);
  }
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
};

/**
 * Which indicators get yearly values and how each is drawn: every appendix row that carries a figure (heading rows
 * have no observation) and every narrative indicator reported as a yearly series. Levels come from the real report.
 */
export function buildProfiles(indicators: readonly IndicatorDef[], reports: readonly ReportData[]): Profile[] {
  const observed = new Map<string, Observation[]>();
  for (const report of reports) {
    for (const o of report.observations) {
      const list = observed.get(o.indicatorCode) ?? [];
      list.push(o);
      observed.set(o.indicatorCode, list);
    }
  }
  const byCode = new Map(indicators.map((d) => [d.code, d]));
  const selected = indicators.filter((d) => {
    if (d.valueType === 'TEXT') return false;
    const obs = observed.get(d.code) ?? [];
    if (d.origin === 'APPENDIX') return obs.length > 0;
    if (d.origin === 'NARRATIVE') return obs.some((o) => o.period.kind === 'YEAR');
    return false;
  });
  const selectedCodes = new Set(selected.map((d) => d.code));
  const realLevel = (code: string): number | null =>
    median((observed.get(code) ?? []).flatMap((o) => (o.value === null ? [] : [o.value])));

  const claimed = new Set<string>();
  const profiles = new Map<string, Profile>();
  for (const d of selected) {
    const numerator = d.components.find((c) => c.role === 'NUMERATOR')?.code;
    const denominator = d.components.find((c) => c.role === 'DENOMINATOR')?.code;
    const parts = d.components.filter((c) => c.role === 'PART' || c.role === 'ADDEND').map((c) => c.code);
    const usableParts = parts.filter((c) => selectedCodes.has(c) && !claimed.has(c));
    if (numerator && denominator && selectedCodes.has(numerator) && selectedCodes.has(denominator)) {
      profiles.set(d.code, { kind: 'ratio', code: d.code, direction: d.direction, numerator, denominator });
      claimed.add(numerator).add(denominator);
    } else if (usableParts.length > 0 && usableParts.every((c) => byCode.get(c)?.valueType === 'PERCENT')) {
      profiles.set(d.code, { kind: 'shares', code: d.code, parts: usableParts });
      usableParts.forEach((c) => claimed.add(c));
    } else if (usableParts.length > 0 && (d.valueType === 'COUNT' || d.valueType === 'MONEY')) {
      profiles.set(d.code, { kind: 'sum', code: d.code, parts: usableParts });
      usableParts.forEach((c) => claimed.add(c));
    }
  }
  for (const d of selected) {
    if (profiles.has(d.code)) continue;
    if (claimed.has(d.code)) {
      profiles.set(d.code, { kind: 'component', code: d.code });
      continue;
    }
    switch (d.valueType) {
      case 'PERCENT':
        profiles.set(d.code, { kind: 'percent', code: d.code, direction: d.direction });
        break;
      case 'SCORE':
        profiles.set(d.code, { kind: 'score', code: d.code, base: realLevel(d.code) ?? 80 });
        break;
      case 'ENUMERATION':
      case 'BOOLEAN': {
        const values = d.legend?.map((l) => l.value).sort((a, b) => a - b) ?? [0, 1];
        profiles.set(d.code, { kind: 'enumeration', code: d.code, values, direction: d.direction });
        break;
      }
      case 'RANK': {
        const prefix = d.code.slice(0, d.code.lastIndexOf('.'));
        const paired = selected.find(
          (o) => o.code !== d.code && o.code.startsWith(`${prefix}.`) && o.valueType !== 'RANK' && o.valueType !== 'TEXT',
        );
        profiles.set(d.code, {
          kind: 'rank',
          code: d.code,
          pairedCode: paired?.code ?? null,
          pairedDirection: paired?.direction ?? 'HIGHER_BETTER',
        });
        break;
      }
      default: {
        const level = realLevel(d.code);
        const base = level !== null && level > 0 ? level : d.direction === 'LOWER_BETTER' ? 1 : 10;
        const decimals = d.valueType === 'MONEY' ? 3 : d.valueType === 'NUMBER' && !Number.isInteger(base) ? 2 : 0;
        profiles.set(d.code, { kind: 'quantity', code: d.code, base, decimals, direction: d.direction });
      }
    }
  }
  // Keep the template's order; a ratio's components are drawn with it but emitted at their own place.
  return selected.map((d) => profiles.get(d.code) as Profile);
}

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
const clamp = (value: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, value));

/** Per-commune, per-indicator parameters that make a commune's series smooth over the years. */
interface Trajectory {
  level: number;
  trend: number;
}

type YearValues = Map<string, number | null>;

class CommuneDraw {
  private readonly random: RandomStream;
  private readonly trajectories = new Map<string, Trajectory>();
  /** Commune size: counts scale with it (log-normal, median 1). */
  readonly size: number;

  constructor(
    seed: number,
    readonly code: string,
    private readonly profiles: readonly Profile[],
    private readonly quantityBase: ReadonlyMap<string, number>,
  ) {
    this.random = new RandomStream(seed, `commune:${code}`);
    this.size = Math.exp(0.45 * this.random.normal());
  }

  private trajectory(code: string, make: () => Trajectory): Trajectory {
    let t = this.trajectories.get(code);
    if (!t) {
      t = make();
      this.trajectories.set(code, t);
    }
    return t;
  }

  private percent(code: string, direction: Direction, t: number): number {
    const r = this.random;
    const path = this.trajectory(code, () =>
      direction === 'LOWER_BETTER'
        ? { level: r.between(2, 15), trend: -r.between(0, 0.8) }
        : direction === 'NEUTRAL'
          ? { level: r.between(40, 95), trend: r.between(-1, 1) }
          : { level: r.between(72, 97), trend: r.between(0.2, 1.8) },
    );
    return round(clamp(path.level + path.trend * t + 1.5 * r.normal(), 0, 100), 2);
  }

  private quantity(code: string, base: number, decimals: number, t: number): number {
    const r = this.random;
    const path = this.trajectory(code, () => ({
      level: base * this.size * Math.exp(0.3 * r.normal()),
      trend: r.between(-0.03, 0.08),
    }));
    const value = path.level * (1 + path.trend) ** (t - 9) * Math.exp(0.12 * r.normal());
    return round(Math.max(0, value), decimals);
  }

  private score(code: string, base: number, t: number): number {
    const r = this.random;
    const path = this.trajectory(code, () => ({ level: base - 4 + 5 * r.normal(), trend: r.between(0, 1) }));
    return round(clamp(path.level + path.trend * (t - 5) + 1.5 * r.normal(), 0, 100), 2);
  }

  private enumeration(values: readonly number[], direction: Direction, t: number): number {
    const r = this.random;
    const best = direction === 'LOWER_BETTER' ? values[0] : values[values.length - 1];
    if (direction === 'NEUTRAL') return r.pick(values);
    // Completion spreads over the decade: about half the communes have the best answer in 2016, nine in ten by 2025.
    return r.chance(0.5 + 0.045 * t) ? (best as number) : r.pick(values);
  }

  /** Draws one year's values (before blanks); ranks are filled in later at district level. */
  year(year: number): YearValues {
    const t = year - FIRST_YEAR;
    const r = this.random;
    const values: YearValues = new Map();
    for (const p of this.profiles) {
      switch (p.kind) {
        case 'percent':
          values.set(p.code, this.percent(p.code, p.direction, t));
          break;
        case 'quantity':
          values.set(p.code, this.quantity(p.code, p.base, p.decimals, t));
          break;
        case 'score':
          values.set(p.code, this.score(p.code, p.base, t));
          break;
        case 'enumeration':
          values.set(p.code, this.enumeration(p.values, p.direction, t));
          break;
        case 'ratio': {
          const base = this.quantityBase.get(p.denominator) ?? 20;
          const decimals = Number.isInteger(base) ? 0 : 3;
          const denominator = Math.max(1, this.quantity(p.denominator, Math.max(base, 5), decimals, t));
          const rate = this.percent(p.code, p.direction, t);
          const numerator = round((denominator * rate) / 100, decimals);
          let reported = round((numerator / denominator) * 100, 2);
          // A few reported ratios disagree with their own components, so validation has something real to find.
          if (r.chance(RATIO_MISMATCH_RATE)) reported = round(clamp(reported + r.pick([-1, 1]) * r.between(3, 12), 0, 100), 2);
          values.set(p.denominator, denominator);
          values.set(p.numerator, numerator);
          values.set(p.code, reported);
          break;
        }
        case 'sum': {
          let total = 0;
          for (const part of p.parts) {
            const v = this.quantity(part, this.quantityBase.get(part) ?? 3, 0, t);
            values.set(part, v);
            total += v;
          }
          values.set(p.code, total);
          break;
        }
        case 'shares': {
          // Shares of one whole: drawn to sum to at most 100, except in the deliberate few.
          const weights = p.parts.map(() => r.between(0.2, 1));
          const sum = weights.reduce((a, b) => a + b, 0);
          const whole = r.chance(RATIO_MISMATCH_RATE) ? r.between(101, 120) : r.between(70, 100);
          p.parts.forEach((part, i) => values.set(part, round(((weights[i] as number) / sum) * whole, 2)));
          if (!values.has(p.code)) values.set(p.code, this.quantity(p.code, this.quantityBase.get(p.code) ?? 100, 0, t));
          break;
        }
        case 'rank':
        case 'component':
          break;
      }
    }
    return values;
  }
}

interface RankAnchor {
  rank: number;
  of: number;
  pairedValue: number | null;
}

/** Real "k of N" ranks of a real commune in the district, by rank indicator and year: peers are ranked around them. */
function rankAnchors(reports: readonly ReportData[], communes: ReadonlySet<string>): Map<string, RankAnchor & { orgUnitCode: string }> {
  const anchors = new Map<string, RankAnchor & { orgUnitCode: string }>();
  for (const report of reports) {
    if (!communes.has(report.orgUnitCode)) continue;
    for (const o of report.observations) {
      if (o.period.kind !== 'YEAR' || o.value === null || !o.rankOf) continue;
      anchors.set(`${o.indicatorCode}|${o.period.year}`, {
        orgUnitCode: o.orgUnitCode,
        rank: o.value,
        of: o.rankOf,
        pairedValue: null,
      });
    }
  }
  return anchors;
}

function realYearValue(reports: readonly ReportData[], orgUnitCode: string, code: string, year: number): number | null {
  for (const report of reports) {
    for (const o of report.observations) {
      if (o.orgUnitCode === orgUnitCode && o.indicatorCode === code && o.period.kind === 'YEAR' && o.period.year === year) {
        return o.value;
      }
    }
  }
  return null;
}

export function planGeneration(options: GenerateOptions): Plan {
  const seed = options.seed ?? DEFAULT_SEED;
  const dataset = options.dataset;
  const structure = buildStructure(
    options.preset,
    {
      provinceCode: options.provinceCode ?? 'thai-nguyen',
      districtCode: options.districtCode ?? 'dinh-hoa',
      units: dataset.orgUnits,
    },
    seed,
  );
  const indicators = dataset.reports.flatMap((r) => r.indicators);
  const unique = [...new Map(indicators.map((d) => [d.code, d])).values()];
  const profiles = buildProfiles(unique, dataset.reports);
  const coverage = new RealCoverage(dataset.reports);
  const quantityBase = new Map<string, number>();
  for (const report of dataset.reports) {
    for (const o of report.observations) {
      if (o.value !== null && o.value > 0 && !quantityBase.has(o.indicatorCode)) quantityBase.set(o.indicatorCode, o.value);
    }
  }
  const communeCodes = structure.districts.flatMap((d) => d.communeCodes);
  const indicatorCodes = profiles.map((p) => p.code);

  function* districtRows(district: District): Generator<SyntheticRow> {
    const blanks = new RandomStream(seed, `blanks:${district.code}`);
    const draws = district.communeCodes.map((code) => new CommuneDraw(seed, code, profiles, quantityBase));
    const table = draws.map((draw) => YEARS.map((year) => draw.year(year)));
    const ranks = new Map<string, { rank: number | null; of: number }>();
    const anchors = rankAnchors(dataset.reports, new Set(district.communeCodes));
    for (const p of profiles) {
      if (p.kind !== 'rank') continue;
      YEARS.forEach((year, y) => {
        const anchor = anchors.get(`${p.code}|${year}`);
        const pool: { code: string; value: number }[] = [];
        draws.forEach((draw, i) => {
          if (anchor && draw.code === anchor.orgUnitCode) return;
          if (coverage.covers(draw.code, p.code, year)) return;
          const value = p.pairedCode ? table[i]?.[y]?.get(p.pairedCode) : blanks.next();
          if (value !== undefined && value !== null) pool.push({ code: draw.code, value });
        });
        const sign = p.pairedDirection === 'LOWER_BETTER' ? 1 : -1;
        pool.sort((a, b) => sign * (a.value - b.value) || (a.code < b.code ? -1 : 1));
        if (anchor) {
          // Peers take the places the real commune leaves free: 1..N without its k, and no more than N − 1 of them.
          const real = p.pairedCode ? realYearValue(dataset.reports, anchor.orgUnitCode, p.pairedCode, year) : null;
          const places = Array.from({ length: anchor.of }, (_, i) => i + 1).filter((k) => k !== anchor.rank);
          pool.forEach((peer, i) => {
            const place = places[i];
            ranks.set(`${peer.code}|${p.code}|${year}`, { rank: place ?? null, of: anchor.of });
            if (real !== null && p.pairedCode && place !== undefined) {
              // Keep the peers' paired values on the right side of the real one so the ranks agree with them.
              const step = 0.01 * Math.abs(place - anchor.rank);
              const adjusted = place < anchor.rank ? Math.max(peer.value, real + step) : Math.min(peer.value, real - step);
              const row = table[draws.findIndex((d) => d.code === peer.code)]?.[y];
              row?.set(p.pairedCode, round(clamp(adjusted, 0, 100), 2));
            }
          });
        } else {
          let previous: number | null = null;
          let previousRank = 0;
          pool.forEach((peer, i) => {
            const rank = previous !== null && peer.value === previous ? previousRank : i + 1;
            previous = peer.value;
            previousRank = rank;
            ranks.set(`${peer.code}|${p.code}|${year}`, { rank, of: pool.length });
          });
        }
      });
    }

    for (let i = 0; i < draws.length; i++) {
      const code = (draws[i] as CommuneDraw).code;
      for (let y = 0; y < YEARS.length; y++) {
        const year = YEARS[y] as number;
        const values = table[i]?.[y] as YearValues;
        for (const p of profiles) {
          if (coverage.covers(code, p.code, year)) continue;
          const blank = blanks.chance(BLANK_RATE);
          if (p.kind === 'rank') {
            const cell = ranks.get(`${code}|${p.code}|${year}`);
            if (!cell || cell.rank === null || blank) {
              yield { indicatorCode: p.code, orgUnitCode: code, year, value: null, raw: '', rankOf: cell?.of ?? null };
              continue;
            }
            const rank = blanks.chance(RANK_OVERFLOW_RATE) ? cell.of + blanks.int(1, 3) : cell.rank;
            yield { indicatorCode: p.code, orgUnitCode: code, year, value: rank, raw: `${rank}/${cell.of}`, rankOf: cell.of };
            continue;
          }
          const value = values.get(p.code);
          if (blank || value === undefined || value === null) {
            yield { indicatorCode: p.code, orgUnitCode: code, year, value: null, raw: '', rankOf: null };
          } else {
            yield { indicatorCode: p.code, orgUnitCode: code, year, value, raw: formatVietnamese(value), rankOf: null };
          }
        }
      }
    }
  }

  return {
    structure,
    indicatorCodes,
    years: [...YEARS],
    estimatedRows: communeCodes.length * YEARS.length * profiles.length,
    communeCodes,
    *rows() {
      for (const district of structure.districts) yield* districtRows(district);
    },
  };
}

/** A synthetic row as a domain observation (for validation or the API's own writers). */
export function toObservation(row: SyntheticRow): Observation {
  return {
    indicatorCode: row.indicatorCode,
    orgUnitCode: row.orgUnitCode,
    period: { kind: 'YEAR', year: row.year },
    value: row.value,
    raw: row.raw,
    rankOf: row.rankOf,
    note: null,
    source: { sectionId: SYNTHETIC_SECTION_ID, quote: SYNTHETIC_QUOTE },
    synthetic: true,
  };
}
