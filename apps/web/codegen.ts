// Typed documents from the API's committed schema, apps/api/schema.graphql.
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

export default codegenConfig(API_SCHEMA);
