// Section 3.2's staffing table: a database seeded before the two-level header gets it from the migration, and the
// migration's way down gives back the flattened header it replaced.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDataset } from '@cchc/dataset';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../src/config.js';
import { seedDataset } from '../src/modules/seed/seed.service.js';
import { openOrm, type Orm } from '../src/orm.js';

const FLAT_HEADER = '| Năm 2021 Cán bộ | Công chức | Năm 2022 Cán bộ |';
const YEARS_HEADER = '| Năm 2021 || Năm 2022 || Năm 2023 || Năm 2024 || Năm 2025 ||\n| Cán bộ | Công chức | Cán bộ |';

describe('migration of the section 3.2 staffing table (sqlite)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-migration-'));
  let orm: Orm | undefined;
  afterAll(async () => {
    await orm?.close(true);
    rmSync(dir, { recursive: true, force: true });
  });

  const body = async () => {
    const rows = (await orm!.em.getConnection().execute(`select body from section where key = 'II.3.2'`)) as { body: string }[];
    return rows[0]?.body ?? '';
  };

  it('turns the flattened header into years over "Cán bộ | Công chức", and back on the way down', async () => {
    orm = await openOrm(parseDatabaseUrl(`file:${path.join(dir, 'staffing.sqlite')}`));
    await orm.getMigrator().up();
    await seedDataset(orm, loadDataset());
    const seeded = await body();
    expect(seeded).toContain(YEARS_HEADER);

    await orm.getMigrator().down({ to: 'Migration20261129235000' });
    const flat = await body();
    expect(flat).toContain(FLAT_HEADER);
    expect(flat).not.toContain('||');

    await orm.getMigrator().up();
    expect(await body()).toBe(seeded);
  });
});
