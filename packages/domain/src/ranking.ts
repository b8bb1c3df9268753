// Ranks org units on one indicator, the way the district ranks its communes ("5/23").
import type { Direction } from './model.js';

export interface RankInput {
  orgUnitCode: string;
  value: number | null;
}

export interface RankedUnit {
  orgUnitCode: string;
  value: number | null;
  /** 1 is best; equal values share a rank and the next rank skips (1, 1, 3); null for a missing value. */
  rank: number | null;
  /** The number of units with a value: the N of "k/N". */
  of: number;
}

/**
 * HIGHER_BETTER ranks high values first; LOWER_BETTER (e.g. an indicator that is itself a rank) ranks low values
 * first. A NEUTRAL indicator has no better end, so it is ranked like HIGHER_BETTER (largest first) as the reports'
 * tables list it. Ties share a rank (standard competition ranking). Units without a value come last, unranked, and do
 * not count in `of`. Within a tie, and among the unranked, units are listed by org unit code so the order is stable.
 */
export function rankUnits(rows: readonly RankInput[], direction: Direction): RankedUnit[] {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.orgUnitCode)) throw new RangeError(`Org unit ${row.orgUnitCode} appears twice in the ranking`);
    if (row.value !== null && !Number.isFinite(row.value)) {
      throw new RangeError(`Org unit ${row.orgUnitCode} has a value that is not a finite number: ${row.value}`);
    }
    seen.add(row.orgUnitCode);
  }
  const byCode = (a: RankInput, b: RankInput) => (a.orgUnitCode < b.orgUnitCode ? -1 : a.orgUnitCode > b.orgUnitCode ? 1 : 0);
  const sign = direction === 'LOWER_BETTER' ? 1 : -1;
  const withValue = rows
    .filter((row): row is { orgUnitCode: string; value: number } => row.value !== null)
    .sort((a, b) => sign * (a.value - b.value) || byCode(a, b));
  const missing = rows.filter((row) => row.value === null).sort(byCode);
  const of = withValue.length;

  const ranked: RankedUnit[] = [];
  withValue.forEach((row, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.value === row.value ? previous.rank : index + 1;
    ranked.push({ orgUnitCode: row.orgUnitCode, value: row.value, rank, of });
  });
  for (const row of missing) ranked.push({ orgUnitCode: row.orgUnitCode, value: null, rank: null, of });
  return ranked;
}
