import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('SavedQuery', { description: "An analyst's saved GraphQL query." })
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
}

@InputType('SaveQueryInput')
export class SaveQueryInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  query!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  variables?: Record<string, unknown> | null;
}
