import { Migration } from '@mikro-orm/migrations';

const ROLES_BEFORE = `('ADMIN', 'ANALYST', 'PLANNER')`;
const ROLES_AFTER = `('ADMIN', 'ANALYST', 'PLANNER', 'REVIEWER')`;

/**
 * The reporting cycle: the REVIEWER role, submissions (a commune's year of figures or its plan) with their status,
 * the audit log of every step, and the commune's explanations of findings.
 *
 * SQLite cannot alter a CHECK constraint, so app_user is rebuilt from its own stored definition with the wider role
 * list (whatever columns it has by then), and the tables referencing it are rebuilt with it (see widenRoles).
 */
export class Migration20261129235000 extends Migration {
  override async up(): Promise<void> {
    await this.widenRoles(ROLES_BEFORE, ROLES_AFTER);
    await this.execute(`create table \`submission\` (\`id\` integer not null primary key autoincrement, \`kind\` text check (\`kind\` in ('YEAR_DATA', 'PLAN')) not null, \`org_unit_code\` text not null, \`year\` integer not null, \`programme_code\` text null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')) not null, \`reviewer_unit_code\` text null, \`version\` integer not null default 1, \`updated_at\` datetime not null, \`updated_by\` text not null);`);
    await this.execute(`create unique index \`submission_kind_org_unit_code_year_unique\` on \`submission\` (\`kind\`, \`org_unit_code\`, \`year\`);`);
    await this.execute(`create index \`submission_reviewer_idx\` on \`submission\` (\`kind\`, \`year\`, \`reviewer_unit_code\`);`);
    await this.execute(`create table \`submission_event\` (\`id\` integer not null primary key autoincrement, \`submission_id\` integer not null, \`action\` text not null, \`from_status\` text null, \`to_status\` text null, \`at\` datetime not null, \`by_user_id\` integer null, \`by\` text not null, \`comment\` text null, \`finding_key\` text null, constraint \`submission_event_submission_id_foreign\` foreign key(\`submission_id\`) references \`submission\`(\`id\`) on delete cascade on update cascade);`);
    await this.execute(`create index \`submission_event_submission_id_at_index\` on \`submission_event\` (\`submission_id\`, \`at\`);`);
    await this.execute(`create table \`finding_explanation\` (\`id\` integer not null primary key autoincrement, \`submission_id\` integer not null, \`finding_key\` text not null, \`kind\` text check (\`kind\` in ('EXPLAINED', 'AS_IN_SOURCE')) not null, \`text\` text not null, \`review\` text check (\`review\` in ('PENDING', 'ACCEPTED', 'QUESTIONED')) not null, \`review_comment\` text null, \`explained_by\` text not null, \`explained_at\` datetime not null, \`reviewed_by\` text null, \`reviewed_at\` datetime null, constraint \`finding_explanation_submission_id_foreign\` foreign key(\`submission_id\`) references \`submission\`(\`id\`) on delete cascade on update cascade);`);
    await this.execute(`create unique index \`finding_explanation_submission_id_finding_key_unique\` on \`finding_explanation\` (\`submission_id\`, \`finding_key\`);`);
  }

  override async down(): Promise<void> {
    await this.execute(`drop table if exists \`finding_explanation\`;`);
    await this.execute(`drop table if exists \`submission_event\`;`);
    await this.execute(`drop table if exists \`submission\`;`);
    await this.execute(`delete from \`app_user\` where \`role\` = 'REVIEWER';`);
    await this.widenRoles(ROLES_AFTER, ROLES_BEFORE);
  }

  private async widenRoles(from: string, to: string): Promise<void> {
    const definition = await this.tableSql('app_user');
    if (!definition.includes(from)) throw new Error(`app_user's role check is not ${from}: ${definition}`);
    const indexes = await this.indexSql('app_user');
    // With foreign keys on (they cannot be switched off inside the migration's transaction), renaming app_user
    // rewrites its children's references to the new name, and dropping a parent would cascade. So: rename the old
    // table away, create the new one, rebuild every child to reference it again, then drop the old one (childless).
    const children = (await this.execute(`select \`name\` from \`sqlite_master\` where \`type\` = 'table' and \`sql\` like '%app_user%' and \`name\` <> 'app_user'`))
      .map((r) => String(r['name']))
      .filter((name) => !name.startsWith('sqlite_'));
    await this.execute(`alter table \`app_user\` rename to \`app_user_before_roles\``);
    await this.execute(definition.replace(from, to));
    await this.copy('app_user_before_roles', 'app_user');
    for (const index of indexes) await this.execute(index);
    for (const child of children) {
      const childSql = await this.tableSql(child);
      if (!childSql.includes('app_user_before_roles')) continue;
      const childIndexes = await this.indexSql(child);
      const rebuilt = `${child}__roles`;
      await this.execute(childSql.replace(/app_user_before_roles/g, 'app_user').replace(new RegExp(`^CREATE TABLE [\`"]?${child}[\`"]?`, 'i'), `create table \`${rebuilt}\``));
      await this.copy(child, rebuilt);
      await this.execute(`drop table \`${child}\``);
      await this.execute(`alter table \`${rebuilt}\` rename to \`${child}\``);
      for (const index of childIndexes) await this.execute(index);
    }
    await this.execute(`drop table \`app_user_before_roles\``);
  }

  private async tableSql(name: string): Promise<string> {
    const found = await this.execute(`select \`sql\` from \`sqlite_master\` where \`type\` = 'table' and \`name\` = ?`, [name]);
    return String(found[0]?.['sql'] ?? '');
  }

  /** Each index as a drop (indexes keep their names when their table is renamed) and a create statement. */
  private async indexSql(table: string): Promise<string[]> {
    const found = await this.execute(`select \`name\`, \`sql\` from \`sqlite_master\` where \`type\` = 'index' and \`tbl_name\` = ? and \`sql\` is not null`, [table]);
    return found.flatMap((r) => [`drop index if exists \`${String(r['name'])}\``, String(r['sql'])]);
  }

  private async copy(from: string, to: string): Promise<void> {
    const columns = (await this.execute(`select \`name\` from pragma_table_info(?)`, [from])).map((r) => `\`${String(r['name'])}\``).join(', ');
    await this.execute(`insert into \`${to}\` (${columns}) select ${columns} from \`${from}\``);
  }
}
