// The org_unit table's columns as the GraphQL type names them, and the row mapper.
import type { Row } from '../../graphql/rows.js';
import type { OrgUnitType } from './org-unit.type.js';

export const ORG_UNIT_COLUMNS = {
  code: 'code',
  name: 'name',
  level: 'level',
  kind: 'kind',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  parentCode: 'parent_code',
  successorCode: 'successor_code',
};
export const toOrgUnit = (r: Row): OrgUnitType => r as unknown as OrgUnitType;
