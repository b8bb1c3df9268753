import { Migration } from '@mikro-orm/migrations';

export class Migration20261127025206 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "indicator" ("code" varchar(64) not null, "code_as_written" varchar(64) not null, "name" text not null, "unit" varchar(100) null, "value_type" text check ("value_type" in ('NUMBER', 'PERCENT', 'COUNT', 'MONEY', 'SCORE', 'RANK', 'ENUMERATION', 'BOOLEAN', 'TEXT')) not null, "direction" text check ("direction" in ('HIGHER_BETTER', 'LOWER_BETTER', 'NEUTRAL')) not null, "area" text check ("area" in ('DIRECTION', 'INSTITUTIONS', 'PROCEDURES', 'ORGANISATION', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'E_GOVERNMENT')) not null, "parent_code" varchar(64) null, "is_component_row" boolean not null default false, "legend" jsonb null, "origin" text check ("origin" in ('APPENDIX', 'NARRATIVE', 'TARGET')) not null, "sort_order" int not null, constraint "indicator_pkey" primary key ("code"));`);
    this.addSql(`create index "indicator_area_index" on "indicator" ("area");`);

    this.addSql(`create table "indicator_component" ("id" serial primary key, "indicator_code" varchar(64) not null, "component_code" varchar(64) not null, "role" text check ("role" in ('NUMERATOR', 'DENOMINATOR', 'ADDEND', 'PART')) not null, "sort_order" int not null);`);
    this.addSql(`alter table "indicator_component" add constraint "indicator_component_indicator_code_component_code_unique" unique ("indicator_code", "component_code");`);

    this.addSql(`create table "observation" ("id" serial primary key, "indicator_code" varchar(64) not null, "org_unit_code" varchar(64) not null, "period_key" varchar(40) not null, "period_kind" text check ("period_kind" in ('YEAR', 'SPAN', 'RANGE', 'AS_OF')) not null, "year" int null, "end_year" int null, "value" double precision null, "raw" text not null, "rank_of" int null, "note" text null, "source_section_id" int null, "source_table" varchar(100) null, "source_row" varchar(100) null, "source_quote" text null, "synthetic" boolean not null default false, "report_id" int null);`);
    this.addSql(`create index "observation_org_indicator_idx" on "observation" ("org_unit_code", "indicator_code", "end_year");`);
    this.addSql(`create index "observation_indicator_year_org_idx" on "observation" ("indicator_code", "year", "org_unit_code");`);

    this.addSql(`create table "org_unit" ("code" varchar(64) not null, "name" varchar(200) not null, "level" text check ("level" in ('PROVINCE', 'DISTRICT', 'COMMUNE')) not null, "kind" varchar(40) not null, "parent_code" varchar(64) null, "valid_from" varchar(10) null, "valid_to" varchar(10) null, "successor_code" varchar(64) null, constraint "org_unit_pkey" primary key ("code"));`);

    this.addSql(`create table "programme" ("code" varchar(20) not null, "name" varchar(200) not null, "start_year" int not null, "end_year" int not null, constraint "programme_pkey" primary key ("code"));`);

    this.addSql(`create table "report" ("id" serial primary key, "org_unit_code" varchar(64) not null, "programme_code" varchar(20) not null, "title" text not null, "header" jsonb not null);`);
    this.addSql(`alter table "report" add constraint "report_org_unit_code_programme_code_unique" unique ("org_unit_code", "programme_code");`);

    this.addSql(`create table "programme_task" ("id" serial primary key, "report_id" int not null, "number" int not null, "task_group" varchar(20) not null, "group_title" text not null, "title" text not null, "department" text not null, "completed" boolean null, "evidence" text not null, "source_section_id" int null, "source_quote" text null);`);

    this.addSql(`create table "section" ("id" serial primary key, "report_id" int not null, "key" varchar(40) not null, "parent_id" int null, "number" varchar(40) not null, "title" text not null, "body" text not null, "sort_order" int not null);`);
    this.addSql(`alter table "section" add constraint "section_report_id_key_unique" unique ("report_id", "key");`);

    this.addSql(`create table "section_indicator" ("id" serial primary key, "section_id" int not null, "indicator_code" varchar(64) not null);`);
    this.addSql(`alter table "section_indicator" add constraint "section_indicator_section_id_indicator_code_unique" unique ("section_id", "indicator_code");`);

    this.addSql(`create table "target" ("id" serial primary key, "version" int not null default 1, "code" varchar(64) null, "text" text not null, "comparator" text check ("comparator" in ('AT_LEAST', 'MORE_THAN', 'EQUAL', 'AT_MOST', 'LESS_THAN', 'REDUCE_BY_AT_LEAST')) not null, "value" double precision not null, "unit" varchar(100) not null, "indicator_code" varchar(64) not null, "org_unit_code" varchar(64) not null, "programme_code" varchar(20) not null, "baseline_year" int null, "baseline_value" double precision null, "owner" varchar(200) null, "source_quote" text null);`);
    this.addSql(`create index "target_org_unit_code_programme_code_index" on "target" ("org_unit_code", "programme_code");`);

    this.addSql(`create table "target_history" ("id" serial primary key, "target_id" int not null, "at" timestamptz not null, "by_user_id" int null, "by" varchar(200) not null, "field" varchar(40) not null, "before" text null, "after" text null, "version" int not null);`);
    this.addSql(`create index "target_history_target_id_at_index" on "target_history" ("target_id", "at");`);

    this.addSql(`create table "target_milestone" ("id" serial primary key, "target_id" int not null, "year" int not null, "value" double precision not null);`);
    this.addSql(`alter table "target_milestone" add constraint "target_milestone_target_id_year_unique" unique ("target_id", "year");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "email" varchar(200) not null, "password_hash" varchar(100) not null, "role" text check ("role" in ('ADMIN', 'ANALYST', 'PLANNER')) not null, "org_unit_codes" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "saved_query" ("id" serial primary key, "user_id" int not null, "name" varchar(200) not null, "query" text not null, "variables" jsonb null, "created_at" timestamptz not null);`);

    this.addSql(`alter table "indicator" add constraint "indicator_parent_code_foreign" foreign key ("parent_code") references "indicator" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "indicator_component" add constraint "indicator_component_indicator_code_foreign" foreign key ("indicator_code") references "indicator" ("code") on update cascade;`);
    this.addSql(`alter table "indicator_component" add constraint "indicator_component_component_code_foreign" foreign key ("component_code") references "indicator" ("code") on update cascade;`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_code_foreign" foreign key ("parent_code") references "org_unit" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_successor_code_foreign" foreign key ("successor_code") references "org_unit" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "report" add constraint "report_org_unit_code_foreign" foreign key ("org_unit_code") references "org_unit" ("code") on update cascade;`);
    this.addSql(`alter table "report" add constraint "report_programme_code_foreign" foreign key ("programme_code") references "programme" ("code") on update cascade;`);

    this.addSql(`alter table "programme_task" add constraint "programme_task_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);

    this.addSql(`alter table "section" add constraint "section_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);
    this.addSql(`alter table "section" add constraint "section_parent_id_foreign" foreign key ("parent_id") references "section" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "section_indicator" add constraint "section_indicator_section_id_foreign" foreign key ("section_id") references "section" ("id") on update cascade;`);
    this.addSql(`alter table "section_indicator" add constraint "section_indicator_indicator_code_foreign" foreign key ("indicator_code") references "indicator" ("code") on update cascade;`);

    this.addSql(`alter table "target" add constraint "target_indicator_code_foreign" foreign key ("indicator_code") references "indicator" ("code") on update cascade;`);
    this.addSql(`alter table "target" add constraint "target_org_unit_code_foreign" foreign key ("org_unit_code") references "org_unit" ("code") on update cascade;`);
    this.addSql(`alter table "target" add constraint "target_programme_code_foreign" foreign key ("programme_code") references "programme" ("code") on update cascade;`);

    this.addSql(`alter table "target_milestone" add constraint "target_milestone_target_id_foreign" foreign key ("target_id") references "target" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "saved_query" add constraint "saved_query_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator" drop constraint "indicator_parent_code_foreign";`);

    this.addSql(`alter table "indicator_component" drop constraint "indicator_component_indicator_code_foreign";`);

    this.addSql(`alter table "indicator_component" drop constraint "indicator_component_component_code_foreign";`);

    this.addSql(`alter table "section_indicator" drop constraint "section_indicator_indicator_code_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_indicator_code_foreign";`);

    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_code_foreign";`);

    this.addSql(`alter table "org_unit" drop constraint "org_unit_successor_code_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_org_unit_code_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_org_unit_code_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_programme_code_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_programme_code_foreign";`);

    this.addSql(`alter table "programme_task" drop constraint "programme_task_report_id_foreign";`);

    this.addSql(`alter table "section" drop constraint "section_report_id_foreign";`);

    this.addSql(`alter table "section" drop constraint "section_parent_id_foreign";`);

    this.addSql(`alter table "section_indicator" drop constraint "section_indicator_section_id_foreign";`);

    this.addSql(`alter table "target_milestone" drop constraint "target_milestone_target_id_foreign";`);

    this.addSql(`alter table "saved_query" drop constraint "saved_query_user_id_foreign";`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "indicator_component" cascade;`);

    this.addSql(`drop table if exists "observation" cascade;`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "programme_task" cascade;`);

    this.addSql(`drop table if exists "section" cascade;`);

    this.addSql(`drop table if exists "section_indicator" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);

    this.addSql(`drop table if exists "target_history" cascade;`);

    this.addSql(`drop table if exists "target_milestone" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "saved_query" cascade;`);
  }

}
