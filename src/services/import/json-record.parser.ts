import { ImportFileError } from './import-file.error';
import { maxRowChars, type ImportLimits } from './import-limits';
import { fieldTooLong, isTooLong, rowTooLong, type RecordParser, type RowCollector } from './import-rows';

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const enum State {
  /** Before the top-level `[`. */
  Start,
  /** After `[`: an element or `]`. */
  FirstElement,
  /** After `,`: an element. */
  NextElement,
  InElement,
  /** After an element: `,` or `]`. */
  AfterElement,
  /** After the closing `]`: nothing but whitespace. */
  Done,
}

/**
 * A top-level JSON array of ticket objects, streamed element by element: a small scanner finds
 * where each element ends (tracking strings, escapes and nesting, and enforcing the depth and size
 * limits before anything is parsed), then `JSON.parse` reads that element alone.
 */
export class JsonRecordParser implements RecordParser {
  private pending = '';
  private state = State.Start;
  /** Where the current element starts and how far it has been scanned, both in `pending`. */
  private elementStart = 0;
  private scanned = 0;
  private depth = 0;
  /** The element has a string long enough that its exact UTF-8 size must be checked once parsed. */
  private nearLimit = false;
  private readonly maxField: number;
  private readonly maxRow: number;
  private readonly maxDepth: number;

  constructor(
    private readonly rows: RowCollector,
    limits: ImportLimits,
  ) {
    this.maxField = limits.maxFieldBytes;
    this.maxRow = maxRowChars(limits);
    this.maxDepth = limits.maxDepth;
  }

  push(text: string): void {
    this.pending = this.pending === '' ? text : this.pending + text;
    this.parse();
  }

  end(): void {
    if (this.state === State.Done) return;
    if (this.state === State.Start) throw new ImportFileError('WRONG_STRUCTURE', 'The JSON file must be an array of ticket objects');
    throw new ImportFileError(
      'MALFORMED',
      this.state === State.InElement
        ? `The JSON file ends inside row ${this.rows.current}`
        : 'The JSON file ends before the closing "]" of its array',
    );
  }

  private parse(): void {
    const text = this.pending;
    const length = text.length;
    let i = this.state === State.InElement ? this.scanned : 0;

    while (i < length) {
      if (this.state === State.InElement) {
        i = this.scan(text, i);
        if (this.state === State.InElement) break;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        i++;
        continue;
      }
      switch (this.state) {
        case State.Start:
          if (c !== OPEN_BRACKET) {
            throw new ImportFileError('WRONG_STRUCTURE', `The JSON file must be an array of ticket objects, not ${kindOf(c)}`);
          }
          this.state = State.FirstElement;
          i++;
          break;
        case State.FirstElement:
        case State.NextElement:
          if (c === CLOSE_BRACKET && this.state === State.FirstElement) {
            this.state = State.Done;
            i++;
          } else if (c === CLOSE_BRACKET) {
            throw this.malformed(`a "," after row ${this.rows.current - 1} is followed by "]" instead of another row`);
          } else if (c === OPEN_BRACE) {
            this.state = State.InElement;
            this.elementStart = i;
            this.depth = 0;
            this.nearLimit = false;
          } else {
            throw new ImportFileError(
              'WRONG_STRUCTURE',
              `The JSON file must be an array of ticket objects, but row ${this.rows.current} is ${kindOf(c)}`,
            );
          }
          break;
        case State.AfterElement:
          if (c === COMMA) this.state = State.NextElement;
          else if (c === CLOSE_BRACKET) this.state = State.Done;
          else throw this.malformed(`expected "," or "]" after row ${this.rows.current - 1}`);
          i++;
          break;
        case State.Done:
          throw this.malformed('unexpected text after the closing "]"');
      }
    }

    if (this.state === State.InElement) {
      this.pending = text.slice(this.elementStart);
      this.scanned = i - this.elementStart;
      this.elementStart = 0;
      if (this.pending.length > this.maxRow) throw rowTooLong(this.rows.current, this.maxRow);
    } else {
      this.pending = '';
    }
  }

