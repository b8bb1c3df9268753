import { describe, expect, it } from 'vitest';
import { compareVietnamese, sortByVietnameseName } from './collation.js';

describe('compareVietnamese', () => {
  it('puts a letter before the same letter with a breve or circumflex, and base letters before tones ("Bảo" < "Bình")', () => {
    expect(compareVietnamese('Bảo Cường', 'Bình Yên')).toBeLessThan(0);
    expect(compareVietnamese('Bình Yên', 'Bảo Cường')).toBeGreaterThan(0);
  });

  it('puts Đ after every D, as its own letter (not with D, not after Z)', () => {
    const names = ['Điềm Mặc', 'Dương Cường', 'Phú Đình', 'Đồng Thịnh', 'Bộc Nhiêu'];
    expect([...names].sort(compareVietnamese)).toEqual(['Bộc Nhiêu', 'Dương Cường', 'Điềm Mặc', 'Đồng Thịnh', 'Phú Đình']);
  });

  it('is 0 only for the same text', () => {
    expect(compareVietnamese('Bình Yên', 'Bình Yên')).toBe(0);
    expect(compareVietnamese('Bình yên', 'Bình Yên')).not.toBe(0);
  });
});

describe('sortByVietnameseName', () => {
  it('returns a sorted copy and leaves the input as it was', () => {
    const units = [{ name: 'Bình Yên' }, { name: 'Định Hóa' }, { name: 'Bảo Cường' }];
    expect(sortByVietnameseName(units, (u) => u.name).map((u) => u.name)).toEqual(['Bảo Cường', 'Bình Yên', 'Định Hóa']);
    expect(units[0]!.name).toBe('Bình Yên');
  });
});
