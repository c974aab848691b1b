import { ArrayType, BigIntType, Entity, EntityRepositoryType, Property } from '@mikro-orm/core';
import { RoutingRuleRepository } from '../repositories/routing/routing-rule.repository';
import { BaseEntity } from './base.entity';
import type { TicketCategory, TicketPriority, TicketSource } from './enums';

/**
 * Where classified tickets without an assignee go: the first active rule, by position, whose
 * conditions all hold assigns the ticket to its agent, or to the next of its agents in turn.
 * An empty condition list places no condition.
 */
@Entity({ tableName: 'routing_rules', repository: () => RoutingRuleRepository })
export class RoutingRule extends BaseEntity {
  [EntityRepositoryType]?: RoutingRuleRepository;

  @Property({ type: 'text' })
  name: string;

  /** Rules are tried in ascending position; positions are 1..n without gaps. */
  @Property({ type: 'integer' })
  position: number;

  @Property({ type: ArrayType, columnType: 'text[]' })
  categories: TicketCategory[] = [];

  @Property({ type: ArrayType, columnType: 'text[]' })
  priorities: TicketPriority[] = [];

  @Property({ type: ArrayType, columnType: 'text[]' })
  sources: TicketSource[] = [];

  /** The ticket has at least one of them. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  tags: string[] = [];

  /** Words or phrases, at least one of which the subject or description holds (any case). */
  @Property({ type: ArrayType, columnType: 'text[]' })
  words: string[] = [];

  /** A PostgreSQL regular expression that the subject or description matches (any case). */
  @Property({ type: 'text', nullable: true })
  pattern: string | null = null;

  /** The agents (user ids) tickets go to, in rotation order; one agent takes every ticket. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  agentIds: string[];

  /** Tickets the rule has routed: the next one goes to the agent at this count, modulo the active agents. */
  @Property({ type: new BigIntType('number') })
  turns = 0;

  @Property({ type: 'boolean' })
  active = true;

  constructor(name: string, position: number, agentIds: string[]) {
    super();
    this.name = name;
    this.position = position;
    this.agentIds = agentIds;
  }
}
