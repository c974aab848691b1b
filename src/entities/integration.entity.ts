import { Entity, EntityRepositoryType, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IntegrationRepository } from '../repositories/integrations/integration.repository';
import { BaseEntity, TIMESTAMP } from './base.entity';
import { IntegrationPlatform, IntegrationStatus, type TicketEventType } from './enums';
import { User } from './user.entity';

/** A stored ticket filter: which tickets an integration hears about. */
export interface IntegrationFilter {
  status?: string[] | null;
  priority?: string[] | null;
  category?: string[] | null;
  assignedTo?: string | null;
  customerEmail?: string | null;
  tags?: string[] | null;
}

/**
 * A connection to another platform (Slack, Jira, ...): which ticket events go there, the settings
 * it was given (secrets apart, encrypted), and its circuit breaker.
 */
@Entity({ tableName: 'integrations', repository: () => IntegrationRepository })
export class Integration extends BaseEntity {
  [EntityRepositoryType]?: IntegrationRepository;

  @Enum({ items: () => IntegrationPlatform, type: 'text' })
  platform: IntegrationPlatform;

  @Property({ type: 'text' })
  name: string;

  @Enum({ items: () => IntegrationStatus, type: 'text' })
  status: IntegrationStatus = IntegrationStatus.ACTIVE;

  /** The event types it gets; empty: all of them. */
  @Property({ type: 'text[]' })
  events: TicketEventType[];

  @Property({ type: 'json', nullable: true })
  filter: IntegrationFilter | null;

  /** Also send internal comments (never to a customer-visible channel unless an admin says so). */
  @Property({ type: 'boolean' })
  includeInternal: boolean;

  /** The settings that are not secret, as given (defaults filled in). */
  @Property({ type: 'json' })
  settings: Record<string, string>;

  /** The secret settings, AES-256-GCM encrypted (see credentials-cipher.ts); never leaves the server. */
  @Property({ type: 'text', hidden: true })
  credentials: string;

  /** Failed calls in a row; the breaker opens at the configured threshold. */
  @Property({ type: 'integer' })
  consecutiveFailures = 0;

  /** While FAILING: when the next probe may go. */
  @Property({ ...TIMESTAMP, nullable: true })
  breakerRetryAt: Date | null = null;

  /** The platform asked us to wait (429 with Retry-After): nothing goes before then. */
  @Property({ ...TIMESTAMP, nullable: true })
  pausedUntil: Date | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  lastDeliveryAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null;

  constructor(fields: {
    id?: string;
    platform: IntegrationPlatform;
    name: string;
    events: TicketEventType[];
    filter: IntegrationFilter | null;
    includeInternal: boolean;
    settings: Record<string, string>;
    credentials: string;
    createdBy: Ref<User> | null;
  }) {
    super();
    if (fields.id) this.id = fields.id;
    this.platform = fields.platform;
    this.name = fields.name;
    this.events = fields.events;
    this.filter = fields.filter;
    this.includeInternal = fields.includeInternal;
    this.settings = fields.settings;
    this.credentials = fields.credentials;
    this.createdBy = fields.createdBy;
  }
}
