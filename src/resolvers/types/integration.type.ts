import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  IntegrationPlatform, IntegrationStatus, TicketCategory, TicketEventType, TicketPriority, TicketStatus,
  type IntegrationPlatform as IntegrationPlatformValue, type IntegrationStatus as IntegrationStatusValue,
  type TicketCategory as TicketCategoryValue, type TicketEventType as TicketEventTypeValue, type TicketPriority as TicketPriorityValue,
  type TicketStatus as TicketStatusValue,
} from '../../entities/enums';
import type { Integration, IntegrationFilter } from '../../entities/integration.entity';
import { toGlobalId } from '../../ids';
import type { ExternalLinkRecord } from '../../repositories/integrations/integration.repository';
import type { PlatformAdapter, SettingSpec } from '../../services/integrations/platform-adapter';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';
import { TicketConditions } from './ticket.input';

@ObjectType('TicketFilterValue', { description: 'A stored ticket filter: the tickets whose events an integration gets. Every condition given must hold.', simpleResolvers: true })
export class TicketFilterValue {
  @Field(() => [TicketStatus], { nullable: true, description: 'Any of these statuses.' })
  status!: TicketStatusValue[] | null;

  @Field(() => [TicketPriority], { nullable: true, description: 'Any of these priorities.' })
  priority!: TicketPriorityValue[] | null;

  @Field(() => [TicketCategory], { nullable: true, description: 'Any of these categories.' })
  category!: TicketCategoryValue[] | null;

  @Field(() => String, { nullable: true, description: 'Assigned to exactly this agent or team.' })
  assignedTo!: string | null;

  @Field(() => String, { nullable: true, description: 'Raised by this customer email (case-insensitive).' })
  customerEmail!: string | null;

  @Field(() => [String], { nullable: true, description: 'Carrying all of these tags.' })
  tags!: string[] | null;

  static from(filter: IntegrationFilter): TicketFilterValue {
    return {
      status: (filter.status as TicketStatusValue[] | undefined) ?? null,
      priority: (filter.priority as TicketPriorityValue[] | undefined) ?? null,
      category: (filter.category as TicketCategoryValue[] | undefined) ?? null,
      assignedTo: filter.assignedTo ?? null,
      customerEmail: filter.customerEmail ?? null,
      tags: filter.tags ?? null,
    };
  }
}

@InputType('IntegrationFilterInput', { description: 'Which tickets an integration hears about (statuses as the ticket is after the event); every condition given must hold.' })
export class IntegrationFilterInput extends TicketConditions {}

@ObjectType('Integration', {
  implements: NodeInterface,
  description: 'A connection to another platform that gets ticket events through the delivery engine (ADMIN only). Secret settings are write-only.',
  simpleResolvers: true,
})
export class IntegrationView implements NodeInterface {
  readonly __typename = 'Integration';
  dbId!: string;

  @Field(() => ID, { description: 'Opaque global id; platforms call `POST /integrations/<id>/inbound` with it.' })
  id!: string;

  @Field(() => IntegrationPlatform, { description: 'The platform.' })
  platform!: IntegrationPlatformValue;

  @Field(() => String, { description: 'Its name, unique; changes it makes through inbound calls are recorded as `<who> via <name>`.' })
  name!: string;

  @Field(() => IntegrationStatus, { description: 'ACTIVE, DISABLED, or FAILING while its circuit breaker is open.' })
  status!: IntegrationStatusValue;

  @Field(() => [TicketEventType], { description: 'The event types it gets; empty for all.' })
  events!: TicketEventTypeValue[];

  @Field(() => TicketFilterValue, { nullable: true, description: 'The tickets whose events it gets; null for all.' })
  filter!: TicketFilterValue | null;

  @Field(() => Boolean, { description: 'Also gets COMMENT_ADDED for internal comments.' })
  includeInternal!: boolean;

  @Field(() => GraphQLJSON, { description: 'The settings it was given, defaults filled in; secret ones read `********`.' })
  settings!: Record<string, string>;

  @Field(() => String, { description: 'The path platforms send their calls to (slash commands, webhooks), on this API\'s address.' })
  inboundPath!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a call to the platform last went through.' })
  lastDeliveryAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the last failed call said; cleared by the next success.' })
  lastError!: string | null;

  @Field(() => Int, { description: 'Failed calls in a row; the breaker opens at INTEGRATION_BREAKER_THRESHOLD.' })
  consecutiveFailures!: number;

