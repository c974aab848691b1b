import { randomFillSync } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const bytes = Buffer.alloc(16);
let lastTime = -1;

/**
 * A UUIDv7: time-ordered, so new rows land at the end of primary-key indexes, and monotonic within
 * this process (RFC 9562, method 3): ids made in the same millisecond sort in the order they were
 * made, which orders history entries and tickets created together. PostgreSQL 13-17 have no uuidv7().
 */
export function newId(now = Date.now()): string {
  if (now > lastTime) {
    lastTime = now;
    randomFillSync(bytes, 6);
    bytes[6] = bytes[6]! & 0x0f;
    bytes[8] = bytes[8]! & 0x3f;
  } else {
    increment();
  }
  bytes[0] = Math.floor(lastTime / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(lastTime / 2 ** 32) & 0xff;
  bytes[2] = (lastTime >>> 24) & 0xff;
  bytes[3] = (lastTime >>> 16) & 0xff;
  bytes[4] = (lastTime >>> 8) & 0xff;
  bytes[5] = lastTime & 0xff;
  let out = '';
  for (let i = 0; i < 16; i++) {
    const byte = i === 6 ? bytes[6]! | 0x70 : i === 8 ? bytes[8]! | 0x80 : bytes[i]!;
    out += HEX[byte];
    if (i === 3 || i === 5 || i === 7 || i === 9) out += '-';
  }
  return out;
}

/** Adds one to the 74 bits after the timestamp (the version and variant bits stay out of it). */
function increment(): void {
  for (let i = 15; i >= 6; i--) {
    if (i === 8) {
      if (bytes[8]! < 0x3f) {
        bytes[8]!++;
        return;
      }
      bytes[8] = 0;
      continue;
    }
    if (i === 6) {
      if (bytes[6]! < 0x0f) {
        bytes[6]!++;
        return;
      }
      // 74 bits exhausted within one millisecond: borrow the next millisecond.
      lastTime++;
      randomFillSync(bytes, 6);
      bytes[6] = bytes[6]! & 0x0f;
      bytes[8] = bytes[8]! & 0x3f;
      return;
    }
    if (bytes[i]! < 0xff) {
      bytes[i]!++;
      return;
    }
    bytes[i] = 0;
  }
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The GraphQL types that implement `Node`; a global id names one of them. */
export type NodeType =
  | 'Ticket' | 'Comment' | 'TicketEvent' | 'User' | 'IntegrationToken'
  | 'Conversation' | 'Message' | 'Faq' | 'CustomerLog' | 'ClassificationJob' | 'Webhook' | 'WebhookDelivery' | 'Integration' | 'Attachment' | 'RoutingRule';

const PREFIXES: Record<NodeType, string> = {
  Ticket: 'tkt',
  Comment: 'cmt',
  TicketEvent: 'evt',
  User: 'usr',
  IntegrationToken: 'itk',
  Conversation: 'cnv',
  Message: 'msg',
  Faq: 'faq',
  CustomerLog: 'log',
  ClassificationJob: 'job',
  Webhook: 'whk',
  WebhookDelivery: 'whd',
  Integration: 'int',
  Attachment: 'att',
  RoutingRule: 'rtr',
};
const TYPES = new Map(Object.entries(PREFIXES).map(([type, prefix]) => [prefix, type]));

/**
 * Global ids name their type with a short prefix, Stripe style: `tkt_<uuid>`. Clients treat them
 * as opaque strings; the prefix makes them readable in logs and costs nothing to make.
 */
export function toGlobalId(type: NodeType, id: string): string {
  return `${PREFIXES[type]}_${id}`;
}

export function fromGlobalId(globalId: string): { type: string; id: string } | undefined {
  const type = TYPES.get(globalId.slice(0, globalId.indexOf('_')));
  const id = globalId.slice(globalId.indexOf('_') + 1);
  return type && isUuid(id) ? { type, id } : undefined;
}

const TICKET_KEY = /^TICKET-(\d{1,15})$/i;

/** A ticket's human-readable key, e.g. `TICKET-000042`, from its number. */
export function ticketKey(number: number): string {
  return `TICKET-${String(number).padStart(6, '0')}`;
}

/** The number a ticket key names (`TICKET-000042` is 42, any case); undefined for anything else. */
export function ticketNumberOf(key: string): number | undefined {
  const match = TICKET_KEY.exec(key);
  return match ? Number(match[1]) : undefined;
}
