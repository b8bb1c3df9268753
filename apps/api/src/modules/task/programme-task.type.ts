import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SourceType } from '../observation/observation.type.js';

@ObjectType('ProgrammeTask', { description: 'A task of the DANH MỤC list.' })
export class ProgrammeTaskType {
  @Field(() => ID)
  id!: number;

  @Field(() => Int)
  number!: number;

  @Field(() => String, { description: 'Roman-numeral group as printed.' })
  group!: string;

  @Field(() => String)
  groupTitle!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  department!: string;

  @Field(() => Boolean, { nullable: true, description: 'true = Hoàn thành, false = Không hoàn thành, null = not marked.' })
  completed!: boolean | null;

  @Field(() => String)
  evidence!: string;

  @Field(() => SourceType, { nullable: true })
  source!: SourceType | null;
}
