import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  ...importBoundaries({
    // Its tests measure against the hand-checked Bình Thành dataset; the package itself knows the domain only.
    packageWide: [onlyWorkspacePackages(['@cchc/domain', '@cchc/dataset'], '@cchc/report-reader tests')],
    areas: [{ files: ['src/**/*.ts'], ignores: ['src/**/*.test.ts', 'src/measure/**', 'src/testing/**'], forbid: [onlyWorkspacePackages(['@cchc/domain'], '@cchc/report-reader')] }],
  }),
];
