import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  { files: ['src/env.ts'], rules: { 'no-restricted-properties': 'off' } },
  // The servers are driven over HTTP; only the data they are loaded with and the API's Node flags (to start it as it
  // runs) come from the workspace.
  ...importBoundaries({ packageWide: [onlyWorkspacePackages(['@cchc/synthetic', '@cchc/dataset', '@cchc/api/node-flags'], '@cchc/bench')] }),
];
