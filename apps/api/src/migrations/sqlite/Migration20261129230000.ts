import { Migration } from '@mikro-orm/migrations';

// Issue 9: sessions that can be revoked (web cookie sessions, bearer sessions, personal API tokens), disabled users,
// and installation settings (the signing secret generated at first start on PostgreSQL).
export class Migration20261129230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`app_user\` add column \`disabled\` integer not null default 0;`);
    this.addSql(`alter table \`app_user\` add column \`name\` text null;`);
    this.addSql(`create table \`app_session\` (\`id\` text not null primary key, \`user_id\` integer not null, \`kind\` text check (\`kind\` in ('WEB', 'BEARER', 'API_TOKEN')) not null, \`name\` text null, \`created_at\` datetime not null, \`expires_at\` datetime null, \`last_used_at\` datetime null, constraint \`app_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`app_session_user_id_index\` on \`app_session\` (\`user_id\`);`);
    this.addSql(`create table \`app_setting\` (\`name\` text not null primary key, \`value\` text not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`app_setting\`;`);
    this.addSql(`drop table if exists \`app_session\`;`);
    this.addSql(`alter table \`app_user\` drop column \`name\`;`);
    this.addSql(`alter table \`app_user\` drop column \`disabled\`;`);
  }
}
