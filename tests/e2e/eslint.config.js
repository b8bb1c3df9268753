import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  { files: ['src/env.ts'], rules: { 'no-restricted-properties': 'off' } },
  // The built API and web app are driven over HTTP, never imported; only the API's Node flags, to start it as it runs.
  ...importBoundaries({ packageWide: [onlyWorkspacePackages(['@cchc/api/node-flags'], '@cchc/e2e')] }),
];
