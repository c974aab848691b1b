import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  DeviceType, Level, Sentiment, TicketCategory, TicketPriority, TicketSource, TicketStatus,
} from '../../entities/enums';
import { ticketKey, toGlobalId } from '../../ids';
import { TICKETS, type PartialTicket, type TicketProperty } from '../../repositories/tickets/ticket.table';
import { clockBreached, clockProperties, slaBreached } from '../../repositories/tickets/sla-breach';
import { ConnectionType } from './connection.type';
import { NodeInterface } from './node.type';
import { DateTimeScalar, JSONScalar } from './scalars';

/**
 * `customerId`, not `id`: clients' normalised caches (Apollo, urql's Graphcache, Relay) take `id`
 * for the object's identity and would merge the customers of two tickets that share it, name and
 * email included. `id` stays, deprecated, for clients that already select it. The input keeps
 * `CustomerInput.id`.
 */
@ObjectType('Customer', { description: 'The customer who raised a ticket (a value of the ticket: it has no identity of its own).', simpleResolvers: true })
export class CustomerView {
  @Field(() => String, { name: 'customerId', simple: false, description: 'The customer\'s id in the client\'s own system (`CustomerInput.id`).' })
  id!: string;

  // Kept for clients written against it (DESIGN.md names `Customer { id email name }`). Without a
  // resolver, `id` is read from the ticket's customer value by its field name.
  @Field(() => String, {
    name: 'id',
    description: 'The same as `customerId`.',
    deprecationReason: 'Use `customerId`: a normalised cache (Apollo, urql Graphcache) takes `id` for identity and merges the customers of two tickets that share it.',
  })
  legacyId!: string;

  @Field(() => String, { description: 'Email address.' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;
}

@ObjectType('TicketMetadata', { description: 'Where and how a ticket was submitted.', simpleResolvers: true })
export class TicketMetadataView {
  @Field(() => TicketSource, { description: 'The channel the ticket came in through.' })
  source!: TicketSource;

  @Field(() => String, { nullable: true, description: 'Browser name and version, when known.' })
  browser!: string | null;

  @Field(() => DeviceType, { nullable: true, description: 'Kind of device, when known.' })
  deviceType!: DeviceType | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Any other data the submitting system attached.' })
  extra!: unknown;
}

@ObjectType('Classification', { description: 'What the classifier concluded about a ticket.', simpleResolvers: true })
export class ClassificationView {
  @Field(() => TicketCategory, { description: 'Suggested category.' })
  category!: TicketCategory;

  @Field(() => TicketPriority, { description: 'Priority, from the urgency x impact matrix.' })
  priority!: TicketPriority;

  @Field(() => Level, { description: 'How time-critical the request is.' })
  urgency!: Level;

  @Field(() => Level, { description: 'How many people or how much money it affects.' })
  impact!: Level;

  @Field(() => Sentiment, { description: 'Tone of the customer\'s message.' })
  sentiment!: Sentiment;

  @Field(() => Float, { description: 'Calibrated probability (0-1) that the category is right.' })
  confidence!: number;

  @Field(() => String, { description: 'One sentence on which signals decided the result.' })
  reasoning!: string;

  @Field(() => [String], { description: 'The words that weighed most.' })
  keywords!: string[];

  @Field(() => String, { description: 'Name and version of the model that classified, e.g. `embedded-linear@2.37cd4c3df135` or `openai:gpt-4o-mini`.' })
  model!: string;

  @Field(() => Int, { description: 'Tokens the model used (prompt and answer); 0 for the embedded model.' })
  tokensUsed!: number;

  @Field(() => DateTimeScalar, { description: 'When the classification was made.' })
  classifiedAt!: string;
}

@ObjectType('Ticket', {
  implements: NodeInterface,
  description: 'A support request from a customer.',
  simpleResolvers: true,
})
export class TicketView implements NodeInterface {
  readonly __typename = 'Ticket';
  /** Database id, for loaders; not part of the schema. */
  dbId!: string;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'Human-readable key, e.g. `TICKET-000042`; also accepted by `ticket(id:)`.' })
  key!: string;

  @Field(() => CustomerView, { description: 'Who raised the ticket.' })
  customer!: CustomerView;

  @Field(() => String, { description: 'One-line summary, 1-200 characters.' })
  subject!: string;

  @Field(() => String, { description: 'The request in full, 10-2000 characters.' })
  description!: string;

