import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

const noDataset = { regex: '^@cchc/dataset$', message: 'Only the seed (modules/seed) reads @cchc/dataset (ARCHITECTURE.md).' };
const noResolver = { regex: '\\.resolver(\\.js)?$', message: 'Resolvers are transport: only schema.ts lists them; share a service or repository instead.' };
const noCompositionRoot = {
  regex: '^(\\.\\./)+(main|server|schema|orm|graphql/loaders)(\\.js)?$',
  message: 'A module does not import the composition root (main, server, schema, orm, graphql/loaders): it gets what it needs through the Context.',
};
const noModules = { regex: '(^|/)modules/', message: 'Shared helpers know no module: move the module-specific part into the module.' };

export default [
  ...base,
  {
    // Decorated classes (type-graphql, MikroORM) need runtime imports: a type-only import erases the class that
    // emitDecoratorMetadata refers to.
    files: ['src/**/*.entity.ts', 'src/**/*.type.ts', 'src/**/*.resolver.ts', 'src/**/*.input.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  // ARCHITECTURE.md's import rules; the last area a file matches is the one that applies.
  ...importBoundaries({
    packageWide: [onlyWorkspacePackages(['@cchc/domain', '@cchc/dataset', '@cchc/appendix-io', '@cchc/report-reader'], '@cchc/api')],
    areas: [
      { files: ['src/**/*.ts'], forbid: [noDataset, noResolver] },
      { files: ['src/schema.ts'], forbid: [noDataset] },
      { files: ['src/modules/**/*.ts'], forbid: [noDataset, noResolver, noCompositionRoot] },
      // The seed loads the dataset at start-up, through the ORM it is handed.
      { files: ['src/modules/seed/**/*.ts'], forbid: [noResolver, { ...noCompositionRoot, regex: '^(\\.\\./)+(main|server|schema|graphql/loaders)(\\.js)?$' }] },
      {
        files: ['src/config.ts', 'src/errors.ts', 'src/limits.ts', 'src/logger.ts', 'src/validation.ts', 'src/graphql/enums.ts', 'src/graphql/jit.ts'],
        forbid: [noDataset, noModules],
      },
    ],
  }),
];
