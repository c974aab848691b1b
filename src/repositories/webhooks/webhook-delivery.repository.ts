import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { DeliveryStatus } from '../../entities/enums';
import type { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import { encodeCursor, pageOf, timeKeyset } from '../shared/keyset';
import type { Page, PageRequest } from '../shared/page';
import { column, Table, type RecordOf } from '../shared/table';

/** The delivery log. */
export const DELIVERIES = new Table('webhook_deliveries', {
  id: column<string>('id', 'uuid'),
  kind: column<'callback' | 'webhook' | 'integration'>('kind', 'text'),
  /** What the delivery is about: a job's or a ticket's id. */
  subjectId: column<string | null>('subject_id', 'uuid'),
  webhookId: column<string | null>('webhook_id', 'uuid'),
  integrationId: column<string | null>('integration_id', 'uuid'),
  /** What the platform named the thing an integration's call made (a comment's id): inbound echoes of it are ignored. */
  externalId: column<string | null>('external_id', 'text'),
  event: column<string>('event', 'text'),
  url: column<string>('url', 'text'),
  status: column<DeliveryStatus>('status', 'text'),
  attempts: column<number>('attempts', 'integer'),
  lastStatusCode: column<number | null>('last_status_code', 'integer'),
  lastError: column<string | null>('last_error', 'text'),
  payload: column<Record<string, unknown>>('payload', 'jsonb'),
  createdAt: column<Date>('created_at', 'timestamptz'),
  updatedAt: column<Date>('updated_at', 'timestamptz'),
  deliveredAt: column<Date | null>('delivered_at', 'timestamptz'),
});

export interface DeliveryRecord extends RecordOf<typeof DELIVERIES.spec> {}

const COLUMNS = DELIVERIES.select();

export function deliveryCursor(delivery: DeliveryRecord): string {
  return encodeCursor([delivery.createdAt.toISOString(), delivery.id]);
}

/** A delivery to queue: what it is about, where it goes, and what it says. */
export type NewDelivery = {
  id: string;
  subjectId: string;
  url: string;
  event: string;
  payload: Record<string, unknown>;
} & ({ kind: 'callback' } | { kind: 'webhook'; webhookId: string } | { kind: 'integration'; integrationId: string });

/** What an attempt needs: the delivery, and its webhook's secret and state (null for callbacks). */
export interface PendingDelivery extends DeliveryRecord {
  secret: string | null;
  active: boolean | null;
}

export class WebhookDeliveryRepository extends EntityRepository<WebhookDelivery> {
  async log(deliveries: readonly NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await query(
      this.getEntityManager(),
      `insert into webhook_deliveries (id, kind, subject_id, webhook_id, integration_id, url, event, payload, status)
       select d.id, d.kind, d.subject_id, d.webhook_id, d.integration_id, d.url, d.event, d.payload, 'PENDING'
       from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::jsonb[])
         as d(id, kind, subject_id, webhook_id, integration_id, url, event, payload)`,
      [
        deliveries.map((d) => d.id), deliveries.map((d) => d.kind), deliveries.map((d) => d.subjectId),
        deliveries.map((d) => (d.kind === 'webhook' ? d.webhookId : null)), deliveries.map((d) => (d.kind === 'integration' ? d.integrationId : null)),
        deliveries.map((d) => d.url), deliveries.map((d) => d.event),
        deliveries.map((d) => JSON.stringify(d.payload)),
      ],
    );
  }

  /** Back to PENDING with a fresh attempt count, for a redelivery. */
  async reset(id: string): Promise<void> {
    await query(
      this.getEntityManager(),
      `update webhook_deliveries set status = 'PENDING', attempts = 0, last_error = null, last_status_code = null, delivered_at = null,
         updated_at = now() where id = ?`,
      [id],
    );
  }

  async findPending(id: string): Promise<PendingDelivery | undefined> {
    const [row] = await query<Record<string, unknown> & { secret: string | null; active: boolean | null }>(
      this.getEntityManager(),
      `select ${DELIVERIES.select(undefined, 'd')}, w.secret, w.active
       from webhook_deliveries d left join webhooks w on w.id = d.webhook_id where d.id = ?`,
      [id],
    );
    return row && { ...DELIVERIES.fromRow(row), secret: row.secret, active: row.active };
  }

  /** Records an attempt's outcome; `problem` is null when the receiver took it. */
  async recordAttempt(id: string, status: DeliveryStatus, statusCode: number | null, problem: string | null, externalId: string | null = null): Promise<void> {
    await query(
      this.getEntityManager(),
      `update webhook_deliveries set status = ?, attempts = attempts + 1, last_status_code = ?, last_error = ?, updated_at = now(),
         delivered_at = case when ? = 'DELIVERED' then now() end, external_id = coalesce(?, external_id)
       where id = ?`,
      [status, statusCode, problem, status, externalId, id],
    );
  }

  /** Whether an earlier delivery of the same integration about the same subject is still pending: ordered platforms wait for it. */
  async earlierPending(delivery: Pick<DeliveryRecord, 'id' | 'integrationId' | 'subjectId' | 'createdAt'>): Promise<boolean> {
    const [row] = await query<{ waiting: boolean }>(
      this.getEntityManager(),
      `select exists(select 1 from webhook_deliveries where integration_id = ? and subject_id = ? and status = 'PENDING'
         and (created_at, id) < (?::timestamptz, ?::uuid)) as waiting`,
      [delivery.integrationId, delivery.subjectId, delivery.createdAt, delivery.id],
    );
    return row!.waiting;
  }

  /** Whether an integration's call made the thing with this platform id (an inbound webhook echoing our own comment). */
  async madeByIntegration(integrationId: string, externalId: string): Promise<boolean> {
    const [row] = await query<{ ours: boolean }>(
      this.getEntityManager(),
      'select exists(select 1 from webhook_deliveries where integration_id = ? and external_id = ?) as ours',
      [integrationId, externalId],
    );
    return row!.ours;
  }

  /** Gives up on a delivery without an attempt (its webhook was disabled meanwhile). */
  async fail(id: string, reason: string): Promise<void> {
    await query(this.getEntityManager(), `update webhook_deliveries set status = 'FAILED', last_error = ?, updated_at = now() where id = ?`, [reason, id]);
  }

  /** A webhook's deliveries, newest first. */
  pageOfWebhook(webhookId: string, request: PageRequest): Promise<Page<DeliveryRecord>> {
    return this.pageBy('webhook_id', webhookId, request);
  }

  countOfWebhook(webhookId: string): Promise<number> {
    return this.countBy('webhook_id', webhookId);
  }

  /** An integration's calls, newest first. */
  pageOfIntegration(integrationId: string, request: PageRequest): Promise<Page<DeliveryRecord>> {
    return this.pageBy('integration_id', integrationId, request);
  }

  countOfIntegration(integrationId: string): Promise<number> {
    return this.countBy('integration_id', integrationId);
  }

  private async pageBy(owner: 'webhook_id' | 'integration_id', ownerId: string, request: PageRequest): Promise<Page<DeliveryRecord>> {
    const keyset = timeKeyset(request, 'created_at', 'desc');
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${COLUMNS} from webhook_deliveries
       where ${owner} = ? ${keyset.condition ? `and ${keyset.condition}` : ''}
       order by ${keyset.orderBy} limit ?`,
      [ownerId, ...keyset.bindings, request.size + 1],
    );
    return pageOf(rows.map((row) => DELIVERIES.fromRow(row)), request);
  }

  private async countBy(owner: 'webhook_id' | 'integration_id', ownerId: string): Promise<number> {
    const [row] = await query<{ count: string }>(this.getEntityManager(), `select count(*) from webhook_deliveries where ${owner} = ?`, [ownerId]);
    return Number(row!.count);
  }

  /** One delivery of a webhook (not a job callback's). */
  findOfWebhook(id: string): Promise<DeliveryRecord | undefined> {
    return this.findBy('webhook_id', id);
  }

  /** One call of an integration. */
  findOfIntegration(id: string): Promise<DeliveryRecord | undefined> {
    return this.findBy('integration_id', id);
  }

  private async findBy(owner: 'webhook_id' | 'integration_id', id: string): Promise<DeliveryRecord | undefined> {
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${COLUMNS} from webhook_deliveries where id = ?::uuid and ${owner} is not null`,
      [id],
    );
    return row && DELIVERIES.fromRow(row);
  }
}
