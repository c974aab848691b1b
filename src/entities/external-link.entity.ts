import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { IntegrationPlatform } from './enums';
import { Integration } from './integration.entity';

/** What a ticket is on another platform: the Jira issue, the GitHub issue, the Slack thread. */
@Entity({ tableName: 'ticket_external_links' })
export class ExternalLink extends BaseEntity {
  /** Not a reference: a deleted ticket's links stay until each integration has been told. */
  @Property({ type: 'uuid' })
  ticketId: string;

  /** Kept when the integration is disconnected: the issue still exists. */
  @ManyToOne({ entity: () => Integration, ref: true, nullable: true, deleteRule: 'set null' })
  integration: Ref<Integration> | null;

  @Enum({ items: () => IntegrationPlatform, type: 'text' })
  platform: IntegrationPlatform;

  /** The platform's name for it: `PROJ-12`, `owner/repo#7`, `C0123:1700000000.000100`. */
  @Property({ type: 'text' })
  key: string;

  @Property({ type: 'text', nullable: true })
  url: string | null;

  constructor(ticketId: string, integration: Ref<Integration>, platform: IntegrationPlatform, key: string, url: string | null) {
    super();
    this.ticketId = ticketId;
    this.integration = integration;
    this.platform = platform;
    this.key = key;
    this.url = url;
  }
}
