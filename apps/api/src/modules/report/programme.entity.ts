import { Entity, PrimaryKey, Property, PrimaryKeyProp } from '@mikro-orm/core';

@Entity({ tableName: 'programme' })
export class ProgrammeEntity {
  [PrimaryKeyProp]?: 'code';

  /** "2021-2025" */
  @PrimaryKey({ type: 'string', length: 20 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'integer' })
  startYear!: number;

  @Property({ type: 'integer' })
  endYear!: number;
}
