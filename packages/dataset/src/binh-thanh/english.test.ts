// English readers see every indicator, section and unit of the report in English.
import { UNIT_EN, unitInEnglish } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import { indicatorNamesEn, sectionTitlesEn } from './english.js';
import { binhThanhReport } from './report.js';

describe('the report in English', () => {
  it('names every indicator (each template row, narrative figure and target) in English, and nothing else', () => {
    const codes = binhThanhReport.indicators.map((i) => i.code);
    expect(codes.filter((c) => !indicatorNamesEn[c])).toEqual([]);
    expect(Object.keys(indicatorNamesEn).filter((c) => !codes.includes(c))).toEqual([]);
    for (const i of binhThanhReport.indicators) expect(i.nameEn).toBe(indicatorNamesEn[i.code]);
  });

  it('titles every section in English', () => {
    expect(binhThanhReport.sections.filter((s) => !s.titleEn).map((s) => s.id)).toEqual([]);
    expect(Object.keys(sectionTitlesEn).sort()).toEqual(binhThanhReport.sections.map((s) => s.id).sort());
  });

  it('has every unit in the domain unit table', () => {
    const units = new Set(binhThanhReport.indicators.map((i) => i.unit).filter((u): u is string => u !== null));
    const missing = [...units].filter((u) => !(u.trim().toLocaleLowerCase('vi') in UNIT_EN));
    expect(missing).toEqual([]);
    expect(unitInEnglish('Người')).toBe('people');
  });
});
