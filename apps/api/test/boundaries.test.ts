// The import rules of ARCHITECTURE.md are lint (eslint.config.js): an import that runs the wrong way is an error.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** The no-restricted-imports messages for `code` as if it were the file `filePath` of this package. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries of apps/api', () => {
  it('refuses a module importing the composition root, a resolver or the dataset', async () => {
    const messages = await restricted(
      'src/modules/indicator/example.ts',
      [
        "import { createLoaders } from '../../graphql/loaders.js';",
        "import { ReportResolver } from '../report/report.resolver.js';",
        "import { loadDataset } from '@cchc/dataset';",
        'export const all = [createLoaders, ReportResolver, loadDataset];',
      ].join('\n'),
    );
    expect(messages).toHaveLength(3);
    expect(messages.join('\n')).toContain('composition root');
  });

  it('refuses a shared helper importing a module', async () => {
    const messages = await restricted(
      'src/graphql/rows.ts',
      "import type { IndicatorType } from '../modules/indicator/indicator.type.js';\nexport type T = IndicatorType;\n",
    );
    expect(messages).toEqual([expect.stringContaining('Shared helpers know no module')]);
  });

  it("accepts a module using shared helpers and another module's rows", async () => {
    const messages = await restricted(
      'src/modules/report/example.ts',
      [
        "import { rows } from '../../graphql/rows.js';",
        "import { INDICATOR_COLUMNS } from '../indicator/indicator.rows.js';",
        "import type { Context } from '../../context.js';",
        'export const all = [rows, INDICATOR_COLUMNS];',
        'export type C = Context;',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });
});
