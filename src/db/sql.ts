import type { EntityManager } from '@mikro-orm/postgresql';

interface PgConnection {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
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
  const connection = await client.acquireConnection();
  try {
    // The same event knex emits for its own queries: statement counts and debugging see every query.
    client.emit('query', { sql, bindings });
    const result = await connection.query({ name: statement.name, text: statement.text, values: bindings });
    return result.rows as Row[];
  } finally {
    await client.releaseConnection(connection);
  }
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
