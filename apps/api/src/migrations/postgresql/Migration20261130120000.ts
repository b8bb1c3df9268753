import { Migration } from '@mikro-orm/migrations';

/**
 * The two indexes every hot read of figures goes through carry the columns those reads return (issue 12), so
 * PostgreSQL answers them from the index alone (an index-only scan) instead of one heap page per figure: a province's
 * compare (W1) read 1,598 buffers for its 398 figures, 26 with these; a district's dashboard series (W3) halved its
 * PostgreSQL CPU. `compare` and the ranking read by indicator and year, the series by org unit and indicator. SQLite
 * keeps its plain indexes (it has no INCLUDE; the embedded database is one province at most).
 */
export class Migration20261130120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "observation_indicator_year_org_idx";`);
    this.addSql(
      `create index "observation_indicator_year_org_idx" on "observation" ("indicator_code", "year", "org_unit_code") include ("period_kind", "value", "raw", "synthetic", "id");`,
    );
    this.addSql(`drop index "observation_org_indicator_idx";`);
    this.addSql(
      `create index "observation_org_indicator_idx" on "observation" ("org_unit_code", "indicator_code", "end_year") include ("period_kind", "year", "value", "raw", "synthetic", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "observation_indicator_year_org_idx";`);
    this.addSql(`create index "observation_indicator_year_org_idx" on "observation" ("indicator_code", "year", "org_unit_code");`);
    this.addSql(`drop index "observation_org_indicator_idx";`);
    this.addSql(`create index "observation_org_indicator_idx" on "observation" ("org_unit_code", "indicator_code", "end_year");`);
  }
}
