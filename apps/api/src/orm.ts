// MikroORM set-up for both dialects: the same entities, one migrations folder per dialect, run at start-up.
import { MikroORM, ReflectMetadataProvider, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from './config.js';
import { IndicatorComponentEntity, IndicatorEntity } from './modules/indicator/indicator.entity.js';
import { ObservationEntity } from './modules/observation/observation.entity.js';
import { OrgUnitEntity } from './modules/org-unit/org-unit.entity.js';
import { ProgrammeEntity } from './modules/report/programme.entity.js';
import { ReportEntity } from './modules/report/report.entity.js';
import { SectionEntity, SectionIndicatorEntity } from './modules/report/section.entity.js';
import { SavedQueryEntity } from './modules/saved-query/saved-query.entity.js';
import { ProgrammeTaskEntity } from './modules/task/programme-task.entity.js';
import {
  TargetEntity,
  TargetHistoryEntity,
  TargetMilestoneEntity,
} from './modules/targets/target.entity.js';
import { UserEntity } from './modules/user/user.entity.js';
import { AppendixImportEntity } from './modules/appendix/appendix-import.entity.js';
import { FindingExplanationEntity, SubmissionEntity, SubmissionEventEntity } from './modules/cycle/submission.entity.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export const ENTITIES = [
  OrgUnitEntity,
  ProgrammeEntity,
  ReportEntity,
  SectionEntity,
  SectionIndicatorEntity,
  IndicatorEntity,
  IndicatorComponentEntity,
  ObservationEntity,
  ProgrammeTaskEntity,
  TargetEntity,
  TargetMilestoneEntity,
  TargetHistoryEntity,
  UserEntity,
  SavedQueryEntity,
  SubmissionEntity,
  SubmissionEventEntity,
  AppendixImportEntity,
  FindingExplanationEntity,
];

/** The ORM over either SQL driver: its EntityManager offers knex and raw execute on both dialects. */
export type Orm = MikroORM<AbstractSqlDriver, SqlEntityManager>;

export interface OrmOptions {
  /** Called with every SQL statement the ORM sends (tests count them). */
  onQuery?: (sql: string) => void;
  /** Folder the migration generator writes to (the create-migration script only). */
  migrationsPath?: string;
}

/** PostgreSQL connections one API process keeps (knex's default maximum). */
export const PG_POOL_SIZE = 10;

export function ormConfig(database: DatabaseTarget, options: OrmOptions = {}): Options {
  const common = {
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    // Entities are listed explicitly; discovery must not scan folders.
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    forceUndefined: false,
    debug: options.onQuery ? (['query'] as const).slice() : false,
    logger: (message: string) => options.onQuery?.(message),
    colors: false,
  } satisfies Partial<Options>;
  if (database.dialect === 'sqlite') {
    mkdirSync(path.dirname(database.file), { recursive: true });
    return {
      ...common,
      driver: BetterSqliteDriver,
      dbName: database.file,
      migrations: {
        tableName: 'mikro_orm_migrations',
        migrationsList: sqliteMigrations,
        path: options.migrationsPath,
        snapshot: false,
        emit: 'ts',
        transactional: true,
        allOrNothing: true,
      },
    } as Options;
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    // A fixed-size pool: knex's default (2 to 10) closes a connection idle for 30 s and opens one again at the next
    // burst — a new PostgreSQL backend, whose first statements also load its catalog caches. Connections are still
    // opened only when needed, then kept (issue 12, W4: a steady load's rare slow request).
    pool: { min: PG_POOL_SIZE, max: PG_POOL_SIZE },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: postgresqlMigrations,
      path: options.migrationsPath,
      snapshot: false,
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
    },
  } as Options;
}

export async function openOrm(database: DatabaseTarget, options: OrmOptions = {}): Promise<Orm> {
  const orm = (await MikroORM.init(ormConfig(database, options))) as unknown as Orm;
  if (database.dialect === 'sqlite') {
    // Concurrent writers (two API processes, parallel mutations) wait for the lock instead of failing at once.
    const connection = orm.em.getConnection();
    await connection.execute('pragma journal_mode = WAL');
    await connection.execute('pragma busy_timeout = 5000');
    await connection.execute('pragma foreign_keys = ON');
  }
  return orm;
}

export async function migrate(orm: Orm): Promise<void> {
  await orm.getMigrator().up();
}

/** Arbitrary but fixed: the advisory lock key every CCHC API process takes while migrating and seeding. */
const STARTUP_LOCK_KEY = 7_244_2021;

/**
 * Runs start-up work (migrations, seeding) while holding a PostgreSQL advisory lock on a dedicated connection, so
 * that processes starting together take turns and the later ones find the work done. SQLite needs no lock here: one
 * process owns an embedded database file.
 */
export async function withStartupLock<T>(database: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  if (database.dialect !== 'postgresql') return work();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
