import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { deliveryCursor } from '../repositories/webhooks/webhook-delivery.repository';
import { WebhookService } from '../services/webhooks/webhook.service';
import { dbIdOf } from './node-id';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import {
  CreatedWebhookView, CreateWebhookInput, UpdateWebhookInput, WebhookDeliveryConnection, WebhookDeliveryView, WebhookView,
} from './types/webhook.type';

@Resolver(() => WebhookView)
export class WebhookResolver {
  @Query(() => [WebhookView], { description: 'Every webhook, newest first (ADMIN only).' })
  async webhooks(@Ctx() ctx: Context): Promise<WebhookView[]> {
    return (await new WebhookService(ctx).list()).map(WebhookView.from);
  }

  @Mutation(() => CreatedWebhookView, { description: 'Makes a webhook (ADMIN only); its signing secret is shown this once, and again to a repeat with the same `Idempotency-Key` header (for 24 hours).' })
  async createWebhook(
    @Arg('input', () => CreateWebhookInput, { description: 'URL, events and options.' }) input: CreateWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedWebhookView> {
    const { webhook, secret } = await new WebhookService(ctx).create(input, headerOf(ctx, 'idempotency-key'));
    return { webhook: WebhookView.from(webhook), secret };
  }

  @Mutation(() => WebhookView, { description: 'Changes a webhook, or disables and enables it (ADMIN only).' })
  async updateWebhook(
    @Arg('id', () => ID, { description: 'Global id of the webhook.' }) id: string,
    @Arg('input', () => UpdateWebhookInput, { description: 'The changes.' }) input: UpdateWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookView> {
    return WebhookView.from(await new WebhookService(ctx).update(dbIdOf(id, 'Webhook'), input));
  }

  @Mutation(() => ID, { description: 'Deletes a webhook and its delivery log (ADMIN only); returns its id.' })
  async deleteWebhook(@Arg('id', () => ID, { description: 'Global id of the webhook.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    await new WebhookService(ctx).delete(dbIdOf(id, 'Webhook'));
    return id;
  }

  @Mutation(() => WebhookDeliveryView, {
    description: 'Sends a delivery again, with its original id and body (ADMIN only): for a receiver that was down longer than the retries lasted.',
  })
  async redeliverWebhookDelivery(
    @Arg('id', () => ID, { description: 'Global id of the delivery.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryView> {
    return WebhookDeliveryView.from(await new WebhookService(ctx).redeliver(dbIdOf(id, 'WebhookDelivery')));
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first. Page forwards with `first`/`after`, backwards with `last`/`before`.' })
  async deliveries(@Root() webhook: WebhookView, @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() ctx: Context): Promise<Connection<WebhookDeliveryView>> {
    const service = new WebhookService(ctx);
    const page = await service.deliveries(webhook.dbId, pageRequest(args));
    return toConnection(page, args.after, deliveryCursor, WebhookDeliveryView.from, () => service.countDeliveries(webhook.dbId));
  }
}
