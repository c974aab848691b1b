import { ImportFileError } from './import-file.error';
import { formatBytes, maxRowChars, type ImportLimits } from './import-limits';
import { fieldTooLong, isTooLong, rowTooLong, RowCollector, type RecordParser } from './import-rows';
import { KNOWN_COLUMNS, ticketFieldOf } from './ticket-fields';

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const HASH = 35;
const SPACE = 32;
const TAB = 9;

/** Which columns of a CSV file are read, and under which key; a column with no key is skipped unread. */
export interface CsvColumns {
  keyOf(name: string): string | undefined;
  /** The error for a header that names no column to read. */
  noneKnown(names: readonly string[]): Error;
}

/** A ticket file's columns: those that name a ticket field, under the name the header gives them. */
const TICKET_COLUMNS: CsvColumns = {
  keyOf: (name) => (ticketFieldOf(name.trim()) ? name.trim() : undefined),
  noneKnown(names) {
    const found = names.slice(0, 12).map((name) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name));
    return new ImportFileError(
      'UNKNOWN_COLUMNS',
      `The CSV header names no known column (found ${found.join(', ')}${names.length > 12 ? ', …' : ''}). Known columns: ${KNOWN_COLUMNS}`,
    );
  },
};

/**
 * RFC 4180 CSV, streamed: a header row (leading `#` lines before it are comments, as the signed
 * CSV flow writes them), quoted fields with commas, line breaks and doubled quotes, CRLF or LF.
 * Rows are keyed by the header's names; columns that `columns` does not read (for a ticket file,
 * those that name no ticket field) are skipped unread.
 *
 * Hand-written because parsing must run far ahead of the database: it jumps between delimiters
 * with `indexOf` (remembering each search's result across fields, so every character is searched
 * once) instead of visiting characters one by one, which is several times faster than the
 * general-purpose streaming parsers.
 */
export class CsvRecordParser implements RecordParser {
  /** Text not yet parsed: the start of a row that the next piece of text will complete. */
  private pending = '';
  /** Per column, the key its cells are stored under, or undefined for a skipped column. */
  private keys: (string | undefined)[] | undefined;
  private headerLine = 1;
  /** Parse again once `pending` is this long. */
  private retryAt = 0;
  private readonly maxField: number;
  private readonly maxRow: number;

  constructor(
    private readonly rows: RowCollector,
    limits: ImportLimits,
    private readonly columns: CsvColumns = TICKET_COLUMNS,
  ) {
    this.maxField = limits.maxFieldBytes;
    this.maxRow = maxRowChars(limits);
  }

  push(text: string): void {
    this.pending = this.pending === '' ? text : this.pending + text;
    // A row left incomplete is parsed again from its start; waiting until the text has doubled
    // keeps a row spread over many chunks from being re-read once per chunk.
    if (this.pending.length < this.retryAt && this.pending.length <= this.maxRow) return;
    this.parse(false);
    this.retryAt = this.pending.length * 2;
  }

  end(): void {
    this.parse(true);
    if (!this.keys) throw new ImportFileError('WRONG_STRUCTURE', 'The CSV file has no header row');
  }

