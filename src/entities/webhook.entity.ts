import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import type { TicketEventType } from './enums';
import { User } from './user.entity';

/** Another system that wants ticket events as signed POSTs. */
@Entity({ tableName: 'webhooks' })
export class Webhook extends BaseEntity {
  @Property({ type: 'text' })
  url: string;

  @Property({ type: 'text', nullable: true })
  description: string | null;

  /** The event types it gets; empty: all of them. */
  @Property({ type: 'text[]' })
  events: TicketEventType[];

  /** Also send COMMENT_ADDED for internal comments. */
  @Property({ type: 'boolean' })
  includeInternal: boolean;

  @Property({ type: 'text', hidden: true })
  secret: string;

  @Property({ type: 'boolean' })
  active = true;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null;

  constructor(fields: {
    url: string;
    description: string | null;
    events: TicketEventType[];
    includeInternal: boolean;
    secret: string;
    createdBy: Ref<User> | null;
  }) {
    super();
    this.url = fields.url;
    this.description = fields.description;
    this.events = fields.events;
    this.includeInternal = fields.includeInternal;
    this.secret = fields.secret;
    this.createdBy = fields.createdBy;
  }
}
