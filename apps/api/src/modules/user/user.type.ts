import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import type { Role } from './user.entity.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [String], { description: 'The org units a planner plans for.' })
  orgUnitCodes!: string[];
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}
