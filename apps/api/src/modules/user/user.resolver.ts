import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { parseId } from '../../validation.js';
import { ApiTokenType, AuthPayloadType, CreateUserInput, NewApiTokenType, UpdateUserInput, UserType } from './user.type.js';
import {
  changePassword,
  createApiToken,
  createUserAsAdmin,
  listApiTokens,
  listUsers,
  login,
  revokeApiToken,
  signIn,
  signOut,
  updateUser,
} from './user.service.js';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, null when anonymous.' })
  me(@Ctx() ctx: Context): UserType | null {
    const u = ctx.user;
    return u ? { id: u.id, email: u.email, name: u.name, role: u.role, orgUnitCodes: u.orgUnitCodes, disabled: false } : null;
  }

  @Query(() => Boolean, { description: 'True when the server runs in demo mode (demo accounts with a published password).' })
  demoMode(@Ctx() ctx: Context): boolean {
    return ctx.config.demoMode;
  }

  @Mutation(() => AuthPayloadType, { description: 'For scripts: returns a bearer token for the Authorization header.' })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayloadType> {
    return login(ctx, email, password);
  }

  @Mutation(() => UserType, { description: "The web app's sign-in: an httpOnly session cookie plus a CSRF cookie." })
  signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return signIn(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the session this request was made with (cookie or bearer token).' })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return signOut(ctx);
  }

  @Mutation(() => Boolean, { description: 'Every other session and API token of the user ends.' })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return changePassword(ctx, currentPassword, newPassword);
  }

  @Query(() => [ApiTokenType], { description: "The signed-in user's personal API tokens." })
  apiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    return listApiTokens(ctx);
  }

  @Mutation(() => NewApiTokenType)
  createApiToken(
    @Arg('name', () => String) name: string,
    @Arg('expiresInDays', () => Int, { nullable: true, description: '1–366; a year when omitted.' }) expiresInDays: number | null,
    @Ctx() ctx: Context,
  ): Promise<NewApiTokenType> {
    return createApiToken(ctx, name, expiresInDays);
  }

  @Mutation(() => Boolean)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return revokeApiToken(ctx, id);
  }

  @Query(() => [UserType], { description: 'Every user (admins).' })
  users(@Ctx() ctx: Context): Promise<UserType[]> {
    return listUsers(ctx);
  }

  @Mutation(() => UserType, { description: 'Admins.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<UserType> {
    return createUserAsAdmin(ctx, { ...input, orgUnitCodes: input.orgUnitCodes ?? [] });
  }

  @Mutation(() => UserType, { description: 'Admins: role, org units, name, disabled; in force from the next request.' })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return updateUser(ctx, parseId(id), input);
  }
}
