// The SQLite loader end to end: the built API migrates and seeds a fresh file, the tiny preset is loaded into the
// API's own tables, and the API ranks the synthetic peers. Loading again replaces rather than duplicates.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NODE_FLAGS } from '@cchc/api/node-flags';
import { loadDataset } from '@cchc/dataset';
import { searchKey } from '@cchc/domain';
import { childEnv, REPO_ROOT } from '../env.js';
import { planGeneration } from '../generate.js';
import { SqliteLoader } from './sqlite.js';

const API_MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

describe('SqliteLoader into the API’s database', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-synthetic-'));
  const file = path.join(dir, 'cchc.sqlite');
  let api: ChildProcess;
  let url = '';
  let output = '';
  const plan = planGeneration({ preset: 'tiny', dataset: loadDataset(), seed: 99 });

  beforeAll(async () => {
    if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build @cchc/api first`);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
      env: childEnv({ DATABASE_URL: `file:${file}`, PORT: String(port), DEMO_MODE: 'false', LOG_LEVEL: 'warn' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    api.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    for (let i = 0; i < 300; i++) {
      if (api.exitCode !== null) throw new Error(`the API exited: ${output}`);
      const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the API did not start: ${output}`);
  });

  afterAll(() => {
    api?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the preset, and the API ranks the synthetic communes by their generated values', async () => {
    const loader = new SqliteLoader(file);
    const first = await loader.load(plan);
    await loader.close();
    const rows = [...plan.rows()];
    expect(first.rows).toBe(rows.length);

    const year = 2019;
    const generated = rows.filter((r) => r.indicatorCode === 'N.PAR.SCORE' && r.year === year);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ ranking(indicatorCode: "N.PAR.SCORE", year: ${year}, withinOrgUnitCode: "dinh-hoa") { orgUnitCode value rank of } }`,
      }),
    });
    const body = (await res.json()) as { data?: { ranking: { orgUnitCode: string; value: number | null; rank: number | null; of: number }[] } };
    const ranking = body.data?.ranking ?? [];
    const withValue = generated.filter((r) => r.value !== null);
    expect(ranking.filter((e) => e.value !== null)).toHaveLength(withValue.length);
    for (const r of withValue) expect(ranking.find((e) => e.orgUnitCode === r.orgUnitCode)?.value).toBe(r.value);
    const best = [...withValue].sort((a, b) => (b.value as number) - (a.value as number))[0];
    expect(ranking[0]).toMatchObject({ orgUnitCode: best?.orgUnitCode, rank: 1, of: withValue.length });
  });

  it('writes each unit its search key, so the API finds a loaded commune by its name typed without diacritics', async () => {
    const unit = plan.structure.units.find((u) => u.level === 'COMMUNE' && u.code !== 'binh-thanh' && u.name.normalize('NFD') !== u.name)!;
    const typed = searchKey(unit.name);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($text: String!) { orgUnitSearch(text: $text, first: 20) { units { code } } }', variables: { text: typed } }),
    });
    const body = (await res.json()) as { data?: { orgUnitSearch: { units: { code: string }[] } } };
    expect(body.data?.orgUnitSearch.units.map((u) => u.code)).toContain(unit.code);
  });

  it('replaces its own rows when loaded again, and never touches the real report', async () => {
    const db = new Database(file, { readonly: true });
    const count = () =>
      db.prepare('SELECT sum(synthetic) AS synthetic, sum(1 - synthetic) AS real FROM observation').get() as {
        synthetic: number;
        real: number;
      };
    const before = count();
    const loader = new SqliteLoader(file);
    const again = await loader.load(plan);
    await loader.close();
    const after = count();
    expect(again.deleted).toBe(before.synthetic);
    expect(after).toEqual(before);
    expect(after.real).toBeGreaterThan(0);
    const mixed = db
      .prepare("SELECT count(*) AS n FROM observation WHERE synthetic = 1 AND org_unit_code = 'binh-thanh'")
      .get() as { n: number };
    expect(mixed.n).toBe(0);
    db.close();
  });

  it('gives no synthetic row to a commune that has since received real figures (an import), and keeps those figures', async () => {
    const peer = plan.communeCodes.find((c) => c !== 'binh-thanh') as string;
    const writer = new Database(file);
    writer
      .prepare(
        "INSERT INTO observation (indicator_code, org_unit_code, period_key, period_kind, year, value, raw, synthetic) VALUES ('N.PAR.SCORE', ?, '2024', 'YEAR', 2024, 81.5, '81,5', 0)",
      )
      .run(peer);
    writer.close();
    const loader = new SqliteLoader(file);
    await loader.load(plan);
    await loader.close();
    const db = new Database(file, { readonly: true });
    const of = (synthetic: number) =>
      (db.prepare('SELECT count(*) AS n FROM observation WHERE org_unit_code = ? AND synthetic = ?').get(peer, synthetic) as { n: number }).n;
    expect(of(1)).toBe(0);
    expect(of(0)).toBe(1);
    db.close();
  });
});
