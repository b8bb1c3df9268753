// The appendix module's per-request loaders: the import that wrote a figure, for its source.
import type { SqlEntityManager } from '@mikro-orm/knex';
import { one, type LoaderOptions } from '../../graphql/batch.js';
import { rows } from '../../graphql/rows.js';
import { APPENDIX_IMPORT_COLUMNS, toAppendixImport } from './appendix.rows.js';
import type { AppendixImportType } from './appendix.type.js';

export function appendixLoaders(em: SqlEntityManager, options: LoaderOptions) {
  const appendixImport = one<number, AppendixImportType>(
    options,
    async (ids) =>
      (await rows(em, em.getKnex()('appendix_import').select(APPENDIX_IMPORT_COLUMNS).whereIn('id', ids))).map(toAppendixImport),
    (i) => i.id,
  );
  return { appendixImport };
}
