import base from '@cchc/eslint-config';
import { importBoundaries } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  ...importBoundaries({
    areas: [
      {
        files: ['src/**/*.ts'],
        ignores: ['src/**/*.test.ts'],
        forbid: [{ regex: '^[^.]', message: '@cchc/domain imports nothing: no framework, no I/O, only its own files (ARCHITECTURE.md).' }],
      },
    ],
  }),
];
