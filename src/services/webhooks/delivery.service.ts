import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { DeliveryStatus } from '../../entities/enums';
import { WebhookDelivery } from '../../entities/webhook-delivery.entity';
import { ValidationError } from '../../errors';
import { newId } from '../../ids';
import { QUEUES } from '../../queue/job-queue';
import type { NewDelivery } from '../../repositories/webhooks/webhook-delivery.repository';
import type { ServiceContext } from '../shared/service-context';
import type { DeliveryOutcome, DeliveryTarget } from '../shared/work-metrics';

/** The secret that signs job callbacks: the one signed uploads are checked with, so their client can verify. Webhooks have their own. */
export const SIGNING_SECRET = 'csv-signing';

/** A delivery to queue; its id is given when it is logged. */
export type DeliveryRequest = DistributiveOmit<NewDelivery, 'id'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

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
    const deliveries = requests.map((request) => ({ ...request, id: newId() }) as NewDelivery);
    await this.ctx.em.fork().getRepository(WebhookDelivery).log(deliveries);
    const ids = deliveries.map((delivery) => delivery.id);
    await this.queue(ids);
    return ids;
  }

  /** Sends a delivery again, with the same id (receivers that handled it can tell), from a fresh attempt count. */
  async redeliver(id: string): Promise<void> {
    await this.ctx.em.fork().getRepository(WebhookDelivery).reset(id);
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
    const deliveries = this.ctx.em.fork().getRepository(WebhookDelivery);
    const delivery = await deliveries.findPending(deliveryId);
    if (!delivery || delivery.status !== DeliveryStatus.PENDING) return;
    if (delivery.kind === 'webhook' && !delivery.active) {
      const problem = 'The webhook is disabled';
      await deliveries.fail(delivery.id, problem);
      reportDisabledTarget(this.ctx, { deliveryId: delivery.id, target: delivery.kind, event: delivery.event, problem });
      return;
    }
    const body = JSON.stringify({ id: delivery.id, event: delivery.event, createdAt: delivery.createdAt.toISOString(), data: delivery.payload });
    let statusCode: number | null = null;
    let problem: string | null = null;
    try {
      await assertDeliverable(delivery.url, this.ctx.config.allowPrivateCallbacks);
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

    const status = problem === null ? DeliveryStatus.DELIVERED : lastAttempt ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    await deliveries.recordAttempt(delivery.id, status, statusCode, problem);
    reportDeliveryAttempt(this.ctx, { deliveryId: delivery.id, target: delivery.kind, event: delivery.event, status, statusCode, attempt: delivery.attempts + 1, problem });
    // Not the URL: a receiver's URL may hold its secret (Slack's and Teams' incoming webhooks do).
    if (status === DeliveryStatus.PENDING) throw new Error(`Delivery ${delivery.id} failed: ${problem}`);
  }
}

const OUTCOMES: Record<DeliveryStatus, DeliveryOutcome> = {
  [DeliveryStatus.DELIVERED]: 'delivered',
  [DeliveryStatus.PENDING]: 'retry',
  [DeliveryStatus.FAILED]: 'failed',
};

/**
 * The log line and the metric of one delivery attempt (webhook, callback or integration call):
 * ids, target, HTTP status and outcome; never the URL, the body or a credential.
 */
export function reportDeliveryAttempt(
  ctx: Pick<ServiceContext, 'logger' | 'workMetrics'>,
  attempt: { deliveryId: string; target: DeliveryTarget; status: DeliveryStatus; statusCode: number | null; attempt: number; problem: string | null } & Record<string, unknown>,
): void {
  const { status, problem, ...fields } = attempt;
  const outcome = OUTCOMES[status];
  ctx.workMetrics.deliveries.inc({ target: attempt.target, outcome });
  if (outcome === 'delivered') ctx.logger.info({ ...fields, outcome }, 'delivery attempt');
  else ctx.logger.warn({ ...fields, outcome, problem }, outcome === 'failed' ? 'delivery attempt: failed for good' : 'delivery attempt');
}

/**
 * A delivery given up without an attempt, its webhook or integration being disabled: logged like
 * an attempt and counted with outcome `disabled`, so that events sent nowhere show on /metrics.
 */
export function reportDisabledTarget(
  ctx: Pick<ServiceContext, 'logger' | 'workMetrics'>,
  refusal: { deliveryId: string; target: DeliveryTarget; problem: string } & Record<string, unknown>,
): void {
  ctx.workMetrics.deliveries.inc({ target: refusal.target, outcome: 'disabled' });
  ctx.logger.warn({ ...refusal, outcome: 'disabled' }, 'delivery attempt: target disabled');
}

/** Names are resolved at each attempt: a public name that now points at a private address is refused. */
export async function assertDeliverable(url: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress)) throw new Error(`${host} resolves to a private address`);
}
