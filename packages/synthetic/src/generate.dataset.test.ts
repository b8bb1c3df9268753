// The generator over the real Bình Thành dataset: the real commune's cells stay real, and every raw reads back.
import { describe, expect, it } from 'vitest';
import { binhThanhReport, orgUnits } from '@cchc/dataset';
import { parseRank, parseVietnameseNumber } from '@cchc/domain';
import { periodYears, planGeneration } from './generate.js';

const dataset = { orgUnits, reports: [binhThanhReport] };

describe('planGeneration over the Bình Thành dataset', () => {
  const plan = planGeneration({ preset: 'district', dataset });
  const rows = [...plan.rows()];

  it('fills the 22 real peers of Bình Thành in Định Hóa, and not Bình Thành itself', () => {
    const units = new Set(rows.map((r) => r.orgUnitCode));
    expect(plan.structure.districts[0]?.communeCodes).toHaveLength(23);
    expect(units.size).toBe(22);
    expect(rows.every((r) => orgUnits.some((u) => u.code === r.orgUnitCode))).toBe(true);
  });

  it('writes no synthetic row for Bình Thành in any year: its series stay the report’s alone', () => {
    expect(binhThanhReport.observations.some((o) => periodYears(o.period).length > 0)).toBe(true);
    expect(rows.filter((r) => r.orgUnitCode === 'binh-thanh')).toEqual([]);
  });

  it('writes every value so the domain parser reads it back (ranks as k/N)', () => {
    for (const r of rows) {
      if (r.value === null) continue;
      if (r.rankOf !== null) expect(parseRank(r.raw)).toEqual({ rank: r.value, of: r.rankOf });
      else expect(parseVietnameseNumber(r.raw)).toBe(r.value);
    }
  });

  it('ranks the peers around Bình Thành’s real reform-index rank of each year', () => {
    const realRanks = binhThanhReport.observations.filter((o) => o.indicatorCode === 'N.PAR.RANK' && o.period.kind === 'YEAR');
    expect(realRanks.length).toBeGreaterThan(0);
    for (const real of realRanks) {
      const year = real.period.kind === 'YEAR' ? real.period.year : 0;
      const peers = rows.filter((r) => r.indicatorCode === 'N.PAR.RANK' && r.year === year && r.value !== null);
      expect(peers.every((r) => r.rankOf === real.rankOf)).toBe(true);
      expect(peers.map((r) => r.value)).not.toContain(real.value);
    }
  });
});
