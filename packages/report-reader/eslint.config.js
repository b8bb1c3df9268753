import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [
  ...base,
  ...importBoundaries({
    // Its tests measure against the hand-checked Bình Thành dataset (and lay its PHỤ LỤC I out as the template's table); the package itself knows the domain only.
    packageWide: [onlyWorkspacePackages(['@cchc/domain', '@cchc/dataset', '@cchc/appendix-io'], '@cchc/report-reader tests')],
    areas: [{ files: ['src/**/*.ts'], ignores: ['src/**/*.test.ts', 'src/measure/**', 'src/testing/**'], forbid: [onlyWorkspacePackages(['@cchc/domain'], '@cchc/report-reader')] }],
  }),
];
