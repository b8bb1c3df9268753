import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './fixtures/dataset.js';
import { buildProfiles, planGeneration, RealCoverage, type SyntheticRow } from './generate.js';

const collect = (seed: number, preset: 'tiny' | 'district' = 'district'): SyntheticRow[] => [
  ...planGeneration({ preset, seed, dataset: fixtureDataset }).rows(),
];

describe('planGeneration', () => {
  it('yields the same rows for the same seed, and different rows for another seed', () => {
    const a = collect(7);
    const b = collect(7);
    expect(a).toEqual(b);
    const c = collect(8);
    expect(c.length).toBe(a.length);
    expect(c).not.toEqual(a);
  });

  it('draws a commune the same whichever preset it is generated in', () => {
    const tiny = collect(7, 'tiny').filter((r) => r.orgUnitCode === 'cho-chu' && !r.indicatorCode.endsWith('RANK'));
    const district = collect(7, 'district').filter((r) => r.orgUnitCode === 'cho-chu' && !r.indicatorCode.endsWith('RANK'));
    expect(tiny.map((r) => r.value)).toEqual(district.map((r) => r.value));
  });

  it('leaves about one cell in ten blank: value null and raw ""', () => {
    const rows = collect(11);
    const blanks = rows.filter((r) => r.value === null);
    expect(blanks.every((r) => r.raw === '')).toBe(true);
    expect(blanks.length / rows.length).toBeGreaterThan(0.07);
    expect(blanks.length / rows.length).toBeLessThan(0.14);
    expect(rows.filter((r) => r.value !== null).every((r) => r.raw !== '')).toBe(true);
  });

  it('never writes a row for a commune with a real report, in any year, while its peers get theirs', () => {
    const coverage = new RealCoverage(fixtureDataset.reports);
    const rows = collect(3);
    expect(coverage.hasRealData('binh-thanh')).toBe(true);
    expect(coverage.covers('binh-thanh', 'N.PAR.RANK', 2016)).toBe(true);
    expect(rows.filter((r) => r.orgUnitCode === 'binh-thanh')).toEqual([]);
    expect(rows.some((r) => r.orgUnitCode === 'binh-yen')).toBe(true);
  });

  it('ranks peers around the real commune’s real rank: k of N with k left free', () => {
    const rows = collect(5).filter((r) => r.indicatorCode === 'N.PAR.RANK' && r.year === 2021 && r.value !== null);
    expect(rows.every((r) => r.rankOf === 8)).toBe(true);
    const ranks = rows.map((r) => r.value as number).filter((k) => k <= 8);
    expect(ranks).not.toContain(5);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('keeps ratios consistent with their components except for a deliberate few', () => {
    const rows = collect(9, 'district');
    const cell = new Map(rows.map((r) => [`${r.orgUnitCode}|${r.indicatorCode}|${r.year}`, r.value]));
    let checked = 0;
    let disagreeing = 0;
    for (const r of rows) {
      if (r.indicatorCode !== '3.4.2' || r.value === null) continue;
      const d = cell.get(`${r.orgUnitCode}|3.4.2.a|${r.year}`);
      const n = cell.get(`${r.orgUnitCode}|3.4.2.b|${r.year}`);
      if (d == null || n == null) continue;
      checked++;
      expect(n).toBeLessThanOrEqual(d);
      if (Math.abs((n / d) * 100 - r.value) > 0.01) disagreeing++;
    }
    expect(checked).toBeGreaterThan(50);
    expect(disagreeing).toBeLessThan(checked * 0.1);
  });

  it('marks every value with a Vietnamese-written raw: comma decimals, ranks k/N', () => {
    const rows = collect(2);
    const score = rows.find((r) => r.indicatorCode === 'N.PAR.SCORE' && r.value !== null && !Number.isInteger(r.value));
    expect(score?.raw).toBe(String(score?.value).replace('.', ','));
    const rank = rows.find((r) => r.indicatorCode === 'N.PAR.RANK' && r.value !== null);
    expect(rank?.raw).toBe(`${rank?.value}/${rank?.rankOf}`);
  });
});

describe('buildProfiles', () => {
  it('skips headings without figures and narrative point figures, keeps yearly series', () => {
    const codes = buildProfiles(fixtureDataset.reports[0]!.indicators, fixtureDataset.reports).map((p) => p.code);
    expect(codes).not.toContain('3');
    expect(codes).not.toContain('N.POINT');
    expect(codes).toContain('N.PAR.RANK');
    expect(codes).toContain('3.4.2.a');
  });
});
