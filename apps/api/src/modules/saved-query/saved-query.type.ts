import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('SavedQuery', { description: "An analyst's saved GraphQL query; a user's names are unique." })
export class SavedQueryType {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  query!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  variables!: Record<string, unknown> | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last overwrite or rename; null when never changed.' })
  updatedAt!: Date | null;
}

@InputType('SaveQueryInput')
export class SaveQueryInput {
  @Field(() => String, { description: 'Trimmed, spaces collapsed; at most 200 characters; unique among your saved queries.' })
  name!: string;

  @Field(() => String)
  query!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  variables?: Record<string, unknown> | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'When you already have a query of this name: true overwrites it (its id stays); false or absent refuses with CONFLICT, reason SAVED_QUERY_NAME_TAKEN.',
  })
  replace?: boolean | null;
}
