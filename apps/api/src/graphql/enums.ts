// GraphQL enums mirroring the domain model's string unions (packages/domain/src/model.ts).
import { registerEnumType } from 'type-graphql';

function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const OrgLevelEnum = enumOf(['PROVINCE', 'DISTRICT', 'COMMUNE'] as const);
export const ValueTypeEnum = enumOf([
  'NUMBER',
  'PERCENT',
  'COUNT',
  'MONEY',
  'SCORE',
  'RANK',
  'ENUMERATION',
  'BOOLEAN',
  'TEXT',
] as const);
export const DirectionEnum = enumOf(['HIGHER_BETTER', 'LOWER_BETTER', 'NEUTRAL'] as const);
export const ReformAreaEnum = enumOf([
  'DIRECTION',
  'INSTITUTIONS',
  'PROCEDURES',
  'ORGANISATION',
  'CIVIL_SERVICE',
  'PUBLIC_FINANCE',
  'E_GOVERNMENT',
] as const);
export const IndicatorOriginEnum = enumOf(['APPENDIX', 'NARRATIVE', 'TARGET'] as const);
export const ComponentRoleEnum = enumOf(['NUMERATOR', 'DENOMINATOR', 'ADDEND', 'PART'] as const);
export const PeriodKindEnum = enumOf(['YEAR', 'SPAN', 'RANGE', 'AS_OF'] as const);
export const TrendEnum = enumOf(['IMPROVED', 'WORSENED', 'UNCHANGED', 'NO_DATA'] as const);
export const SeverityEnum = enumOf(['ERROR', 'WARNING', 'INFO'] as const);
export const TargetStatusEnum = enumOf(['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const);
export const ComparatorEnum = enumOf([
  'AT_LEAST',
  'MORE_THAN',
  'EQUAL',
  'AT_MOST',
  'LESS_THAN',
  'REDUCE_BY_AT_LEAST',
] as const);
export const RoleEnum = enumOf(['ADMIN', 'ANALYST', 'PLANNER'] as const);
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
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(AppendixFormatEnum, { name: 'AppendixFormat' });
registerEnumType(DerivedReasonEnum, { name: 'DerivedReason' });
registerEnumType(DerivedFormulaEnum, { name: 'DerivedFormula' });
