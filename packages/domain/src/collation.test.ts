import { describe, expect, it } from 'vitest';
import { compareVietnamese, searchKey, sortByVietnameseName } from './collation.js';

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

describe('searchKey', () => {
  it('drops tones and marks and lowers the case, so "binh thanh" is the key of "Bình Thành"', () => {
    expect(searchKey('Bình Thành')).toBe('binh thanh');
    expect(searchKey('BÌNH THÀNH')).toBe('binh thanh');
    expect(searchKey('Ươm Ưng Ấp Ẩn Ỷ')).toBe('uom ung ap an y');
  });

  it('folds Đ and đ to d, which typing without diacritics writes', () => {
    expect(searchKey('Định Hóa')).toBe('dinh hoa');
    expect(searchKey('Phú Đình')).toBe('phu dinh');
  });

  it('gives one key for either placement of the tone and for composed or decomposed text', () => {
    expect(searchKey('Hóa')).toBe(searchKey('Hoá'));
    expect(searchKey('Thành'.normalize('NFD'))).toBe(searchKey('Thành'.normalize('NFC')));
  });

  it('collapses and trims spaces', () => {
    expect(searchKey('  Bình   Thành ')).toBe('binh thanh');
  });
});
