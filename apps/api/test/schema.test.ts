import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../src/schema.js';

describe('schema.graphql', () => {
  it('is the schema the code builds (run `pnpm --filter @cchc/api schema` after changing the API)', async () => {
    const committed = await readFile(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql'), 'utf8');
    expect(committed).toBe(await printedSchema());
  });
});
