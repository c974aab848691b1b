import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { deliveryCursor } from '../repositories/webhooks/webhook-delivery.repository';
import { isStaff } from '../services/identity/policy';
import { IntegrationService } from '../services/integrations/integration.service';
import { MeetingService } from '../services/integrations/meeting.service';
import { dbIdOf } from './node-id';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import {
  ConnectIntegrationInput, ExternalLinkView, IntegrationPlatformInfo, IntegrationTestResult, IntegrationView, ScheduledMeetingView,
  UpdateIntegrationInput,
} from './types/integration.type';
import { DateTimeScalar } from './types/scalars';
import { TicketView } from './types/ticket.type';
import { WebhookDeliveryConnection, WebhookDeliveryView } from './types/webhook.type';

@Resolver(() => IntegrationView)
export class IntegrationResolver {
  @Query(() => [IntegrationPlatformInfo], { description: 'Every platform: its settings, what it sends and takes, and whether this server has its adapter (anyone signed in).' })
  integrationPlatforms(@Ctx() ctx: Context): IntegrationPlatformInfo[] {
    return new IntegrationService(ctx).platforms().map(({ platform, adapter }) => IntegrationPlatformInfo.from(platform, adapter));
  }

  @Query(() => [IntegrationView], { description: 'Every integration, newest first (ADMIN only).' })
  async integrations(@Ctx() ctx: Context): Promise<IntegrationView[]> {
    return (await new IntegrationService(ctx).list()).map(IntegrationView.from);
  }

  @Mutation(() => IntegrationView, { description: 'Connects a platform (ADMIN only): settings checked, secrets encrypted. With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer.' })
  async connectIntegration(
    @Arg('input', () => ConnectIntegrationInput, { description: 'Platform, name, settings, events and filter.' }) input: ConnectIntegrationInput,
    @Ctx() ctx: Context,
  ): Promise<IntegrationView> {
    return IntegrationView.from(await new IntegrationService(ctx).connect(input, headerOf(ctx, 'idempotency-key')));
  }

  @Mutation(() => IntegrationView, { description: 'Changes an integration, or disables and enables it (ADMIN only).' })
  async updateIntegration(
    @Arg('id', () => ID, { description: 'Global id of the integration.' }) id: string,
    @Arg('input', () => UpdateIntegrationInput, { description: 'The changes.' }) input: UpdateIntegrationInput,
    @Ctx() ctx: Context,
  ): Promise<IntegrationView> {
    return IntegrationView.from(await new IntegrationService(ctx).update(dbIdOf(id, 'Integration'), input));
  }

  @Mutation(() => IntegrationTestResult, { description: 'Makes one real call to the platform with the stored settings (ADMIN only); not queued, not counted by the breaker.' })
  async testIntegration(@Arg('id', () => ID, { description: 'Global id of the integration.' }) id: string, @Ctx() ctx: Context): Promise<IntegrationTestResult> {
    const result = await new IntegrationService(ctx).test(dbIdOf(id, 'Integration'));
    return { ok: result.ok, statusCode: result.statusCode ?? null, message: result.message };
  }

  @Mutation(() => ID, { description: 'Removes an integration and its delivery log (ADMIN only); tickets keep their external links. Returns its id.' })
  async disconnectIntegration(@Arg('id', () => ID, { description: 'Global id of the integration.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    await new IntegrationService(ctx).disconnect(dbIdOf(id, 'Integration'));
    return id;
  }

  @Mutation(() => WebhookDeliveryView, { description: 'Sends an integration\'s logged call again, from a fresh attempt count (ADMIN only).' })
  async redeliverIntegrationDelivery(@Arg('id', () => ID, { description: 'Global id of the delivery.' }) id: string, @Ctx() ctx: Context): Promise<WebhookDeliveryView> {
    return WebhookDeliveryView.from(await new IntegrationService(ctx).redeliver(dbIdOf(id, 'WebhookDelivery')));
  }

  @Mutation(() => ScheduledMeetingView, { description: 'Schedules a Zoom meeting about a ticket (agents and admins) and posts its join link on the ticket: an external link and a public comment.' })
  async scheduleMeeting(
    @Arg('ticketId', () => ID, { description: 'Global id of the ticket.' }) ticketId: string,
    @Arg('startAt', () => DateTimeScalar, { description: 'When it starts.' }) startAt: Date,
    @Arg('durationMinutes', () => Int, { description: 'How long it lasts, 1 to 1440 minutes.' }) durationMinutes: number,
    @Arg('integrationId', () => ID, { nullable: true, description: 'The Zoom integration, when more than one is connected.' }) integrationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ScheduledMeetingView> {
    return new MeetingService(ctx).schedule(dbIdOf(ticketId, 'Ticket'), startAt, durationMinutes, integrationId ? dbIdOf(integrationId, 'Integration') : null);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: 'Its calls to the platform, newest first: one per ticket event, with attempts and the last answer. Page forwards with `first`/`after`, backwards with `last`/`before`.',
  })
  async deliveries(@Root() integration: IntegrationView, @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() ctx: Context): Promise<Connection<WebhookDeliveryView>> {
    const service = new IntegrationService(ctx);
    const page = await service.deliveries(integration.dbId, pageRequest(args));
    return toConnection(page, args.after, deliveryCursor, WebhookDeliveryView.from, () => service.countDeliveries(integration.dbId));
  }
}

@Resolver(() => TicketView)
export class TicketExternalLinksResolver {
  @FieldResolver(() => [ExternalLinkView], { description: 'What the ticket is on other platforms (the Jira issue, the GitHub issue, ...), oldest first; empty for customers.' })
  async externalLinks(@Root() ticket: TicketView, @Ctx() { loaders, viewer }: Context): Promise<ExternalLinkView[]> {
    if (!isStaff(viewer) && viewer.kind !== 'token') return [];
    return (await loaders.externalLinks.load(ticket.dbId)).map(ExternalLinkView.from);
  }
}
