import { describe, expect, it } from 'vitest';
import { comparisonCsv, csvNumber, nextSort, sortRows, syntheticNote, toCsv } from './compareRows';

const rows = [
  { name: 'Bình Yên', v: 3 },
  { name: 'Định Hóa', v: null },
  { name: 'Bảo Cường', v: 5 },
  { name: 'Dương Thành', v: 3 },
];
const valueOf = (r: { v: number | null }) => r.v;

describe('sortRows', () => {
  it('orders names the Vietnamese way: Bảo Cường before Bình Yên, Đ after D', () => {
    expect(sortRows(rows, { key: 'name', dir: 'asc' }, valueOf).map((r) => r.name)).toEqual(['Bảo Cường', 'Bình Yên', 'Dương Thành', 'Định Hóa']);
  });

  it('sorts by a value either way, ties by name, and keeps a blank last in both directions', () => {
    expect(sortRows(rows, { key: '2024', dir: 'desc' }, valueOf).map((r) => r.name)).toEqual(['Bảo Cường', 'Bình Yên', 'Dương Thành', 'Định Hóa']);
    expect(sortRows(rows, { key: '2024', dir: 'asc' }, valueOf).map((r) => r.name)).toEqual(['Bình Yên', 'Dương Thành', 'Bảo Cường', 'Định Hóa']);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts a value column at the largest', () => {
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, '2025')).toEqual({ key: '2025', dir: 'desc' });
  });
});

const HEADER = { indicatorCode: 'Mã', indicator: 'Chỉ tiêu', unit: 'Đơn vị tính', commune: 'Xã', year: 'Năm', value: 'Giá trị', note: 'Ghi chú' };

describe('comparison CSV', () => {
  it('rounds numbers as the page shows them and leaves a blank blank', () => {
    expect(csvNumber(-2.760000000000005, 'vi')).toBe('-2,76');
    expect(csvNumber(-2.760000000000005, 'en')).toBe('-2.76');
    expect(csvNumber(null, 'vi')).toBe('');
  });

  it('neutralises a text cell that a spreadsheet would run as a formula, not a negative number', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', '-2,76']], new Set([1]))).toBe('a,b\r\n"\'=HYPERLINK(""x"")","-2,76"');
  });

  it('writes one row per indicator, commune in Vietnamese order, and year', () => {
    const csv = comparisonCsv(
      HEADER,
      [{ code: 'N.PAR.SCORE', name: 'Chỉ số CCHC', unit: 'điểm' }],
      [
        { code: 'binh-yen', name: 'Bình Yên' },
        { code: 'bao-cuong', name: 'Bảo Cường' },
      ],
      [2024],
      [
        { indicatorCode: 'N.PAR.SCORE', orgUnitCode: 'binh-yen', year: 2024, value: 80.5 },
        { indicatorCode: 'N.PAR.SCORE', orgUnitCode: 'bao-cuong', year: 2024, value: null },
      ],
      'vi',
      'Số liệu mô phỏng',
    );
    expect(csv.split('\r\n')).toEqual([
      'Mã,Chỉ tiêu,Đơn vị tính,Xã,Năm,Giá trị,Ghi chú',
      'N.PAR.SCORE,Chỉ số CCHC,điểm,Bảo Cường,2024,,',
      'N.PAR.SCORE,Chỉ số CCHC,điểm,Bình Yên,2024,"80,5",',
    ]);
  });

  it('marks a synthetic figure in the note column; a real figure, a blank and a missing cell stay unmarked', () => {
    const csv = comparisonCsv(
      HEADER,
      [{ code: 'N.PAR.SCORE', name: 'Chỉ số CCHC', unit: 'điểm' }],
      [
        { code: 'binh-thanh', name: 'Bình Thành' },
        { code: 'cho-chu', name: 'Chợ Chu' },
        { code: 'kim-son', name: 'Kim Sơn' },
      ],
      [2023, 2024],
      [
        { indicatorCode: 'N.PAR.SCORE', orgUnitCode: 'binh-thanh', year: 2023, value: 89.75, synthetic: false },
        { indicatorCode: 'N.PAR.SCORE', orgUnitCode: 'cho-chu', year: 2023, value: 85, synthetic: true },
        { indicatorCode: 'N.PAR.SCORE', orgUnitCode: 'cho-chu', year: 2024, value: null, synthetic: null },
      ],
      'en',
      'Synthetic',
    );
    expect(csv.split('\r\n').slice(1)).toEqual([
      'N.PAR.SCORE,Chỉ số CCHC,điểm,Bình Thành,2023,89.75,',
      'N.PAR.SCORE,Chỉ số CCHC,điểm,Bình Thành,2024,,',
      'N.PAR.SCORE,Chỉ số CCHC,điểm,Chợ Chu,2023,85,Synthetic',
      'N.PAR.SCORE,Chỉ số CCHC,điểm,Chợ Chu,2024,,',
      'N.PAR.SCORE,Chỉ số CCHC,điểm,Kim Sơn,2023,,',
      'N.PAR.SCORE,Chỉ số CCHC,điểm,Kim Sơn,2024,,',
    ]);
  });

  it('gives a ranking row its note the same way: the mark only for a synthetic figure', () => {
    expect([true, false, null, undefined].map((s) => syntheticNote(s, 'Số liệu mô phỏng'))).toEqual(['Số liệu mô phỏng', '', '', '']);
  });
});
