import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ComponentRole, Direction, IndicatorOrigin, ReformArea, ValueType } from '@cchc/domain';
import {
  ComponentRoleEnum,
  DerivedFormulaEnum,
  DerivedReasonEnum,
  DirectionEnum,
  IndicatorOriginEnum,
  ReformAreaEnum,
  ValueTypeEnum,
} from '../../graphql/enums.js';

@ObjectType('LegendEntry', { description: 'One answer of an enumerated indicator, e.g. 2 = "Hoàn thành".' })
export class LegendEntryType {
  @Field(() => Float)
  value!: number;

  @Field(() => String)
  label!: string;
}

@ObjectType('Indicator', { description: 'A measure of the reform: an appendix row, a narrative series or a target measure.' })
export class IndicatorType {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'The code as printed ("1.2.1.", "" for a "Trong đó" row).' })
  codeAsWritten!: string;

  @Field(() => String, { description: 'The name as written in the template or the report (Vietnamese).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The name in English; null where no translation was given (show `name`).' })
  nameEn!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit as written; null when the template leaves it blank.' })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The unit in English ("điểm" → "points", "người" → "people"); a unit without a translation as written.',
  })
  unitEn!: string | null;

  @Field(() => ValueTypeEnum)
  valueType!: ValueType;

  @Field(() => DirectionEnum)
  direction!: Direction;

  @Field(() => ReformAreaEnum)
  area!: ReformArea;

  @Field(() => Boolean, { description: 'A "Trong đó" component row.' })
  isComponentRow!: boolean;

  @Field(() => [LegendEntryType], { nullable: true })
  legend!: LegendEntryType[] | null;

  @Field(() => IndicatorOriginEnum)
  origin!: IndicatorOrigin;

  @Field(() => Int)
  order!: number;

  parentCode!: string | null;
}

@ObjectType('IndicatorComponent', { description: 'How a component feeds a derived indicator.' })
export class IndicatorComponentType {
  @Field(() => ComponentRoleEnum)
  role!: ComponentRole;

  componentCode!: string;
  indicatorCode!: string;
}

@ObjectType('DerivedValue', {
  description: 'The value computed from the components (ratio n ÷ d × 100 or sum), beside the reported one.',
})
export class DerivedValueType {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => DerivedReasonEnum)
  reason!: 'OK' | 'MISSING_COMPONENT' | 'ZERO_DENOMINATOR' | 'NOT_DERIVED';

  @Field(() => DerivedFormulaEnum, { nullable: true })
  formula!: 'RATIO' | 'SUM' | null;

  @Field(() => Float, { nullable: true, description: 'The reported value for the same period, null when blank.' })
  reported!: number | null;

  @Field(() => String, { description: 'The period the values are for (a period key, e.g. "2021-2025").' })
  period!: string;
}

@ObjectType('IndicatorEdge')
export class IndicatorEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => IndicatorType)
  node!: IndicatorType;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('IndicatorConnection')
export class IndicatorConnectionType {
  @Field(() => [IndicatorEdgeType])
  edges!: IndicatorEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: 'Indicators matching the filter, all pages together.' })
  totalCount!: number;
}
