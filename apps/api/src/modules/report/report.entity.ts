import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { LegalBasis } from '@cchc/domain';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { ProgrammeEntity } from './programme.entity.js';

export interface ReportHeader {
  addressees: string[];
  legalBases: LegalBasis[];
  signedBy: string | null;
}

@Entity({ tableName: 'report' })
@Unique({ properties: ['orgUnit', 'programme'] })
export class ReportEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => OrgUnitEntity, { fieldName: 'org_unit_code' })
  orgUnit!: OrgUnitEntity;

  @ManyToOne(() => ProgrammeEntity, { fieldName: 'programme_code' })
  programme!: ProgrammeEntity;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'json' })
  header!: ReportHeader;
}
