import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../ids';
import { TIMESTAMP } from './base.entity';
import { TicketCategory, TicketPriority } from './enums';
import type { Ticket } from './ticket.entity';

/** A ticket's text with the category and priority a person gave it: a training example. */
@Entity({ tableName: 'classification_corrections' })
export class ClassificationCorrection {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** Kept when the ticket is deleted: the example stays useful. */
  @Property({ type: 'uuid', nullable: true })
  ticketId: string | null;

  @Property({ type: 'text' })
  subject: string;

  @Property({ type: 'text' })
  description: string;

  @Enum({ items: () => TicketCategory, type: 'text' })
  category: TicketCategory;

  @Enum({ items: () => TicketPriority, type: 'text' })
  priority: TicketPriority;

  @Property({ type: 'text', nullable: true })
  correctedBy: string | null;

  @Property({ ...TIMESTAMP })
  createdAt: Date = new Date();

  /** From a ticket as a person has just set it. */
  constructor(ticket: Ticket, correctedBy: string | null) {
    this.ticketId = ticket.id;
    this.subject = ticket.subject;
    this.description = ticket.description;
    this.category = ticket.category;
    this.priority = ticket.priority;
    this.correctedBy = correctedBy;
  }
}
