/** One page of a keyset-paginated list, in order. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

/** A page from `first + 1` rows: the extra row only tells that another page follows. */
export function toPage<T>(rows: T[], first: number): Page<T> {
  return rows.length > first ? { items: rows.slice(0, first), hasNextPage: true } : { items: rows, hasNextPage: false };
}
