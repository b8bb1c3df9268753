import { Field, InputType } from 'type-graphql';
import type { IndicatorOrigin, ReformArea } from '@cchc/domain';
import { IndicatorOriginEnum, ReformAreaEnum } from '../../graphql/enums.js';

@InputType('IndicatorFilter')
export class IndicatorFilterInput {
  @Field(() => String, { nullable: true, description: 'Words in the name or the code (case-insensitive).' })
  search?: string | null;

  @Field(() => ReformAreaEnum, { nullable: true })
  area?: ReformArea | null;

  @Field(() => String, { nullable: true, description: '"1.2" matches 1.2 and 1.2.1, not 1.20.' })
  codePrefix?: string | null;

  @Field(() => String, { nullable: true, description: 'The unit as written, e.g. "%".' })
  unit?: string | null;

  @Field(() => IndicatorOriginEnum, { nullable: true })
  origin?: IndicatorOrigin | null;
}
