// PostgreSQL loader: one transaction that deletes the preset's previous synthetic rows, adds the synthetic units and
// streams the rows through COPY … FROM STDIN. For a large load the observation indexes are dropped and rebuilt
// inside the same transaction (from their own definitions), which is several times faster than maintaining them.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Plan, SyntheticRow } from '../generate.js';
import {
  OBSERVATION_COLUMNS,
  ORG_UNIT_COLUMNS,
  orgUnitValues,
  SYNTHETIC_SOURCE_TABLE,
  withoutRealCommunes,
  type LoadProgress,
  type LoadResult,
  type Loader,
} from './rows.js';

/** Above this many rows the indexes are rebuilt rather than maintained row by row. */
const REBUILD_INDEXES_ABOVE = 1_000_000;
const CHUNK_BYTES = 256 * 1024;
const PROGRESS_EVERY = 20_000;

/** COPY text format: tab-separated, \N for null; backslash, tab and newlines escaped. */
function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

function copyLine(r: SyntheticRow): string {
  const value = r.value === null ? '\\N' : String(r.value);
  const rankOf = r.rankOf === null ? '\\N' : String(r.rankOf);
  return `${copyText(r.indicatorCode)}\t${copyText(r.orgUnitCode)}\t${r.year}\tYEAR\t${r.year}\t${value}\t${copyText(r.raw)}\t${rankOf}\t${SYNTHETIC_SOURCE_TABLE}\tt\n`;
}

function* copyChunks(rows: Iterable<SyntheticRow>, counter: { rows: number }, progress?: LoadProgress): Generator<string> {
  let chunk = '';
  for (const r of rows) {
    chunk += copyLine(r);
    if (++counter.rows % PROGRESS_EVERY === 0) progress?.(counter.rows);
    if (chunk.length >= CHUNK_BYTES) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
  progress?.(counter.rows);
}

export class PostgresLoader implements Loader {
  private readonly client: pg.Client;
  private connected = false;

  constructor(connectionString: string) {
    this.client = new pg.Client({ connectionString });
  }

  async load(plan: Plan, progress?: LoadProgress): Promise<LoadResult> {
    if (!this.connected) {
      await this.client.connect();
      this.connected = true;
    }
    const c = this.client;
    const tables = await c.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('observation', 'org_unit')",
    );
    if (Number(tables.rows[0]?.n) < 2) {
      throw new Error('The database has no observation/org_unit tables: start the API once against it so it runs its migrations, then load.');
    }
    const started = performance.now();
    await c.query('BEGIN');
    try {
      const deleted = await c.query(
        'DELETE FROM observation WHERE synthetic AND org_unit_code = ANY($1::text[])',
        [plan.communeCodes],
      );
      let units = 0;
      const unitRows = plan.structure.units.map(orgUnitValues);
      for (let i = 0; i < unitRows.length; i += 1000) {
        const batch = unitRows.slice(i, i + 1000);
        const params = batch.flat();
        const placeholders = batch
          .map((_, b) => `(${ORG_UNIT_COLUMNS.map((__, k) => `$${b * ORG_UNIT_COLUMNS.length + k + 1}`).join(', ')})`)
          .join(', ');
        const inserted = await c.query(
          `INSERT INTO org_unit (${ORG_UNIT_COLUMNS.join(', ')}) VALUES ${placeholders} ON CONFLICT (code) DO NOTHING`,
          params,
        );
        units += inserted.rowCount ?? 0;
      }
      const rebuild = plan.estimatedRows > REBUILD_INDEXES_ABOVE;
      const indexes = rebuild
        ? (
            await c.query<{ indexname: string; indexdef: string }>(
              `SELECT i.indexname, i.indexdef FROM pg_indexes i
               WHERE i.schemaname = current_schema() AND i.tablename = 'observation'
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
            )
          ).rows
        : [];
      for (const index of indexes) await c.query(`DROP INDEX "${index.indexname}"`);
      const real = await c.query<{ code: string }>('SELECT DISTINCT org_unit_code AS code FROM observation WHERE NOT synthetic');
      const rows = withoutRealCommunes(plan.rows(), new Set(real.rows.map((u) => u.code)));
      const counter = { rows: 0 };
      const copy = c.query(copyFrom(`COPY observation (${OBSERVATION_COLUMNS.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(copyChunks(rows, counter, progress)), copy);
      for (const index of indexes) await c.query(index.indexdef);
      await c.query('COMMIT');
      await c.query('ANALYZE observation');
      const seconds = (performance.now() - started) / 1000;
      return { rows: counter.rows, deleted: deleted.rowCount ?? 0, units, seconds, rowsPerSecond: counter.rows / seconds };
    } catch (error) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.connected) await this.client.end();
  }
}
