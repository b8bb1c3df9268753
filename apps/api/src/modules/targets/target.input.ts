import { Field, Float, InputType, Int } from 'type-graphql';
import type { Comparator } from '@cchc/domain';
import { ComparatorEnum } from '../../graphql/enums.js';

@InputType('YearValueInput')
export class YearValueInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  value!: number;
}

@InputType('CreateTargetInput')
export class CreateTargetInput {
  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => String, { description: '"2026-2030"' })
  programme!: string;

  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => ComparatorEnum)
  comparator!: Comparator;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unit!: string;

  @Field(() => YearValueInput, { nullable: true })
  baseline?: YearValueInput | null;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => [YearValueInput], { nullable: true })
  milestones?: YearValueInput[] | null;
}

@InputType('UpdateTargetInput', { description: 'Only the fields given are changed; null clears a nullable field.' })
export class UpdateTargetInput {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => ComparatorEnum, { nullable: true })
  comparator?: Comparator | null;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => String, { nullable: true })
  indicatorCode?: string | null;

  @Field(() => YearValueInput, { nullable: true })
  baseline?: YearValueInput | null;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => [YearValueInput], {
    nullable: true,
    description: 'Replaces every yearly milestone in the same save (one version, one history entry); omit to keep them.',
  })
  milestones?: YearValueInput[] | null;
}
