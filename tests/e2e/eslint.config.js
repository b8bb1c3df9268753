import base from '@cchc/eslint-config';

export default [...base, { files: ['src/env.ts'], rules: { 'no-restricted-properties': 'off' } }];
