import { EntityRepository } from '@mikro-orm/postgresql';
import { query, toDate, toDateOrNull } from '../../db/sql';
import type { IntegrationStatus } from '../../entities/enums';
import type { Integration } from '../../entities/integration.entity';

/** What the breaker says about a call now. */
export type Admission =
  | { go: true; probe: boolean }
  | { go: false; reason: 'gone' | 'disabled' }
  | { go: false; reason: 'wait'; until: Date };

export interface BreakerState {
  status: IntegrationStatus;
  breakerRetryAt: Date | null;
  pausedUntil: Date | null;
}

export interface ExternalLinkRecord {
  id: string;
  ticketId: string;
  platform: string;
  key: string;
  url: string | null;
  createdAt: Date;
}

/**
 * The integrations' circuit breakers and external links. The breaker's state lives in the row, so
 * every worker of every instance shares it; each step is one statement.
 */
export class IntegrationRepository extends EntityRepository<Integration> {
  /**
   * Whether a call may go now. ACTIVE: yes, unless the platform asked us to wait. FAILING: one
   * caller at a time claims the probe once the cooldown is over (pushing the next probe a cooldown
   * away); the others wait for it.
   */
  async admit(id: string, cooldownSeconds: number): Promise<Admission> {
    const [row] = await query<{ status: IntegrationStatus; breaker_retry_at: unknown; paused_until: unknown; probe: boolean; now: unknown }>(
      this.getEntityManager(),
      `with before as (select status, breaker_retry_at, paused_until from integrations where id = ? for update),
       claimed as (
         update integrations i set breaker_retry_at = now() + ? * interval '1 second' from before b
         where i.id = ? and b.status = 'FAILING' and b.breaker_retry_at <= now() and (b.paused_until is null or b.paused_until <= now())
         returning i.id)
       select b.status, b.breaker_retry_at, b.paused_until, now() as now, exists(select 1 from claimed) as probe from before b`,
      [id, cooldownSeconds, id],
    );
    if (!row) return { go: false, reason: 'gone' };
    if (row.status === 'DISABLED') return { go: false, reason: 'disabled' };
    const now = toDate(row.now as string);
    const paused = toDateOrNull(row.paused_until as string | null);
    if (paused && paused > now) return { go: false, reason: 'wait', until: paused };
    if (row.status === 'ACTIVE') return { go: true, probe: false };
    if (row.probe) return { go: true, probe: true };
    return { go: false, reason: 'wait', until: toDateOrNull(row.breaker_retry_at as string | null) ?? new Date(now.getTime() + cooldownSeconds * 1000) };
  }

  /** A call went through: the breaker closes (FAILING becomes ACTIVE), the failure count starts again. */
  async succeeded(id: string): Promise<void> {
    await query(
      this.getEntityManager(),
      `update integrations set status = case when status = 'FAILING' then 'ACTIVE' else status end, consecutive_failures = 0,
         breaker_retry_at = null, last_delivery_at = now(), last_error = null where id = ?`,
      [id],
    );
  }

  /**
   * A call failed. `counts`: it counts towards opening the breaker (a rate limit does not). When
   * the threshold is reached the integration becomes FAILING; while FAILING, each failure moves
   * the next probe a cooldown away. `pauseSeconds`: the platform's Retry-After, for every call.
   */
  async failed(id: string, error: string, options: { counts: boolean; threshold: number; cooldownSeconds: number; pauseSeconds: number | null }): Promise<BreakerState | undefined> {
    const { counts, threshold, cooldownSeconds, pauseSeconds } = options;
    const [row] = await query<{ status: IntegrationStatus; breaker_retry_at: unknown; paused_until: unknown }>(
      this.getEntityManager(),
      `update integrations set
         consecutive_failures = consecutive_failures + case when ?::boolean then 1 else 0 end,
         last_error = ?,
         paused_until = case when ?::integer is null then paused_until else now() + ?::integer * interval '1 second' end,
         status = case when status = 'ACTIVE' and ?::boolean and consecutive_failures + 1 >= ? then 'FAILING' else status end,
         breaker_retry_at = case
           when status = 'FAILING' or (status = 'ACTIVE' and ?::boolean and consecutive_failures + 1 >= ?) then now() + ? * interval '1 second'
           else breaker_retry_at end
       where id = ? returning status, breaker_retry_at, paused_until`,
      [counts, error, pauseSeconds, pauseSeconds, counts, threshold, counts, threshold, cooldownSeconds, id],
    );
    return row && {
      status: row.status,
      breakerRetryAt: toDateOrNull(row.breaker_retry_at as string | null),
      pausedUntil: toDateOrNull(row.paused_until as string | null),
    };
  }

