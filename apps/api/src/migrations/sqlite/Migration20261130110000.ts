import { Migration } from '@mikro-orm/migrations';
import { backfillSearchNames } from '../postgresql/Migration20261130110000.js';

/** The org unit's search key beside its name (see the PostgreSQL migration of the same name). */
export class Migration20261130110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `org_unit` add column `search_name` text not null default '';");
    await backfillSearchNames(this);
  }

  override async down(): Promise<void> {
    this.addSql('alter table `org_unit` drop column `search_name`;');
  }
}
