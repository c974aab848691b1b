import { EntityRepositoryType, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { newId } from '../ids';
import { TicketEventRepository } from '../repositories/ticket-events/ticket-event.repository';
import { TIMESTAMP } from './base.entity';
import { TicketEventType } from './enums';
import { Ticket } from './ticket.entity';

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** One entry of a ticket's history. Immutable, hence no `updatedAt`. */
@Entity({ tableName: 'ticket_events', repository: () => TicketEventRepository })
export class TicketEvent {
  [EntityRepositoryType]?: TicketEventRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne({ entity: () => Ticket, ref: true, deleteRule: 'cascade' })
  ticket: Ref<Ticket>;

  @Enum({ items: () => TicketEventType, type: 'text' })
  type: TicketEventType;

  @Property({ type: 'text', nullable: true })
  actor: string | null;

  @Property({ ...TIMESTAMP })
  occurredAt: Date = new Date();

  @Property({ type: 'json' })
  changes: FieldChange[];

  constructor(ticket: Ref<Ticket>, type: TicketEventType, actor: string | null, changes: FieldChange[]) {
    this.ticket = ticket;
    this.type = type;
    this.actor = actor;
    this.changes = changes;
  }
}
