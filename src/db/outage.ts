import { DriverException } from '@mikro-orm/core';

/** SQLSTATE classes and codes that mean the database cannot serve now, not that the statement was wrong. */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-3]|53300|53400)$/;
/** Node's codes for a connection that failed or broke. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);
/** pg's and knex's words for a connection that broke or could not be had. */
const MESSAGES = /Connection terminated|Timeout acquiring a connection|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/** A statement the database could not be reached for (see `query` in sql.ts). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database cannot be reached', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** The errors an error wraps (MikroORM and knex wrap pg's), the error first. */
function* chain(error: unknown): Generator<Error & { code?: unknown }> {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    yield current;
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
}

/** Whether an error from a database client says the connection failed, broke or could not be had. */
export function isConnectionFailure(error: unknown): boolean {
  for (const current of chain(error)) {
    const { code } = current;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
    if (current.name === 'KnexTimeoutError' || MESSAGES.test(current.message)) return true;
  }
  return false;
}

/**
 * True when an error says the database is out of reach: our SQL's own mark (DatabaseUnavailableError),
 * or MikroORM's and knex's errors of a refused, broken or unobtainable connection or of a server
 * shutting down or full. Those are the clients' cue to retry later (SERVICE_UNAVAILABLE), not bugs.
 * Other network failures (a model's endpoint, Redis) are not the database's and stay what they are.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const current of chain(error)) {
    if (current instanceof DatabaseUnavailableError || current.name === 'KnexTimeoutError') return true;
    if (current instanceof DriverException) return isConnectionFailure(current);
  }
  return isUnopenedConnection(error);
}

/**
 * A connection the pool could not open, as knex hands it over when a transaction cannot begin:
 * pg's socket error itself, unwrapped. Redis's clients never let theirs reach a request (limits
 * and events fall back to this instance), and outbound calls fail as fetch's TypeError.
 */
function isUnopenedConnection(error: unknown): boolean {
  const { syscall, code } = (error ?? {}) as { syscall?: unknown; code?: unknown };
  return error instanceof Error && syscall === 'connect' && typeof code === 'string' && NETWORK_CODES.has(code);
}
