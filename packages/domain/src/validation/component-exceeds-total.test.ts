import { describe, expect, it } from 'vitest';
import { indicator, part } from '../testing/indicators.js';
import { obs, ratioReport, report, rules } from '../testing/report.js';

describe('COMPONENT_EXCEEDS_TOTAL', () => {
  it('is raised when the numerator is larger than the denominator, not when equal', () => {
    expect(rules(ratioReport(null, 10, 11))).toEqual(['COMPONENT_EXCEEDS_TOTAL']);
    expect(rules(ratioReport(null, 10, 10))).toEqual([]);
  });

  it('is raised when a part counted in its whole’s unit is larger than the whole', () => {
    const defs = [
      indicator('3.1.3', { unit: 'Thủ tục', valueType: 'COUNT', components: [part('3.1.3.a'), part('3.1.3.b')] }),
      indicator('3.1.3.a', { unit: 'Thủ tục', valueType: 'COUNT' }),
      indicator('3.1.3.b', { unit: 'Thủ tục', valueType: 'COUNT' }),
    ];
    expect(rules(report(defs, [obs('3.1.3', 100), obs('3.1.3.a', 20), obs('3.1.3.b', 123)]))).toEqual(['COMPONENT_EXCEEDS_TOTAL']);
    expect(rules(report(defs, [obs('3.1.3', 123), obs('3.1.3.b', 123)]))).toEqual([]);
  });
});
