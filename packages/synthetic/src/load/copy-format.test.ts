// The COPY encodings against PostgreSQL itself: the same generated rows sent in binary and in text into a temporary
// table with the observation columns' types come back identical to what was generated — numbers, nulls, Vietnamese
// formatted figures and all.
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '@cchc/dataset';
import { IS_CI, TEST_POSTGRES_URL } from '../env.js';
import { planGeneration, type SyntheticRow } from '../generate.js';
import { copyChunks, copyOptions, type CopyFormat } from './copy-format.js';
import { OBSERVATION_COLUMNS, SYNTHETIC_SOURCE_TABLE } from './rows.js';

const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
const available = await client.connect().then(
  () => true,
  () => false,
);
if (!available && IS_CI) throw new Error(`PostgreSQL at ${TEST_POSTGRES_URL} is required when CI=true`);

describe.skipIf(!available)('COPY encodings into PostgreSQL', () => {
  const rows: SyntheticRow[] = [...planGeneration({ preset: 'tiny', dataset: loadDataset(), seed: 7 }).rows()];

  beforeAll(async () => {
    await client.query(`CREATE TEMP TABLE copied (indicator_code varchar(64) not null, org_unit_code varchar(64) not null,
      period_key varchar(40) not null, period_kind text not null, year int, value double precision, raw text not null,
      rank_of int, source_table varchar(100), synthetic boolean not null, n serial)`);
  });
  afterAll(async () => {
    await client.end();
  });

  it.each<CopyFormat>(['binary', 'text'])('%s: every row comes back as generated', async (format) => {
    await client.query('TRUNCATE copied RESTART IDENTITY');
    const counter = { rows: 0 };
    // Small chunks too: a row must never be split wrongly at a chunk boundary.
    await pipeline(Readable.from(copyChunks(rows, format, counter)), client.query(copyFrom(`COPY copied (${OBSERVATION_COLUMNS.join(', ')}) FROM STDIN${copyOptions(format)}`)));
    expect(counter.rows).toBe(rows.length);
    const back = await client.query<Record<string, unknown>>('SELECT * FROM copied ORDER BY n');
    expect(back.rows).toHaveLength(rows.length);
    expect(rows.some((r) => r.value === null) && rows.some((r) => r.rankOf !== null) && rows.some((r) => /,/.test(r.raw))).toBe(true);
    back.rows.forEach((b, i) => {
      const r = rows[i] as SyntheticRow;
      expect(b).toEqual({
        indicator_code: r.indicatorCode,
        org_unit_code: r.orgUnitCode,
        period_key: String(r.year),
        period_kind: 'YEAR',
        year: r.year,
        value: r.value,
        raw: r.raw,
        rank_of: r.rankOf,
        source_table: SYNTHETIC_SOURCE_TABLE,
        synthetic: true,
        n: i + 1,
      });
    });
  });
});
