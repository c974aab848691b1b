import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { headerOf, type Context } from '../context';
import {
  hourlyUsage, IntegrationTokenService, MAX_ROTATION_GRACE_SECONDS, MAX_USAGE_HOURS, usageWindowStart,
} from '../services/identity/integration-token.service';
import { dbIdOf } from './node-id';
import {
  CreatedIntegrationTokenView, CreateIntegrationTokenInput, IntegrationTokenView, TokenUsageView, UpdateIntegrationTokenInput,
} from './types/integration-token.type';

@Resolver(() => IntegrationTokenView)
export class IntegrationTokenResolver {
  @Query(() => [IntegrationTokenView], { description: 'Every integration token, newest first (ADMIN only).' })
  async integrationTokens(@Ctx() ctx: Context): Promise<IntegrationTokenView[]> {
    return (await new IntegrationTokenService(ctx).list()).map(IntegrationTokenView.from);
  }

  @Mutation(() => CreatedIntegrationTokenView, { description: 'Issues an integration token (ADMIN only); the `stk_...` token is shown this once, and again to a repeat with the same `Idempotency-Key` header (for 24 hours).' })
  async createIntegrationToken(
    @Arg('input', () => CreateIntegrationTokenInput, { description: 'Name, hourly limit and expiry.' }) input: CreateIntegrationTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedIntegrationTokenView> {
    const { token, record } = await new IntegrationTokenService(ctx).create(input, headerOf(ctx, 'idempotency-key'));
    return { token, integrationToken: IntegrationTokenView.from(record) };
  }

  @Mutation(() => IntegrationTokenView, { description: 'Renames, re-limits, re-dates (expiry), disables or enables an integration token (ADMIN only).' })
  async updateIntegrationToken(
    @Arg('id', () => ID, { description: 'Global id of the token.' }) id: string,
    @Arg('input', () => UpdateIntegrationTokenInput, { description: 'The changes.' }) input: UpdateIntegrationTokenInput,
    @Ctx() ctx: Context,
  ): Promise<IntegrationTokenView> {
    return IntegrationTokenView.from(await new IntegrationTokenService(ctx).update(dbIdOf(id, 'IntegrationToken'), input));
  }

  @Mutation(() => CreatedIntegrationTokenView, {
    description: `Issues a new secret for an integration token (ADMIN only), shown this once; the old secret keeps working for \`graceSeconds\` (0 to ${MAX_ROTATION_GRACE_SECONDS}; 0, the default, ends it at once).`,
  })
  async rotateIntegrationToken(
    @Arg('id', () => ID, { description: 'Global id of the token.' }) id: string,
    @Ctx() ctx: Context,
    @Arg('graceSeconds', () => Int, { nullable: true, defaultValue: 0, description: 'How long the old secret keeps working, in seconds.' }) graceSeconds?: number | null,
  ): Promise<CreatedIntegrationTokenView> {
    const { token, record } = await new IntegrationTokenService(ctx).rotate(dbIdOf(id, 'IntegrationToken'), graceSeconds ?? 0);
    return { token, integrationToken: IntegrationTokenView.from(record) };
  }

  @Mutation(() => IntegrationTokenView, { description: 'Revokes an integration token for good (ADMIN only); requests with it fail at once.' })
  async revokeIntegrationToken(@Arg('id', () => ID, { description: 'Global id of the token.' }) id: string, @Ctx() ctx: Context): Promise<IntegrationTokenView> {
    return IntegrationTokenView.from(await new IntegrationTokenService(ctx).revoke(dbIdOf(id, 'IntegrationToken')));
  }

  @FieldResolver(() => [TokenUsageView], { description: 'Requests per clock hour over the last `hours` hours (the current one included), oldest first; hours without requests count 0.' })
  async usage(
    @Root() token: IntegrationTokenView,
    @Ctx() { loaders }: Context,
    @Arg('hours', () => Int, { nullable: true, defaultValue: 24, description: `How many hours, 1-${MAX_USAGE_HOURS}.` }) hours?: number | null,
  ): Promise<TokenUsageView[]> {
    const size = hours ?? 24;
    const from = usageWindowStart(size);
    return hourlyUsage(await loaders.tokenUsage(from).load(token.dbId), from, size);
  }
}