  @Field(() => DateTimeScalar, { description: 'When it was connected.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;

  static from(integration: Integration): IntegrationView {
    const id = toGlobalId('Integration', integration.id);
    return {
      __typename: 'Integration',
      dbId: integration.id,
      id,
      platform: integration.platform,
      name: integration.name,
      status: integration.status,
      events: integration.events,
      filter: integration.filter ? TicketFilterValue.from(integration.filter) : null,
      includeInternal: integration.includeInternal,
      settings: integration.settings,
      inboundPath: `/integrations/${id}/inbound`,
      lastDeliveryAt: integration.lastDeliveryAt,
      lastError: integration.lastError,
      consecutiveFailures: integration.consecutiveFailures,
      createdAt: integration.createdAt,
      updatedAt: integration.updatedAt,
    };
  }
}

@ObjectType('IntegrationSettingInfo', { description: 'One setting a platform takes.', simpleResolvers: true })
export class IntegrationSettingInfo {
  @Field(() => String, { description: 'Its name in `settings`.' })
  name!: string;

  @Field(() => String, { description: 'What it is.' })
  description!: string;

  @Field(() => Boolean, { description: 'Required in every configuration (some platforms take one of two sets; see `description`).' })
  required!: boolean;

  @Field(() => Boolean, { description: 'Secret: encrypted at rest and never shown again.' })
  secret!: boolean;

  @Field(() => String, { nullable: true, description: 'The value when it is not given.' })
  defaultValue!: string | null;

  static from(spec: SettingSpec): IntegrationSettingInfo {
    return { name: spec.name, description: spec.description, required: spec.required ?? false, secret: spec.secret ?? false, defaultValue: spec.default ?? null };
  }
}

@ObjectType('IntegrationPlatformInfo', { description: 'A platform integrations can connect to: its settings and what it does.', simpleResolvers: true })
export class IntegrationPlatformInfo {
  @Field(() => IntegrationPlatform, { description: 'The platform.' })
  platform!: IntegrationPlatformValue;

  @Field(() => Boolean, { description: 'False while this server has no adapter for it: connecting it is refused.' })
  available!: boolean;

  @Field(() => String, { description: 'What an integration with it does.' })
  description!: string;

  @Field(() => [IntegrationSettingInfo], { description: 'The settings it takes.' })
  settings!: IntegrationSettingInfo[];

  @Field(() => [String], { description: 'The platform API calls ticket events become.' })
  outbound!: string[];

  @Field(() => [String], { description: 'The calls it takes at `POST /integrations/<id>/inbound`; empty when none.' })
  inbound!: string[];

  static from(platform: IntegrationPlatformValue, adapter: PlatformAdapter | undefined): IntegrationPlatformInfo {
    return {
      platform,
      available: Boolean(adapter),
      description: adapter?.description ?? 'Not available on this server yet.',
      settings: (adapter?.settings ?? []).map(IntegrationSettingInfo.from),
      outbound: [...(adapter?.outbound ?? [])],
      inbound: [...(adapter?.inbound ?? [])],
    };
  }
}

@ObjectType('IntegrationTestResult', { description: 'How one real call to the platform went.', simpleResolvers: true })
export class IntegrationTestResult {
  @Field(() => Boolean, { description: 'The platform took the call.' })
  ok!: boolean;

  @Field(() => Int, { nullable: true, description: 'HTTP status of its answer; null when none came.' })
  statusCode!: number | null;

  @Field(() => String, { description: 'What it said, or why the call failed.' })
  message!: string;
}

@ObjectType('ExternalLink', { description: 'What a ticket is on another platform: the Jira issue, the GitHub issue, the Slack thread.', simpleResolvers: true })
export class ExternalLinkView {
  @Field(() => IntegrationPlatform, { description: 'The platform.' })
  platform!: IntegrationPlatformValue;

  @Field(() => String, { description: 'Its name there: `SUP-12`, `owner/repo#7`, `<channel>:<thread ts>`.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Where to open it; null when the platform gives no address.' })
  url!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was made.' })
  createdAt!: Date;

  static from(link: ExternalLinkRecord): ExternalLinkView {
    return { platform: link.platform as IntegrationPlatformValue, key: link.key, url: link.url, createdAt: link.createdAt };
  }
}

@InputType('ConnectIntegrationInput', { description: 'A new integration.' })
export class ConnectIntegrationInput {
  @Field(() => IntegrationPlatform, { description: 'The platform; see `integrationPlatforms` for its settings.' })
  platform!: IntegrationPlatformValue;

  @Field(() => String, { description: 'A name, unique among integrations (1-100 characters).' })
  name!: string;

  @Field(() => GraphQLJSON, { description: 'The platform\'s settings, a JSON object of strings; secret ones are encrypted and never shown again.' })
  settings!: unknown;

  @Field(() => [TicketEventType], { nullable: true, description: 'The event types to send; all when omitted or empty.' })
  events?: TicketEventTypeValue[] | null;

  @Field(() => IntegrationFilterInput, { nullable: true, description: 'Only events of tickets that match; all when omitted.' })
  filter?: IntegrationFilterInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Also send internal comments; false by default (customer-visible channels never see them).' })
  includeInternal?: boolean | null;
}

@InputType('UpdateIntegrationInput', { description: 'Changes to an integration; omitted fields stay.' })
export class UpdateIntegrationInput {
  @Field(() => String, { nullable: true, description: 'A new name.' })
  name?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Settings to change, merged over the current ones; an empty string removes one.' })
  settings?: unknown;

  @Field(() => [TicketEventType], { nullable: true, description: 'The event types to send; empty for all.' })
  events?: TicketEventTypeValue[] | null;

  @Field(() => IntegrationFilterInput, { nullable: true, description: 'A new filter; an empty one for all tickets.' })
  filter?: IntegrationFilterInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether internal comments are sent.' })
  includeInternal?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'False disables it (pending calls fail, nothing new is sent); true enables it with a fresh circuit breaker.' })
  enabled?: boolean | null;
}

@ObjectType('ScheduledMeeting', { description: 'A Zoom meeting made for a ticket; its join link is also on the ticket, as an external link and a comment.', simpleResolvers: true })
export class ScheduledMeetingView {
  @Field(() => String, { description: 'Zoom\'s meeting id.' })
  meetingId!: string;

  @Field(() => String, { description: 'The topic: the ticket\'s key and subject.' })
  topic!: string;

  @Field(() => String, { description: 'Where participants join.' })
  joinUrl!: string;

  @Field(() => DateTimeScalar, { description: 'When it starts.' })
  startAt!: Date;

  @Field(() => Int, { description: 'How long it is planned to last.' })
  durationMinutes!: number;
}
