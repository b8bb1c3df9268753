import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  { files: ['src/env.ts'], rules: { 'no-restricted-properties': 'off' } },
  // The API's Node flags only for the SQLite loader's test, which starts the built API as it runs.
  ...importBoundaries({ packageWide: [onlyWorkspacePackages(['@cchc/domain', '@cchc/dataset', '@cchc/api/node-flags'], '@cchc/synthetic')] }),
];
