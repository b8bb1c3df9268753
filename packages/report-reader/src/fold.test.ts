import { describe, expect, it } from 'vitest';
import { compactFold, foldWithOffsets, looseFold } from './fold.js';

describe('compactFold', () => {
  it('drops diacritics, case and every space, so a cell broken over lines matches its name', () => {
    expect(compactFold('Trong \n\nđó')).toBe('trongdo');
    expect(compactFold('Số nhiệm vụ đã hoàn thànhNhiệm vụ')).toBe(compactFold('Số nhiệm vụ đã hoàn thành Nhiệm vụ'));
  });

  it('reads decomposed letters (NFD) like precomposed ones', () => {
    expect(compactFold('Thủ tục'.normalize('NFD'))).toBe(compactFold('Thủ tục'));
  });
});

describe('foldWithOffsets', () => {
  it('maps each folded character back to the character it came from', () => {
    const { folded, offsets } = foldWithOffsets('Hồ  sơ 16.807');
    const at = folded.indexOf('16.807');
    expect('Hồ  sơ 16.807'.slice(offsets[at])).toBe('16.807');
  });
});

describe('looseFold', () => {
  it('keeps the length, so a pattern found in it points into the original text', () => {
    const text = 'Năm 2021 được 80,5 điểm';
    expect(looseFold(text)).toHaveLength(text.length);
    expect(looseFold(text)).toBe('nam 2021 duoc 80,5 diem');
  });
});
