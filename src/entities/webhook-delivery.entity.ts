import { Entity, EntityRepositoryType, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { WebhookDeliveryRepository } from '../repositories/webhooks/webhook-delivery.repository';
import { TIMESTAMP } from './base.entity';
import { DeliveryStatus } from './enums';

/**
 * One signed POST to another system (a job's callback or a webhook's event) and how its attempts
 * went: the delivery log. Its id travels as a header, the same on every retry.
 */
@Entity({ tableName: 'webhook_deliveries', repository: () => WebhookDeliveryRepository })
export class WebhookDelivery {
  [EntityRepositoryType]?: WebhookDeliveryRepository;

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  kind!: 'callback' | 'webhook' | 'integration';

  /** What the delivery is about: a job's or a ticket's id. */
  @Property({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  /** The webhook it was sent for; null for a job's callback. Deleted with the webhook. */
  @Property({ type: 'uuid', nullable: true })
  webhookId!: string | null;

  /** The integration it was sent for; null for others. Deleted with the integration. */
  @Property({ type: 'uuid', nullable: true })
  integrationId!: string | null;

  /** What the platform named what the call made (a comment's id). */
  @Property({ type: 'text', nullable: true })
  externalId!: string | null;

  @Property({ type: 'text' })
  url!: string;

  @Property({ type: 'text' })
  event!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Enum({ items: () => DeliveryStatus, type: 'text' })
  status!: DeliveryStatus;

  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Property({ type: 'text', nullable: true })
  lastError!: string | null;

  @Property({ ...TIMESTAMP })
  createdAt!: Date;

  @Property({ ...TIMESTAMP })
  updatedAt!: Date;

  @Property({ ...TIMESTAMP, nullable: true })
  deliveredAt!: Date | null;
}
