import { describe, expect, it } from 'vitest';
import { unitIn, unitInEnglish } from './units.js';

describe('unitInEnglish', () => {
  it('translates the template\'s units whatever their capitals', () => {
    expect(unitInEnglish('điểm')).toBe('points');
    expect(unitInEnglish('Người')).toBe('people');
    expect(unitInEnglish('người')).toBe('people');
    expect(unitInEnglish('Triệu đồng')).toBe('million VND');
    expect(unitInEnglish('%')).toBe('%');
  });

  it('keeps a unit it does not know as written, and blank as blank', () => {
    expect(unitInEnglish('con')).toBe('con');
    expect(unitInEnglish(null)).toBeNull();
  });
});

describe('unitIn', () => {
  it('keeps the Vietnamese unit for Vietnamese readers', () => {
    expect(unitIn('vi', 'điểm')).toBe('điểm');
    expect(unitIn('en', 'điểm')).toBe('points');
  });
});
