// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from './examples';

const schemaPath = fileURLToPath(new URL('../../../../../api/schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));

describe('EXAMPLE_QUERIES', () => {
  it.each(EXAMPLE_QUERIES.map((e) => [e.id, e] as const))('%s is valid against the API schema', (_id, example) => {
    expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
    expect(() => JSON.parse(example.variables) as unknown).not.toThrow();
  });
});
