import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { USER_ROLES, type UserRole } from '@cchc/domain';

export type Role = UserRole;
export const ROLES: Role[] = [...USER_ROLES];

@Entity({ tableName: 'app_user' })
export class UserEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 200, unique: true })
  email!: string;

  /** bcrypt hash. */
  @Property({ type: 'string', length: 100 })
  passwordHash!: string;

  @Enum({ items: ROLES })
  role!: Role;

  /** A planner's communes, a reviewer's reviewing units (district or province); empty for other roles. */
  @Property({ type: 'json' })
  orgUnitCodes: string[] = [];

  /** A person's name shown to other signed-in users of the province (history, users page). */
  @Property({ type: 'string', length: 200, nullable: true })
  name: string | null = null;

  /** A disabled user cannot sign in and every session of theirs stops working on its next request. */
  @Property({ type: 'boolean' })
  disabled = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
