// Generates the next migration for each dialect from the difference between the entities and a scratch database
// migrated to the latest committed migration, then rewrites each folder's index.ts (the migrationsList).
// Run from apps/api after a build: node dist/scripts/create-migration.js
import { readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig, parseDatabaseUrl } from '../config.js';
import { openOrm } from '../orm.js';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/migrations');
const admin = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function writeIndex(dialect: 'sqlite' | 'postgresql') {
  const dir = path.join(srcDir, dialect);
  const names = (await readdir(dir))
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}.js';`),
    '',
    `export const ${dialect}Migrations: MigrationObject[] = [`,
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  await writeFile(path.join(dir, 'index.ts'), lines.join('\n'));
}

async function generate(dialect: 'sqlite' | 'postgresql', url: string) {
  const orm = await openOrm(parseDatabaseUrl(url), { migrationsPath: path.join(srcDir, dialect) });
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(path.join(srcDir, dialect), false, false);
    console.log(result.fileName ? `${dialect}: wrote ${result.fileName}` : `${dialect}: schema up to date`);
  } finally {
    await orm.close(true);
  }
  await writeIndex(dialect);
}

loadConfig(); // fail early on a bad environment
await generate('sqlite', `file:${path.join(tmpdir(), `cchc-migrate-${process.pid}.sqlite`)}`);
const scratch = `cchc_migrate_${process.pid}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`create database ${scratch}`);
try {
  const url = new URL(admin);
  url.pathname = `/${scratch}`;
  await generate('postgresql', url.toString());
} finally {
  await client.query(`drop database if exists ${scratch}`);
  await client.end();
}
