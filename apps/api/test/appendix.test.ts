// PHỤ LỤC I import and export over HTTP: all-or-nothing imports and an export → import → export round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_NOTE } from '@cchc/appendix-io';
import { ObservationEntity } from '../src/modules/observation/observation.entity.js';
import { OrgUnitEntity } from '../src/modules/org-unit/org-unit.entity.js';
import { ProgrammeEntity } from '../src/modules/report/programme.entity.js';
import { ReportEntity } from '../src/modules/report/report.entity.js';
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

  const PREVIEW_FIELDS =
    'ok dryRun rowsWritten valuesWritten blanks changes { indicatorCode rowNumber kind oldRaw newRaw oldNote newNote noteChanged } recorded { importedBy importedAt fileName format year valuesWritten blanks } problems { rowNumber column code params { name value } reason } problemCount';
  type Preview = {
    ok: boolean;
    dryRun: boolean;
    rowsWritten: number;
    valuesWritten: number;
    blanks: number;
    changes: { indicatorCode: string; rowNumber: number | null; kind: string; oldRaw: string | null; newRaw: string | null }[];
    recorded: { importedBy: string; importedAt: string; fileName: string | null; format: string; year: number | null; valuesWritten: number; blanks: number } | null;
    problems: { rowNumber: number; column: string; code: string; params: { name: string; value: string }[]; reason: string }[];
    problemCount: number;
  };
  const run = (org: string, csv: string, token: string, extra: { dryRun?: boolean; year?: number; programme?: string; fileName?: string } = {}) =>
    t.gql<{ importAppendix: Preview }>(
      `mutation($org: String!, $c: String!, $d: Boolean, $y: Int, $p: String!, $n: String) { importAppendix(orgUnitCode: $org, programme: $p, format: CSV, contentBase64: $c, dryRun: $d, year: $y, fileName: $n) { ${PREVIEW_FIELDS} } }`,
      { org, c: Buffer.from(csv).toString('base64'), d: extra.dryRun ?? null, y: extra.year ?? null, p: extra.programme ?? '2021-2025', n: extra.fileName ?? null },
      token,
    );
  const csvOf = async (org: string, options = '') => {
    const res = await t.gql<{ exportAppendix: { contentBase64: string; filename: string } }>(
      `query($org: String!) { exportAppendix(orgUnitCode: $org, programme: "2021-2025", format: CSV${options}) { contentBase64 filename } }`,
      { org },
    );
    expect(res.errors).toBeUndefined();
    return Buffer.from(res.data!.exportAppendix.contentBase64, 'base64').toString('utf8');
  };

  it.skipIf(skip)('previews an import (new, changed, unchanged, blank, cleared) and writes nothing; commit records who and when', async () => {
    const before = await appendixRows();
    const csv = (await csvOf('binh-thanh'))
      .replace(/^(1\.3\.1\.,[^,]*,[^,]*,)50,/m, '$1"51",')
      .replace(/^(1\.3\.2\.,[^,]*,[^,]*,)[^,]*,/m, '$1,');
    const preview = await run('binh-thanh', csv, planner, { dryRun: true, fileName: 'phu-luc.csv' });
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.importAppendix;
    expect(p).toMatchObject({ ok: true, dryRun: true, rowsWritten: 0, recorded: null });
    const byCode = new Map(p.changes.map((c) => [c.indicatorCode, c]));
    expect(byCode.get('1.3.1')).toMatchObject({ kind: 'CHANGED', oldRaw: '50', newRaw: '51' });
    expect(byCode.get('3.4.2.b')).toMatchObject({ kind: 'UNCHANGED', oldRaw: '16.807', newRaw: '16.807' });
    expect(p.valuesWritten + p.blanks).toBe(p.changes.filter((c) => c.rowNumber !== null).length);
    expect(p.valuesWritten).toBe(p.changes.filter((c) => c.newRaw !== null).length);
    expect(await appendixRows()).toBe(before);

    const committed = await run('binh-thanh', csv, planner, { fileName: 'phu-luc.csv' });
    const c = committed.data!.importAppendix;
    expect(c).toMatchObject({ ok: true, dryRun: false, valuesWritten: p.valuesWritten, blanks: p.blanks });
    expect(c.recorded).toMatchObject({ importedBy: 'planner.binhthanh@demo.cchc', fileName: 'phu-luc.csv', format: 'CSV', year: null });
    expect(Date.parse(c.recorded!.importedAt)).not.toBeNaN();
    expect(c.rowsWritten).toBe(c.valuesWritten + c.blanks);

    // The figure's source is the import: file, row, who and when — structured, no English sentence.
    const query = '{ indicator(code: "1.3.1") { observations(orgUnitCode: "binh-thanh") { raw source { quote imported { fileName rowNumber format importedBy importedAt } } } } }';
    const signedIn = await t.gql<{ indicator: { observations: { raw: string; source: { quote: string; imported: Record<string, unknown> | null } }[] } }>(query, {}, planner);
    const figure = signedIn.data!.indicator.observations.find((o) => o.raw === '51')!;
    const row = csv.split('\r\n').findIndex((l) => l.startsWith('1.3.1.,')) + 1;
    expect(figure.source).toEqual({
      quote: '',
      imported: { fileName: 'phu-luc.csv', rowNumber: row, format: 'CSV', importedBy: 'planner.binhthanh@demo.cchc', importedAt: c.recorded!.importedAt },
    });
    const anonymous = await t.gql<{ indicator: { observations: { raw: string; source: { imported: { importedBy: string | null } | null } }[] } }>(query);
    expect(anonymous.data!.indicator.observations.find((o) => o.raw === '51')!.source.imported!.importedBy).toBeNull();

    const last = await t.gql<{ lastAppendixImport: { importedBy: string | null; valuesWritten: number } | null }>(
      '{ lastAppendixImport(orgUnitCode: "binh-thanh", programme: "2021-2025") { importedBy valuesWritten } }',
      {},
      planner,
    );
    expect(last.data!.lastAppendixImport).toEqual({ importedBy: 'planner.binhthanh@demo.cchc', valuesWritten: c.valuesWritten });

    // Put the report's figures back for the tests after this one.
    expect((await importAs('CSV', Buffer.from(await csvOf('binh-thanh').then(() => csv.replace(/^(1\.3\.1\.,[^,]*,[^,]*,)"51",/m, '$150,'))).toString('base64'))).data!.importAppendix.ok).toBe(true);
  });

  it.skipIf(skip)('counts values written and blanks left blank apart (one figure in a blank template)', async () => {
    const admin = await t.login('admin@demo.cchc');
    const blank = await csvOf('binh-thanh', ', blank: true');
    expect(blank).not.toContain('16.807');
    const csv = blank.replace(/^(1\.3\.1\.,[^,]*,[^,]*,)/m, '$1"7"');
    const res = await run('phu-dinh', csv, admin, { dryRun: true });
    const p = res.data!.importAppendix;
    expect(p.valuesWritten).toBe(1);
    expect(p.blanks).toBeGreaterThan(80);
    expect(p.changes.filter((ch) => ch.kind === 'NEW')).toEqual([{ indicatorCode: '1.3.1', rowNumber: expect.any(Number), kind: 'NEW', oldRaw: null, newRaw: '7', oldNote: null, newNote: null, noteChanged: false }]);
  });

  it.skipIf(skip)('previews the note (Ghi chú) of each row beside its value, and says when the note changes', async () => {
    const admin = await t.login('admin@demo.cchc');
    const blank = await csvOf('binh-thanh', ', blank: true');
    // A cell of row `code`: its value and note (the last two columns), in a blank template.
    const fill = (csv: string, code: string, value: string, note: string) =>
      csv.replace(new RegExp(`^(${code.replace(/\./g, '\\.')}\\.,[^,]*,[^,]*,),(\r?)$`, 'm'), `$1"${value}","${note}"$2`);
    const first = fill(blank, '1.3.1', '7', 'Theo báo cáo quý IV');
    expect(first).not.toBe(blank);
    expect((await run('bao-linh', first, admin)).data!.importAppendix.ok).toBe(true);

    const second = fill(fill(blank, '1.3.1', '7', 'Đã rà soát lại'), '1.3.2', '', 'Chưa có số liệu');
    const res = await run('bao-linh', second, admin, { dryRun: true });
    expect(res.errors).toBeUndefined();
    const changes = res.data!.importAppendix.changes as (Preview['changes'][number] & { oldNote: string | null; newNote: string | null; noteChanged: boolean })[];
    const byCode = new Map(changes.map((c) => [c.indicatorCode, c]));
    // The value is the same; only the note changes.
    expect(byCode.get('1.3.1')).toMatchObject({ kind: 'UNCHANGED', oldNote: 'Theo báo cáo quý IV', newNote: 'Đã rà soát lại', noteChanged: true });
    // A blank value with a note: the note is still shown.
    expect(byCode.get('1.3.2')).toMatchObject({ kind: 'BLANK', oldNote: null, newNote: 'Chưa có số liệu', noteChanged: true });
    expect(byCode.get('1.3.3')).toMatchObject({ oldNote: null, newNote: null, noteChanged: false });
    expect(changes.filter((c) => c.noteChanged).map((c) => c.indicatorCode)).toEqual(['1.3.1', '1.3.2']);
  });

  it.skipIf(skip)('exports a 2026–2030 file whose row 1.1 names 2026–2030, and reads it back', async () => {
    const res = await t.gql<{ exportAppendix: { contentBase64: string; filename: string } }>(
      'query { exportAppendix(orgUnitCode: "binh-thanh", programme: "2026-2030", format: CSV, blank: true) { contentBase64 filename } }',
    );
    expect(res.data!.exportAppendix.filename).toBe('phu-luc-i_binh-thanh_2026-2030_mau-trong.csv');
    const csv = Buffer.from(res.data!.exportAppendix.contentBase64, 'base64').toString('utf8');
    expect(csv).toContain('Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2026 - 2030');
    expect(csv).not.toContain('2021 - 2025');
    const preview = await run('binh-thanh', csv, planner, { dryRun: true, programme: '2026-2030' });
    expect(preview.data!.importAppendix).toMatchObject({ ok: true, valuesWritten: 0 });
  });

  it.skipIf(skip)('gives problems as codes with parameters, and refuses a malformed CSV', async () => {
    const csv = (await csvOf('binh-thanh')).replace(/^(1\.3\.1\.,[^,]*,[^,]*,)50,/m, '$1"98,3,7",');
    const res = await run('binh-thanh', csv, planner, { dryRun: true });
    expect(res.data!.importAppendix.problems).toEqual([
      expect.objectContaining({ column: 'Số liệu', code: 'BAD_NUMBER', params: [{ name: 'code', value: '1.3.1' }, { name: 'reason', value: 'COMMA_TWICE' }] }),
    ]);
    const broken = await run('binh-thanh', 'STT,Các chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú\r\n"1.,x', planner);
    expect(broken.data!.importAppendix).toMatchObject({ ok: false, problems: [expect.objectContaining({ code: 'CSV_SYNTAX' })] });
  });

  it.skipIf(skip)('refuses a planner importing into another commune, and a preview of it too', async () => {
    const csv = await csvOf('binh-thanh');
    for (const dryRun of [true, false]) {
      const res = await run('phu-dinh', csv, planner, { dryRun });
      expect(res.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
    }
  });

  it.skipIf(skip)("imports a year's file as a preview then a commit, recorded with its year", async () => {
    const csv = await csvOf('binh-thanh');
    const preview = await run('binh-thanh', csv, planner, { dryRun: true, year: 2026, programme: '2026-2030' });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.importAppendix.problems).toEqual([]);
    expect(preview.data!.importAppendix).toMatchObject({ ok: true, dryRun: true, recorded: null });
    expect(preview.data!.importAppendix.changes.every((ch) => ch.kind === 'NEW' || ch.kind === 'BLANK')).toBe(true);
    const committed = await run('binh-thanh', csv, planner, { year: 2026, programme: '2026-2030', fileName: 'nam-2026.csv' });
    expect(committed.data!.importAppendix.recorded).toMatchObject({ year: 2026, fileName: 'nam-2026.csv' });
    const again = await run('binh-thanh', csv, planner, { dryRun: true, year: 2026, programme: '2026-2030' });
    expect(again.data!.importAppendix.changes.filter((ch) => ch.kind !== 'BLANK').every((ch) => ch.kind === 'UNCHANGED')).toBe(true);
    const last = await t.gql<{ lastAppendixImport: { year: number; fileName: string } }>(
      '{ lastAppendixImport(orgUnitCode: "binh-thanh", programme: "2026-2030", year: 2026) { year fileName } }',
      {},
      planner,
    );
    expect(last.data!.lastAppendixImport).toEqual({ year: 2026, fileName: 'nam-2026.csv' });
  });

  it.skipIf(skip)('marks a synthetic appendix figure in its Ghi chú (CSV and XLSX) and refuses it when the file comes back', async () => {
    // A generated PHỤ LỤC I for Bảo Cường (every figure synthetic, as the generator marks its rows).
    const em = t.server.orm.em.fork();
    const report = em.create(ReportEntity, {
      orgUnit: em.getReference(OrgUnitEntity, 'bao-cuong'),
      programme: em.getReference(ProgrammeEntity, '2021-2025'),
      title: 'PHỤ LỤC I — synthetic',
      header: { addressees: [], legalBases: [], signedBy: null },
    });
    await em.flush();
    const generated = (indicatorCode: string, raw: string, value: number, note: string | null) =>
      em.create(ObservationEntity, {
        indicatorCode, orgUnitCode: 'bao-cuong', periodKey: '2021-2025', periodKind: 'SPAN', year: null, endYear: 2025,
        value, raw, rankOf: null, note, sourceSectionId: null, sourceTable: 'PHỤ LỤC I', sourceRow: indicatorCode,
        sourceQuote: null, synthetic: true, reportId: report.id,
      });
    generated('1.3.1', '12', 12, null);
    generated('1.2.2', '100', 100, 'ghi chú');
    await em.flush();
    const stored = async () =>
      JSON.stringify(await t.server.orm.em.fork().getConnection().execute(
        `select indicator_code, raw, note, synthetic from observation where org_unit_code = 'bao-cuong' order by indicator_code`,
      ));
    const before = await stored();

    const csv = await csvOf('bao-cuong');
    const line = (code: string) => csv.split('\r\n').find((l) => l.startsWith(`${code},`))!;
    // The marker holds a comma, so the cell is quoted.
    expect(line('1.3.1.').endsWith(`,12,"${SYNTHETIC_NOTE}"`)).toBe(true);
    expect(line('1.2.2.').endsWith(`,100,"${SYNTHETIC_NOTE}. ghi chú"`)).toBe(true);
    // A real commune's export carries no mark.
    expect(await csvOf('binh-thanh')).not.toContain(SYNTHETIC_NOTE);

    const xlsx = await exportAs('XLSX', 'bao-cuong');

    // Imported back (preview or commit, CSV or XLSX): refused row by row, nothing written, the figures stay synthetic.
    const admin = await t.login('admin@demo.cchc');
    for (const dryRun of [true, false]) {
      const res = await run('bao-cuong', csv, admin, { dryRun });
      expect(res.data!.importAppendix).toMatchObject({ ok: false, rowsWritten: 0, problemCount: 2 });
      expect(res.data!.importAppendix.problems.map((p) => [p.column, p.code, p.params])).toEqual([
        ['Ghi chú', 'SYNTHETIC_FIGURE', [{ name: 'code', value: '1.2.2' }]],
        ['Ghi chú', 'SYNTHETIC_FIGURE', [{ name: 'code', value: '1.3.1' }]],
      ]);
    }
    // The XLSX says the same in its Ghi chú cells (the refusal quotes each cell as found).
    const viaXlsx = await t.gql<{ importAppendix: { ok: boolean; problems: { code: string; text: string }[] } }>(
      'mutation($c: String!) { importAppendix(orgUnitCode: "bao-cuong", programme: "2021-2025", format: XLSX, contentBase64: $c) { ok problems { code text } } }',
      { c: xlsx.contentBase64 },
      admin,
    );
    expect(viaXlsx.data!.importAppendix.ok).toBe(false);
    expect(viaXlsx.data!.importAppendix.problems.map((p) => [p.code, p.text]).sort()).toEqual([
      ['SYNTHETIC_FIGURE', SYNTHETIC_NOTE],
      ['SYNTHETIC_FIGURE', `${SYNTHETIC_NOTE}. ghi chú`],
    ]);
    expect(await stored()).toBe(before);
  });
});
