import { Migration } from '@mikro-orm/migrations';

// Issue 11: an imported PHỤ LỤC I records who imported which file and when; each figure it wrote points to that
// import and to its row of the file, so its source is structured data worded in the reader's language.
export class Migration20261130050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`appendix_import\` (\`id\` integer not null primary key autoincrement, \`org_unit_code\` text not null, \`programme_code\` text not null, \`year\` integer null, \`format\` text not null, \`file_name\` text null, \`imported_by_user_id\` integer null, \`imported_by\` text not null, \`imported_at\` datetime not null, \`values_written\` integer not null, \`blanks\` integer not null);`);
    this.addSql(`create index \`appendix_import_org_unit_idx\` on \`appendix_import\` (\`org_unit_code\`, \`programme_code\`, \`imported_at\`);`);
    this.addSql(`alter table \`observation\` add column \`import_id\` integer null;`);
    this.addSql(`alter table \`observation\` add column \`import_row\` integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`observation\` drop column \`import_row\`;`);
    this.addSql(`alter table \`observation\` drop column \`import_id\`;`);
    this.addSql(`drop table if exists \`appendix_import\`;`);
  }
}