  /**
   * Scans the current element from `i` (inside it, outside any string) up to its end, where it
   * parses it, or up to the end of `text`. Returns where scanning stopped.
   */
  private scan(text: string, i: number): number {
    const length = text.length;
    const maxDepth = this.maxDepth;
    let depth = this.depth;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        const close = closingQuote(text, i + 1);
        const rawLength = (close === -1 ? length : close) - i - 1;
        // Escapes make the raw text up to 6 times longer than its UTF-8 and a character up to 3
        // times shorter: only strings between those bounds need an exact look once parsed.
        if (rawLength > this.maxField * 6) throw this.fieldTooLong(text, i);
        if (close === -1) break;
        if (rawLength * 3 > this.maxField) this.nearLimit = true;
        i = close + 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth + 1 > maxDepth) {
          throw new ImportFileError(
            'NESTING_TOO_DEEP',
            `Row ${this.rows.current} nests deeper than the limit of ${maxDepth} levels`,
          );
        }
        i++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        i++;
        if (--depth === 0) {
          this.depth = 0;
          this.emit(text.slice(this.elementStart, i));
          this.state = State.AfterElement;
          return i;
        }
      } else {
        i++;
      }
    }
    this.depth = depth;
    return i;
  }

  private emit(source: string): void {
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(source) as Record<string, unknown>;
    } catch (error) {
      throw new ImportFileError('MALFORMED', `Row ${this.rows.current} is not valid JSON: ${(error as Error).message}`);
    }
    if (this.nearLimit) this.checkStrings(value, '');
    this.rows.add(value);
  }

  private checkStrings(value: unknown, path: string): void {
    if (typeof value === 'string') {
      if (isTooLong(value, this.maxField)) throw fieldTooLong(`Row ${this.rows.current}, field "${path}"`, this.maxField);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => this.checkStrings(item, `${path}[${i}]`));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (isTooLong(key, this.maxField)) throw fieldTooLong(`Row ${this.rows.current}, a field name`, this.maxField);
        this.checkStrings(item, path === '' ? key : `${path}.${key}`);
      }
    }
  }

  private fieldTooLong(text: string, quote: number): ImportFileError {
    const key = keyBefore(text, quote);
    const where = key === undefined ? `Row ${this.rows.current}, a value` : `Row ${this.rows.current}, field "${key}"`;
    return fieldTooLong(where, this.maxField);
  }

  private malformed(problem: string): ImportFileError {
    return new ImportFileError('MALFORMED', `Invalid JSON: ${problem}`);
  }
}

/** Index of the quote that closes a string whose content starts at `from`, or -1 if not in `text`. */
function closingQuote(text: string, from: number): number {
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/** The key of the value whose string starts at `quote`, if it is an object member (for messages). */
function keyBefore(text: string, quote: number): string | undefined {
  let k = quote - 1;
  while (k >= 0 && text.charCodeAt(k) <= 32) k--;
  if (text.charCodeAt(k) !== COLON) return undefined;
  k--;
  while (k >= 0 && text.charCodeAt(k) <= 32) k--;
  if (text.charCodeAt(k) !== QUOTE) return undefined;
  const start = text.lastIndexOf('"', k - 1);
  if (start === -1) return undefined;
  try {
    const key: unknown = JSON.parse(text.slice(start, k + 1));
    return typeof key === 'string' ? key.slice(0, 100) : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(c: number): string {
  if (c === OPEN_BRACE) return 'an object';
  if (c === OPEN_BRACKET) return 'an array';
  if (c === QUOTE) return 'a string';
  if (c === 116 || c === 102) return 'a boolean';
  if (c === 110) return 'null';
  if (c === 45 || (c >= 48 && c <= 57)) return 'a number';
  return `"${String.fromCharCode(c)}"`;
}
