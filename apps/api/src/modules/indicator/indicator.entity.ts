import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, PrimaryKeyProp } from '@mikro-orm/core';
import type {
  ComponentRole,
  Direction,
  IndicatorOrigin,
  LegendEntry,
  ReformArea,
  ValueType,
} from '@cchc/domain';

export const VALUE_TYPES: ValueType[] = [
  'NUMBER',
  'PERCENT',
  'COUNT',
  'MONEY',
  'SCORE',
  'RANK',
  'ENUMERATION',
  'BOOLEAN',
  'TEXT',
];
export const DIRECTIONS: Direction[] = ['HIGHER_BETTER', 'LOWER_BETTER', 'NEUTRAL'];
export const REFORM_AREAS: ReformArea[] = [
  'DIRECTION',
  'INSTITUTIONS',
  'PROCEDURES',
  'ORGANISATION',
  'CIVIL_SERVICE',
  'PUBLIC_FINANCE',
  'E_GOVERNMENT',
];
export const ORIGINS: IndicatorOrigin[] = ['APPENDIX', 'NARRATIVE', 'TARGET'];
export const COMPONENT_ROLES: ComponentRole[] = ['NUMERATOR', 'DENOMINATOR', 'ADDEND', 'PART'];

@Entity({ tableName: 'indicator' })
export class IndicatorEntity {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 64 })
  codeAsWritten!: string;

  @Property({ type: 'text' })
  name!: string;

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
