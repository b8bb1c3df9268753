import { Migration } from '@mikro-orm/migrations';

// Rankings walk org_unit.parent_code (recursive CTE for a province's or district's descendants) and filter on level
// (every commune of the country); PostgreSQL does not index foreign keys by itself.
export class Migration20261127040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "org_unit_parent_code_index" on "org_unit" ("parent_code");`);
    this.addSql(`create index if not exists "org_unit_level_code_index" on "org_unit" ("level", "code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "org_unit_level_code_index";`);
    this.addSql(`drop index if exists "org_unit_parent_code_index";`);
  }
}
