import { Migration } from '@mikro-orm/migrations';

export class Migration20261127025205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`indicator\` (\`code\` text not null, \`code_as_written\` text not null, \`name\` text not null, \`unit\` text null, \`value_type\` text check (\`value_type\` in ('NUMBER', 'PERCENT', 'COUNT', 'MONEY', 'SCORE', 'RANK', 'ENUMERATION', 'BOOLEAN', 'TEXT')) not null, \`direction\` text check (\`direction\` in ('HIGHER_BETTER', 'LOWER_BETTER', 'NEUTRAL')) not null, \`area\` text check (\`area\` in ('DIRECTION', 'INSTITUTIONS', 'PROCEDURES', 'ORGANISATION', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'E_GOVERNMENT')) not null, \`parent_code\` text null, \`is_component_row\` integer not null default false, \`legend\` json null, \`origin\` text check (\`origin\` in ('APPENDIX', 'NARRATIVE', 'TARGET')) not null, \`sort_order\` integer not null, constraint \`indicator_parent_code_foreign\` foreign key(\`parent_code\`) references \`indicator\`(\`code\`) on delete set null on update cascade, primary key (\`code\`));`);
    this.addSql(`create index \`indicator_area_index\` on \`indicator\` (\`area\`);`);
    this.addSql(`create index \`indicator_parent_code_index\` on \`indicator\` (\`parent_code\`);`);

    this.addSql(`create table \`indicator_component\` (\`id\` integer not null primary key autoincrement, \`indicator_code\` text not null, \`component_code\` text not null, \`role\` text check (\`role\` in ('NUMERATOR', 'DENOMINATOR', 'ADDEND', 'PART')) not null, \`sort_order\` integer not null, constraint \`indicator_component_indicator_code_foreign\` foreign key(\`indicator_code\`) references \`indicator\`(\`code\`) on update cascade, constraint \`indicator_component_component_code_foreign\` foreign key(\`component_code\`) references \`indicator\`(\`code\`) on update cascade);`);
    this.addSql(`create index \`indicator_component_indicator_code_index\` on \`indicator_component\` (\`indicator_code\`);`);
    this.addSql(`create index \`indicator_component_component_code_index\` on \`indicator_component\` (\`component_code\`);`);
    this.addSql(`create unique index \`indicator_component_indicator_code_component_code_unique\` on \`indicator_component\` (\`indicator_code\`, \`component_code\`);`);

    this.addSql(`create table \`observation\` (\`id\` integer not null primary key autoincrement, \`indicator_code\` text not null, \`org_unit_code\` text not null, \`period_key\` text not null, \`period_kind\` text check (\`period_kind\` in ('YEAR', 'SPAN', 'RANGE', 'AS_OF')) not null, \`year\` integer null, \`end_year\` integer null, \`value\` double null, \`raw\` text not null, \`rank_of\` integer null, \`note\` text null, \`source_section_id\` integer null, \`source_table\` text null, \`source_row\` text null, \`source_quote\` text null, \`synthetic\` integer not null default false, \`report_id\` integer null);`);
    this.addSql(`create index \`observation_org_indicator_idx\` on \`observation\` (\`org_unit_code\`, \`indicator_code\`, \`end_year\`);`);
    this.addSql(`create index \`observation_indicator_year_org_idx\` on \`observation\` (\`indicator_code\`, \`year\`, \`org_unit_code\`);`);

    this.addSql(`create table \`org_unit\` (\`code\` text not null, \`name\` text not null, \`level\` text check (\`level\` in ('PROVINCE', 'DISTRICT', 'COMMUNE')) not null, \`kind\` text not null, \`parent_code\` text null, \`valid_from\` text null, \`valid_to\` text null, \`successor_code\` text null, constraint \`org_unit_parent_code_foreign\` foreign key(\`parent_code\`) references \`org_unit\`(\`code\`) on delete set null on update cascade, constraint \`org_unit_successor_code_foreign\` foreign key(\`successor_code\`) references \`org_unit\`(\`code\`) on delete set null on update cascade, primary key (\`code\`));`);
    this.addSql(`create index \`org_unit_parent_code_index\` on \`org_unit\` (\`parent_code\`);`);
    this.addSql(`create index \`org_unit_successor_code_index\` on \`org_unit\` (\`successor_code\`);`);

    this.addSql(`create table \`programme\` (\`code\` text not null, \`name\` text not null, \`start_year\` integer not null, \`end_year\` integer not null, primary key (\`code\`));`);

    this.addSql(`create table \`report\` (\`id\` integer not null primary key autoincrement, \`org_unit_code\` text not null, \`programme_code\` text not null, \`title\` text not null, \`header\` json not null, constraint \`report_org_unit_code_foreign\` foreign key(\`org_unit_code\`) references \`org_unit\`(\`code\`) on update cascade, constraint \`report_programme_code_foreign\` foreign key(\`programme_code\`) references \`programme\`(\`code\`) on update cascade);`);
    this.addSql(`create index \`report_org_unit_code_index\` on \`report\` (\`org_unit_code\`);`);
    this.addSql(`create index \`report_programme_code_index\` on \`report\` (\`programme_code\`);`);
    this.addSql(`create unique index \`report_org_unit_code_programme_code_unique\` on \`report\` (\`org_unit_code\`, \`programme_code\`);`);

    this.addSql(`create table \`programme_task\` (\`id\` integer not null primary key autoincrement, \`report_id\` integer not null, \`number\` integer not null, \`task_group\` text not null, \`group_title\` text not null, \`title\` text not null, \`department\` text not null, \`completed\` integer null, \`evidence\` text not null, \`source_section_id\` integer null, \`source_quote\` text null, constraint \`programme_task_report_id_foreign\` foreign key(\`report_id\`) references \`report\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`programme_task_report_id_index\` on \`programme_task\` (\`report_id\`);`);

    this.addSql(`create table \`section\` (\`id\` integer not null primary key autoincrement, \`report_id\` integer not null, \`key\` text not null, \`parent_id\` integer null, \`number\` text not null, \`title\` text not null, \`body\` text not null, \`sort_order\` integer not null, constraint \`section_report_id_foreign\` foreign key(\`report_id\`) references \`report\`(\`id\`) on update cascade, constraint \`section_parent_id_foreign\` foreign key(\`parent_id\`) references \`section\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`section_report_id_index\` on \`section\` (\`report_id\`);`);
    this.addSql(`create index \`section_parent_id_index\` on \`section\` (\`parent_id\`);`);
    this.addSql(`create unique index \`section_report_id_key_unique\` on \`section\` (\`report_id\`, \`key\`);`);

    this.addSql(`create table \`section_indicator\` (\`id\` integer not null primary key autoincrement, \`section_id\` integer not null, \`indicator_code\` text not null, constraint \`section_indicator_section_id_foreign\` foreign key(\`section_id\`) references \`section\`(\`id\`) on update cascade, constraint \`section_indicator_indicator_code_foreign\` foreign key(\`indicator_code\`) references \`indicator\`(\`code\`) on update cascade);`);
    this.addSql(`create index \`section_indicator_section_id_index\` on \`section_indicator\` (\`section_id\`);`);
    this.addSql(`create index \`section_indicator_indicator_code_index\` on \`section_indicator\` (\`indicator_code\`);`);
    this.addSql(`create unique index \`section_indicator_section_id_indicator_code_unique\` on \`section_indicator\` (\`section_id\`, \`indicator_code\`);`);

    this.addSql(`create table \`target\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`code\` text null, \`text\` text not null, \`comparator\` text check (\`comparator\` in ('AT_LEAST', 'MORE_THAN', 'EQUAL', 'AT_MOST', 'LESS_THAN', 'REDUCE_BY_AT_LEAST')) not null, \`value\` double not null, \`unit\` text not null, \`indicator_code\` text not null, \`org_unit_code\` text not null, \`programme_code\` text not null, \`baseline_year\` integer null, \`baseline_value\` double null, \`owner\` text null, \`source_quote\` text null, constraint \`target_indicator_code_foreign\` foreign key(\`indicator_code\`) references \`indicator\`(\`code\`) on update cascade, constraint \`target_org_unit_code_foreign\` foreign key(\`org_unit_code\`) references \`org_unit\`(\`code\`) on update cascade, constraint \`target_programme_code_foreign\` foreign key(\`programme_code\`) references \`programme\`(\`code\`) on update cascade);`);
    this.addSql(`create index \`target_indicator_code_index\` on \`target\` (\`indicator_code\`);`);
    this.addSql(`create index \`target_org_unit_code_index\` on \`target\` (\`org_unit_code\`);`);
    this.addSql(`create index \`target_programme_code_index\` on \`target\` (\`programme_code\`);`);
    this.addSql(`create index \`target_org_unit_code_programme_code_index\` on \`target\` (\`org_unit_code\`, \`programme_code\`);`);

    this.addSql(`create table \`target_history\` (\`id\` integer not null primary key autoincrement, \`target_id\` integer not null, \`at\` datetime not null, \`by_user_id\` integer null, \`by\` text not null, \`field\` text not null, \`before\` text null, \`after\` text null, \`version\` integer not null);`);
    this.addSql(`create index \`target_history_target_id_at_index\` on \`target_history\` (\`target_id\`, \`at\`);`);

    this.addSql(`create table \`target_milestone\` (\`id\` integer not null primary key autoincrement, \`target_id\` integer not null, \`year\` integer not null, \`value\` double not null, constraint \`target_milestone_target_id_foreign\` foreign key(\`target_id\`) references \`target\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`target_milestone_target_id_index\` on \`target_milestone\` (\`target_id\`);`);
    this.addSql(`create unique index \`target_milestone_target_id_year_unique\` on \`target_milestone\` (\`target_id\`, \`year\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`email\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'ANALYST', 'PLANNER')) not null, \`org_unit_codes\` json not null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(`create table \`saved_query\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`name\` text not null, \`query\` text not null, \`variables\` json null, \`created_at\` datetime not null, constraint \`saved_query_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`saved_query_user_id_index\` on \`saved_query\` (\`user_id\`);`);
  }

}