  async link(integrationId: string, ticketId: string): Promise<ExternalLinkRecord | undefined> {
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${LINK_COLUMNS} from ticket_external_links where integration_id = ? and ticket_id = ? order by created_at, id limit 1`,
      [integrationId, ticketId],
    );
    return row && linkFromRow(row);
  }

  /**
   * Records what a ticket is on an integration's platform. `only`: unless the ticket has a link
   * there already (the issue-like platforms: the first issue stays the ticket's); else one more (meetings).
   */
  async saveLink(link: { id: string; integrationId: string; ticketId: string; platform: string; key: string; url: string | null }, only: boolean): Promise<void> {
    await query(
      this.getEntityManager(),
      `insert into ticket_external_links (id, ticket_id, integration_id, platform, key, url)
       select ?, ?, ?, ?, ?, ? where not ?::boolean or not exists (select 1 from ticket_external_links where integration_id = ? and ticket_id = ?)
       on conflict (integration_id, ticket_id, key) do nothing`,
      [link.id, link.ticketId, link.integrationId, link.platform, link.key, link.url, only, link.integrationId, link.ticketId],
    );
  }

  /** The ticket linked to a platform's key (`PROJ-12`, `owner/repo#7`), unless deleted; keys compare without case, as the platforms do. */
  async ticketOfKey(integrationId: string, key: string): Promise<string | undefined> {
    const [row] = await query<{ ticket_id: string }>(
      this.getEntityManager(),
      `select l.ticket_id from ticket_external_links l join tickets t on t.id = l.ticket_id
       where l.integration_id = ? and lower(l.key) = lower(?) limit 1`,
      [integrationId, key],
    );
    return row?.ticket_id;
  }

  /**
   * Forgets links of a deleted ticket (they outlive it until each integration is told): all but
   * those of `keep`, the integrations still to be told.
   */
  async dropLinksOfDeleted(ticketId: string, keep: readonly string[]): Promise<void> {
    await query(
      this.getEntityManager(),
      `delete from ticket_external_links where ticket_id = ? and (integration_id is null or not integration_id = any(?::uuid[]))
         and not exists (select 1 from tickets where id = ?)`,
      [ticketId, keep, ticketId],
    );
  }

  /** Forgets a deleted ticket's link to one integration, once that integration has been told. */
  async dropLinkOfDeleted(ticketId: string, integrationId: string): Promise<void> {
    await query(
      this.getEntityManager(),
      'delete from ticket_external_links where ticket_id = ? and integration_id = ? and not exists (select 1 from tickets where id = ?)',
      [ticketId, integrationId, ticketId],
    );
  }

  /**
   * Claims a platform's id of an inbound call: false when it was applied before (the platform
   * retried it). Ids older than `forgetAfterSeconds` are forgotten first.
   */
  async claimInboundCall(integrationId: string, callId: string, forgetAfterSeconds: number): Promise<boolean> {
    const em = this.getEntityManager();
    await query(em, 'delete from integration_inbound_calls where integration_id = ? and received_at < now() - make_interval(secs => ?)', [integrationId, forgetAfterSeconds]);
    const [claimed] = await query(
      em,
      'insert into integration_inbound_calls (integration_id, call_id) values (?, ?) on conflict do nothing returning call_id',
      [integrationId, callId],
    );
    return claimed !== undefined;
  }

  /** Gives a claimed call id back: applying the call failed, so the platform's retry must be applied. */
  async releaseInboundCall(integrationId: string, callId: string): Promise<void> {
    await query(this.getEntityManager(), 'delete from integration_inbound_calls where integration_id = ? and call_id = ?', [integrationId, callId]);
  }

  /** The links of many tickets, oldest first: one statement for a list. */
  async linksOf(ticketIds: readonly string[]): Promise<Map<string, ExternalLinkRecord[]>> {
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${LINK_COLUMNS} from ticket_external_links where ticket_id = any(?::uuid[]) order by created_at, id`,
      [ticketIds],
    );
    const links = new Map<string, ExternalLinkRecord[]>(ticketIds.map((id) => [id, []]));
    for (const row of rows) links.get(row.ticket_id as string)?.push(linkFromRow(row));
    return links;
  }
}

const LINK_COLUMNS = 'id, ticket_id, platform, key, url, created_at';

function linkFromRow(row: Record<string, unknown>): ExternalLinkRecord {
  return {
    id: row.id as string, ticketId: row.ticket_id as string, platform: row.platform as string, key: row.key as string,
    url: row.url as string | null, createdAt: toDate(row.created_at as string),
  };
}
