import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  { files: ['src/env.ts'], rules: { 'no-restricted-properties': 'off' } },
  // The built API and web app are driven over HTTP, never imported.
  ...importBoundaries({ packageWide: [onlyWorkspacePackages([], '@cchc/e2e')] }),
];
