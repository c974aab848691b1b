import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import { ValidationError } from '../../errors';
import { isUuid } from '../../ids';
import { cursorField, toPage, type Page, type PageRequest } from './page';

export type CursorValue = string | number;

/** Cursors are opaque to clients: base64url of the sort key of the last item they saw. */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function invalidCursor(field = 'after'): ValidationError {
  return new ValidationError([{ field, message: 'is not a cursor from this list' }]);
}

/** Decodes a cursor made by `encodeCursor` for a sort key of the given shape. */
export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[], field = 'after'): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== shape.length ||
    values.some((value, i) => typeof value !== shape[i])
  ) {
    throw invalidCursor(field);
  }
  return values as CursorValue[];
}

export interface ChildListSpec<Row, T> {
  table: string;
  /** Columns to read, qualified with the alias `c`. */
  columns: string;
  parentColumn: string;
  /** Ascending sort column; ties are broken by `id`. */
  timeColumn: string;
  /** Extra SQL condition on the child rows (alias `c`), without bindings. */
  where?: string;
  /** Records from the rows of one result. */
  read: (rows: Row[]) => T[];
  parentOf: (item: T) => string;
}

/**
 * Reads a page of children (comments, history) for many parents in one statement: a LATERAL
 * subquery per parent uses the (parent, time, id) index and stops after `size + 1` rows. A
 * backward page walks the index in reverse from its cursor and is returned in list order.
 */
export async function childPages<Row, T>(
  em: EntityManager,
  spec: ChildListSpec<Row, T>,
  parentIds: readonly string[],
  request: PageRequest,
): Promise<Map<string, Page<T>>> {
  const conditions = [`c.${spec.parentColumn} = p.parent_id`];
  const bindings: unknown[] = [parentIds];
  if (spec.where) conditions.push(spec.where);
  const keyset = timeKeyset(request, `c.${spec.timeColumn}`, 'asc', 'c.id');
  if (keyset.condition) conditions.push(keyset.condition);
  bindings.push(...keyset.bindings, request.size + 1);
  const rows = await query<Row>(
    em,
    `select c.* from unnest(?::uuid[]) as p(parent_id)
     cross join lateral (
       select ${spec.columns} from ${spec.table} c where ${conditions.join(' and ')}
       order by ${keyset.orderBy} limit ?
     ) c`,
    bindings,
  );
  const grouped = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const item of spec.read(rows)) grouped.get(spec.parentOf(item))!.push(item);
  return new Map([...grouped].map(([id, items]) => [id, pageOf(items, request)]));
}

/** One column of a list's sort key, and what a cursor may hold for it. */
export interface KeyColumn {
  sql: string;
  /** The type a cursor's value is cast to in SQL. */
  cast: string;
  kind: 'string' | 'number';
  /** Whether a cursor's value is one this column can hold: anything else is refused before SQL sees it. */
  valid: (value: CursorValue) => boolean;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A time column: cursors hold it as `toISOString()` wrote it. */
export function timeKey(sql: string): KeyColumn {
  return {
    sql,
    cast: 'timestamptz',
    kind: 'string',
    valid: (value) => typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value,
  };
}

/** A uuid column. */
export function uuidKey(sql: string): KeyColumn {
  return { sql, cast: 'uuid', kind: 'string', valid: (value) => typeof value === 'string' && isUuid(value) };
}

/**
 * How to read a page of a list sorted by `key` in `order`: the condition past the request's cursor
 * (if any) with its bindings, and the ORDER BY, which a backward page reads reversed.
 */
export function keyset(
  request: PageRequest,
  key: readonly KeyColumn[],
  order: 'asc' | 'desc',
): { condition?: string; bindings: unknown[]; orderBy: string } {
  const reading = (order === 'asc') === (request.direction === 'forward') ? 'asc' : 'desc';
  const orderBy = key.map((column) => `${column.sql} ${reading}`).join(', ');
  if (!request.cursor) return { bindings: [], orderBy };
  const field = cursorField(request);
  const values = decodeCursor(request.cursor, key.map((column) => column.kind), field);
  if (values.some((value, i) => !key[i]!.valid(value))) throw invalidCursor(field);
  return {
    condition: `(${key.map((column) => column.sql).join(', ')}) ${reading === 'asc' ? '>' : '<'} (${key.map((column) => `?::${column.cast}`).join(', ')})`,
    bindings: values,
    orderBy,
  };
}

/** `keyset` for a list sorted by (time, id). */
export function timeKeyset(
  request: PageRequest,
  timeColumn: string,
  order: 'asc' | 'desc',
  idColumn = 'id',
): { condition?: string; bindings: unknown[]; orderBy: string } {
  return keyset(request, [timeKey(timeColumn), uuidKey(idColumn)], order);
}

/** A page from `size + 1` rows read in the request's direction, in list order. */
export function pageOf<T>(rows: T[], request: PageRequest): Page<T> {
  const page = toPage(rows, request.size);
  if (request.direction === 'forward') return page;
  return { items: page.items.reverse(), hasPreviousPage: page.hasNextPage, hasNextPage: Boolean(request.cursor) };
}

/** One child by its id, if the spec's condition lets it through. */
export async function childById<Row, T>(em: EntityManager, spec: ChildListSpec<Row, T>, id: string): Promise<T | undefined> {
  const [row] = await query<Row>(
    em,
    `select ${spec.columns} from ${spec.table} c where c.id = ?::uuid ${spec.where ? `and ${spec.where}` : ''}`,
    [id],
  );
  return row && spec.read([row])[0];
}

/** Counts children per parent in one statement. */
export async function childCounts(
  em: EntityManager,
  spec: Pick<ChildListSpec<unknown, unknown>, 'table' | 'parentColumn' | 'where'>,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await query<{ parent_id: string; count: string }>(
    em,
    `select c.${spec.parentColumn} as parent_id, count(*) as count from ${spec.table} c
     where c.${spec.parentColumn} = any(?::uuid[]) ${spec.where ? `and ${spec.where}` : ''}
     group by c.${spec.parentColumn}`,
    [parentIds],
  );
  return new Map(rows.map((row) => [row.parent_id, Number(row.count)]));
}
