import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import type { Role } from './user.entity.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true, description: "The person's name, shown to signed-in users." })
  name!: string | null;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [String], { description: 'The org units a planner plans for.' })
  orgUnitCodes!: string[];

  @Field(() => Boolean, { description: 'A disabled user cannot sign in; their sessions have ended.' })
  disabled!: boolean;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"; ends with signOut or a password change.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}

@ObjectType('ApiToken', { description: "A personal API token for an analyst's scripts (the secret itself is shown once)." })
export class ApiTokenType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Within five minutes.' })
  lastUsedAt!: Date | null;
}

@ObjectType('NewApiToken')
export class NewApiTokenType {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>". Shown only now.' })
  token!: string;

  @Field(() => ApiTokenType)
  apiToken!: ApiTokenType;
}

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { description: '8 characters to 72 bytes.' })
  password!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [String], { nullable: true })
  orgUnitCodes?: string[] | null;
}

@InputType('UpdateUserInput', { description: 'Only the fields given change.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => [String], { nullable: true })
  orgUnitCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;
}

