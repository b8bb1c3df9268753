import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';
import { validateReport } from './index.js';

describe('RATE_UNIT_NOT_PERCENT', () => {
  it('is raised for a "Tỷ lệ" indicator whose unit is not "%" (appendix 7.5.2, unit "Văn bản", value 4656)', () => {
    const defs = [indicator('7.5.2', { name: 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', unit: 'Văn bản', valueType: 'COUNT' })];
    const findings = validateReport(report(defs, [obs('7.5.2', 4656)]));
    expect(findings.map((f) => f.rule)).toEqual(['RATE_UNIT_NOT_PERCENT']);
    expect(findings[0]).toMatchObject({ severity: 'WARNING', period: null, indicatorCodes: ['7.5.2'] });
    expect(findings[0]?.message.vi).toContain('"Văn bản"');
    expect(findings[0]?.message.vi).toContain('4.656');
  });

  it('lists a figure once when the report states it twice for the same period', () => {
    const defs = [indicator('7.5.2', { name: 'Tỷ lệ văn bản', unit: 'Văn bản', valueType: 'COUNT' })];
    const findings = validateReport(report(defs, [obs('7.5.2', 4656), obs('7.5.2', 4656)]));
    expect(findings[0]?.values).toEqual([{ label: '2024', value: 4656, raw: '4656' }]);
  });

  it('is not raised for a rate in % nor for a name that only contains "tỷ lệ" later', () => {
    const defs = [
      indicator('a', { name: 'Tỷ lệ hồ sơ', unit: '%', valueType: 'PERCENT' }),
      indicator('b', { name: 'Số hồ sơ có tỷ lệ cao', unit: 'Hồ sơ', valueType: 'COUNT' }),
    ];
    expect(rules(report(defs, []))).toEqual([]);
  });
});
