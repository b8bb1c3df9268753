import { Migration } from '@mikro-orm/migrations';

// A user's saved queries have unique names (issue 11): names repeated before the constraint existed get their id
// appended (the first keeps its name), then a unique constraint on (user_id, name) makes the rule hold under
// concurrent saves. updated_at records the last overwrite or rename.
export class Migration20261130030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "saved_query" set "name" = substr("name", 1, 190) || ' (' || "id" || ')' where exists (select 1 from "saved_query" "earlier" where "earlier"."user_id" = "saved_query"."user_id" and "earlier"."name" = "saved_query"."name" and "earlier"."id" < "saved_query"."id");`,
    );
    this.addSql(`alter table "saved_query" add constraint "saved_query_user_id_name_unique" unique ("user_id", "name");`);
    this.addSql(`alter table "saved_query" add column "updated_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "saved_query" drop constraint "saved_query_user_id_name_unique";`);
    this.addSql(`alter table "saved_query" drop column "updated_at";`);
  }
}
