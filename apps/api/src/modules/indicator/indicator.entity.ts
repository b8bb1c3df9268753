import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, PrimaryKeyProp } from '@mikro-orm/core';
import {
  COMPONENT_ROLES as DOMAIN_COMPONENT_ROLES,
  DIRECTIONS as DOMAIN_DIRECTIONS,
  INDICATOR_ORIGINS,
  REFORM_AREAS as DOMAIN_REFORM_AREAS,
  VALUE_TYPES as DOMAIN_VALUE_TYPES,
  type ComponentRole,
  type Direction,
  type IndicatorOrigin,
  type LegendEntry,
  type ReformArea,
  type ValueType,
} from '@cchc/domain';

// MikroORM wants mutable arrays; the lists themselves live in the domain model.
export const VALUE_TYPES: ValueType[] = [...DOMAIN_VALUE_TYPES];
export const DIRECTIONS: Direction[] = [...DOMAIN_DIRECTIONS];
export const REFORM_AREAS: ReformArea[] = [...DOMAIN_REFORM_AREAS];
export const ORIGINS: IndicatorOrigin[] = [...INDICATOR_ORIGINS];
export const COMPONENT_ROLES: ComponentRole[] = [...DOMAIN_COMPONENT_ROLES];

@Entity({ tableName: 'indicator' })
export class IndicatorEntity {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 64 })
  codeAsWritten!: string;

  @Property({ type: 'text' })
  name!: string;

  /** The name in English (null where no translation was given: readers then see the Vietnamese). */
  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  unit: string | null = null;

  @Enum({ items: VALUE_TYPES })
  valueType!: ValueType;

  @Enum({ items: DIRECTIONS })
  direction!: Direction;

  @Index()
  @Enum({ items: REFORM_AREAS })
  area!: ReformArea;

  @ManyToOne(() => IndicatorEntity, { nullable: true, fieldName: 'parent_code' })
  parent: IndicatorEntity | null = null;

  @Property({ type: 'boolean' })
  isComponentRow: boolean = false;

  @Property({ type: 'json', nullable: true })
  legend: LegendEntry[] | null = null;

  @Enum({ items: ORIGINS })
  origin!: IndicatorOrigin;

  @Property({ type: 'integer', fieldName: 'sort_order' })
  order!: number;
}

@Entity({ tableName: 'indicator_component' })
@Unique({ properties: ['indicator', 'component'] })
export class IndicatorComponentEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => IndicatorEntity, { fieldName: 'indicator_code' })
  indicator!: IndicatorEntity;

  @ManyToOne(() => IndicatorEntity, { fieldName: 'component_code' })
  component!: IndicatorEntity;

  @Enum({ items: COMPONENT_ROLES })
  role!: ComponentRole;

  @Property({ type: 'integer', fieldName: 'sort_order' })
  order!: number;
}
