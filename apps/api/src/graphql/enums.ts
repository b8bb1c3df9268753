// GraphQL enums built from the domain model's value lists (packages/domain/src/model.ts), so they cannot drift.
import {
  COMPARATORS,
  COMPONENT_ROLES,
  DIRECTIONS,
  INDICATOR_ORIGINS,
  ORG_LEVELS,
  REFORM_AREAS,
  SEVERITIES,
  TARGET_STATUSES,
  TRENDS,
  USER_ROLES,
  VALUE_TYPES,
} from '@cchc/domain';
import { registerEnumType } from 'type-graphql';

function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const OrgLevelEnum = enumOf(ORG_LEVELS);
export const ValueTypeEnum = enumOf(VALUE_TYPES);
export const DirectionEnum = enumOf(DIRECTIONS);
export const ReformAreaEnum = enumOf(REFORM_AREAS);
export const IndicatorOriginEnum = enumOf(INDICATOR_ORIGINS);
export const ComponentRoleEnum = enumOf(COMPONENT_ROLES);
export const PeriodKindEnum = enumOf(['YEAR', 'SPAN', 'RANGE', 'AS_OF'] as const);
export const TrendEnum = enumOf(TRENDS);
export const SeverityEnum = enumOf(SEVERITIES);
export const TargetStatusEnum = enumOf(TARGET_STATUSES);
export const ComparatorEnum = enumOf(COMPARATORS);
export const RoleEnum = enumOf(USER_ROLES);
export const AppendixFormatEnum = enumOf(['CSV', 'XLSX'] as const);
export const DerivedReasonEnum = enumOf(['OK', 'MISSING_COMPONENT', 'ZERO_DENOMINATOR', 'NOT_DERIVED'] as const);
export const DerivedFormulaEnum = enumOf(['RATIO', 'SUM'] as const);

registerEnumType(OrgLevelEnum, { name: 'OrgLevel', description: 'Tỉnh / huyện / xã before and after the 2025 reform.' });
registerEnumType(ValueTypeEnum, { name: 'ValueType' });
registerEnumType(DirectionEnum, { name: 'Direction', description: 'Whether a higher value is better.' });
registerEnumType(ReformAreaEnum, { name: 'ReformArea', description: 'The seven areas of PHỤ LỤC I.' });
registerEnumType(IndicatorOriginEnum, { name: 'IndicatorOrigin' });
registerEnumType(ComponentRoleEnum, { name: 'ComponentRole' });
registerEnumType(PeriodKindEnum, { name: 'PeriodKind' });
registerEnumType(TrendEnum, { name: 'Trend' });
registerEnumType(SeverityEnum, { name: 'Severity' });
registerEnumType(TargetStatusEnum, { name: 'TargetStatus' });
registerEnumType(ComparatorEnum, {
  name: 'Comparator',
  description: 'tối thiểu = AT_LEAST, trên = MORE_THAN, giảm tối thiểu … so với = REDUCE_BY_AT_LEAST.',
});
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'REVIEWER: checks and approves the communes of its unit (the district until mid-2025, the province since).',
});
registerEnumType(AppendixFormatEnum, { name: 'AppendixFormat' });
registerEnumType(DerivedReasonEnum, { name: 'DerivedReason' });
registerEnumType(DerivedFormulaEnum, { name: 'DerivedFormula' });
