import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { UserEntity } from '../user/user.entity.js';

@Entity({ tableName: 'saved_query' })
// A user's names are unique (normalised by @cchc/domain's normaliseSavedQueryName before they are stored).
@Unique({ name: 'saved_query_user_id_name_unique', properties: ['user', 'name'] })
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

  /** The last overwrite or rename; null when never changed. */
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;
}
