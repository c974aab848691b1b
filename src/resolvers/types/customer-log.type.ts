import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LogStatus, LogType, TicketPriority } from '../../entities/enums';
import { toGlobalId } from '../../ids';
import type { CustomerLogRecord } from '../../repositories/customer-logs/customer-log.repository';
import { ConnectionType } from './connection.type';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

registerEnumType(LogType, {
  name: 'LogType',
  description: 'What kind of contact a customer log records.',
  valuesConfig: {
    SUPPORT: { description: 'A request for help.' },
    INQUIRY: { description: 'A question.' },
    COMPLAINT: { description: 'A complaint.' },
    FEEDBACK: { description: 'Feedback or a suggestion.' },
  },
});

registerEnumType(LogStatus, {
  name: 'LogStatus',
  description: 'Where a customer log is in its life cycle.',
  valuesConfig: {
    OPEN: { description: 'Not handled yet.' },
    IN_PROGRESS: { description: 'Being handled.' },
    RESOLVED: { description: 'Handled; `resolvedAt` is set.' },
    CLOSED: { description: 'Finished for good; `resolvedAt` is set.' },
  },
});

@ObjectType('CustomerLog', {
  implements: NodeInterface,
  description: 'Something a customer reported, asked or said. Users see and change their own; agents and admins all.',
  simpleResolvers: true,
})
export class CustomerLogView implements NodeInterface {
  readonly __typename = 'CustomerLog';
  dbId!: string;
  userDbId!: string;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'One-line summary, 1-200 characters.' })
  title!: string;

  @Field(() => String, { description: 'The details, 1-5000 characters.' })
  description!: string;

  @Field(() => LogType, { description: 'What kind of contact it records.' })
  logType!: LogType;

  @Field(() => LogStatus, { description: 'Where it is in its life cycle.' })
  status!: LogStatus;

  @Field(() => TicketPriority, { description: 'How soon it needs attention.' })
  priority!: TicketPriority;

  @Field(() => String, { nullable: true, description: 'Free-form topic, e.g. `billing`.' })
  category!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was logged.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it last changed; null until the first change.' })
  updatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it entered RESOLVED or CLOSED; null while open.' })
  resolvedAt!: Date | null;

  static from(log: CustomerLogRecord): CustomerLogView {
    return {
      __typename: 'CustomerLog',
      dbId: log.id,
      userDbId: log.userId,
      id: toGlobalId('CustomerLog', log.id),
      title: log.title,
      description: log.description,
      logType: log.logType,
      status: log.status,
      priority: log.priority,
      category: log.category,
      createdAt: log.createdAt,
      updatedAt: log.updatedAt,
      resolvedAt: log.resolvedAt,
    };
  }
}

@ObjectType('CustomerLogConnection', { description: 'A page of customer logs, newest first.', simpleResolvers: true })
export class CustomerLogConnection extends ConnectionType(CustomerLogView, 'CustomerLog') {}

@InputType('CreateCustomerLogInput', { description: 'A new customer log, for the signed-in user.' })
export class CreateCustomerLogInput {
  @Field(() => String, { description: 'One-line summary, 1-200 characters.' })
  title!: string;

  @Field(() => String, { description: 'The details, 1-5000 characters.' })
  description!: string;

  @Field(() => LogType, { description: 'What kind of contact it records.' })
  logType!: LogType;

  @Field(() => TicketPriority, { nullable: true, description: 'MEDIUM when omitted.' })
  priority?: TicketPriority | null;

  @Field(() => String, { nullable: true, description: 'Free-form topic, at most 100 characters.' })
  category?: string | null;
}

@InputType('UpdateCustomerLogInput', { description: 'Changes to a customer log: only the fields given change.' })
export class UpdateCustomerLogInput {
  @Field(() => String, { nullable: true, description: 'New summary, 1-200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New details, 1-5000 characters.' })
  description?: string | null;

  @Field(() => LogStatus, { nullable: true, description: 'New status; RESOLVED or CLOSED sets `resolvedAt`, leaving them clears it.' })
  status?: LogStatus | null;

  @Field(() => TicketPriority, { nullable: true, description: 'New priority.' })
  priority?: TicketPriority | null;

  @Field(() => String, { nullable: true, description: 'New topic; an empty string clears it.' })
  category?: string | null;
}

@InputType('CustomerLogFilter', { description: 'Conditions on customer logs; every condition given must hold.' })
export class CustomerLogFilter {
  @Field(() => LogStatus, { nullable: true, description: 'This status.' })
  status?: LogStatus | null;

  @Field(() => String, { nullable: true, description: 'This category (case-insensitive).' })
  category?: string | null;

  @Field(() => TicketPriority, { nullable: true, description: 'This priority.' })
  priority?: TicketPriority | null;

  @Field(() => LogType, { nullable: true, description: 'This kind.' })
  logType?: LogType | null;

  @Field(() => Int, { nullable: true, description: 'Logged in the last this many hours (1-8760); 24 when omitted.' })
  hours?: number | null;
}

@ObjectType('BreakdownItem', { description: 'How many logs have one value of a field.', simpleResolvers: true })
export class BreakdownItemView {
  @Field(() => String, { description: 'The value (`uncategorized` for logs without a category).' })
  key!: string;

  @Field(() => Int, { description: 'How many logs have it.' })
  count!: number;
}

@ObjectType('CustomerLogSummary', { description: 'Totals of the customer logs of a time window (the caller\'s own, or all for staff).', simpleResolvers: true })
export class CustomerLogSummaryView {
  @Field(() => Int, { description: 'The window: the last this many hours.' })
  timeframeHours!: number;

  @Field(() => Int, { description: 'Logs in the window.' })
  totalLogs!: number;

  @Field(() => [BreakdownItemView], { description: 'Per status, every status in life-cycle order (zeros included).' })
  statusBreakdown!: BreakdownItemView[];

  @Field(() => [BreakdownItemView], { description: 'Per category present, most logs first.' })
  categoryBreakdown!: BreakdownItemView[];

  @Field(() => [BreakdownItemView], { description: 'Per priority, URGENT to LOW (zeros included).' })
  priorityBreakdown!: BreakdownItemView[];
}

@ObjectType('TrendingIssue', { description: 'A word that many customer logs of a window mention.', simpleResolvers: true })
export class TrendingIssueView {
  @Field(() => String, { description: 'The word, in the form customers used most (e.g. `refunds`).' })
  issue!: string;

  @Field(() => String, { description: 'The English stem the logs were counted by (e.g. `refund` for refund, refunds, refunded).' })
  stem!: string;

  @Field(() => Int, { description: 'How many logs of the window mention it.' })
  count!: number;
}
