import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toGlobalId } from '../ids';
import type { Viewer } from '../services/identity/viewer';

/**
 * What the log line of one request says: filled in as the request goes (the transports name the
 * caller and the operations, a refusal its code) and written once it is answered. Never a header,
 * a body, a query string or a token.
 */
export interface RequestRecord {
  id: string;
  method: string;
  /** The path only: a GET's query string holds the document and its variables. */
  path: string;
  status: number;
  operations: string[];
  caller?: { kind: Viewer['kind']; id?: string };
  /** The distinct `extensions.code`s the answer carries (of a refusal, or of errors inside a GraphQL answer), sorted: a batch's operations finish in any order. */
  errorCodes: string[];
}

/** An `X-Request-Id` a client or proxy sent that is safe to echo and log; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._:\-]{1,128}$/;

const records = new WeakMap<IncomingMessage, RequestRecord>();

/** Starts the record of a request: its id is the `X-Request-Id` it came with, or a new one, echoed in the answer. */
export function beginRequest(req: IncomingMessage, res: ServerResponse): RequestRecord {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  const record: RequestRecord = { id, method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0]!.slice(0, 200), status: 0, operations: [], errorCodes: [] };
  records.set(req, record);
  return record;
}

/** Names the caller of a request in its record: kind and id, never a credential. */
export function recordCaller(req: IncomingMessage, viewer: Viewer): void {
  const record = records.get(req);
  if (!record) return;
  // The global ids the API shows (`usr_...`), as an operator would look them up.
  const id = viewer.kind === 'user' ? toGlobalId('User', viewer.userId) : viewer.kind === 'token' ? toGlobalId('IntegrationToken', viewer.tokenId) : undefined;
  record.caller = id === undefined ? { kind: viewer.kind } : { kind: viewer.kind, id };
}

/** Names the operations of a request (a GraphQL batch has several, an MCP call its method and tool). */
export function recordOperations(req: IncomingMessage, names: string[]): void {
  const record = records.get(req);
  if (record) record.operations = names.slice(0, 20).map((name) => name.slice(0, 100));
}

export function recordErrorCode(req: IncomingMessage, code: string): void {
  recordErrorCodes(req, [code]);
}

export function recordErrorCodes(req: IncomingMessage, codes: readonly string[]): void {
  const record = records.get(req);
  if (!record) return;
  record.errorCodes = [...new Set([...record.errorCodes, ...codes])].sort();
}

const OPERATION_NAME = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** An operation's name: the request's `operationName`, else the name of the document's first operation. */
export function operationNameOf(operation: unknown): string {
  const { operationName, query } = (operation ?? {}) as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string' && operationName) return operationName;
  if (typeof query === 'string') return OPERATION_NAME.exec(query)?.[1] ?? 'anonymous';
  return 'anonymous';
}
