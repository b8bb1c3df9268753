import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';
import { validateReport } from './index.js';

describe('PERCENT_OUT_OF_RANGE', () => {
  const defs = () => [indicator('p', { name: 'Tỷ lệ', unit: '%', valueType: 'PERCENT' })];

  it('is raised above 100 and below 0', () => {
    expect(rules(report(defs(), [obs('p', 100.01)]))).toEqual(['PERCENT_OUT_OF_RANGE']);
    expect(rules(report(defs(), [obs('p', -0.01)]))).toEqual(['PERCENT_OUT_OF_RANGE']);
  });

  it('is not raised at 0 and 100', () => {
    expect(rules(report(defs(), [obs('p', 0), obs('p', 100, { period: { kind: 'YEAR', year: 2023 } })]))).toEqual([]);
  });
});

describe('how a finding names its indicator', () => {
  it('says the printed code and the name in the message language, never the internal key', () => {
    const defs = [indicator('N.TTHC.ONLINE_FILE_RATE', { codeAsWritten: '2.3.', name: 'Tỷ lệ hồ sơ trực tuyến', nameEn: 'Online file rate', unit: '%', valueType: 'PERCENT' })];
    const [finding] = validateReport(report(defs, [obs('N.TTHC.ONLINE_FILE_RATE', 120)]));
    expect(finding?.message.vi).toContain('2.3. "Tỷ lệ hồ sơ trực tuyến"');
    expect(finding?.message.en).toContain('2.3. "Online file rate"');
    expect(`${finding?.message.vi} ${finding?.message.en}`).not.toContain('N.TTHC');
  });

  it('says only the name when the report prints no code (a narrative series)', () => {
    const defs = [indicator('N.TTHC.ONLINE_FILE_RATE', { codeAsWritten: '', name: 'Tỷ lệ hồ sơ trực tuyến', unit: '%', valueType: 'PERCENT' })];
    const [finding] = validateReport(report(defs, [obs('N.TTHC.ONLINE_FILE_RATE', 120)]));
    expect(finding?.message.vi.startsWith('"Tỷ lệ hồ sơ trực tuyến"')).toBe(true);
    // No English name: the Vietnamese name of record.
    expect(finding?.message.en.startsWith('"Tỷ lệ hồ sơ trực tuyến"')).toBe(true);
  });
});
