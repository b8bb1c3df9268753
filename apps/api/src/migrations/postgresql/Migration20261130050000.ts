import { Migration } from '@mikro-orm/migrations';

// Issue 11: an imported PHỤ LỤC I records who imported which file and when; each figure it wrote points to that
// import and to its row of the file, so its source is structured data worded in the reader's language.
export class Migration20261130050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "appendix_import" ("id" serial primary key, "org_unit_code" varchar(64) not null, "programme_code" varchar(20) not null, "year" int null, "format" varchar(8) not null, "file_name" varchar(255) null, "imported_by_user_id" int null, "imported_by" varchar(200) not null, "imported_at" timestamptz not null, "values_written" int not null, "blanks" int not null);`);
    this.addSql(`create index "appendix_import_org_unit_idx" on "appendix_import" ("org_unit_code", "programme_code", "imported_at");`);
    this.addSql(`alter table "observation" add column "import_id" int null;`);
    this.addSql(`alter table "observation" add column "import_row" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "observation" drop column "import_row";`);
    this.addSql(`alter table "observation" drop column "import_id";`);
    this.addSql(`drop table if exists "appendix_import";`);
  }
}
