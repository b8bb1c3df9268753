import { Migration } from '@mikro-orm/migrations';

/** Every table whose rows a reader's answer can show (sessions and the installation's settings are not data). */
export const DATA_TABLES = [
  'org_unit', 'programme', 'report', 'section', 'section_indicator', 'indicator', 'indicator_component', 'observation',
  'programme_task', 'target', 'target_milestone', 'target_history', 'app_user', 'saved_query', 'submission',
  'submission_event', 'finding_explanation', 'appendix_import',
];

/**
 * The data version (issue 12): one counter that any write to the data moves, in the same transaction as the write —
 * a statement-level trigger on each data table, so imports, year entries, approvals, target saves, report reading,
 * raw SQL and bulk COPY all move it without the code that writes knowing. The API derives its HTTP ETags from it.
 */
export class Migration20261130060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "data_version" ("id" int primary key check ("id" = 1), "version" bigint not null);`);
    this.addSql(`insert into "data_version" ("id", "version") values (1, 1);`);
    this.addSql(
      `create function "cchc_bump_data_version"() returns trigger language plpgsql as $$ begin update "data_version" set "version" = "version" + 1 where "id" = 1; return null; end $$;`,
    );
    for (const table of DATA_TABLES) {
      this.addSql(
        `create trigger "${table}_data_version" after insert or update or delete or truncate on "${table}" for each statement execute function "cchc_bump_data_version"();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of DATA_TABLES) this.addSql(`drop trigger if exists "${table}_data_version" on "${table}";`);
    this.addSql(`drop function if exists "cchc_bump_data_version"();`);
    this.addSql(`drop table if exists "data_version";`);
  }
}
