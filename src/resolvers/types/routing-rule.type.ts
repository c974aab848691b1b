import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  TicketCategory, TicketPriority, TicketSource,
  type TicketCategory as TicketCategoryValue, type TicketPriority as TicketPriorityValue, type TicketSource as TicketSourceValue,
} from '../../entities/enums';
import { toGlobalId } from '../../ids';
import type { RoutingRuleWithAgents } from '../../services/routing/routing-rule.service';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';
import { UserView } from './user.type';

@ObjectType('RoutingRule', {
  implements: NodeInterface,
  description:
    'Where classified tickets without an assignee go (ADMIN only). The first active rule, by position, whose conditions all hold '
    + 'assigns the ticket to its agent, or to the next active agent of its rotation. An empty condition places no condition.',
  simpleResolvers: true,
})
export class RoutingRuleView implements NodeInterface {
  readonly __typename = 'RoutingRule';

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'What the rule is for; history names it in the ASSIGNED entries it makes.' })
  name!: string;

  @Field(() => Int, { description: 'Rules are tried in ascending position, from 1.' })
  position!: number;

  @Field(() => [TicketCategory], { description: 'The ticket\'s category is one of these.' })
  categories!: TicketCategoryValue[];

  @Field(() => [TicketPriority], { description: 'The ticket\'s priority is one of these.' })
  priorities!: TicketPriorityValue[];

  @Field(() => [TicketSource], { description: 'The ticket came from one of these sources.' })
  sources!: TicketSourceValue[];

  @Field(() => [String], { description: 'The ticket has at least one of these tags.' })
  tags!: string[];

  @Field(() => [String], { description: 'The subject or description holds at least one of these words or phrases (any case).' })
  words!: string[];

  @Field(() => String, { nullable: true, description: 'A regular expression (PostgreSQL syntax, any case) that the subject or description matches.' })
  pattern!: string | null;

  @Field(() => [UserView], { description: 'The agents, in rotation order; deactivated ones are skipped until they are active again.' })
  agents!: UserView[];

  @Field(() => Boolean, { description: 'False while switched off: the rule routes nothing.' })
  active!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;

  static from({ rule, agents }: RoutingRuleWithAgents): RoutingRuleView {
    return {
      __typename: 'RoutingRule',
      id: toGlobalId('RoutingRule', rule.id),
      name: rule.name,
      position: rule.position,
      categories: rule.categories,
      priorities: rule.priorities,
      sources: rule.sources,
      tags: rule.tags,
      words: rule.words,
      pattern: rule.pattern,
      agents: agents.map(UserView.from),
      active: rule.active,
      createdAt: rule.createdAt,
      updatedAt: rule.updatedAt,
    };
  }
}

@InputType('UpdateRoutingRuleInput', { description: 'Changes to a routing rule; omitted fields stay, an empty list removes a condition.' })
export class UpdateRoutingRuleInput {
  @Field(() => String, { nullable: true, description: 'A new name (1-200 characters).' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Where the rule goes, from 1 to the number of rules; the others move to make room.' })
  position?: number | null;

  @Field(() => [TicketCategory], { nullable: true, description: 'Categories to match; empty for any.' })
  categories?: TicketCategoryValue[] | null;

  @Field(() => [TicketPriority], { nullable: true, description: 'Priorities to match; empty for any.' })
  priorities?: TicketPriorityValue[] | null;

  @Field(() => [TicketSource], { nullable: true, description: 'Sources to match; empty for any.' })
  sources?: TicketSourceValue[] | null;

  @Field(() => [String], { nullable: true, description: 'Tags, at least one of which the ticket has (up to 50, each up to 100 characters); empty for any.' })
  tags?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Words or phrases, at least one of which the subject or description holds, any case (up to 50, each up to 100 characters); empty for any.',
  })
  words?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A PostgreSQL regular expression the subject or description matches, any case (up to 200 characters, no back references); empty to remove it.',
  })
  pattern?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Global ids of the agents (active agents or admins, 1 to 50): one takes every ticket, more take turns.' })
  agentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Switch the rule off (false) or on (true).' })
  active?: boolean | null;
}

@InputType('CreateRoutingRuleInput', { description: 'A new routing rule: a name, its agents and its conditions (none: every classified ticket).' })
export class CreateRoutingRuleInput extends UpdateRoutingRuleInput {
  @Field(() => String, { description: 'What the rule is for (1-200 characters).' })
  declare name: string;

  @Field(() => [ID], { description: 'Global ids of the agents (active agents or admins, 1 to 50): one takes every ticket, more take turns.' })
  declare agentIds: string[];

  @Field(() => Int, { nullable: true, description: 'Where the rule goes, from 1 to the number of rules plus one; last by default.' })
  declare position?: number | null;
}
