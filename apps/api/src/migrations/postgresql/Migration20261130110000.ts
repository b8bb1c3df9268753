import { Migration } from '@mikro-orm/migrations';
import { searchKey } from '@cchc/domain';

/** Units per backfill statement: one `update … where code in (…)` per group of units that share a search key. */
const CODES_PER_STATEMENT = 500;

/**
 * The statements that give every org unit already held its search key (the domain's `searchKey` of its name). The
 * folding is the domain's rule, not SQL's (PostgreSQL's unaccent is an extension, SQLite has none), so the names are
 * read here and written back grouped by key.
 */
export async function backfillSearchNames(migration: Migration): Promise<void> {
  const units = (await migration.execute('select code, name from org_unit')) as { code: string; name: string }[];
  const byKey = new Map<string, string[]>();
  for (const u of units) {
    const key = searchKey(u.name);
    byKey.set(key, [...(byKey.get(key) ?? []), u.code]);
  }
  const knex = migration.getKnex();
  for (const [key, codes] of byKey) {
    for (let i = 0; i < codes.length; i += CODES_PER_STATEMENT) {
      migration.addSql(knex('org_unit').update({ search_name: key }).whereIn('code', codes.slice(i, i + CODES_PER_STATEMENT)));
    }
  }
}

/**
 * The commune selector searches on the server (issue 11): "binh thanh" finds "Bình Thành". Each org unit keeps its
 * name's search key beside the name, so the search is one SQL `like` on both dialects without a collation of its own.
 */
export class Migration20261130110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "org_unit" add column "search_name" varchar(200) not null default '';`);
    await backfillSearchNames(this);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" drop column "search_name";`);
  }
}
