import { describe, expect, it } from 'vitest';
import { linkFigures } from './linkFigures';

describe('linkFigures', () => {
  it('links a figure found through its quote and leaves the rest as text', () => {
    const body = 'Năm 2024 tiếp nhận 16.807 hồ sơ, đúng hạn 100%.';
    expect(linkFigures(body, [{ code: '3.4', raw: '16.807', quote: 'tiếp nhận 16.807 hồ sơ' }])).toEqual([
      { text: 'Năm 2024 tiếp nhận ' },
      { text: '16.807', code: '3.4' },
      { text: ' hồ sơ, đúng hạn 100%.' },
    ]);
  });

  it('matches the raw figure as a whole number, not inside a longer one', () => {
    const body = 'Năm 2016 có 16 cuộc.';
    const segments = linkFigures(body, [{ code: 'X', raw: '16', quote: 'Năm 2016 có 16 cuộc' }]);
    expect(segments).toContainEqual({ text: '16', code: 'X' });
    expect(segments[0]).toEqual({ text: 'Năm 2016 có ' });
  });

  it('does not split a Vietnamese decimal such as 80,5 when asked for 80', () => {
    const segments = linkFigures('đạt 80,5 điểm', [{ code: 'X', raw: '80', quote: 'đạt 80,5 điểm' }]);
    expect(segments).toEqual([{ text: 'đạt 80,5 điểm' }]);
  });

  it('keeps the body unchanged when a quote is not in it', () => {
    expect(linkFigures('abc', [{ code: 'X', raw: '1', quote: 'không có' }])).toEqual([{ text: 'abc' }]);
  });

  it('links the same figure in two places only once per figure, never overlapping', () => {
    const body = 'A 5/23. B 5/23.';
    const segments = linkFigures(body, [
      { code: 'R1', raw: '5/23', quote: 'A 5/23' },
      { code: 'R2', raw: '5/23', quote: 'B 5/23' },
    ]);
    expect(segments.filter((s) => 'code' in s)).toEqual([
      { text: '5/23', code: 'R1' },
      { text: '5/23', code: 'R2' },
    ]);
  });
});
