import base from '@cchc/eslint-config';
import { importBoundaries, onlyWorkspacePackages } from '@cchc/eslint-config/boundaries';

export default [...base, ...importBoundaries({ packageWide: [onlyWorkspacePackages(['@cchc/domain'], '@cchc/dataset')] })];
