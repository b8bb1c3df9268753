// Typed documents from the API's committed schema (the provisional contract copy until apps/api publishes one).
import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

export const API_SCHEMA = '../api/schema.graphql';

/** One definition for `pnpm codegen` and the drift test (src/test/codegenDrift.test.ts), so both generate alike. */
export function codegenConfig(schema: string, outDir = './src/gql/'): CodegenConfig {
  return {
    schema,
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
    ignoreNoDocuments: true,
    silent: true,
    generates: {
      [outDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', ID: 'string' } },
      },
    },
  };
}

export default codegenConfig(existsSync(API_SCHEMA) ? API_SCHEMA : './schema/contract.graphql');
