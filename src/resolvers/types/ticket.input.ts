import { Field, InputType } from 'type-graphql';
import {
  DeviceType, OrderDirection, TicketCategory, TicketOrderField, TicketPriority, TicketSource, TicketStatus,
} from '../../entities/enums';
import { DateTimeScalar, JSONScalar } from './scalars';

@InputType('CustomerInput', { description: 'The customer who raises a ticket.' })
export class CustomerInput {
  @Field(() => String, { description: 'The customer\'s id in your own system; not empty.' })
  id!: string;

  @Field(() => String, { description: 'A valid email address.' })
  email!: string;

  @Field(() => String, { description: 'Display name; not empty.' })
  name!: string;
}

@InputType('CustomerChangeInput', { description: 'New contact details of a ticket\'s customer; the customer id stays.' })
export class CustomerChangeInput {
  @Field(() => String, { nullable: true, description: 'A valid email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Display name; not empty.' })
  name?: string | null;
}

@InputType('TicketMetadataInput', { description: 'Where and how a ticket was submitted.' })
export class TicketMetadataInput {
  @Field(() => TicketSource, { nullable: true, description: 'The channel it came in through; API when omitted.' })
  source?: TicketSource | null;

  @Field(() => String, { nullable: true, description: 'Browser name and version.' })
  browser?: string | null;

  @Field(() => DeviceType, { nullable: true, description: 'Kind of device.' })
  deviceType?: DeviceType | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Any other data to keep with the ticket.' })
  extra?: unknown;
}

@InputType('CreateTicketInput', { description: 'A new ticket.' })
export class CreateTicketInput {
  @Field(() => CustomerInput, {
    nullable: true,
    description: 'Who raises it: required of agents and admins; a customer\'s own account stands in for it; an integration token that names none is the requester itself.',
  })
  customer?: CustomerInput | null;

  @Field(() => String, { description: 'One-line summary, 1-200 characters.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'The request in full, 10-2000 characters; integration tokens may leave it out (or send 1-2000 characters).' })
  description?: string | null;

  @Field(() => TicketCategory, { nullable: true, description: 'Omit to let the classifier decide.' })
  category?: TicketCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'The category as free text, instead of `category`: text naming a category (any case, e.g. "billing question") sets it; any other text is kept as a tag and the classifier picks the category.',
  })
  categoryText?: string | null;

  @Field(() => TicketPriority, { nullable: true, description: 'Omit to let the classifier decide.' })
  priority?: TicketPriority | null;

  @Field(() => TicketStatus, { nullable: true, description: 'Defaults to NEW.' })
  status?: TicketStatus | null;

  @Field(() => [String], { nullable: true, description: 'Free-form labels.' })
  tags?: string[] | null;

  @Field(() => TicketMetadataInput, { nullable: true, description: 'Where it was submitted; source defaults to API.' })
  metadata?: TicketMetadataInput | null;
}

@InputType('UpdateTicketInput', {
  description: 'Changes to a ticket: only the fields given change. A category or priority set here marks the ticket as a manual override.',
})
export class UpdateTicketInput {
  @Field(() => String, { nullable: true, description: 'New summary, 1-200 characters.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'New description, 10-2000 characters.' })
  description?: string | null;

  @Field(() => TicketCategory, { nullable: true, description: 'New category (sets `manualOverride`).' })
  category?: TicketCategory | null;

  @Field(() => TicketPriority, { nullable: true, description: 'New priority (sets `manualOverride`).' })
  priority?: TicketPriority | null;

  @Field(() => TicketStatus, { nullable: true, description: 'New status.' })
  status?: TicketStatus | null;

  @Field(() => [String], { nullable: true, description: 'Replaces all tags.' })
  tags?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'New assignee; an empty string unassigns.',
  })
  assignedTo?: string | null;

  @Field(() => TicketMetadataInput, { nullable: true, description: 'Replaces the metadata.' })
  metadata?: TicketMetadataInput | null;

  @Field(() => CustomerChangeInput, { nullable: true, description: 'Changes the customer\'s email address or name (staff and the ticket\'s integration token).' })
  customer?: CustomerChangeInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False hands the ticket back to the classifier: an overridden ticket is classified again at once and its category and priority follow the classifier from then on. True keeps category and priority as they are.',
  })
  manualOverride?: boolean | null;
}

/** The conditions on a ticket's fields that `TicketFilter` and an integration's filter share (it is emitted only through them). */
@InputType('TicketConditions', { description: 'Conditions on a ticket\'s fields; every condition given must hold.' })
export class TicketConditions {
  @Field(() => [TicketStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: TicketStatus[] | null;

  @Field(() => [TicketPriority], { nullable: true, description: 'Any of these priorities.' })
  priority?: TicketPriority[] | null;

  @Field(() => [TicketCategory], { nullable: true, description: 'Any of these categories.' })
  category?: TicketCategory[] | null;

  @Field(() => String, { nullable: true, description: 'Assigned to exactly this agent or team.' })
  assignedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Raised by this customer email (case-insensitive).' })
  customerEmail?: string | null;

  @Field(() => [String], { nullable: true, description: 'Carrying all of these tags.' })
  tags?: string[] | null;
}

@InputType('TicketFilter', { description: 'Conditions on tickets; every condition given must hold.' })
export class TicketFilter extends TicketConditions {
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over subject and description, with English stemming; supports "quoted phrases", `or` and `-excluded` words.',
  })
  search?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created at or after this time.' })
  createdAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created before this time.' })
  createdBefore?: Date | null;

  @Field(() => String, { nullable: true, description: 'Imported with exactly this key of the client\'s own (the `issue_key` column).' })
  externalKey?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only tickets whose SLA is breached (either clock, first response or resolution, as `Ticket.slaBreached`); false: only those whose SLA is not.',
  })
  slaBreached?: boolean | null;
}

@InputType('TicketOrder', { description: 'How to sort a ticket list.' })
export class TicketOrder {
  @Field(() => TicketOrderField, { description: 'The sort key.' })
  field!: TicketOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: 'The direction; newest or most urgent first by default.' })
  direction!: OrderDirection;
}
