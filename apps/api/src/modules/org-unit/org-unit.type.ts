import { Field, ObjectType } from 'type-graphql';
import type { OrgLevel } from '@cchc/domain';
import { OrgLevelEnum } from '../../graphql/enums.js';

@ObjectType('OrgUnit', { description: 'An administrative unit (tỉnh, huyện, xã / thị trấn) with its validity.' })
export class OrgUnitType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrgLevelEnum)
  level!: OrgLevel;

  @Field(() => String, { description: '"xã", "thị trấn", "huyện", "tỉnh" as the unit is styled.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'ISO date the unit came into being.' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of the last day the unit existed.' })
  validTo!: string | null;

  parentCode!: string | null;
  successorCode!: string | null;
}

@ObjectType('OrgUnitSearch', { description: 'A page of org units whose name matches a typed text.' })
export class OrgUnitSearchType {
  @Field(() => [OrgUnitType], { description: 'Names starting with the text first, then names with a word starting with it, then the rest; each in Vietnamese alphabetical order.' })
  units!: OrgUnitType[];

  @Field(() => Boolean, { description: 'More units match than were answered: type more of the name.' })
  hasMore!: boolean;
}
