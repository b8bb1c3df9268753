import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  { files: ['src/env.ts'], rules: { 'no-restricted-properties': 'off' } },
  ...importBoundaries({ packageWide: [onlyWorkspacePackages(['@cchc/domain', '@cchc/dataset'], '@cchc/synthetic')] }),
];
