// The installation's signing secret when none is configured: generated once at first start and kept with the data —
// a file of mode 0600 beside the SQLite database, or a row of app_setting on PostgreSQL (shared by every API process).
import { randomBytes } from 'node:crypto';
import { chmodSync, openSync, readFileSync, statSync, writeSync, closeSync } from 'node:fs';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DatabaseTarget } from '../config.js';
import { weakSecretReason } from '../config.js';

const SETTING_NAME = 'jwt_secret';

export const newSecret = () => randomBytes(48).toString('base64url');

/** Where the SQLite installation keeps its secret: beside the database file. */
export const secretFileOf = (sqliteFile: string) => `${sqliteFile}.secret`;

function sqliteSecret(file: string): string {
  const secretFile = secretFileOf(file);
  try {
    // 'wx' fails when the file exists: two starts never overwrite each other's secret.
    const fd = openSync(secretFile, 'wx', 0o600);
    try {
      writeSync(fd, `${newSecret()}\n`);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  // A copy restored from a backup may come back world-readable: tighten it.
  if ((statSync(secretFile).mode & 0o077) !== 0) chmodSync(secretFile, 0o600);
  return readFileSync(secretFile, 'utf8').trim();
}

async function databaseSecret(em: SqlEntityManager): Promise<string> {
  const knex = em.getKnex();
  await knex('app_setting').insert({ name: SETTING_NAME, value: newSecret() }).onConflict('name').ignore();
  const row = (await knex('app_setting').select('value').where('name', SETTING_NAME).first()) as { value: string } | undefined;
  if (!row) throw new Error('app_setting has no jwt_secret after inserting it');
  return row.value;
}

/** The configured secret, or the installation's own (created on first call). */
export async function installationSecret(configured: string | null, database: DatabaseTarget, em: SqlEntityManager): Promise<string> {
  if (configured !== null) return configured;
  const secret = database.dialect === 'sqlite' ? sqliteSecret(database.file) : await databaseSecret(em);
  const weak = weakSecretReason(secret);
  if (weak) throw new Error(`The stored secret ${weak}; delete it to have a new one generated (every session ends)`);
  return secret;
}
