import { Field, ID, ObjectType } from 'type-graphql';
import { TicketEventType } from '../../entities/enums';
import { toGlobalId } from '../../ids';
import type { TicketEventRecord } from '../../repositories/ticket-events/ticket-event.repository';
import type { TicketRecord } from '../../repositories/tickets/ticket.table';
import { ConnectionType } from './connection.type';
import { NodeInterface } from './node.type';
import { DateTimeScalar, JSONScalar } from './scalars';
import { TicketView } from './ticket.type';

@ObjectType('FieldChange', { description: 'One field\'s change within a ticket event.', simpleResolvers: true })
export class FieldChangeView {
  @Field(() => String, { description: 'The field, e.g. `status` or `customer.email`.' })
  field!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'Value before the change; null when it was unset.' })
  oldValue!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'Value after the change; null when it was cleared.' })
  newValue!: unknown;
}

@ObjectType('TicketEvent', {
  implements: NodeInterface,
  description: 'Something that happened to a ticket: an entry of its history and what `ticketEvents` pushes.',
  simpleResolvers: true,
})
export class TicketEventView implements NodeInterface {
  readonly __typename = 'TicketEvent';
  ticketDbId!: string;
  /** The ticket as it was right after the event, when the event carries it (subscriptions). */
  snapshot!: TicketView | null;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => TicketEventType, { description: 'What happened.' })
  type!: TicketEventType;

  @Field(() => ID, { description: 'Global id of the ticket.' })
  ticketId!: string;

  @Field(() => String, { nullable: true, description: 'Who caused it: a user, an integration token, or `system`.' })
  actor!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => [FieldChangeView], { description: 'The fields that changed, with old and new values.' })
  changes!: FieldChangeView[];

  static from(event: TicketEventRecord, ticket?: TicketRecord): TicketEventView {
    return {
      __typename: 'TicketEvent',
      ticketDbId: event.ticketId,
      snapshot: ticket ? TicketView.from(ticket) : null,
      id: toGlobalId('TicketEvent', event.id),
      type: event.type,
      ticketId: toGlobalId('Ticket', event.ticketId),
      actor: event.actor,
      occurredAt: event.occurredAt,
      changes: event.changes,
    };
  }
}

@ObjectType('TicketEventConnection', { description: 'A page of ticket events, oldest first.', simpleResolvers: true })
export class TicketEventConnection extends ConnectionType(TicketEventView, 'TicketEvent') {}
