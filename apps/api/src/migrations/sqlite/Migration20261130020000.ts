import { Migration } from '@mikro-orm/migrations';

// English names of indicators and section titles, for readers who switch language (filled by the seed, and for a
// database seeded before, by ensureEnglishNames at start-up).
export class Migration20261130020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`indicator\` add column \`name_en\` text null;`);
    this.addSql(`alter table \`section\` add column \`title_en\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`section\` drop column \`title_en\`;`);
    this.addSql(`alter table \`indicator\` drop column \`name_en\`;`);
  }
}
