// A finding names the indicators it concerns: their printed codes and names come through the indicator loader, so a
// list of findings costs one statement for all their indicators and readers never see an internal key.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { IndicatorType } from '../indicator/indicator.type.js';
import { FindingType } from './analysis.type.js';

@Resolver(() => FindingType)
export class FindingResolver {
  @FieldResolver(() => [IndicatorType], {
    description: 'The indicators of indicatorCodes, in that order (codes the database does not define are left out): their printed code and names.',
  })
  async indicators(@Root() f: FindingType, @Ctx() ctx: Context): Promise<IndicatorType[]> {
    const found = await ctx.loaders.indicator.loadMany(f.indicatorCodes);
    return found.filter((i): i is IndicatorType => i !== null && !(i instanceof Error));
  }
}
