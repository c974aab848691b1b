import type { EntityManager } from '@mikro-orm/postgresql';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { DatabaseUnavailableError, isConnectionFailure } from './outage';

interface PgConnection {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
  query<T extends Writable>(stream: T): T;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void> | void;
  emit(event: 'query', data: { sql: string; bindings: readonly unknown[] }): boolean;
}

const statements = new Map<string, { name: string; text: string }>();

/** Each distinct SQL text becomes one named statement: PostgreSQL parses and plans it once per connection. */
function prepared(sql: string): { name: string; text: string } {
  let statement = statements.get(sql);
  if (!statement) {
    let index = 0;
    statement = { name: `tg_${statements.size}`, text: sql.replace(/\?/g, () => `$${++index}`) };
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * Runs hand-written SQL (`?` placeholders) as a prepared statement, on the connection of the
 * entity manager's current transaction if there is one. For the hot paths, where building
 * entities or re-planning each statement costs more than the query itself.
 */
export async function query<Row>(em: EntityManager, sql: string, bindings: readonly unknown[] = []): Promise<Row[]> {
  const transaction = em.getTransactionContext() as { client: KnexClient } | undefined;
  const client = (transaction ?? (em.getKnex() as unknown as { client: KnexClient })).client;
  const statement = prepared(sql);
  const connection = await client.acquireConnection().catch(marked);
  try {
    // The same event knex emits for its own queries: statement counts and debugging see every query.
    client.emit('query', { sql, bindings });
    const result = await connection.query({ name: statement.name, text: statement.text, values: bindings }).catch(marked);
    return result.rows as Row[];
  } finally {
    await client.releaseConnection(connection);
  }
}

/** A failure to reach the database, marked as such (errors/formatError answer SERVICE_UNAVAILABLE); other errors as they are. */
function marked(error: unknown): never {
  throw isConnectionFailure(error) ? new DatabaseUnavailableError(error) : error;
}

/** One value as COPY's text format writes it: `\N` for null, backslash escapes for the characters that delimit. */
export function copyValue(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : text;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Lines are sent in pieces of about this size: few stream writes, no string large enough to skip V8's young generation. */
const COPY_CHUNK_CHARS = 32 * 1024;

/**
 * `COPY <table> (<columns>) FROM STDIN` on the connection of the entity manager's transaction:
 * rows are streamed to PostgreSQL as they are written, waiting when it falls behind, so memory
 * stays flat however many there are. Nothing else may run on the connection until `end()`.
 */
export interface CopyIn {
  /** Adds rows (text format, each ending in a line break); await it: it waits when PostgreSQL falls behind. */
  write(lines: string): Promise<void> | void;
  /** Sends the rest and waits until PostgreSQL has stored every row. */
  end(): Promise<void>;
  /** Cancels the COPY (nothing of it is stored), so that the transaction can roll back. */
  abort(reason: Error): Promise<void>;
}

export async function copyIn(em: EntityManager, sql: string): Promise<CopyIn> {
  const transaction = em.getTransactionContext() as { client: KnexClient } | undefined;
  if (!transaction) throw new Error('copyIn needs a transaction: the copied rows must commit or roll back with the rest');
  const connection = await transaction.client.acquireConnection().catch(marked);
  transaction.client.emit('query', { sql, bindings: [] });
  const stream = connection.query(copyFrom(sql));
  // PostgreSQL may refuse a row at any time: keep the error for the next write or the end.
  let failure: Error | undefined;
  stream.on('error', (error: Error) => (failure ??= error));
  let pending = '';
  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    const chunk = pending;
    pending = '';
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    write(lines) {
      pending += lines;
      return pending.length >= COPY_CHUNK_CHARS ? flush() : undefined;
    },
    async end() {
      try {
        if (pending) await flush();
        stream.end();
        await finished(stream);
      } finally {
        await transaction.client.releaseConnection(connection);
      }
    },
    async abort(reason) {
      stream.destroy(reason);
      await finished(stream).catch(() => undefined);
      await transaction.client.releaseConnection(connection);
    },
  };
}

const PG_UTC = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?\+00$/;
const DAY_MS = 86_400_000;

/** The number of the two digits at `at`. */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/**
 * MikroORM makes pg return timestamps as text in the session's time zone, UTC
 * (`2026-11-22 12:18:06.69+00`); rows need Dates. A page of tickets reads hundreds: the instant is
 * computed from the digits, several times cheaper than Date's parser.
 */
export function toDate(value: string): Date {
  if (!PG_UTC.test(value)) return new Date(value);
  let milliseconds = 0;
  for (let at = 20, scale = 100; at < value.length - 3 && scale >= 1; at++, scale /= 10) milliseconds += (value.charCodeAt(at) - 48) * scale;
  const days = daysFromCivil(twoDigits(value, 0) * 100 + twoDigits(value, 2), twoDigits(value, 5), twoDigits(value, 8));
  return new Date(days * DAY_MS + twoDigits(value, 11) * 3_600_000 + twoDigits(value, 14) * 60_000 + twoDigits(value, 17) * 1000 + milliseconds);
}

export function toDateOrNull(value: string | null): Date | null {
  return value === null ? null : toDate(value);
}