  private parse(final: boolean): void {
    const text = this.pending;
    const length = text.length;
    const header: string[] = [];
    let pos = 0;
    // Where the next delimiter of each kind is (`length` for none): valid while at or after the
    // position being parsed, so each is searched for once per occurrence.
    let nextLf = -1;
    let nextComma = -1;
    let nextQuote = -1;

    rows: while (pos < length) {
      const first = text.charCodeAt(pos);
      if (first === LF || first === CR || first === SPACE || first === TAB || (first === HASH && !this.keys)) {
        // Blank lines are skipped anywhere, `#` comment lines before the header only.
        if (nextLf < pos) nextLf = indexOrEnd(text, '\n', pos);
        if (first === HASH || isBlank(text, pos, nextLf)) {
          if (nextLf === length && !final) break;
          if (!this.keys) this.headerLine++;
          pos = nextLf + 1;
          continue;
        }
      }

      const keys = this.keys;
      const fields: Record<string, unknown> | undefined = keys ? {} : undefined;
      header.length = 0;
      const width = keys ? keys.length : Infinity;
      let filled = false;
      let i = pos;
      let column = 0;
      if (nextLf < i) nextLf = indexOrEnd(text, '\n', i);

      for (;;) {
        const key = keys ? (column < width ? keys[column] : undefined) : '';
        const start = i;
        let value: string | undefined;
        let endOfRow = false;

        if (text.charCodeAt(i) === QUOTE) {
          let from = i + 1;
          let doubled = false;
          let close: number;
          for (;;) {
            if (nextQuote < from) nextQuote = indexOrEnd(text, '"', from);
            close = nextQuote;
            if (close === length) {
              if (final) throw this.unclosedQuote(column);
              if (length - start - 1 > this.maxField) throw this.fieldTooLong(column);
              break rows;
            }
            if (close + 1 === length && !final) break rows; // a doubled quote may be cut in two
            if (text.charCodeAt(close + 1) !== QUOTE) break;
            doubled = true;
            from = close + 2;
          }
          if (close - start - 1 > this.maxField) throw this.fieldTooLong(column);
          if (key !== undefined) {
            value = text.slice(start + 1, close);
            if (doubled) value = value.replaceAll('""', '"');
          }
          i = close + 1;
          let next = text.charCodeAt(i);
          while (next === SPACE || next === TAB) next = text.charCodeAt(++i);
          if (next === COMMA) {
            i++;
          } else if (next === LF) {
            i++;
            endOfRow = true;
          } else if (next === CR) {
            if (i + 1 === length && !final) break rows;
            i += text.charCodeAt(i + 1) === LF ? 2 : 1;
            endOfRow = true;
          } else if (i >= length) {
            if (!final) break rows;
            endOfRow = true;
          } else {
            throw new ImportFileError(
              'MALFORMED',
              `${this.where(column)}: unexpected text after a closing quote (a quote inside a quoted field must be doubled)`,
            );
          }
          if (nextLf < i) nextLf = indexOrEnd(text, '\n', i);
        } else {
          if (nextComma < i) nextComma = indexOrEnd(text, ',', i);
          let end: number;
          if (nextComma < nextLf) {
            end = nextComma;
            i = end + 1;
          } else {
            if (nextLf === length && !final) {
              if (length - start > this.maxField) throw this.fieldTooLong(column);
              break rows;
            }
            end = nextLf > start && text.charCodeAt(nextLf - 1) === CR ? nextLf - 1 : nextLf;
            i = nextLf + 1;
            endOfRow = true;
          }
          if (end - start > this.maxField) throw this.fieldTooLong(column);
          if (key !== undefined) value = text.slice(start, end);
        }

        if (value !== undefined) {
          if (value.length * 3 > this.maxField && isTooLong(value, this.maxField)) throw this.fieldTooLong(column);
          if (value !== '') filled = true;
          if (fields) fields[key!] = value;
          else header.push(value);
        } else if (!keys) {
          header.push('');
        }
        column++;
        if (endOfRow) break;
      }

      pos = i;
      // A row of empty cells (`,,,` as spreadsheets export) is as blank as an empty line.
      if (!filled) continue;
      if (fields) this.rows.add(fields);
      else this.readHeader(header);
    }

    this.pending = pos >= length ? '' : text.slice(pos);
    if (this.pending.length > this.maxRow) {
      if (this.keys) throw rowTooLong(this.rows.current, this.maxRow);
      throw new ImportFileError(
        'ROW_TOO_LONG',
        `Line ${this.headerLine} of the CSV file (before the header row) is longer than the limit of ${formatBytes(this.maxRow)}`,
      );
    }
  }

  private readHeader(names: string[]): void {
    const keys = names.map((name) => this.columns.keyOf(name));
    if (keys.every((key) => key === undefined)) throw this.columns.noneKnown(names);
    this.keys = keys;
  }

  private where(column: number): string {
    if (!this.keys) return 'The CSV header';
    const name = this.keys[column];
    return name === undefined ? `Row ${this.rows.current}, column ${column + 1}` : `Row ${this.rows.current}, column "${name}"`;
  }

  private fieldTooLong(column: number): ImportFileError {
    return fieldTooLong(this.where(column), this.maxField);
  }

  private unclosedQuote(column: number): ImportFileError {
    return new ImportFileError('MALFORMED', `${this.where(column)}: a quoted field is never closed`);
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

/** True if the line from `start` to `lf` holds only spaces, tabs and CR. */
function isBlank(text: string, start: number, lf: number): boolean {
  for (let i = start; i < lf; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== CR) return false;
  }
  return true;
}

/** Bounds for reading a whole data file (a corpus, an evaluation set): there only to keep a broken file from running away. */
const DATA_FILE_LIMITS: ImportLimits = { maxBytes: Number.MAX_SAFE_INTEGER, maxRows: Number.MAX_SAFE_INTEGER, maxFieldBytes: 1024 * 1024, maxDepth: 1 };

/**
 * A whole CSV text as records keyed by the header's names, lower-cased and trimmed; a row's
 * missing cells read as empty. For data files (the classifier's corpus and evaluation sets),
 * with the same parser as imports.
 */
export function parseCsvRecords(text: string): { columns: string[]; records: Record<string, string>[] } {
  let columns: string[] = [];
  if (text.replace(/^\uFEFF/, '').trim() === '') return { columns, records: [] };
  const rows = new RowCollector(DATA_FILE_LIMITS.maxRows);
  const parser = new CsvRecordParser(rows, DATA_FILE_LIMITS, {
    keyOf(name) {
      const key = name.trim().toLowerCase();
      columns.push(key);
      return key;
    },
    noneKnown: () => new ImportFileError('WRONG_STRUCTURE', 'The CSV file has no header row'),
  });
  parser.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  parser.end();
  columns = [...new Set(columns)];
  const records = rows.take().map(({ fields }) => {
    const record: Record<string, string> = {};
    for (const column of columns) record[column] = (fields[column] as string | undefined) ?? '';
    return record;
  });
  return { columns, records };
}
