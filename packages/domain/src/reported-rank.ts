// A report states its own rank ("xếp thứ 6/22 xã, thị trấn"); CCHC can rank the same units from the figures it holds.
// This rule puts the two side by side and says when the comparison means something: only when the figures of every
// unit of the ranking are held can a different computed rank point at a wrong figure.
import type { Direction, IndicatorDef } from './model.js';
import { rankUnits, type RankInput } from './ranking.js';

/**
 * The indicator a rank indicator ranks: its sibling of the same code family that is not itself a rank
 * ("N.PAR.RANK" ranks "N.PAR.SCORE", "N.SIPAS.RANK" ranks "N.SIPAS.SATISFACTION"); null when there is none.
 */
export function rankedIndicatorOf(rank: Pick<IndicatorDef, 'code' | 'valueType'>, defs: Iterable<IndicatorDef>): IndicatorDef | null {
  if (rank.valueType !== 'RANK') return null;
  const dot = rank.code.lastIndexOf('.');
  if (dot <= 0) return null;
  const family = rank.code.slice(0, dot + 1);
  for (const def of defs) if (def.code !== rank.code && def.code.startsWith(family) && def.valueType !== 'RANK') return def;
  return null;
}

export interface ReportedRankCheck {
  reported: { rank: number; of: number };
  /** The rank among the units whose figure CCHC holds (the unit itself included); rank null without its own figure. */
  computed: { rank: number | null; of: number };
  /** Units of the ranking with the figure held, the unit itself included: the N of the computed rank. */
  held: number;
  /**
   * Complete: the figure is held for as many units as the report ranked (held = the reported N) and for the unit
   * itself — every peer of the ranking has the figure. Only then is a different rank a finding.
   */
  complete: boolean;
  /** True or false when complete; null when the comparison would mean nothing (figures missing). */
  differs: boolean | null;
  /** Only the unit's own figure is held: a computed "1/1" says nothing about its standing. */
  onlyOwn: boolean;
}

/**
 * Compares a reported rank with the rank computed by the domain's ranking (`rankUnits`, ties share a rank) over the
 * figures held for the unit and its peers (`values`: one entry per unit, null for a figure not held).
 */
export function checkReportedRank(args: {
  orgUnitCode: string;
  reported: { rank: number; of: number };
  values: readonly RankInput[];
  direction: Direction;
}): ReportedRankCheck {
  const ranked = rankUnits(args.values, args.direction);
  const own = ranked.find((r) => r.orgUnitCode === args.orgUnitCode);
  const held = ranked.filter((r) => r.value !== null).length;
  const computed = { rank: own?.rank ?? null, of: held };
  const complete = own?.rank != null && held === args.reported.of;
  return {
    reported: args.reported,
    computed,
    held,
    complete,
    differs: complete ? computed.rank !== args.reported.rank : null,
    onlyOwn: own?.rank != null && held === 1,
  };
}
