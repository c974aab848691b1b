import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs hand-written SQL with server-side parameters (`?` placeholders) inside the entity manager's
 * current transaction, if any. For the hot paths where building entities costs more than the query.
 */
export async function query<Row>(em: EntityManager, sql: string, bindings: readonly unknown[] = []): Promise<Row[]> {
  const raw = em.getKnex().raw(sql, bindings as unknown[]);
  const transaction = em.getTransactionContext();
  if (transaction) raw.transacting(transaction);
  const result = (await raw) as { rows: Row[] };
  return result.rows;
}

/** MikroORM makes pg return timestamps as text (e.g. `2026-11-22 12:18:06.691+00`); rows need Dates. */
export function toDate(value: string): Date {
  return new Date(value);
}

export function toDateOrNull(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
