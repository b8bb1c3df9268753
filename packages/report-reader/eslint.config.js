import base from '@cchc/eslint-config';
export default base;
