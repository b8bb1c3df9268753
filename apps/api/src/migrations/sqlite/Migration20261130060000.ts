import { Migration } from '@mikro-orm/migrations';
import { DATA_TABLES } from '../postgresql/Migration20261130060000.js';

/**
 * The data version (issue 12): one counter that any write to the data moves, in the same transaction as the write.
 * SQLite has only row-level triggers: each inserted, updated or deleted row of a data table adds one (a few
 * microseconds; only the increase matters, never the amount).
 */
export class Migration20261130060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `data_version` (`id` integer not null primary key check (`id` = 1), `version` integer not null);');
    this.addSql('insert into `data_version` (`id`, `version`) values (1, 1);');
    for (const table of DATA_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        this.addSql(
          `create trigger \`${table}_data_version_${event}\` after ${event} on \`${table}\` begin update \`data_version\` set \`version\` = \`version\` + 1 where \`id\` = 1; end;`,
        );
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of DATA_TABLES) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists \`${table}_data_version_${event}\`;`);
    }
    this.addSql('drop table if exists `data_version`;');
  }
}
