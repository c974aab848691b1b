/** One page of a keyset-paginated list, in order. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  /** Known for pages read backwards (`last`); otherwise whether a cursor was given. */
  hasPreviousPage?: boolean;
}

/** Which way a page is read: `first` items after a cursor, or the `last` items before one. */
export type PageDirection = 'forward' | 'backward';

/** A page to read: its size, its direction and the cursor it starts from. */
export interface PageRequest {
  size: number;
  direction: PageDirection;
  cursor?: string;
}

/** The argument a request's cursor came in, for errors about it. */
export function cursorField(request: PageRequest): 'after' | 'before' {
  return request.direction === 'backward' ? 'before' : 'after';
}

/** A page from `first + 1` rows: the extra row only tells that another page follows. */
export function toPage<T>(rows: T[], first: number): Page<T> {
  return rows.length > first ? { items: rows.slice(0, first), hasNextPage: true } : { items: rows, hasNextPage: false };
}
