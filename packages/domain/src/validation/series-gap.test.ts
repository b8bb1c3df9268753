import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';
import { validateReport } from './index.js';

describe('SERIES_GAP', () => {
  const defs = () => [indicator('N.PAR_INDEX.SCORE', { valueType: 'SCORE', origin: 'NARRATIVE' })];
  const at = (year: number, value: number | null) => obs('N.PAR_INDEX.SCORE', value, { period: { kind: 'YEAR', year } });

  it('is raised for a missing year inside the span (2021, 2022, 2023, 2025 without 2024)', () => {
    const findings = validateReport(report(defs(), [at(2021, 80), at(2022, 81), at(2023, 82), at(2025, 84)]));
    expect(findings.map((f) => f.rule)).toEqual(['SERIES_GAP']);
    expect(findings[0]).toMatchObject({ period: '2021–2025', severity: 'WARNING' });
    expect(findings[0]?.message.en).toContain('no figure for 2024');
  });

  it('treats a blank year as missing', () => {
    expect(rules(report(defs(), [at(2021, 80), at(2022, null), at(2023, 82)]))).toEqual(['SERIES_GAP']);
  });

  it('is not raised for consecutive years nor for a blank at the end of the series', () => {
    expect(rules(report(defs(), [at(2021, 80), at(2022, 81), at(2023, null)]))).toEqual([]);
  });
});
