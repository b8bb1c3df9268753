// The real Bình Thành appendix, exported and read back: what the report wrote comes back unchanged, and the report's
// own slips are reported, not smoothed over.
import { binhThanhReport } from '@cchc/dataset';
import { describe, expect, it } from 'vitest';
import { exportAppendix } from './export.js';
import { parseAppendix } from './parse.js';

const indicators = binhThanhReport.indicators;
const appendixCodes = new Set(indicators.filter((i) => i.origin === 'APPENDIX').map((i) => i.code));
const observations = binhThanhReport.observations.filter(
  (o) => o.source.table === 'PHỤ LỤC I' && appendixCodes.has(o.indicatorCode),
);

describe('the Bình Thành PHỤ LỤC I', () => {
  it.each(['csv', 'xlsx'] as const)('re-imports unchanged, with the source\'s one slip warned about (%s)', async (format) => {
    const result = await parseAppendix(await exportAppendix({ indicators, observations }, format), format, indicators);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Row 1.5 says 6 under a "Không = 0; Có = 1" legend: kept as written, warned about, never corrected.
    expect(result.rows.find((row) => row.code === '1.5')).toMatchObject({ raw: '6', value: 6 });
    expect(result.warnings).toEqual([
      expect.objectContaining({ kind: 'NOT_IN_LEGEND', column: 'Số liệu', text: '6', reason: expect.stringContaining('1.5') }),
    ]);
  });

  it.each(['csv', 'xlsx'] as const)('gives back every row as written (%s)', async (format) => {
    const sound = observations;
    const result = await parseAppendix(await exportAppendix({ indicators, observations }, format), format, indicators);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toHaveLength(appendixCodes.size);
    const byCode = new Map(result.rows.map((row) => [row.code, row]));
    for (const o of sound) {
      expect(byCode.get(o.indicatorCode), o.indicatorCode).toMatchObject({
        raw: o.raw,
        value: o.value,
        note: o.note ?? null,
      });
    }
    expect(byCode.get('3.4.2.a')).toMatchObject({ raw: '16.807', value: 16807 });
    expect(byCode.get('6.1.a')).toMatchObject({ raw: '17759,720212', value: 17759.720212 });
    expect(byCode.get('7.6.1')).toMatchObject({ raw: '', value: null });
  });
});
