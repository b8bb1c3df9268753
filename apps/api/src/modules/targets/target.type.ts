import type { Role } from '../user/user.entity.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Comparator, TargetStatus } from '@cchc/domain';
import { ComparatorEnum, RoleEnum, TargetStatusEnum } from '../../graphql/enums.js';
import { LocalizedTextType } from '../analysis/analysis.type.js';

@ObjectType('YearValue')
export class YearValueType {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  value!: number;
}

@ObjectType('TargetStatusDetail', { description: 'How the status was reached (domain TARGET_STATUS_METHOD).' })
export class TargetStatusDetailType {
  @Field(() => TargetStatusEnum)
  status!: TargetStatus;

  @Field(() => Int, { nullable: true, description: 'The year of the latest actual value.' })
  year!: number | null;

  @Field(() => Float, { nullable: true })
  actual!: number | null;

  @Field(() => Float, { nullable: true })
  milestone!: number | null;

  @Field(() => Float, { nullable: true, description: 'Observed change ÷ required change.' })
  ratio!: number | null;

  @Field(() => LocalizedTextType)
  explanation!: LocalizedTextType;
}

@ObjectType('TargetChange', { description: 'One changed field: who, when, before and after (JSON text).' })
export class TargetChangeType {
  @Field(() => Date)
  at!: Date;

  /** As recorded: the e-mail of the user ("seed" for the dataset load). Shown through TargetChangeResolver.by. */
  by!: string;

  byUserId!: number | null;
  byName!: string | null;

  @Field(() => RoleEnum, { nullable: true, description: "The author's role now; null for the dataset load or a deleted user." })
  byRole!: Role | null;

  /** The first org unit of the author (a planner's commune). */
  byOrgUnitCode!: string | null;

  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;

  @Field(() => Int, { description: 'The version the target reached with this change.' })
  version!: number;
}

@ObjectType('TargetSaved', { description: "Who saved a target's current version and when: what an open editor polls." })
export class TargetSavedType {
  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: 'A name or e-mail for signed-in users, "seed" for the dataset load, null for anonymous readers.' })
  by!: string | null;

  @Field(() => Date, { nullable: true, description: 'Null when no history row records the version.' })
  at!: Date | null;
}

@ObjectType('Target', { description: 'A 2026–2030 target set on an indicator for an org unit.' })
export class TargetType {
  @Field(() => ID)
  id!: number;

  @Field(() => Int, { description: 'Pass back as expectedVersion when changing the target.' })
  version!: number;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, { description: 'The target as stated.' })
  text!: string;

  @Field(() => ComparatorEnum)
  comparator!: Comparator;

  @Field(() => Float, { description: 'The stated figure: 90 for "tối thiểu 90%", 20 for "giảm tối thiểu 20%".' })
  value!: number;

  @Field(() => String)
  unit!: string;

  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => String)
  programme!: string;

  @Field(() => YearValueType, { nullable: true })
  baseline!: YearValueType | null;

  @Field(() => String, { nullable: true, description: 'Responsible department (Bộ phận thực hiện).' })
  owner!: string | null;

  indicatorCode!: string;
}
