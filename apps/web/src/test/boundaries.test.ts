// @vitest-environment node
// The import rules of ARCHITECTURE.md are lint (eslint.config.js): an import that runs the wrong way is an error.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });

/** The no-restricted-imports messages for `code` as if it were the file `filePath` of this package. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries of apps/web', () => {
  it('refuses a module importing app/ or a page', async () => {
    const messages = await restricted(
      'src/modules/compare/components/Example.tsx',
      "import { routes } from '../../../app/router';\nimport { COMPARE_PAGE } from '../../../pages/ComparePage.query';\nexport const all = [routes, COMPARE_PAGE];\n",
    );
    expect(messages).toHaveLength(2);
  });

  it('refuses modules/ui importing a feature module, and any workspace package but the domain', async () => {
    const messages = await restricted(
      'src/modules/ui/components/Example.tsx',
      "import { periodAnchor } from '../../indicator/utils/anchors';\nimport { loadDataset } from '@cchc/dataset';\nexport const all = [periodAnchor, loadDataset];\n",
    );
    expect(messages).toHaveLength(2);
  });

  it('accepts a page importing modules and the domain', async () => {
    const messages = await restricted(
      'src/pages/Example.tsx',
      "import { paths } from '../modules/ui/utils/paths';\nimport { formatNumber } from '@cchc/domain';\nexport const all = [paths, formatNumber];\n",
    );
    expect(messages).toEqual([]);
  });
});