  @Field(() => TicketCategory, { description: 'What the ticket is about.' })
  category!: TicketCategory;

  @Field(() => TicketPriority, { description: 'How soon it must be handled.' })
  priority!: TicketPriority;

  @Field(() => TicketStatus, { description: 'Where it is in its life cycle.' })
  status!: TicketStatus;

  @Field(() => [String], { description: 'Free-form labels.' })
  tags!: string[];

  @Field(() => TicketMetadataView, { description: 'Where and how it was submitted.' })
  metadata!: TicketMetadataView;

  @Field(() => String, { nullable: true, description: 'The agent or team working on it.' })
  assignedTo!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed, including new comments.' })
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it entered RESOLVED or CLOSED; null while open.' })
  resolvedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the SLA for its priority runs out: its resolution target counted in its policy\'s business hours.' })
  slaDueAt!: Date | null;

  @Field(() => Boolean, {
    description: 'Either SLA clock is breached: `firstResponseBreached` or `resolutionBreached` (time waiting for the customer does not count).',
  })
  slaBreached!: boolean;

  @Field(() => Boolean, {
    description: 'The first-response clock is breached: `firstResponseDueAt` passed before the first public answer by staff (resolving the ticket stops the clock; time waiting for the customer does not count). False where the policy sets no first-response target.',
  })
  firstResponseBreached!: boolean;

  @Field(() => Boolean, {
    description: 'The resolution clock is breached: `slaDueAt` passed before the ticket was resolved (time waiting for the customer does not count).',
  })
  resolutionBreached!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the first public answer by staff is due; null when the priority\'s SLA policy sets no such target.' })
  firstResponseDueAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When staff first answered in a public comment; null until then.' })
  firstRespondedAt!: Date | null;

  @Field(() => ClassificationView, { nullable: true, description: 'The classifier\'s result; null until classified.' })
  classification!: ClassificationView | null;

  @Field(() => Boolean, { description: 'A person set category or priority by hand; classification will not overwrite them.' })
  manualOverride!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The client\'s own key for the row this ticket was imported from (the `issue_key` column of an import or signed CSV upload); unique within one import.',
  })
  externalKey!: string | null;

  /**
   * From a record; a partial one (see TicketRepository.findPage) serves the fields it was read for.
   * An instance, not a plain object: type-graphql copies a plain root into one before each of its
   * field resolvers (conversation) runs.
   */
  static from(ticket: PartialTicket, now = Date.now()): TicketView {
    const view = Object.assign(new TicketView(), ticket);
    view.dbId = ticket.id;
    view.id = toGlobalId('Ticket', ticket.id);
    if (ticket.number !== undefined) view.key = ticketKey(ticket.number);
    view.slaBreached = slaBreached(ticket, now);
    view.firstResponseBreached = clockBreached(ticket, 'firstResponse', now);
    view.resolutionBreached = clockBreached(ticket, 'resolution', now);
    return view;
  }

  /** The record properties that the given view fields read: a field of the record's own name reads it. */
  static propertiesFor(fields: ReadonlySet<string>): Set<TicketProperty> {
    const properties = new Set<TicketProperty>();
    for (const field of fields) {
      const read = DERIVED_FIELDS[field] ?? (field in TICKETS.spec && field !== 'id' ? [field as TicketProperty] : undefined);
      if (read) for (const property of read) properties.add(property);
    }
    return properties;
  }
}

/** The fields made from other properties (the id is always read). */
const DERIVED_FIELDS: Readonly<Record<string, readonly TicketProperty[]>> = {
  key: ['number'],
  slaBreached: [...clockProperties('resolution'), ...clockProperties('firstResponse')],
  firstResponseBreached: clockProperties('firstResponse'),
  resolutionBreached: clockProperties('resolution'),
  similar: ['subject', 'description'],
  possibleDuplicates: ['subject', 'description', 'customer'],
};

@ObjectType('SimilarTicket', { description: 'A ticket close in meaning to another, with how close.', simpleResolvers: true })
export class SimilarTicketView {
  @Field(() => TicketView, { description: 'The similar ticket.' })
  ticket!: TicketView;

  @Field(() => Float, { description: 'How close in meaning, from 0 to 1 (sentence vectors\' cosine).' })
  score!: number;
}

@ObjectType('TicketConnection', { description: 'A page of tickets.', simpleResolvers: true })
export class TicketConnection extends ConnectionType(TicketView, 'Ticket') {}
