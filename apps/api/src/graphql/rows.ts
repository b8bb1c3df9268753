// Plain-row reads: raw knex queries run through the EntityManager (so the ORM's query log sees them), and the value
// readers every module's row mappers (modules/<module>/<module>.rows.ts) share. Both dialects: booleans may be 0/1,
// JSON may be text.
import type { SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';

export type Row = Record<string, unknown>;

export function asBool(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 't';
}
export function asJson<T>(v: unknown): T | null {
  if (v === null || v === undefined) return null;
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}
export function asNum(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}
export function asDate(v: unknown): Date {
  return v instanceof Date ? v : new Date(typeof v === 'number' ? v : String(v));
}

export async function rows(em: SqlEntityManager, qb: Knex.QueryBuilder | Knex.Raw): Promise<Row[]> {
  return (await em.execute(qb)) as Row[];
}

/** Whether the EntityManager speaks to PostgreSQL (else SQLite). */
export const isPostgres = (em: SqlEntityManager): boolean => em.getPlatform() instanceof PostgreSqlPlatform;

/**
 * A read statement of the hot paths (compare, ranking, series) with `?` placeholders, where a list parameter (an array)
 * stands in `in (?)`. On PostgreSQL outside a transaction it is sent as written, its parameters on the wire (`in (?)`
 * becomes `= any($n)`: one array, whatever the list's length), on one of the ORM's pooled connections: no knex builder,
 * and none of MikroORM's inlining of every parameter as a literal (which then goes through knex a second time) — a
 * seventh of a W1 request's server CPU, and PostgreSQL parsed 200 literals per request. Anywhere else (SQLite, inside
 * a transaction) the lists are written out `in (?, ?, …)` and the statement goes through the EntityManager as `rows`
 * does. Either way the ORM's query log sees it.
 */
export async function readRows(em: SqlEntityManager, sql: string, params: readonly unknown[]): Promise<Row[]> {
  const pieces = sql.split('?');
  if (pieces.length !== params.length + 1) throw new Error(`readRows: ${pieces.length - 1} placeholders for ${params.length} parameters`);
  // A list is checked to stand in `in (?)` on both dialects, so that a statement wrong on one is wrong on the other.
  params.forEach((param, i) => {
    if (Array.isArray(param)) {
      listOpening(pieces[i]!, sql);
      listClosing(pieces[i + 1]!, sql);
    }
  });
  if (isPostgres(em) && !em.getTransactionContext()) {
    let text = pieces[0]!;
    params.forEach((param, i) => {
      if (Array.isArray(param)) text = `${listOpening(text, sql)}= any($${i + 1})`;
      else text += `$${i + 1}`;
      text += Array.isArray(param) ? listClosing(pieces[i + 1]!, sql) : pieces[i + 1]!;
    });
    const client = em.getKnex().client as PooledClient;
    const logger = em.config.getLogger();
    const started = Date.now();
    const pooled = await client.acquireConnection();
    try {
      const result = await pooled.query(text, params as unknown[]);
      logger.logQuery({ query: text, took: Date.now() - started, results: result.rows.length, level: 'info' });
      return result.rows;
    } catch (err) {
      logger.logQuery({ query: text, took: Date.now() - started, level: 'error' });
      throw err;
    } finally {
      await client.releaseConnection(pooled);
    }
  }
  let text = pieces[0]!;
  const flat: unknown[] = [];
  params.forEach((param, i) => {
    if (Array.isArray(param)) {
      // An empty list matches nothing (`in ()` is not SQL).
      text += param.length === 0 ? 'null' : param.map(() => '?').join(', ');
      flat.push(...(param as unknown[]));
    } else {
      text += '?';
      flat.push(param);
    }
    text += pieces[i + 1]!;
  });
  return rows(em, em.getKnex().raw(text, flat as never[]));
}

/** A row of `readTuples`: its columns' values in the order the columns were given. */
export type Tuple = unknown[];

/**
 * A read statement of many rows whose order does not matter (the figures of a comparison, a ranking, a series), its
 * rows as tuples: `columns` are the select list's expressions (no alias) and `from` the rest of the statement (`from …
 * where …`, with `?` placeholders and lists as for readRows; no group by, order by or limit). On PostgreSQL the rows
 * come packed in one JSON text (`json_agg` of `json_build_array`) parsed by V8's JSON.parse: `pg` otherwise decodes
 * and parses every field of every row, two thirds of a 200-row read's client CPU, for half as much again on PostgreSQL.
 * Values then come as JSON has them (numbers, booleans, null, text) and as `pg` gives them elsewhere for the same
 * columns except numbers (a number, where `pg` gives a bigint or numeric as text) and timestamps (ISO text): read them
 * with asNum, asBool, asDate. On SQLite it is a plain statement through readRows.
 */
export async function readTuples(em: SqlEntityManager, columns: readonly string[], from: string, params: readonly unknown[]): Promise<Tuple[]> {
  if (isPostgres(em)) {
    const [packed] = await readRows(em, `select coalesce(json_agg(json_build_array(${columns.join(', ')})), '[]')::text as packed ${from}`, params);
    return JSON.parse(packed!['packed'] as string) as Tuple[];
  }
  const names = columns.map((_, i) => `c${i}`);
  const result = await readRows(em, `select ${columns.map((column, i) => `${column} as ${names[i]}`).join(', ')} ${from}`, params);
  return result.map((r) => names.map((name) => r[name]));
}

/** What readRows and the pool's own test take from knex's client: a pooled `pg` connection, and giving it back. */
export interface PooledClient {
  acquireConnection(): Promise<{ query(text: string, values: unknown[]): Promise<{ rows: Row[] }> }>;
  releaseConnection(connection: unknown): Promise<void>;
}

/** The text before a list's `in (?)` with its `in (` taken off. */
function listOpening(before: string, sql: string): string {
  const match = /\bin\s*\(\s*$/i.exec(before);
  if (!match) throw new Error(`readRows: a list parameter must stand in "in (?)": ${sql}`);
  return before.slice(0, match.index);
}

/** The text after a list's `in (?)` with its `)` taken off. */
function listClosing(after: string, sql: string): string {
  const match = /^\s*\)/.exec(after);
  if (!match) throw new Error(`readRows: a list parameter must stand in "in (?)": ${sql}`);
  return after.slice(match[0].length);
}
