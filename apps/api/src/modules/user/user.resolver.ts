import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AuthPayloadType, UserType } from './user.type.js';
import { login } from './user.service.js';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, null when anonymous.' })
  me(@Ctx() ctx: Context): UserType | null {
    return ctx.user;
  }

  @Mutation(() => AuthPayloadType, { description: 'Returns a bearer token for the Authorization header.' })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayloadType> {
    return login(ctx, email, password);
  }
}
