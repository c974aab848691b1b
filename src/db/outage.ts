/** SQLSTATE classes and codes that mean the database cannot serve now, not that the statement was wrong. */
const UNAVAILABLE_SQLSTATES = /^(08|57P0[1-3]$|53300$|53400$)/;
/** Node's codes for a connection that failed or broke. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);
const MESSAGES = /Connection terminated|Timeout acquiring a connection|Client has encountered a connection error|Connection is closed|the database system is (starting up|shutting down)/i;

/**
 * True when an error (or what it wraps: MikroORM and knex wrap pg's) says the database is out of
 * reach: refused or broken connections, a pool that cannot get one, a server shutting down or full.
 * Those are the clients' cue to retry later (SERVICE_UNAVAILABLE), not bugs.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const { code, name } = current as Error & { code?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
    if (name === 'KnexTimeoutError' || name === 'ConnectionException' || MESSAGES.test(current.message)) return true;
    current = (current as Error & { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}
