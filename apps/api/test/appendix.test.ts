// PHỤ LỤC I import and export over HTTP: all-or-nothing imports and an export → import → export round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

type Problem = { rowNumber: number; column: string; text: string; reason: string };

describe.each(DIALECTS)('appendix import and export ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  let planner: string;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
    planner = await t.login('planner.binhthanh@demo.cchc');
  });
  afterAll(async () => t?.close());

  const exportAs = async (format: 'CSV' | 'XLSX', org = 'binh-thanh') => {
    const res = await t.gql<{ exportAppendix: { filename: string; mimeType: string; contentBase64: string } }>(
      'query($org: String!, $f: AppendixFormat!) { exportAppendix(orgUnitCode: $org, programme: "2021-2025", format: $f) { filename mimeType contentBase64 } }',
      { org, f: format },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.exportAppendix;
  };
  const importAs = (format: 'CSV' | 'XLSX', contentBase64: string, org = 'binh-thanh') =>
    t.gql<{ importAppendix: { ok: boolean; rowsWritten: number; problems: Problem[]; warnings: Problem[] } }>(
      'mutation($org: String!, $f: AppendixFormat!, $c: String!) { importAppendix(orgUnitCode: $org, programme: "2021-2025", format: $f, contentBase64: $c) { ok rowsWritten problems { rowNumber column text reason } warnings { rowNumber column text reason } } }',
      { org, f: format, c: contentBase64 },
      planner,
    );
  const appendixRows = async () =>
    JSON.stringify(
      await t.server.orm.em
        .fork()
        .getConnection()
        .execute(
          `select indicator_code, period_key, raw, value, note from observation where org_unit_code = 'binh-thanh' and source_table = 'PHỤ LỤC I' order by indicator_code`,
        ),
    );

  it.skipIf(skip)('exports the filled-in template as CSV with values as written', async () => {
    const file = await exportAs('CSV');
    expect(file.filename).toBe('phu-luc-i_binh-thanh_2021-2025.csv');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFSTT,Các chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú')).toBe(true);
    expect(text).toContain('16.807');
  });

  it.skipIf(skip)('round-trips the report as printed: export → import → export gives the same file, 1.5 warned about', async () => {
    // Row 1.5 answers 6 under a "Không = 0; Có = 1" legend: it is kept as written and warned about, never corrected.
    const before = await appendixRows();
    const file = (await exportAs('CSV')).contentBase64;
    const first = await importAs('CSV', file);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importAppendix).toMatchObject({ ok: true, problems: [] });
    expect(first.data!.importAppendix.warnings).toEqual([expect.objectContaining({ column: 'Số liệu', text: '6' })]);
    expect(first.data!.importAppendix.rowsWritten).toBeGreaterThan(80);
    const stored = await appendixRows();
    expect(stored).toContain('"raw":"16.807"');
    expect(stored).toBe(before);
    expect((await exportAs('CSV')).contentBase64).toBe(file);

    const xlsx = await exportAs('XLSX');
    const viaXlsx = await importAs('XLSX', xlsx.contentBase64);
    expect(viaXlsx.data!.importAppendix.ok).toBe(true);
    expect(await appendixRows()).toBe(stored);
    expect((await exportAs('CSV')).contentBase64).toBe(file);
  });

  it.skipIf(skip)('rejects a malformed file listing every problem, and writes nothing', async () => {
    const csv = Buffer.from((await exportAs('CSV')).contentBase64, 'base64').toString('utf8');
    const lines = csv.split('\r\n');
    const at = (code: string) => lines.findIndex((l) => l.startsWith(`${code},`));
    const broken = [...lines];
    broken[at('1.3.1.')] = broken[at('1.3.1.')]!.replace(',50,', ',5o,');
    broken[at('1.2.2.')] = broken[at('1.2.2.')]!.replace(',100,', ',120,');
    broken.push('9.9.,Chỉ tiêu không có trong mẫu,%,10,');
    const before = await appendixRows();
    const res = await importAs('CSV', Buffer.from(broken.join('\r\n')).toString('base64'));
    expect(res.errors).toBeUndefined();
    const result = res.data!.importAppendix;
    expect(result.ok).toBe(false);
    expect(result.rowsWritten).toBe(0);
    expect(result.problems.length).toBeGreaterThanOrEqual(2);
    expect(result.problems.find((p) => p.text === '5o')).toMatchObject({ rowNumber: at('1.3.1.') + 1, column: 'Số liệu' });
    // A percentage over 100 is what the file says: warned about, not a reason on its own to refuse the file.
    expect(result.problems.find((p) => p.text === '120')).toBeUndefined();
    expect(result.warnings.find((p) => p.text === '120')).toMatchObject({ rowNumber: at('1.2.2.') + 1, column: 'Số liệu' });
    expect(result.problems.some((p) => p.text.includes('9.9'))).toBe(true);
    expect(await appendixRows()).toBe(before);
  });

  it.skipIf(skip)('refuses input that is not a file at all', async () => {
    const res = await importAs('CSV', '%%% not base64 %%%');
    expect(res.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!['field']).toBe('contentBase64');
  });

  it.skipIf(skip)('imports into a commune without a report: blank cells stay null', async () => {
    const admin = await t.login('admin@demo.cchc');
    const blank = await exportAs('CSV', 'kim-son');
    const csv = Buffer.from(blank.contentBase64, 'base64').toString('utf8').replace(/^(1\.3\.1\.,[^,]*,[^,]*,)/m, '$1"42"');
    const res = await t.gql<{ importAppendix: { ok: boolean } }>(
      'mutation($c: String!) { importAppendix(orgUnitCode: "kim-son", programme: "2021-2025", format: CSV, contentBase64: $c) { ok problems { reason } } }',
      { c: Buffer.from(csv).toString('base64') },
      admin,
    );
    expect(res.data!.importAppendix).toMatchObject({ ok: true });
    const obs = await t.gql<{ a: { observations: { raw: string; value: number | null }[] }; b: { observations: { raw: string; value: number | null }[] } }>(
      '{ a: indicator(code: "1.3.1") { observations(orgUnitCode: "kim-son") { raw value } } b: indicator(code: "1.3.2") { observations(orgUnitCode: "kim-son") { raw value } } }',
    );
    expect(obs.data!.a.observations).toEqual([{ raw: '42', value: 42 }]);
    expect(obs.data!.b.observations).toEqual([{ raw: '', value: null }]);
  });
});
