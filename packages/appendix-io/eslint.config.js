import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  ...importBoundaries({
    // Its tests read the Bình Thành report from @cchc/dataset; the package itself knows only the domain.
    packageWide: [onlyWorkspacePackages(['@cchc/domain', '@cchc/dataset'], '@cchc/appendix-io tests')],
    areas: [{ files: ['src/**/*.ts'], ignores: ['src/**/*.test.ts'], forbid: [onlyWorkspacePackages(['@cchc/domain'], '@cchc/appendix-io')] }],
  }),
];
