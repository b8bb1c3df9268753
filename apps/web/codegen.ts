// Typed documents from the API's committed schema (the provisional contract copy until apps/api publishes one).
import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

const apiSchema = '../api/schema.graphql';
const schema = existsSync(apiSchema) ? apiSchema : './schema/contract.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', ID: 'string' } },
    },
  },
};

export default config;
