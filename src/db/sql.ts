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

/**
 * A Date that keeps the ISO-8601 text it was made from: rows carry thousands of timestamps that
 * are only ever written out again, and formatting a Date costs more than slicing a string.
 */
class Timestamp extends Date {
  constructor(private readonly iso: string) {
    super(iso);
  }

  override toISOString(): string {
    return this.iso;
  }
}

const PG_UTC = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?\+00$/;

/**
 * MikroORM makes pg return timestamps as text in the session's time zone, UTC
 * (`2026-11-22 12:18:06.69+00`); rows need Dates.
 */
export function toDate(value: string): Date {
  if (!PG_UTC.test(value)) return new Date(value);
  const fraction = value.length > 22 ? `${value.slice(19, value.length - 3)}000`.slice(0, 4) : '.000';
  return new Timestamp(`${value.slice(0, 10)}T${value.slice(11, 19)}${fraction}Z`);
}

export function toDateOrNull(value: string | null): Date | null {
  return value === null ? null : toDate(value);
}
