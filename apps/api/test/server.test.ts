// The HTTP shell: the built web app with its SPA fallback, /healthz, and errors that never leak internals.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { DEMO_ACCOUNTS } from '../src/modules/seed/seed.service.js';
import { startServer, type RunningServer } from '../src/server.js';
import pg from 'pg';
import { DIALECTS, PG_ADMIN_URL } from './helpers/server.js';

const ASSET = `export const app = ${JSON.stringify('x'.repeat(4000))};`;

describe('HTTP server with a built web app', () => {
  let server: RunningServer;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cchc-api-web-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>CCHC</title><div id="root"></div>');
    writeFileSync(path.join(dir, 'app.js'), 'console.log("app")');
    // As the web build writes them: a hashed asset with its brotli and gzip copies (apps/web/precompress.ts).
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), ASSET);
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(ASSET));
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(ASSET));
    // The pages' own copies of index.html that preload their code (apps/web/first-screens.ts).
    mkdirSync(path.join(dir, 'first-screen'));
    writeFileSync(path.join(dir, 'first-screen', 'indicator.html'), '<!doctype html><title>CCHC</title><div id="root"></div><!-- indicator -->');
    writeFileSync(path.join(dir, 'first-screen', 'overview.html'), '<!doctype html><title>CCHC</title><div id="root"></div><!-- overview -->');
    writeFileSync(
      path.join(dir, 'first-screens.json'),
      JSON.stringify({
        screens: [
          { paths: ['/', '/units/:orgUnitCode/reports/:programme'], html: 'first-screen/overview.html' },
          { paths: ['/units/:orgUnitCode/indicators/:code'], html: 'first-screen/indicator.html' },
        ],
      }),
    );
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`,
      PORT: '0',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      WEB_DIST: dir,
    });
    server = await startServer(config, createLogger('silent'), { seed: false });
    url = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the built files and index.html for client-side routes', async () => {
    expect(await (await fetch(`${url}/app.js`)).text()).toBe('console.log("app")');
    const route = await fetch(`${url}/indicators/1.1?org=binh-thanh`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
  });

  it("sends a page's own copy of index.html for the routes the build listed, index.html for the others", async () => {
    const html = async (p: string) => {
      const response = await fetch(`${url}${p}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      return response.text();
    };
    expect(await html('/units/binh-thanh/indicators/N.TTHC.ONLINE_FILE_RATE')).toContain('<!-- indicator -->');
    expect(await html('/units/binh-thanh/indicators/1.1/')).toContain('<!-- indicator -->');
    expect(await html('/units/binh-thanh/reports/2021-2025')).toContain('<!-- overview -->');
    expect(await html('/')).toContain('<!-- overview -->');
    // A segment more or fewer, or an empty parameter, is another route.
    for (const other of ['/units/binh-thanh/indicators', '/units//indicators/1.1', '/units/binh-thanh/indicators/1.1/history', '/units/binh-thanh/findings']) {
      const text = await html(other);
      expect(text, other).toContain('<div id="root">');
      expect(text, other).not.toMatch(/<!-- (indicator|overview) -->/);
    }
  });

  it('sends prebuilt brotli or gzip as the client accepts, hashed assets immutable, index.html revalidated', async () => {
    const get = (p: string, encoding: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http.get(`${url}${p}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toContain('Accept-Encoding');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe(ASSET);
    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(ASSET);
    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(ASSET);
    const page = await get('/units/binh-thanh/reports/2021-2025', 'br');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString()).toContain('<div id="root">');
    expect((await get('/assets/gone-123.js', 'br')).status).toBe(404);
  });

  it('keeps /graphql and /healthz for the API', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok', database: 'sqlite' });
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ orgUnits { code } }' }),
    });
    expect(await res.json()).toEqual({ data: { orgUnits: [] } });
  });

  it('answers a malformed query with a client error and no stack trace', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ orgUnits { nope } }' }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });

  it('stops cleanly: closing twice is harmless and the port is released', async () => {
    const config = loadConfig({ DATABASE_URL: `file:${path.join(dir, 'db2.sqlite')}`, PORT: '0', LOG_LEVEL: 'silent', WEB_DIST: dir });
    const other = await startServer(config, createLogger('silent'), { seed: false });
    await Promise.all([other.close(), other.close()]);
    await expect(fetch(`http://127.0.0.1:${other.port}/healthz`)).rejects.toThrow();
  });
});

describe.skipIf(DIALECTS.find((d) => d.dialect === 'postgresql')!.skip)('two API processes on one PostgreSQL database', () => {
  it('start together: one migrates and seeds, the other finds it done', async () => {
    const name = `cchc_test_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const config = loadConfig({
      DATABASE_URL: PG_ADMIN_URL.replace(/\/test$/, `/${name}`),
      PORT: '0',
      DEMO_MODE: 'true',
      LOG_LEVEL: 'silent',
      WEB_DIST: path.join(tmpdir(), 'cchc-no-web-dist'),
    });
    const servers = await Promise.all([startServer(config, createLogger('silent')), startServer(config, createLogger('silent'))]);
    try {
      const conn = servers[0].orm.em.fork().getConnection();
      const count = async (table: string) => Number(((await conn.execute(`select count(*) as n from ${table}`)) as { n: string }[])[0]!.n);
      expect(await count('report')).toBe(1);
      expect(await count('app_user')).toBe(DEMO_ACCOUNTS.length);
      expect(await count('mikro_orm_migrations')).toBeGreaterThan(0);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
