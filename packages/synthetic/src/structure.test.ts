import { describe, expect, it } from 'vitest';
import { fixtureUnits } from './fixtures/dataset.js';
import { RandomStream } from './random.js';
import { allocate, buildStructure, COUNTRY_COMMUNES, COUNTRY_DISTRICTS, COUNTRY_PROVINCES } from './structure.js';

const real = { provinceCode: 'thai-nguyen', districtCode: 'dinh-hoa', units: fixtureUnits };

describe('allocate', () => {
  it('splits a total exactly, every part within its bounds', () => {
    const parts = allocate(1000, 60, 8, 30, new RandomStream(1, 'x'));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...parts)).toBeLessThanOrEqual(30);
  });
  it('refuses a split the bounds cannot hold', () => {
    expect(() => allocate(10, 3, 4, 5, new RandomStream(1, 'x'))).toThrow(/cannot split 10 into 3 parts/);
  });
});

describe('buildStructure', () => {
  it('district: the real district and its real communes only', () => {
    const s = buildStructure('district', real, 1);
    expect(s.districts).toHaveLength(1);
    expect(s.districts[0]?.communeCodes).toContain('binh-thanh');
    expect(s.units.every((u) => !u.code.startsWith('syn-'))).toBe(true);
  });
  it('province: about 200 communes in nine districts, the real district among them', () => {
    const s = buildStructure('province', real, 1);
    expect(s.districts).toHaveLength(9);
    expect(s.districts[0]?.code).toBe('dinh-hoa');
    const communes = s.units.filter((u) => u.level === 'COMMUNE').length;
    expect(communes).toBe(200);
  });
  it('country: 63 provinces, 705 districts, 10,599 communes, codes unique, parents first', () => {
    const s = buildStructure('country', real, 1);
    const count = (level: string) => s.units.filter((u) => u.level === level).length;
    expect(count('PROVINCE')).toBe(COUNTRY_PROVINCES);
    expect(count('DISTRICT')).toBe(COUNTRY_DISTRICTS);
    expect(count('COMMUNE')).toBe(COUNTRY_COMMUNES);
    const seen = new Set<string>();
    for (const u of s.units) {
      expect(seen.has(u.code)).toBe(false);
      if (u.parentCode) expect(seen.has(u.parentCode)).toBe(true);
      seen.add(u.code);
    }
  });
});
