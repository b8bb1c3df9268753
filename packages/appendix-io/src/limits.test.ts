// Hostile files: formula injection in CSV cells, zip bombs, files far beyond the template, cells of megabytes.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { appendixTable, exportAppendix } from './export.js';
import { MAX_ECHOED_TEXT, parseAppendix, type ParseResult } from './parse.js';
import { MAX_CELL_CHARS, MAX_TABLE_ROWS } from './read-table.js';
import { csvBytes, input, template } from './testing/fixtures.js';
import { checkXlsxLimits, XLSX_LIMITS } from './zip-limits.js';

const reasonOf = (result: ParseResult) => (result.ok ? null : result.problems[0]!.reason);

function zipOf(entries: { name: string; data: Buffer }[]): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress: true });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on('error', reject);
  });
}

describe('CSV export: formula injection', () => {
  const hostile = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

  it('writes text cells that begin with = + - @ tab CR behind an apostrophe; numbers stay numbers', async () => {
    const observations = input.observations.map((o, i) => (i < hostile.length ? { ...o, note: hostile[i]! } : o));
    const text = new TextDecoder().decode(await exportAppendix({ ...input, observations }, 'csv'));
    // (Quoted cells double their quotes: compare the first characters.)
    for (const cell of hostile) expect(text).toContain(`'${cell.slice(0, 3)}`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    // Values as written ("98,37", "16.807") are not prefixed.
    expect(text).toMatch(/,"?98,37"?,/);
  });

  it('export → import → export is byte-identical with hostile cells', async () => {
    const observations = input.observations.map((o, i) => (i < hostile.length ? { ...o, note: hostile[i]! } : o));
    const first = await exportAppendix({ ...input, observations }, 'csv');
    const parsed = await parseAppendix(first, 'csv', template);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const notes = new Map(parsed.rows.map((r) => [r.code, r.note]));
    for (const [i, cell] of hostile.entries()) expect(notes.get(observations[i]!.indicatorCode)).toBe(cell);
    const again = await exportAppendix(
      {
        ...input,
        observations: observations.map((o) => ({ ...o, note: notes.get(o.indicatorCode) ?? o.note })),
      },
      'csv',
    );
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });
});

describe('XLSX limits before parsing', () => {
  it('passes the exported template', async () => {
    expect(await checkXlsxLimits(await exportAppendix(input, 'xlsx'))).toBeNull();
  });

  it('refuses a zip bomb (50 MB of zeros in a few KB) by what it inflates to', async () => {
    const bomb = await zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(50 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100_000);
    const result = await parseAppendix(bomb, 'xlsx', template);
    expect(reasonOf(result)).toMatch(/unpacks to more than 4 MB/);
  });

  it('refuses a zip whose entries lie about their size', async () => {
    // A stored-size of 10 bytes declared for 8 MB of inflated data: yauzl checks the real size while inflating.
    const honest = await zipOf([{ name: 'a.xml', data: Buffer.alloc(8 * 1024 * 1024) }]);
    const buffer = Buffer.from(honest);
    // Patch the central directory's uncompressed size (offset 24 within the entry header) to 10.
    const cd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buffer.writeUInt32LE(10, cd + 24);
    expect(await checkXlsxLimits(new Uint8Array(buffer))).toMatch(/not a readable XLSX|unpacks to more/);
  });

  it('refuses a zip of many entries', async () => {
    const many = await zipOf(Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `x${i}.xml`, data: Buffer.from('x') })));
    expect(reasonOf(await parseAppendix(many, 'xlsx', template))).toMatch(/parts/);
  });

  it('refuses bytes that are not a zip', async () => {
    expect(await checkXlsxLimits(new Uint8Array(deflateRawSync(Buffer.from('not a zip'))))).toMatch(/not a readable XLSX/);
  });
});

describe('row and cell caps', () => {
  it(`refuses a CSV of more than ${MAX_TABLE_ROWS} rows without listing each`, async () => {
    const table = appendixTable(input);
    const long = [...table, ...Array.from({ length: 20_000 }, (_, i) => [`9.${i}`, 'x', '', '1', ''])];
    const result = await parseAppendix(csvBytes(long), 'csv', template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.reason).toMatch(/more than 1000 rows/);
  });

  it(`refuses a cell longer than ${MAX_CELL_CHARS} characters, echoing none of it`, async () => {
    const table = appendixTable(input).map((r) => [...r]);
    table[3]![4] = 'n'.repeat(6 * 1024 * 1024);
    const result = await parseAppendix(csvBytes(table), 'csv', template);
    expect(reasonOf(result)).toMatch(/at most 2000/);
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
  });

  it('echoes at most 200 characters of a bad cell', async () => {
    const table = appendixTable(input).map((r) => [...r]);
    table[5]![3] = 'z'.repeat(1_500);
    const result = await parseAppendix(csvBytes(table), 'csv', template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.text.length).toBeLessThanOrEqual(MAX_ECHOED_TEXT + 1);
  });
});
