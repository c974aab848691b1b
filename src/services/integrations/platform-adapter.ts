import type { IncomingHttpHeaders } from 'node:http';
import type { IntegrationPlatform, TicketEventType, TicketStatus } from '../../entities/enums';
import type { FieldError } from '../../errors';
import type { FieldChange } from '../../entities/ticket-event.entity';
import type { PlatformHttp } from './platform-http';

/** One setting a platform takes. */
export interface SettingSpec {
  name: string;
  description: string;
  /** Encrypted at rest, write-only: read back masked. */
  secret?: boolean;
  required?: boolean;
  /** An http(s) URL: checked like webhook URLs. */
  url?: boolean;
  default?: string;
}

/** A ticket as the adapters see it: the public ticket of the delivery's payload. */
export interface OutboundTicket {
  id: string;
  key: string;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: string;
  category: string;
  tags: string[];
  assignedTo: string | null;
  customer: { id: string; email: string; name: string };
}

/** One ticket event to send, as the delivery log holds it. */
export interface OutboundEvent {
  deliveryId: string;
  type: TicketEventType;
  actor: string | null;
  changes: FieldChange[];
  ticket: OutboundTicket;
  /** For COMMENT_ADDED: the comment. */
  comment?: { id: string; content: string; author: string | null; isInternal: boolean };
}

/** What a call to the platform needs: every setting (secrets decrypted, defaults filled in), the HTTP client, and the ticket's link there. */
export interface AdapterCall {
  settings: Readonly<Record<string, string>>;
  http: PlatformHttp;
  link: { key: string; url: string | null } | null;
  /** An earlier attempt of this call may have reached the platform with its answer lost (it was attempted before, or is redelivered). */
  tried?: boolean;
  /** Records what the ticket became on the platform, at once: a later failure in the same delivery must not make a second one. */
  saveLink(link: { key: string; url: string | null }): Promise<void>;
}

/** What a delivery did: the HTTP status of the platform's last answer, and the id it gave what was made. */
export interface DeliveryOutcome {
  statusCode: number | null;
  externalId?: string;
}

export interface TestOutcome {
  statusCode: number;
  message: string;
}

/** An inbound call, as it arrived at `POST /integrations/<id>/inbound`. */
export interface InboundRequest {
  headers: IncomingHttpHeaders;
  body: Buffer;
  now: number;
}

/** What an inbound call asks for, on the ticket linked to `key` or a new one. */
export type InboundAction =
  | { kind: 'createTicket'; subject: string; description: string; customer: { id: string; email: string; name: string } }
  | { kind: 'comment'; key: string; content: string; author: string; externalId: string }
  /** `unlessIn`: statuses that already say the same on the platform's coarser scale (no change, and no echo of our own change). */
  | { kind: 'status'; key: string; status: TicketStatus; unlessIn: readonly TicketStatus[] };

export interface InboundReply {
  status: number;
  body: unknown;
}

export interface InboundResult {
  actions: InboundAction[];
  /** The platform's id of this call (X-GitHub-Delivery, X-Atlassian-Webhook-Identifier): a retried call is not applied twice. */
  callId?: string;
  /** The answer, once the actions ran; `created` is the key of a ticket an action made. */
  reply(created: { key: string; subject: string } | null): InboundReply;
}

/** An inbound call the platform did not sign, or signed too long ago: 401, nothing changed. */
export class InboundRefused extends Error {
  constructor(message: string, readonly status = 401) {
    super(message);
    this.name = 'InboundRefused';
  }
}

/**
 * A platform: its settings, one test call, how a ticket event becomes its API calls, and how its
 * inbound calls are verified and read. Adapters only speak the platform's protocol; the delivery
 * engine retries, logs and breaks the circuit around them.
 */
export interface PlatformAdapter {
  readonly platform: IntegrationPlatform;
  readonly description: string;
  readonly settings: readonly SettingSpec[];
  /** What it sends out and takes in, for `integrationPlatforms`. */
  readonly outbound: readonly string[];
  readonly inbound: readonly string[];
  /** Rules between settings (one of two modes, ...). */
  check?(settings: Readonly<Record<string, string>>): FieldError[];
  /** False for a platform that gets no ticket events (Zoom: meetings on request only). */
  readonly takesEvents?: boolean;
  /** Whether a ticket's events must reach it in order (threads, issues): then one waits for the one before. */
  ordered(settings: Readonly<Record<string, string>>): boolean;
  test(call: AdapterCall): Promise<TestOutcome>;
  deliver(call: AdapterCall, event: OutboundEvent): Promise<DeliveryOutcome>;
  receive?(request: InboundRequest, settings: Readonly<Record<string, string>>): InboundResult;
}

/** What a ticket is on a platform: its key there and where to open it. */
export interface RecordLink {
  key: string;
  url: string | null;
}

/**
 * The ticket's record on an issue-like platform (issue, incident, case): its link, or one made now
 * by `create` and saved at once. `made`: the HTTP status of the call that made it, null when it existed.
 * When an earlier attempt may have made it (its answer lost), `find` looks for it on the platform
 * first, so that a retried or redelivered create does not make a second one.
 */
export async function recordOf(
  call: AdapterCall,
  create: () => Promise<{ statusCode: number; link: RecordLink }>,
  find?: () => Promise<RecordLink | null>,
): Promise<{ link: RecordLink; made: number | null }> {
  if (call.link) return { link: call.link, made: null };
  const found = call.tried && find ? await find() : null;
  if (found) {
    await call.saveLink(found);
    return { link: found, made: null };
  }
  const created = await create();
  await call.saveLink(created.link);
  return { link: created.link, made: created.statusCode };
}
