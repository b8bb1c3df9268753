// SQLite loader: prepared statements in one transaction (all or nothing), the preset's previous synthetic rows
// deleted first so loading the same preset twice gives the same table.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Plan } from '../generate.js';
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

const PROGRESS_EVERY = 20_000;

export class SqliteLoader implements Loader {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (!existsSync(file)) {
      throw new Error(`${file} does not exist: start the API once (pnpm start) so it creates, migrates and seeds it, then load.`);
    }
    this.db = new Database(file, { fileMustExist: true });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
  }

  private assertMigrated(): void {
    const tables = this.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('observation', 'org_unit')")
      .all() as { name: string }[];
    if (tables.length < 2) {
      throw new Error(
        'The database has no observation/org_unit tables: start the API once (pnpm start) so it runs its migrations, then load.',
      );
    }
  }

  async load(plan: Plan, progress?: LoadProgress): Promise<LoadResult> {
    this.assertMigrated();
    const started = performance.now();
    const insertUnit = this.db.prepare(
      `INSERT INTO org_unit (${ORG_UNIT_COLUMNS.join(', ')}) VALUES (${ORG_UNIT_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (code) DO NOTHING`,
    );
    const insertRow = this.db.prepare(
      `INSERT INTO observation (${OBSERVATION_COLUMNS.join(', ')}) VALUES (${OBSERVATION_COLUMNS.map(() => '?').join(', ')})`,
    );
    const run = this.db.transaction(() => {
      this.db.exec('CREATE TEMP TABLE IF NOT EXISTS synthetic_scope (code TEXT PRIMARY KEY)');
      this.db.exec('DELETE FROM synthetic_scope');
      const scope = this.db.prepare('INSERT INTO synthetic_scope (code) VALUES (?)');
      for (const code of plan.communeCodes) scope.run(code);
      const deleted = this.db
        .prepare('DELETE FROM observation WHERE synthetic = 1 AND org_unit_code IN (SELECT code FROM synthetic_scope)')
        .run().changes;
      let units = 0;
      for (const unit of plan.structure.units) units += insertUnit.run(...orgUnitValues(unit)).changes;
      const real = this.db.prepare('SELECT DISTINCT org_unit_code AS code FROM observation WHERE synthetic = 0').all() as { code: string }[];
      let rows = 0;
      for (const r of withoutRealCommunes(plan.rows(), new Set(real.map((u) => u.code)))) {
        insertRow.run(r.indicatorCode, r.orgUnitCode, String(r.year), 'YEAR', r.year, r.value, r.raw, r.rankOf, SYNTHETIC_SOURCE_TABLE, 1);
        if (++rows % PROGRESS_EVERY === 0) progress?.(rows);
      }
      progress?.(rows);
      return { rows, deleted, units };
    });
    const { rows, deleted, units } = run();
    this.db.exec('ANALYZE observation');
    const seconds = (performance.now() - started) / 1000;
    return { rows, deleted, units, seconds, rowsPerSecond: rows / seconds };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
