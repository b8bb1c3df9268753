// @vitest-environment node
// The committed src/gql/ must be what GraphQL Code Generator makes from apps/api/schema.graphql and today's
// operations: a schema change or an edited query without `pnpm codegen` fails here instead of at run time.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { afterAll, describe, expect, it } from 'vitest';
import { API_SCHEMA, codegenConfig } from '../../codegen';

const webRoot = fileURLToPath(new URL('../../', import.meta.url));
const committed = join(webRoot, 'src/gql');
const outDir = mkdtempSync(join(tmpdir(), 'cchc-web-gql-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function filesOf(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('generated GraphQL types (src/gql/)', () => {
  it('match a fresh codegen run against apps/api/schema.graphql — run `pnpm --filter @cchc/web codegen` if not', { timeout: 120_000 }, async () => {
    const schema = join(webRoot, API_SCHEMA);
    expect(existsSync(schema), `${schema} is missing`).toBe(true);
    await generate({ ...codegenConfig(schema, `${outDir}/`), cwd: webRoot }, true);

    const fresh = filesOf(outDir);
    const current = filesOf(committed);
    expect([...current.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [name, content] of fresh) {
      // Compared file by file so a failure names the stale file.
      expect(current.get(name), `src/gql/${name} is stale`).toBe(content);
    }
  });
});
