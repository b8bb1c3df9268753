import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

const noAppOrPages = {
  regex: '^(\\.\\./)+(app|pages)/',
  message: 'A module does not import app/ or pages/ (they import modules): move what it needs into a module, e.g. modules/ui.',
};

export default [
  ...base,
  { ignores: ['src/gql/**'] },
  // ARCHITECTURE.md's import rules; the last area a file matches is the one that applies.
  ...importBoundaries({
    packageWide: [onlyWorkspacePackages(['@cchc/domain'], '@cchc/web')],
    areas: [
      { files: ['src/pages/**/*.{ts,tsx}'], forbid: [{ regex: '^\\.\\./app/', message: 'A page does not import app/ (app/ routes to pages): use a module.' }] },
      { files: ['src/modules/**/*.{ts,tsx}'], forbid: [noAppOrPages] },
      {
        files: ['src/modules/ui/**/*.{ts,tsx}'],
        forbid: [noAppOrPages, { regex: '^\\.\\./\\.\\./(?!ui/)[\\w-]+/', message: 'modules/ui is the shared base: it imports no feature module.' }],
      },
    ],
  }),
];
