// Reading a commune's report document over HTTP: upload → proposals with their source lines → accept through the same
// all-or-nothing PHỤ LỤC I import as a CSV, each figure quoting the document.
import { readSourceText } from '@cchc/dataset';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

type Problem = { rowNumber: number; column: string; text: string; reason: string };
type Proposal = { code: string; raw: string; value: number | null; confidence: string; issues: string[]; source: { lines: number[]; text: string } };
type Reading = { lines: string[]; appendix: Proposal[]; series: { indicatorCode: string; year: number; raw: string }[]; tasks: { number: number }[]; targets: { comparator: string; value: number }[] };

const READ = `mutation($org: String!, $f: ReportDocumentFormat!, $c: String!) {
  readReportDocument(orgUnitCode: $org, programme: "2021-2025", format: $f, contentBase64: $c) {
    lines appendix { code raw value confidence issues source { lines text } }
    series { indicatorCode year raw } tasks { number } targets { comparator value }
  }
}`;
const ACCEPT = `mutation($org: String!, $f: ReportDocumentFormat!, $c: String!, $d: [ProposalDecisionInput!]!) {
  acceptReportReading(orgUnitCode: $org, programme: "2021-2025", format: $f, contentBase64: $c, decisions: $d) {
    ok rowsWritten problems { rowNumber column text reason } warnings { rowNumber column text reason }
  }
}`;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** A one-page PDF with no text layer, as a scan looks to a text extractor. */
const SCAN = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
).toString('base64');

describe.each(DIALECTS)('reading a report document ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  let planner: string;
  const text = readSourceText();

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
    planner = await t.login('planner.binhthanh@demo.cchc');
  });
  afterAll(async () => t?.close());

  const stored = async (code: string) =>
    (await t.server.orm.em
      .fork()
      .getConnection()
      .execute(
        `select raw, value, note, source_quote from observation where org_unit_code = 'binh-thanh' and source_table = 'PHỤ LỤC I' and indicator_code = ?`,
        [code],
      )) as { raw: string; value: number | null; note: string | null; source_quote: string }[];

  it.skipIf(skip)('proposes every PHỤ LỤC I row, series point, task and target with its source lines', async () => {
    const res = await t.gql<{ readReportDocument: Reading }>(READ, { org: 'binh-thanh', f: 'TEXT', c: b64(text) }, planner);
    expect(res.errors).toBeUndefined();
    const reading = res.data!.readReportDocument;
    expect(reading.appendix).toHaveLength(99);
    const row = reading.appendix.find((p) => p.code === '6.1')!;
    expect(row).toMatchObject({ raw: '98,37', value: 98.37, confidence: 'HIGH' });
    expect(reading.lines[row.source.lines[0]! - 1]).toContain('98,37');
    expect(reading.appendix.find((p) => p.code === '1.5')).toMatchObject({ raw: '6', confidence: 'MEDIUM', issues: ['NOT_IN_LEGEND'] });
    expect(reading.series).toContainEqual({ indicatorCode: 'N.PAR.SCORE', year: 2023, raw: '89,75' });
    expect(reading.tasks).toHaveLength(13);
    expect(reading.targets.map((x) => x.value)).toEqual([90, 95, 90, 80, 100, 20, 100]);
  });

  it.skipIf(skip)('says why a document cannot be read, as a code with its parameters', async () => {
    const scan = await t.gql(READ, { org: 'binh-thanh', f: 'PDF', c: SCAN }, planner);
    expect(scan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'NO_TEXT' });
    const other = await t.gql(READ, { org: 'binh-thanh', f: 'TEXT', c: b64(text.split('PHỤ LỤC I')[0]!) }, planner);
    expect(other.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_PHU_LUC_I', params: { rowsExpected: 86 } });
    const notPdf = await t.gql(READ, { org: 'binh-thanh', f: 'PDF', c: b64('hello') }, planner);
    expect(notPdf.errors?.[0]?.extensions).toMatchObject({ reason: 'UNREADABLE_FILE', params: { format: 'PDF' } });
  });

  it.skipIf(skip)('lets only those who may import the commune’s appendix read its documents', async () => {
    const anonymous = await t.gql(READ, { org: 'binh-thanh', f: 'TEXT', c: b64(text) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await t.gql(READ, { org: 'binh-thanh', f: 'TEXT', c: b64(text) }, await t.login('planner.other@demo.cchc'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const analyst = await t.gql(ACCEPT, { org: 'binh-thanh', f: 'TEXT', c: b64(text), d: [] }, await t.login('analyst@demo.cchc'));
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.skipIf(skip)('rejects the whole acceptance when a correction does not read, writing nothing', async () => {
    const before = await stored('1.1');
    const res = await t.gql<{ acceptReportReading: { ok: boolean; rowsWritten: number; problems: Problem[] } }>(
      ACCEPT,
      { org: 'binh-thanh', f: 'TEXT', c: b64(text), d: [{ code: '1.1', decision: 'ACCEPT' }, { code: '6.1', decision: 'CORRECT', raw: '98.37' }] },
      planner,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptReportReading).toMatchObject({ ok: false, rowsWritten: 0 });
    expect(res.data!.acceptReportReading.problems).toEqual([
      expect.objectContaining({ column: 'Số liệu', text: '98.37', reason: expect.stringContaining('6.1') }),
    ]);
    expect(await stored('1.1')).toEqual(before);
  });

  it.skipIf(skip)('writes the accepted and corrected rows through the appendix import, quoting the document', async () => {
    const read = await t.gql<{ readReportDocument: Reading }>(READ, { org: 'binh-thanh', f: 'TEXT', c: b64(text) }, planner);
    const high = read.data!.readReportDocument.appendix.filter((p) => p.confidence === 'HIGH' && p.code !== '4.2.2');
    const decisions = [
      ...high.map((p) => ({ code: p.code, decision: 'ACCEPT' })),
      { code: '4.2.2', decision: 'CORRECT', raw: '18', note: 'sửa theo danh sách tháng 4' },
      { code: '1.5', decision: 'REJECT' },
    ];
    const res = await t.gql<{ acceptReportReading: { ok: boolean; rowsWritten: number; problems: Problem[] } }>(
      ACCEPT,
      { org: 'binh-thanh', f: 'TEXT', c: b64(text), d: decisions },
      planner,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptReportReading).toMatchObject({ ok: true, problems: [] });
    expect(await stored('3.4.2.a')).toEqual([
      expect.objectContaining({ raw: '16.807', value: 16807, source_quote: 'Tổng số hồ sơ TTHC đã giải quyết xong  Hồ sơ 16.807' }),
    ]);
    expect(await stored('4.2.2')).toEqual([
      expect.objectContaining({ raw: '18', value: 18, note: 'sửa theo danh sách tháng 4', source_quote: expect.stringContaining('Người 17') }),
    ]);
    expect(await stored('1.5')).toEqual([expect.objectContaining({ raw: '', value: null, source_quote: expect.stringContaining('Not taken') })]);
  });
});
