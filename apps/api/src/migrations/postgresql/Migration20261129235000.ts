import { Migration } from '@mikro-orm/migrations';

/**
 * The reporting cycle: the REVIEWER role, submissions (a commune's year of figures or its plan) with their status,
 * the audit log of every step, and the commune's explanations of findings.
 */
export class Migration20261129235000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('ADMIN', 'ANALYST', 'PLANNER', 'REVIEWER'));`);
    this.addSql(`create table "submission" ("id" serial primary key, "kind" text check ("kind" in ('YEAR_DATA', 'PLAN')) not null, "org_unit_code" varchar(64) not null, "year" int not null, "programme_code" varchar(20) null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')) not null, "reviewer_unit_code" varchar(64) null, "version" int not null default 1, "updated_at" timestamptz not null, "updated_by" varchar(200) not null);`);
    this.addSql(`alter table "submission" add constraint "submission_kind_org_unit_code_year_unique" unique ("kind", "org_unit_code", "year");`);
    this.addSql(`create index "submission_reviewer_idx" on "submission" ("kind", "year", "reviewer_unit_code");`);
    this.addSql(`create table "submission_event" ("id" serial primary key, "submission_id" int not null, "action" varchar(40) not null, "from_status" varchar(20) null, "to_status" varchar(20) null, "at" timestamptz not null, "by_user_id" int null, "by" varchar(200) not null, "comment" text null, "finding_key" varchar(400) null);`);
    this.addSql(`create index "submission_event_submission_id_at_index" on "submission_event" ("submission_id", "at");`);
    this.addSql(`alter table "submission_event" add constraint "submission_event_submission_id_foreign" foreign key ("submission_id") references "submission" ("id") on update cascade on delete cascade;`);
    this.addSql(`create table "finding_explanation" ("id" serial primary key, "submission_id" int not null, "finding_key" varchar(400) not null, "kind" text check ("kind" in ('EXPLAINED', 'AS_IN_SOURCE')) not null, "text" text not null, "review" text check ("review" in ('PENDING', 'ACCEPTED', 'QUESTIONED')) not null, "review_comment" text null, "explained_by" varchar(200) not null, "explained_at" timestamptz not null, "reviewed_by" varchar(200) null, "reviewed_at" timestamptz null);`);
    this.addSql(`alter table "finding_explanation" add constraint "finding_explanation_submission_id_finding_key_unique" unique ("submission_id", "finding_key");`);
    this.addSql(`alter table "finding_explanation" add constraint "finding_explanation_submission_id_foreign" foreign key ("submission_id") references "submission" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finding_explanation" cascade;`);
    this.addSql(`drop table if exists "submission_event" cascade;`);
    this.addSql(`drop table if exists "submission" cascade;`);
    this.addSql(`delete from "app_user" where "role" = 'REVIEWER';`);
    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('ADMIN', 'ANALYST', 'PLANNER'));`);
  }
}
