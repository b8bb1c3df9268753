import { describe, expect, it } from 'vitest';
import { resultTable, syntheticRowCount } from './resultTable';

describe('resultTable', () => {
  it('unwinds nested lists into one row per leaf record, repeating the parents’ fields', () => {
    const table = resultTable({
      data: {
        orgUnit: {
          name: 'Bình Thành',
          series: [
            { indicatorCode: 'N.SIPAS.SATISFACTION', points: [{ year: 2023, value: 91.43 }, { year: 2024, value: 91.88 }] },
            { indicatorCode: 'N.STAFF.CAN_BO', points: [{ year: 2024, value: 9 }] },
          ],
        },
      },
    });
    expect(table).toEqual({
      columns: ['name', 'series.indicatorCode', 'series.points.year', 'series.points.value'],
      rows: [
        ['Bình Thành', 'N.SIPAS.SATISFACTION', 2023, 91.43],
        ['Bình Thành', 'N.SIPAS.SATISFACTION', 2024, 91.88],
        ['Bình Thành', 'N.STAFF.CAN_BO', 2024, 9],
      ],
    });
  });

  it('names columns without the path they all share, nested objects dotted', () => {
    const table = resultTable({ data: { ranking: [{ orgUnit: { name: 'Bình Thành, xã' }, value: 80.5, rank: 1 }] } });
    expect(table).toEqual({ columns: ['orgUnit.name', 'value', 'rank'], rows: [['Bình Thành, xã', 80.5, 1]] });
  });

  it('rounds numbers as the app formats them: no float noise', () => {
    const table = resultTable({ data: { rows: [{ change: -2.760000000000005 }, { change: 0.44999999999998863 }] } });
    expect(table?.rows).toEqual([[-2.76], [0.45]]);
  });

  it('keeps a missing value as an empty cell, never 0', () => {
    expect(resultTable({ data: { rows: [{ code: 'a', value: null }, { code: 'b', value: 0 }] } })?.rows).toEqual([
      ['a', null],
      ['b', 0],
    ]);
  });

  it('keeps a list of plain values in one cell', () => {
    expect(resultTable({ data: { findings: [{ rule: 'R', indicatorCodes: ['2.4', '2.4.a'] }] } })?.rows).toEqual([['R', '2.4; 2.4.a']]);
  });

  it('gives sibling lists their rows one after the other, not their cross product', () => {
    const table = resultTable({ data: { unit: { code: 'x', a: [{ v: 1 }, { v: 2 }], b: [{ w: 3 }, { w: 4 }] } } });
    expect(table?.rows).toEqual([
      ['x', 1, null],
      ['x', 2, null],
      ['x', null, 3],
      ['x', null, 4],
    ]);
  });

  it('keeps a parent whose list is empty, with blank child cells', () => {
    const table = resultTable({ data: { indicators: [{ code: '1.1', observations: [] }, { code: '1.2', observations: [{ value: 5 }] }] } });
    expect(table).toEqual({ columns: ['code', 'observations.value'], rows: [['1.1', null], ['1.2', 5]] });
  });

  it('is null for a result without data (an error)', () => {
    expect(resultTable({ errors: [{ message: 'x' }] })).toBeNull();
    expect(resultTable({ data: null })).toBeNull();
  });

  it('makes a single object one row', () => {
    expect(resultTable({ data: { me: { email: 'a@x.vn' } } })).toEqual({ columns: ['email'], rows: [['a@x.vn']] });
  });
});

describe('syntheticRowCount', () => {
  it('counts the rows whose synthetic column (at any depth) is true; false, blank and other columns do not count', () => {
    const table = resultTable({
      data: {
        indicator: {
          observations: [
            { value: 1, synthetic: true },
            { value: 2, synthetic: false },
            { value: null, synthetic: null },
          ],
          compare: [{ value: 3, synthetic: true, note: { synthetic: 'true' } }, { value: 4, synthetic: false, note: { synthetic: 'true' } }],
        },
      },
    })!;
    expect(table.rows).toHaveLength(5);
    expect(syntheticRowCount(table)).toBe(2);
    expect(syntheticRowCount(resultTable({ data: { ranking: [{ value: 1, isSynthetic: true }] } })!)).toBe(0);
  });
});
