import { describe, expect, it } from 'vitest';
import { ReportReadError, readReportFile, readReportText, type DocumentFormat } from './index.js';
import { makeDocx, makePdf } from './testing/documents.js';
import { measure, type Measurement } from './testing/measure.js';
import { otherCommuneTruth } from './testing/other-commune.js';
import { binhThanhTruth, template, type Truth } from './testing/truth.js';

function expectGoalsMet(m: Measurement) {
  // The issue's goals: ≥ 98% of appendix rows exact, ≥ 90% of the yearly series, every task and target, and no wrong
  // value proposed as HIGH.
  expect(m.wrongHigh).toEqual([]);
  expect(m.appendixExact / m.appendixTotal).toBeGreaterThanOrEqual(0.98);
  expect(m.seriesFound / m.seriesTotal).toBeGreaterThanOrEqual(0.9);
  expect(m.tasksFound).toBe(m.tasksTotal);
  expect(m.targetsFound).toBe(m.targetsTotal);
}

async function fileOf(truth: Truth, format: DocumentFormat): Promise<Uint8Array> {
  if (format === 'PDF') return makePdf(truth.text, { linesPerPage: 25, header: 'UBND xã - Báo cáo tổng kết CCHC' });
  if (format === 'DOCX') return makeDocx(truth.text);
  return new TextEncoder().encode(truth.text);
}

const TRUTHS = [binhThanhTruth(), otherCommuneTruth()];

describe('readReportText', () => {
  it.each(TRUTHS.map((t) => [t.name, t] as const))('meets the goals on %s', (_name, truth) => {
    const m = measure(readReportText(truth.text, template), truth);
    expectGoalsMet(m);
    expect(m.seriesTotal).toBeGreaterThanOrEqual(60);
    expect(m.appendixTotal).toBe(99);
  });

  it('quotes each figure exactly as printed, with its line numbers', () => {
    const truth = binhThanhTruth();
    const proposals = readReportText(truth.text, template);
    const row = proposals.appendix.find((p) => p.code === '3.4.2.a')!;
    expect(row).toMatchObject({ raw: '16.807', value: 16807, unitAsWritten: 'Hồ sơ', confidence: 'HIGH' });
    expect(row.source.text).toBe('Tổng số hồ sơ TTHC đã giải quyết xong  Hồ sơ 16.807');
    expect(proposals.lines[row.source.lines[0]! - 1]).toContain('16.807');
    const broken = proposals.appendix.find((p) => p.code === '1.2.1')!;
    expect(broken).toMatchObject({ raw: '100', note: '3 cuộc', confidence: 'HIGH' });
    expect(broken.source.lines.length).toBeGreaterThan(2);
    const par = proposals.series.find((p) => p.indicatorCode === 'N.PAR.RANK' && p.year === 2025)!;
    expect(par).toMatchObject({ raw: '6/22', value: 6, rankOf: 22 });
    expect(par.source.text).toBe('- Năm 2025 được 87,25 điểm, xếp thứ 6/22 xã, thị trấn.');
  });

  it('proposes a value that does not read as a Vietnamese number as unreadable, with its text, never guessed', () => {
    const truth = binhThanhTruth();
    const text = truth.text.replace('Số vấn đề phát hiện qua kiểm tra  Vấn đề 12', 'Số vấn đề phát hiện qua kiểm tra  Vấn đề 1.2 (ước)');
    const row = readReportText(text, template).appendix.find((p) => p.code === '1.2.3.a')!;
    expect(row).toMatchObject({ readable: false, value: null, raw: '1.2 (ước)', confidence: 'LOW' });
    expect(row.issues).toContain('UNREADABLE_NUMBER');
  });

  it('keeps a number outside its legend as written, not HIGH', () => {
    const row = readReportText(binhThanhTruth().text, template).appendix.find((p) => p.code === '1.5')!;
    expect(row).toMatchObject({ raw: '6', value: 6, confidence: 'MEDIUM', issues: ['NOT_IN_LEGEND'] });
  });

  it('does not mark HIGH a row whose unit is not the template’s', () => {
    const text = binhThanhTruth().text.replace('4.2.1. Tổng số biên chế được giao trong năm  Người 20', '4.2.1. Tổng số biên chế được giao trong năm  % 20');
    const row = readReportText(text, template).appendix.find((p) => p.code === '4.2.1')!;
    expect(row).toMatchObject({ raw: '20', unitAsWritten: '%', confidence: 'MEDIUM', issues: ['UNIT_DIFFERS'] });
  });

  it('refuses a document in another template', () => {
    const narrativeOnly = binhThanhTruth().text.split('PHỤ LỤC I')[0]!;
    expect(() => readReportText(narrativeOnly, template)).toThrow(ReportReadError);
    try {
      readReportText(narrativeOnly, template);
    } catch (error) {
      expect((error as ReportReadError).code).toBe('NOT_PHU_LUC_I');
      expect((error as ReportReadError).params).toMatchObject({ rowsExpected: 86 });
    }
  });
});

