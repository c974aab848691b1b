import { ticketFieldOf } from './ticket-fields';

/** Columns of a failed-rows file beyond these are left out: a hostile file may bring endless distinct keys. */
export const MAX_FAILED_ROW_COLUMNS = 100;

/**
 * A refused row's fields as flat columns, the way a CSV import reads them back: a nested object
 * that is not itself a field's value (`customer: { email }`) becomes dotted columns (`customer.email`).
 */
export function flatFields(fields: Readonly<Record<string, unknown>>, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, value] of Object.entries(fields)) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (isPlainObject(value) && !ticketFieldOf(name)) flatFields(value, name, into);
    else into[name] = value;
  }
  return into;
}

/** The columns of the refused rows, in the order the file first gave them. */
export class FailedRowColumns {
  private readonly seen = new Set<string>();

  add(row: Readonly<Record<string, unknown>>): void {
    for (const key in row) {
      if (this.seen.size >= MAX_FAILED_ROW_COLUMNS) return;
      this.seen.add(key);
    }
  }

  get list(): string[] {
    return [...this.seen];
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
