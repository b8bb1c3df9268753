// The indicator and indicator_component tables' columns as the GraphQL types name them, and the row mappers.
import { unitInEnglish } from '@cchc/domain';
import { asBool, asJson, type Row } from '../../graphql/rows.js';
import type { IndicatorComponentType, IndicatorType } from './indicator.type.js';

export const INDICATOR_COLUMNS = {
  code: 'code',
  codeAsWritten: 'code_as_written',
  name: 'name',
  nameEn: 'name_en',
  unit: 'unit',
  valueType: 'value_type',
  direction: 'direction',
  area: 'area',
  parentCode: 'parent_code',
  isComponentRow: 'is_component_row',
  legend: 'legend',
  origin: 'origin',
  order: 'sort_order',
};
export const toIndicator = (r: Row): IndicatorType =>
  ({
    ...r,
    isComponentRow: asBool(r['isComponentRow']),
    legend: asJson(r['legend']),
    order: Number(r['order']),
    unitEn: unitInEnglish((r['unit'] as string | null) ?? null),
  }) as IndicatorType;

export const COMPONENT_COLUMNS = {
  indicatorCode: 'indicator_code',
  componentCode: 'component_code',
  role: 'role',
  order: 'sort_order',
};
export const toComponent = (r: Row): IndicatorComponentType => r as unknown as IndicatorComponentType;
