import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { UserEntity } from '../user/user.entity.js';

@Entity({ tableName: 'saved_query' })
export class SavedQueryEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => UserEntity, { deleteRule: 'cascade' })
  user!: UserEntity;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text' })
  query!: string;

  @Property({ type: 'json', nullable: true })
  variables: Record<string, unknown> | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
