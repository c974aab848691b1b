import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DeliveryStatus, TicketEventType, type TicketEventType as TicketEventTypeValue } from '../../entities/enums';
import type { Webhook } from '../../entities/webhook.entity';
import { toGlobalId } from '../../ids';
import type { DeliveryRecord } from '../../repositories/webhooks/webhook-delivery.repository';
import { ConnectionType } from './connection.type';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

@ObjectType('WebhookDelivery', { implements: NodeInterface, description: 'One signed POST of an event to a webhook, with how it went.', simpleResolvers: true })
export class WebhookDeliveryView implements NodeInterface {
  readonly __typename = 'WebhookDelivery';

  @Field(() => ID, { description: 'Opaque global id; the body\'s `id` and the `X-Webhook-Id` header carry the same id, on every attempt.' })
  id!: string;

  @Field(() => String, { description: 'The event, e.g. `ticket.created`; also the `X-Webhook-Event` header.' })
  event!: string;

  @Field(() => String, { description: 'Where it was sent.' })
  url!: string;

  @Field(() => DeliveryStatus, { description: 'Where it stands.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer; null when none came.' })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field(() => GraphQLJSON, { description: 'The `data` the body carries: the event and the ticket after it.' })
  payload!: Record<string, unknown>;

  @Field(() => DateTimeScalar, { description: 'When the event was queued for this webhook.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the receiver took it.' })
  deliveredAt!: Date | null;

  static from(delivery: DeliveryRecord): WebhookDeliveryView {
    return {
      __typename: 'WebhookDelivery',
      id: toGlobalId('WebhookDelivery', delivery.id),
      event: delivery.event,
      url: delivery.url,
      status: delivery.status as DeliveryStatus,
      attempts: delivery.attempts,
      lastStatusCode: delivery.lastStatusCode,
      lastError: delivery.lastError,
      payload: delivery.payload,
      createdAt: delivery.createdAt,
      deliveredAt: delivery.deliveredAt,
    };
  }
}

@ObjectType('WebhookDeliveryConnection', { description: 'A page of deliveries, newest first.', simpleResolvers: true })
export class WebhookDeliveryConnection extends ConnectionType(WebhookDeliveryView, 'WebhookDelivery') {}

@ObjectType('Webhook', {
  implements: NodeInterface,
  description: 'Another system that gets ticket events as signed POSTs (ADMIN only). Its secret is shown only when it is made.',
  simpleResolvers: true,
})
export class WebhookView implements NodeInterface {
  readonly __typename = 'Webhook';
  dbId!: string;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'The http(s) URL events are POSTed to.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description!: string | null;

  @Field(() => [TicketEventType], { description: 'The event types it gets; empty for all.' })
  events!: TicketEventTypeValue[];

  @Field(() => Boolean, { description: 'Also gets COMMENT_ADDED for internal comments.' })
  includeInternal!: boolean;

  @Field(() => Boolean, { description: 'False while disabled: nothing is sent.' })
  active!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;

  static from(webhook: Webhook): WebhookView {
    return {
      __typename: 'Webhook',
      dbId: webhook.id,
      id: toGlobalId('Webhook', webhook.id),
      url: webhook.url,
      description: webhook.description,
      events: webhook.events,
      includeInternal: webhook.includeInternal,
      active: webhook.active,
      createdAt: webhook.createdAt,
      updatedAt: webhook.updatedAt,
    };
  }
}

@ObjectType('CreatedWebhook', { description: 'A new webhook, with its signing secret shown this once.', simpleResolvers: true })
export class CreatedWebhookView {
  @Field(() => WebhookView, { description: 'The webhook.' })
  webhook!: WebhookView;

  @Field(() => String, {
    description: 'The signing secret, `whsec_...`: each delivery\'s `X-Webhook-Signature` is `t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with it. Store it now: it cannot be shown again.',
  })
  secret!: string;
}

@InputType('CreateWebhookInput', { description: 'A new webhook.' })
export class CreateWebhookInput {
  @Field(() => String, { description: 'http(s) URL; private and loopback addresses only where ALLOW_PRIVATE_CALLBACKS is on.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for (up to 500 characters).' })
  description?: string | null;

  @Field(() => [TicketEventType], { nullable: true, description: 'The event types to send; all when omitted or empty.' })
  events?: TicketEventTypeValue[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Also send COMMENT_ADDED for internal comments; false by default.' })
  includeInternal?: boolean | null;
}

@InputType('UpdateWebhookInput', { description: 'Changes to a webhook; omitted fields stay.' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true, description: 'A new URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description; empty to clear it.' })
  description?: string | null;

  @Field(() => [TicketEventType], { nullable: true, description: 'The event types to send; empty for all.' })
  events?: TicketEventTypeValue[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether internal comments are sent.' })
  includeInternal?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'False disables it: pending deliveries fail and nothing new is sent.' })
  active?: boolean | null;
}
