import { Migration } from '@mikro-orm/migrations';

// Issue 9: sessions that can be revoked (web cookie sessions, bearer sessions, personal API tokens), disabled users,
// and installation settings (the signing secret generated at first start, shared by every API process).
export class Migration20261129230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "disabled" boolean not null default false;`);
    this.addSql(`alter table "app_user" add column "name" varchar(200) null;`);
    this.addSql(`create table "app_session" ("id" varchar(64) not null primary key, "user_id" int not null, "kind" text check ("kind" in ('WEB', 'BEARER', 'API_TOKEN')) not null, "name" varchar(100) null, "created_at" timestamptz not null, "expires_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "app_session" add constraint "app_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "app_session_user_id_index" on "app_session" ("user_id");`);
    this.addSql(`create table "app_setting" ("name" varchar(100) not null primary key, "value" text not null);`);
    // rate-limiter-flexible's table (its own layout), created here so that processes starting together do not race.
    this.addSql(`create table if not exists "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
    this.addSql(`drop table if exists "app_setting";`);
    this.addSql(`drop table if exists "app_session";`);
    this.addSql(`alter table "app_user" drop column "name";`);
    this.addSql(`alter table "app_user" drop column "disabled";`);
  }
}
