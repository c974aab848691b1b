import type { EntityManager } from '@mikro-orm/postgresql';
import { TicketEventType } from '../../entities/enums';
import { RoutingRule } from '../../entities/routing-rule.entity';
import { Ticket } from '../../entities/ticket.entity';
import { newId } from '../../ids';
import type { RuleMatch } from '../../repositories/routing/routing-rule.repository';
import type { TicketEventMessage } from '../ticket-events/ticket-event.channel';

/** Who history names for an assignment a rule made. */
export const ROUTING_ACTOR = 'routing';

/**
 * Routes classified tickets that have no assignee, in the caller's transaction (the tickets'
 * rows written and locked): each goes to the first matching rule's agent, or to the next active
 * agent of its rotation. A rule whose agents are all deactivated leaves the ticket unassigned.
 * Returns the ASSIGNED entries to announce once the transaction commits.
 */
export async function routeTickets(em: EntityManager, ticketIds: readonly string[], now: Date): Promise<TicketEventMessage[]> {
  const matches = await em.getRepository(RoutingRule).firstMatches(ticketIds);
  if (matches.length === 0) return [];
  const byRule = new Map<string, RuleMatch[]>();
  for (const match of matches) byRule.set(match.ruleId, [...(byRule.get(match.ruleId) ?? []), match]);
  const assignments: { ticketId: string; assignee: string; ruleName: string }[] = [];
  // Rules in one order in every transaction, so two batches never wait on each other's rules.
  for (const ruleId of [...byRule.keys()].sort()) {
    const routed = byRule.get(ruleId)!;
    const { firstTurn, agents } = await em.getRepository(RoutingRule).takeTurns(ruleId, routed.length);
    if (agents.length === 0) continue;
    routed.forEach((match, i) => {
      assignments.push({ ticketId: match.ticketId, assignee: agents[(firstTurn + i) % agents.length]!, ruleName: match.ruleName });
    });
  }
  const repository = em.getRepository(Ticket);
  const tickets = new Map((await repository.setAssignees(assignments, now)).map((ticket) => [ticket.id, ticket]));
  const events = assignments.map(({ ticketId, assignee, ruleName }) => ({
    id: newId(now.getTime()),
    ticketId,
    changes: [
      { field: 'assignedTo', oldValue: null, newValue: assignee },
      { field: 'routingRule', oldValue: null, newValue: ruleName },
    ],
  }));
  await repository.insertEvents(TicketEventType.ASSIGNED, ROUTING_ACTOR, now, events);
  return events.map((event) => ({
    event: { ...event, type: TicketEventType.ASSIGNED, actor: ROUTING_ACTOR, occurredAt: now },
    ticket: tickets.get(event.ticketId)!,
  }));
}
