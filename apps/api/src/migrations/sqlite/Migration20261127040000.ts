import { Migration } from '@mikro-orm/migrations';

// Rankings filter on level (every commune of the country); parent_code is already indexed in SQLite.
export class Migration20261127040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists \`org_unit_level_code_index\` on \`org_unit\` (\`level\`, \`code\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists \`org_unit_level_code_index\`;`);
  }
}
