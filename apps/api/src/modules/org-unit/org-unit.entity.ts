import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { ORG_LEVELS as DOMAIN_ORG_LEVELS, searchKey, type OrgLevel } from '@cchc/domain';

const ORG_LEVELS: OrgLevel[] = [...DOMAIN_ORG_LEVELS];

@Entity({ tableName: 'org_unit' })
@Index({ name: 'org_unit_parent_code_index', properties: ['parent'] })
@Index({ name: 'org_unit_level_code_index', properties: ['level', 'code'] })
export class OrgUnitEntity {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The name as searched (`searchKey`: no tones, lower case), kept beside it so a search compares in SQL on both dialects. */
  @Property({ type: 'string', length: 200, fieldName: 'search_name', default: '' })
  searchName: Opt<string> = '';

  @BeforeCreate()
  @BeforeUpdate()
  keepSearchName(): void {
    this.searchName = searchKey(this.name);
  }

  @Enum({ items: ORG_LEVELS })
  level!: OrgLevel;

  @Property({ type: 'string', length: 40 })
  kind!: string;

  @ManyToOne(() => OrgUnitEntity, { nullable: true, fieldName: 'parent_code' })
  parent: OrgUnitEntity | null = null;

  /** ISO date (possibly partial), kept as text because the model's dates are. */
  @Property({ type: 'string', length: 10, nullable: true })
  validFrom: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  validTo: string | null = null;

  @ManyToOne(() => OrgUnitEntity, { nullable: true, fieldName: 'successor_code' })
  successor: OrgUnitEntity | null = null;
}