describe('readReportFile', () => {
  it.each(TRUTHS.flatMap((t) => (['PDF', 'DOCX'] as const).map((f) => [t.name, f, t] as const)))(
    'meets the goals on %s as %s',
    async (_name, format, truth) => {
      const proposals = await readReportFile(await fileOf(truth, format), format, template);
      expectGoalsMet(measure(proposals, truth));
      if (format === 'PDF') expect(proposals.pages).toBeGreaterThanOrEqual(30);
    },
  );

  const codeOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error instanceof ReportReadError ? { code: error.code, params: error.params } : { code: String(error) };
    }
    return { code: 'no error' };
  };

  it('says a scanned PDF has no text (OCR is not supported)', async () => {
    const scan = await makePdf('x\ny', { linesPerPage: 1, scanned: true });
    expect(await codeOf(readReportFile(scan, 'PDF', template))).toMatchObject({ code: 'NO_TEXT' });
  });

  it('checks size and page limits before reading the text', async () => {
    const pdf = await makePdf(binhThanhTruth().text, { linesPerPage: 25 });
    expect(await codeOf(readReportFile(pdf, 'PDF', template, { maxBytes: 1000, maxPages: 300, maxChars: 1e7 }))).toEqual({
      code: 'FILE_TOO_LARGE',
      params: { bytes: pdf.length, maxBytes: 1000 },
    });
    expect(await codeOf(readReportFile(pdf, 'PDF', template, { maxBytes: 1e8, maxPages: 10, maxChars: 1e7 }))).toMatchObject({
      code: 'TOO_MANY_PAGES',
      params: { maxPages: 10 },
    });
  });

  it('says a file is not of the format given', async () => {
    const text = new TextEncoder().encode('not a pdf');
    expect(await codeOf(readReportFile(text, 'PDF', template))).toMatchObject({ code: 'UNREADABLE_FILE', params: { format: 'PDF' } });
    expect(await codeOf(readReportFile(text, 'DOCX', template))).toMatchObject({ code: 'UNREADABLE_FILE', params: { format: 'DOCX' } });
    expect(await codeOf(readReportFile(new Uint8Array([0xff, 0xfe, 0xfd]), 'TEXT', template))).toMatchObject({ code: 'UNREADABLE_FILE' });
  });
});

describe('readReportText on layouts other than the seed’s', () => {
  it('reads a name glued to its code, a heading without its blank lines, and "đạt … xếp hạng" wording', () => {
    const truth = binhThanhTruth();
    const text = truth.text
      .replace('1.3.1.  Tổng số nhiệm vụ được giao  Nhiệm vụ 50', '1.3.1.Tổng số nhiệm vụ được giao Nhiệm vụ 50')
      .replace('- Năm 2023 được 89,75 điểm, xếp thứ 1/23 xã, thị trấn;', '- Năm 2023 đạt 89,75 điểm, xếp hạng 1/23 xã, thị trấn;')
      .replace(/\n\n/g, '\n');
    const m = measure(readReportText(text, template), { ...truth, text });
    expect(m.wrongHigh).toEqual([]);
    expect(m.misses).toEqual([]);
  });
});
