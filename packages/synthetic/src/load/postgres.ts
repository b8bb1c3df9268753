// PostgreSQL loader: one transaction that deletes the preset's previous synthetic rows, adds the synthetic units and
// streams the rows through COPY … FROM STDIN. For a large load the observation indexes are dropped and rebuilt
// inside the same transaction (from their own definitions), which is several times faster than maintaining them.
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Plan } from '../generate.js';
import { copyChunks, copyOptions, type CopyFormat } from './copy-format.js';
import {
  OBSERVATION_COLUMNS,
  ORG_UNIT_COLUMNS,
  orgUnitValues,
  withoutRealCommunes,
  type LoadProgress,
  type LoadResult,
  type Loader,
} from './rows.js';

/** Above this many rows the indexes are rebuilt rather than maintained row by row. */
const REBUILD_INDEXES_ABOVE = 1_000_000;
const PROGRESS_EVERY = 20_000;
/**
 * Memory for the index rebuild, for this transaction only: the two observation indexes of the national set sort
 * ≈ 12.6 M keys each; at the server's default (64 MB) each sort spills to disk in many runs.
 */
const INDEX_BUILD_MEMORY = '1GB';

export interface PostgresLoaderOptions {
  /** COPY format on the wire (and in the floor's file); binary unless said otherwise. */
  format?: CopyFormat;
}

/** Where COPY reads the rows: the generator through the connection, or a file the server reads itself. */
type CopySource = { kind: 'stdin' } | { kind: 'server-file'; file: string };

export class PostgresLoader implements Loader {
  private readonly client: pg.Client;
  private connected = false;

  readonly format: CopyFormat;

  constructor(connectionString: string, options: PostgresLoaderOptions = {}) {
    this.client = new pg.Client({ connectionString });
    this.format = options.format ?? 'binary';
  }

  private pid: number | null = null;

  private async connect(): Promise<pg.Client> {
    if (!this.connected) {
      await this.client.connect();
      this.connected = true;
      const backend = await this.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      this.pid = backend.rows[0]?.pid ?? null;
    }
    return this.client;
  }

  /** The PostgreSQL backend serving this loader (once connected), so a benchmark can read its CPU time. */
  get backendPid(): number | null {
    return this.pid;
  }

  /** Generates the preset and streams it through COPY … FROM STDIN, in one transaction with the unit inserts. */
  load(plan: Plan, progress?: LoadProgress): Promise<LoadResult> {
    return this.run(plan, { kind: 'stdin' }, progress);
  }

  /**
   * The floor the loader is measured against: the very same transaction (delete, units, index drop, COPY, index
   * rebuild, commit, ANALYZE), but COPY reads a file written beforehand by `writeServerFile` on the server's own disk
   * (superuser or pg_read_server_files), so no generation, encoding or client round trip is in the time.
   */
  loadServerFile(plan: Plan, file: string): Promise<LoadResult> {
    if (!path.isAbsolute(file) || /'/.test(file)) throw new Error(`loadServerFile: "${file}" must be an absolute path without quotes`);
    return this.run(plan, { kind: 'server-file', file });
  }

  /**
   * Writes exactly the rows `load` would send (the communes that hold real figures in this database left out), in
   * this loader's format, to a file the PostgreSQL server can read; returns the rows written.
   */
  async writeServerFile(plan: Plan, file: string): Promise<number> {
    const c = await this.connect();
    const rows = withoutRealCommunes(plan.rows(), await realCommunes(c));
    const counter = { rows: 0 };
    await pipeline(Readable.from(copyChunks(rows, this.format, counter)), createWriteStream(file, { mode: 0o644 }));
    return counter.rows;
  }

  private async run(plan: Plan, source: CopySource, progress?: LoadProgress): Promise<LoadResult> {
    const c = await this.connect();
    const tables = await c.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('observation', 'org_unit')",
    );
    if (Number(tables.rows[0]?.n) < 2) {
      throw new Error('The database has no observation/org_unit tables: start the API once against it so it runs its migrations, then load.');
    }
    const started = performance.now();
    await c.query('BEGIN');
    try {
      await c.query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
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
      const into = `COPY observation (${OBSERVATION_COLUMNS.join(', ')})`;
      const counter = { rows: 0 };
      if (source.kind === 'stdin') {
        const rows = withoutRealCommunes(plan.rows(), await realCommunes(c));
        const copy = c.query(copyFrom(`${into} FROM STDIN${copyOptions(this.format)}`));
        await pipeline(Readable.from(copyChunks(rows, this.format, counter, progress, PROGRESS_EVERY), { highWaterMark: 8 }), copy);
      } else {
        const copied = await c.query(`${into} FROM '${source.file}'${copyOptions(this.format)}`);
        counter.rows = copied.rowCount ?? 0;
      }
      for (const index of indexes) await c.query(index.indexdef);
      await c.query('COMMIT');
      // org_unit too: the load inserts the units, and without statistics (autovacuum off, or not yet run) PostgreSQL
      // takes a level's units for one row and joins them to the figures by one index probe per unit.
      await c.query('ANALYZE observation, org_unit');
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

/** Communes that hold any real figure: they get no synthetic row (real figures stay real). */
async function realCommunes(c: pg.Client): Promise<Set<string>> {
  const real = await c.query<{ code: string }>('SELECT DISTINCT org_unit_code AS code FROM observation WHERE NOT synthetic');
  return new Set(real.rows.map((u) => u.code));
}
