import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Role } from '../entities/enums';
import { toGlobalId } from '../ids';
import { AuthService, type Session } from '../services/identity/auth.service';
import { UserService } from '../services/identity/user.service';
import { dbIdOf } from './node-id';
import { RegisterInput, UpdateProfileInput } from './types/auth.input';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import { AuthPayloadView, UserConnection, UserView } from './types/user.type';

function payload(session: Session): AuthPayloadView {
  return { ...session, user: UserView.from(session.user) };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayloadView, { description: 'Creates an account and signs it in. The first account becomes ADMIN.' })
  async register(@Arg('input', () => RegisterInput, { description: 'The new account.' }) input: RegisterInput, @Ctx() ctx: Context): Promise<AuthPayloadView> {
    return payload(await new AuthService(ctx).register(input));
  }

  @Mutation(() => AuthPayloadView, { description: 'Signs in. Any failure says only "Invalid credentials".' })
  async login(
    @Arg('usernameOrEmail', () => String, { description: 'User name or email address.' }) usernameOrEmail: string,
    @Arg('password', () => String, { description: 'The password.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayloadView> {
    return payload(await new AuthService(ctx).login(usernameOrEmail, password));
  }

  @Mutation(() => AuthPayloadView, {
    description: 'Exchanges a refresh token for a new access and refresh token. Each refresh token works once; reusing one revokes the whole session.',
  })
  async refreshSession(
    @Arg('refreshToken', () => String, { description: 'The latest refresh token of the session.' }) refreshToken: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayloadView> {
    return payload(await new AuthService(ctx).refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token; its access tokens stop working at once. False for an unknown token.' })
  async logout(
    @Arg('refreshToken', () => String, { description: 'A refresh token of the session.' }) refreshToken: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new AuthService(ctx).logout(refreshToken);
  }

  @Query(() => UserView, { nullable: true, description: 'The signed-in user; null for anonymous callers and integration tokens.' })
  async me(@Ctx() ctx: Context): Promise<UserView | null> {
    const user = await new UserService(ctx).me();
    return user ? UserView.from(user) : null;
  }

  @Mutation(() => UserView, {
    description: 'Changes the signed-in user\'s own full name and email address; a new email address needs the current password.',
  })
  async updateProfile(@Arg('input', () => UpdateProfileInput, { description: 'What to change.' }) input: UpdateProfileInput, @Ctx() ctx: Context): Promise<UserView> {
    return UserView.from(await new AuthService(ctx).updateProfile(input));
  }

  @Query(() => UserConnection, { description: 'All users (ADMIN only), oldest first. Page forwards with `first`/`after`, backwards with `last`/`before`.' })
  async users(@Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() ctx: Context): Promise<Connection<UserView>> {
    const request = pageRequest(args);
    const page = await new UserService(ctx).list({ ...request, cursor: request.cursor && dbIdOf(request.cursor, 'User') });
    return toConnection(page, args.after, (user) => toGlobalId('User', user.id), UserView.from, async () => new UserService(ctx).count());
  }

  @Mutation(() => UserView, { description: 'Changes a user\'s role (ADMIN only); takes effect at once. The last admin cannot be demoted.' })
  async setUserRole(
    @Arg('userId', () => ID, { description: 'Global id of the user.' }) userId: string,
    @Arg('role', () => Role, { description: 'The new role.' }) role: Role,
    @Ctx() ctx: Context,
  ): Promise<UserView> {
    return UserView.from(await new UserService(ctx).setRole(dbIdOf(userId, 'User'), role));
  }

  @Mutation(() => UserView, { description: 'Deactivates a user (ADMIN only): sessions end and live connections close at once.' })
  async deactivateUser(@Arg('userId', () => ID, { description: 'Global id of the user.' }) userId: string, @Ctx() ctx: Context): Promise<UserView> {
    return UserView.from(await new UserService(ctx).deactivate(dbIdOf(userId, 'User')));
  }
}
