import { EntityRepositoryType, ArrayType, BigIntType, Embeddable, Embedded, Entity, Enum, Property } from '@mikro-orm/core';
import { TicketRepository } from '../repositories/tickets/ticket.repository';
import { BaseEntity, TIMESTAMP } from './base.entity';
import type { ClassificationRecord } from './classification.value';
import { DeviceType, TicketCategory, TicketPriority, TicketSource, TicketStatus } from './enums';

/** The customer who raised the ticket, as the client system knows them. */
@Embeddable()
export class CustomerInfo {
  @Property({ type: 'text' })
  id: string;

  @Property({ type: 'text' })
  email: string;

  @Property({ type: 'text' })
  name: string;

  constructor(id: string, email: string, name: string) {
    this.id = id;
    this.email = email;
    this.name = name;
  }
}

@Embeddable()
export class TicketMetadata {
  @Enum({ items: () => TicketSource, type: 'text' })
  source: TicketSource;

  @Property({ type: 'text', nullable: true })
  browser: string | null = null;

  @Enum({ items: () => DeviceType, type: 'text', nullable: true })
  deviceType: DeviceType | null = null;

  @Property({ type: 'json', nullable: true })
  extra: unknown = null;

  constructor(source: TicketSource) {
    this.source = source;
  }
}

@Entity({ tableName: 'tickets', repository: () => TicketRepository })
export class Ticket extends BaseEntity {
  [EntityRepositoryType]?: TicketRepository;

  /** Sequential number behind the human-readable key; assigned by the database (tickets are inserted by TicketRepository). */
  @Property({ type: new BigIntType('number'), persist: false })
  number!: number;

  @Embedded({ entity: () => CustomerInfo, prefix: 'customer_' })
  customer: CustomerInfo;

  @Property({ type: 'text' })
  subject: string;

  @Property({ type: 'text' })
  description: string;

  @Enum({ items: () => TicketCategory, type: 'text' })
  category: TicketCategory;

  @Enum({ items: () => TicketPriority, type: 'text' })
  priority: TicketPriority;

  @Enum({ items: () => TicketStatus, type: 'text' })
  status: TicketStatus = TicketStatus.NEW;

  @Property({ type: ArrayType, columnType: 'text[]' })
  tags: string[] = [];

  @Embedded({ entity: () => TicketMetadata, prefix: false })
  metadata: TicketMetadata;

  @Property({ type: 'text', nullable: true })
  assignedTo: string | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  resolvedAt: Date | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  slaDueAt: Date | null = null;

  /** Set while the ticket waits for the customer: the SLA clock stands still. */
  @Property({ ...TIMESTAMP, nullable: true })
  slaPausedAt: Date | null = null;

  /** When the breach was announced (SLA_BREACHED); once per ticket. */
  @Property({ ...TIMESTAMP, nullable: true })
  slaBreachedAt: Date | null = null;

  /** When the coming breach was announced (SLA_WARNING); once per ticket. */
  @Property({ ...TIMESTAMP, nullable: true })
  slaWarnedAt: Date | null = null;

  /** When a first public answer by staff is due; null when the priority's policy sets no such target. */
  @Property({ ...TIMESTAMP, nullable: true })
  firstResponseDueAt: Date | null = null;

  /** When staff first answered in a public comment. */
  @Property({ ...TIMESTAMP, nullable: true })
  firstRespondedAt: Date | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  firstResponseWarnedAt: Date | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  firstResponseBreachedAt: Date | null = null;

  @Property({ type: 'json', nullable: true })
  classification: ClassificationRecord | null = null;

  @Property({ type: 'boolean' })
  manualOverride = false;

  /** The customer's account, when the customer has one: they see the ticket. */
  @Property({ type: 'uuid', nullable: true })
  ownerId: string | null = null;

  /** The integration token that created the ticket: it sees and changes only its own. */
  @Property({ type: 'uuid', nullable: true })
  createdByTokenId: string | null = null;

  /** The client's own key for an imported row (`issue_key`); one ticket per key within an import. */
  @Property({ type: 'text', nullable: true })
  externalKey: string | null = null;

  /** The import (a file or a signed upload) that brought the ticket in. */
  @Property({ type: 'uuid', nullable: true })
  importId: string | null = null;

  /** The classification job (signed upload or import) that brought the ticket in. */
  @Property({ type: 'uuid', nullable: true })
  classificationJobId: string | null = null;

  constructor(fields: {
    customer: CustomerInfo;
    subject: string;
    description: string;
    category: TicketCategory;
    priority: TicketPriority;
    metadata: TicketMetadata;
  }) {
    super();
    this.customer = fields.customer;
    this.subject = fields.subject;
    this.description = fields.description;
    this.category = fields.category;
    this.priority = fields.priority;
    this.metadata = fields.metadata;
  }
}
