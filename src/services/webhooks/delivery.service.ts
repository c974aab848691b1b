import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { ServiceContext } from '../shared/service-context';
import { query, toDate } from '../../db/sql';
import { ValidationError } from '../../errors';
import { newId } from '../../ids';
import { QUEUES } from '../../queue/job-queue';

/** The secret that signs job callbacks: the one signed uploads are checked with, so their client can verify. Webhooks have their own. */
export const SIGNING_SECRET = 'csv-signing';

export type DeliveryRequest = {
  /** What the delivery is about (a job's or a ticket's id). */
  subjectId: string;
  url: string;
  event: string;
  payload: Record<string, unknown>;
} & ({ kind: 'callback' } | { kind: 'webhook'; webhookId: string });

export interface DeliveryAttempt {
  deliveryId: string;
}

/** Loopback, private, link-local and other non-public ranges: never the target of a callback in production. */
const PRIVATE = new BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(address, prefix, 'ipv6');
}

function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Checks a callback URL when it is given: absolute, http or https, no credentials, and (unless
 * private targets are allowed) not a private address or `localhost`. Names are resolved again at
 * each delivery, so a name that later points inside is refused then.
 */
export function validateCallbackUrl(value: string, allowPrivate: boolean, field = 'callbackUrl'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ValidationError([{ field, message: 'must be an absolute http or https URL' }]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValidationError([{ field, message: `must use http or https, not ${url.protocol.replace(':', '')}` }]);
  }
  if (url.username || url.password) throw new ValidationError([{ field, message: 'must not carry credentials' }]);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host)))) {
    throw new ValidationError([{ field, message: 'must point at a public address' }]);
  }
  return url.toString();
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`: the receiver recomputes it and compares, and refuses old timestamps. */
export function webhookSignature(secret: string, body: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}

interface DeliveryRow {
  id: string;
  kind: 'callback' | 'webhook';
  url: string;
  event: string;
  payload: Record<string, unknown>;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  created_at: string;
  /** The webhook's secret and state; null for callbacks. */
  secret: string | null;
  active: boolean | null;
}

/** How long one POST may take before it counts as failed. */
const TIMEOUT_MS = 10_000;

/**
 * Signed POSTs to other systems, with a delivery log: each delivery is a row, sent by a queue job
 * that pg-boss retries with exponential backoff. The delivery id is a header, so a receiver that
 * gets a retry of something it already handled can tell.
 */
export class DeliveryService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Logs the deliveries and queues their first attempts; returns their ids. */
  async enqueue(requests: readonly DeliveryRequest[]): Promise<string[]> {
    if (requests.length === 0) return [];
    const ids = requests.map(() => newId());
    await query(
      this.ctx.em.fork(),
      `insert into webhook_deliveries (id, kind, subject_id, webhook_id, url, event, payload, status)
       select d.id, d.kind, d.subject_id, d.webhook_id, d.url, d.event, d.payload, 'PENDING'
       from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::jsonb[]) as d(id, kind, subject_id, webhook_id, url, event, payload)`,
      [
        ids, requests.map((r) => r.kind), requests.map((r) => r.subjectId), requests.map((r) => (r.kind === 'webhook' ? r.webhookId : null)),
        requests.map((r) => r.url), requests.map((r) => r.event), requests.map((r) => JSON.stringify(r.payload)),
      ],
    );
    await this.queue(ids);
    return ids;
  }

  /** Sends a delivery again, with the same id (receivers that handled it can tell), from a fresh attempt count. */
  async redeliver(id: string): Promise<void> {
    await query(
      this.ctx.em.fork(),
      `update webhook_deliveries set status = 'PENDING', attempts = 0, last_error = null, last_status_code = null, delivered_at = null,
         updated_at = now() where id = ?`,
      [id],
    );
    await this.queue([id]);
  }

  private queue(ids: readonly string[]): Promise<void> {
    const { retryLimit, retryDelaySeconds } = this.ctx.config.deliveries;
    return this.ctx.jobs.sendMany(QUEUES.deliveries.name, ids.map((deliveryId) => ({ deliveryId }) satisfies DeliveryAttempt), {
      retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true,
    });
  }

  /**
   * One attempt. Throws when the receiver did not take it, so that the queue retries; the last
   * attempt marks the delivery FAILED instead.
   */
  async attempt({ deliveryId }: DeliveryAttempt, lastAttempt: boolean): Promise<void> {
    const em = this.ctx.em.fork();
    const [delivery] = await query<DeliveryRow>(
      em,
      `select d.id, d.kind, d.url, d.event, d.payload, d.status, d.created_at, w.secret, w.active
       from webhook_deliveries d left join webhooks w on w.id = d.webhook_id where d.id = ?`,
      [deliveryId],
    );
    if (!delivery || delivery.status !== 'PENDING') return;
    if (delivery.kind === 'webhook' && !delivery.active) {
      await query(em, `update webhook_deliveries set status = 'FAILED', last_error = 'The webhook is disabled', updated_at = now() where id = ?`, [
        delivery.id,
      ]);
      return;
    }
    const body = JSON.stringify({
      id: delivery.id,
      event: delivery.event,
      createdAt: toDate(delivery.created_at).toISOString(),
      data: delivery.payload,
    });
    let statusCode: number | null = null;
    let problem: string | null = null;
    try {
      await this.assertDeliverable(delivery.url);
      const secret = delivery.secret ?? (await this.ctx.secrets.get(SIGNING_SECRET));
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'ticketgraph-webhooks/1',
          'X-Webhook-Id': delivery.id,
          'X-Webhook-Event': delivery.event,
          'X-Webhook-Signature': webhookSignature(secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      statusCode = response.status;
      await response.body?.cancel();
      if (!response.ok) problem = `The receiver answered HTTP ${response.status}`;
    } catch (error) {
      problem = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
    }

    const status = problem === null ? 'DELIVERED' : lastAttempt ? 'FAILED' : 'PENDING';
    await query(
      em,
      `update webhook_deliveries set status = ?, attempts = attempts + 1, last_status_code = ?, last_error = ?, updated_at = now(),
         delivered_at = case when ? = 'DELIVERED' then now() end
       where id = ?`,
      [status, statusCode, problem, status, delivery.id],
    );
    if (status === 'PENDING') throw new Error(`Delivery ${delivery.id} to ${delivery.url} failed: ${problem}`);
    if (status === 'FAILED') this.ctx.logger.warn({ deliveryId: delivery.id, url: delivery.url, problem }, 'a delivery failed for good');
  }

  /** Names are resolved at each attempt: a public name that now points at a private address is refused. */
  private async assertDeliverable(url: string): Promise<void> {
    if (this.ctx.config.allowPrivateCallbacks) return;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
    if (addresses.some(isPrivateAddress)) throw new Error(`${host} resolves to a private address`);
  }
}
