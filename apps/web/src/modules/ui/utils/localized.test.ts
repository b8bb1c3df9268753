import { describe, expect, it } from 'vitest';
import { createFormatter } from '../hooks/useFormat';
import { indicatorTitle, nameIn, titleIn } from './localized';

describe('names in the reader\'s language', () => {
  const indicator = { name: 'Chỉ số cải cách hành chính (PAR INDEX) của xã', nameEn: 'Administrative reform index (PAR INDEX) of the commune' };

  it('shows the English name to English readers and the Vietnamese to Vietnamese readers', () => {
    expect(nameIn('en', indicator)).toBe('Administrative reform index (PAR INDEX) of the commune');
    expect(nameIn('vi', indicator)).toBe('Chỉ số cải cách hành chính (PAR INDEX) của xã');
    expect(titleIn('en', { title: 'Ưu điểm', titleEn: 'Strengths' })).toBe('Strengths');
  });

  it('falls back to the Vietnamese where no translation exists', () => {
    expect(nameIn('en', { name: 'Chỉ tiêu mới', nameEn: null })).toBe('Chỉ tiêu mới');
  });

  it('words units in English for English readers ("87.25 points", not "87.25 điểm")', () => {
    expect(createFormatter('en').unit('điểm')).toBe('points');
    expect(createFormatter('en').unit('người')).toBe('people');
    expect(createFormatter('vi').unit('điểm')).toBe('điểm');
    expect(createFormatter('en').unit(null)).toBeNull();
  });
});

describe('indicatorTitle', () => {
  it('is the printed code and the name in the reader\'s language, never the internal key', () => {
    const rate = { code: '3.2.1', codeAsWritten: '3.2.1.', name: 'Tỷ lệ DVC trực tuyến toàn trình', nameEn: 'Fully online public services' };
    expect(indicatorTitle('vi', rate)).toBe('3.2.1. Tỷ lệ DVC trực tuyến toàn trình');
    expect(indicatorTitle('en', rate)).toBe('3.2.1. Fully online public services');
  });

  it('is the name alone when the report prints no code (a narrative series)', () => {
    const series = { code: 'N.TTHC.ONLINE_FILE_RATE', codeAsWritten: '', name: 'Tỷ lệ hồ sơ trực tuyến', nameEn: null };
    expect(indicatorTitle('en', series)).toBe('Tỷ lệ hồ sơ trực tuyến');
    expect(indicatorTitle('vi', series)).not.toContain('N.TTHC');
  });
});
