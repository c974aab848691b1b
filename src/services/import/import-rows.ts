import { ImportFileError } from './import-file.error';
import { formatBytes } from './import-limits';

/** One row of an import file as parsed, before mapping; `row` counts data rows from 1 in every format. */
export interface ImportRecord {
  row: number;
  fields: Record<string, unknown>;
}

/** A format's incremental parser: fed text as it arrives, it hands complete rows to its `RowCollector`. */
export interface RecordParser {
  push(text: string): void;
  /** No more text: parse what is left, or refuse a file that ends mid-row. */
  end(): void;
}

/** Numbers the rows a parser completes and enforces the row limit, the same way for every format. */
export class RowCollector {
  private count = 0;
  private records: ImportRecord[] = [];

  constructor(private readonly maxRows: number) {}

  /** The number of the row being read, for messages about it. */
  get current(): number {
    return this.count + 1;
  }

  add(fields: Record<string, unknown>): void {
    if (this.count >= this.maxRows) {
      throw new ImportFileError('TOO_MANY_ROWS', `The file has more rows than the limit of ${this.maxRows}`);
    }
    this.count++;
    this.records.push({ row: this.count, fields });
  }

  /** The rows completed since the last call. */
  take(): ImportRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }
}

/**
 * True if `value` is longer than `maxBytes` in UTF-8. A UTF-16 unit is 1 to 3 UTF-8 bytes, so the
 * exact count is only needed for the few values near the limit.
 */
export function isTooLong(value: string, maxBytes: number): boolean {
  if (value.length > maxBytes) return true;
  return value.length * 3 > maxBytes && Buffer.byteLength(value) > maxBytes;
}

export function fieldTooLong(where: string, maxBytes: number): ImportFileError {
  return new ImportFileError('FIELD_TOO_LONG', `${where} is longer than the limit of ${formatBytes(maxBytes)}`);
}

export function rowTooLong(row: number, maxChars: number): ImportFileError {
  return new ImportFileError('ROW_TOO_LONG', `Row ${row} is longer than the limit of ${formatBytes(maxChars)}`);
}
