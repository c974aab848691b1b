import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { RoutingRule } from '../../entities/routing-rule.entity';

/** The rule a ticket matched. */
export interface RuleMatch {
  ticketId: string;
  ruleId: string;
  ruleName: string;
}

/** PostgreSQL's SQLSTATE for an invalid regular expression. */
const INVALID_REGULAR_EXPRESSION = '2201B';

/** What a rule's text conditions read: the ticket's subject and description. */
const TICKET_TEXT = `(t.subject || E'\\n' || t.description)`;

export class RoutingRuleRepository extends EntityRepository<RoutingRule> {
  /**
   * For each unassigned ticket among `ticketIds`, the first active rule (by position) whose
   * conditions all hold. Matching happens here, in PostgreSQL: its regular expressions do not
   * backtrack the way JavaScript's do, so a rule's pattern cannot stall the API.
   */
  async firstMatches(ticketIds: readonly string[]): Promise<RuleMatch[]> {
    if (ticketIds.length === 0) return [];
    return query<RuleMatch>(
      this.getEntityManager(),
      `select t.id as "ticketId", r.id as "ruleId", r.name as "ruleName"
       from tickets t
       cross join lateral (
         select r.id, r.name from routing_rules r
         where r.active
           and (r.categories = '{}' or t.category = any(r.categories))
           and (r.priorities = '{}' or t.priority = any(r.priorities))
           and (r.sources = '{}' or t.source = any(r.sources))
           and (r.tags = '{}' or t.tags && r.tags)
           and (r.words = '{}' or exists (
             select 1 from unnest(r.words) w where to_tsvector('simple', ${TICKET_TEXT}) @@ phraseto_tsquery('simple', w)))
           and (r.pattern is null or ${TICKET_TEXT} ~* r.pattern)
         order by r.position, r.id
         limit 1
       ) r
       where t.id = any(?::uuid[]) and t.assigned_to is null
       order by t.id`,
      [ticketIds],
    );
  }

  /**
   * Takes `count` consecutive turns of a rule's rotation: the counter moves in the UPDATE, so
   * concurrent transactions wait on the rule's row and never share a turn. Returns the first turn
   * taken and the usernames of the rule's agents who can take tickets (active staff), in rotation order.
   */
  async takeTurns(ruleId: string, count: number): Promise<{ firstTurn: number; agents: string[] }> {
    const [row] = await query<{ first_turn: string; agents: string[] }>(
      this.getEntityManager(),
      `with rule as (
         update routing_rules set turns = turns + ? where id = ? returning turns - ? as first_turn, agent_ids
       )
       select rule.first_turn,
              coalesce(array_agg(u.username order by a.ord) filter (where u.id is not null), '{}') as agents
       from rule
       left join lateral unnest(rule.agent_ids) with ordinality as a(id, ord) on true
       left join users u on u.id = a.id and u.is_active and u.role <> 'CUSTOMER'
       group by rule.first_turn`,
      [count, ruleId, count],
    );
    return row ? { firstTurn: Number(row.first_turn), agents: row.agents } : { firstTurn: 0, agents: [] };
  }

  /** Why PostgreSQL refuses a pattern, or undefined when it compiles. Run outside a transaction: a refusal would abort it. */
  async patternError(pattern: string): Promise<string | undefined> {
    try {
      await query(this.getEntityManager(), `select '' ~* ? as matches`, [pattern]);
      return undefined;
    } catch (error) {
      if ((error as { code?: string }).code === INVALID_REGULAR_EXPRESSION) return (error as Error).message;
      throw error;
    }
  }

  /** Serialises changes to the rule list until the transaction ends, so positions stay 1..n. */
  async lockList(): Promise<void> {
    await query(this.getEntityManager(), 'select pg_advisory_xact_lock(hashtext(?))', ['ticketgraph:routing-rules']);
  }

  /**
   * Numbers the rules 1..n in their order; `placedId` (a rule just put at its position) goes
   * before or after a rule already holding that position.
   */
  async renumber(placedId: string | null, placement: 'before' | 'after'): Promise<void> {
    await query(
      this.getEntityManager(),
      `update routing_rules r set position = o.position
       from (
         select id, row_number() over (order by position, case when id = ?::uuid then ?::int else 1 end, created_at, id) as position
         from routing_rules
       ) o
       where r.id = o.id and r.position <> o.position`,
      [placedId, placement === 'before' ? 0 : 2],
    );
  }
}
