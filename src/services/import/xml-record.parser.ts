import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ImportFileError } from './import-file.error';
import { formatBytes, maxRowChars, type ImportLimits } from './import-limits';
import { fieldTooLong, isTooLong, rowTooLong, type RecordParser, type RowCollector } from './import-rows';

/** Text handed to saxes at once, so that its buffers are checked at least this often. */
const WRITE_CHARS = 16 * 1024;

type Fields = Record<string, unknown>;

interface OpenElement {
  name: string;
  /** Child elements and attributes; an element that has none is a text value. */
  children: Fields | undefined;
  text: string;
}

/**
 * `<tickets><ticket>…</ticket></tickets>`, streamed with saxes. Each `<ticket>` becomes one row:
 * its child elements (and attributes) are its fields, nested elements nested objects, a repeated
 * element a list (`<tags><tag>a</tag><tag>b</tag></tags>`).
 *
 * No DTD is accepted: a DOCTYPE refuses the file as soon as it is read, so external entities (XXE)
 * are never fetched and declared entities (billion laughs) never expanded; saxes itself knows only
 * the five predefined entities and character references.
 */
export class XmlRecordParser implements RecordParser {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private readonly open: OpenElement[] = [];
  private record: Fields | undefined;
  /** Characters in the current row, markup included, so a row of endless empty elements is bounded too. */
  private rowChars = 0;
  private sawRoot = false;
  /** The end of the text before the root element, where a DOCTYPE cut between two pieces may start. */
  private prologTail = '';
  /** Where saxes last reported something; whatever lies beyond is buffered inside saxes. */
  private reportedAt = 0;
  private readonly maxField: number;
  private readonly maxRow: number;
  private readonly maxDepth: number;
  /** Raw characters saxes may buffer for one token: entity references make text up to 6 times longer. */
  private readonly maxBuffered: number;

  constructor(
    private readonly rows: RowCollector,
    limits: ImportLimits,
  ) {
    this.maxField = limits.maxFieldBytes;
    this.maxRow = maxRowChars(limits);
    this.maxDepth = limits.maxDepth;
    this.maxBuffered = limits.maxFieldBytes * 6 + 1024;
    const parser = this.parser;
    parser.on('doctype', () => {
      throw dtdNotAllowed();
    });
    // No more handlers than these: each is a property added to the parser, and past seven V8
    // turns it into a slow dictionary object, which made parsing four times slower. Comments and
    // processing instructions need none: the next event marks them as read.
    parser.on('opentag', (tag) => this.openTag(tag));
    parser.on('closetag', () => this.closeTag());
    parser.on('text', (text) => this.text(text));
    parser.on('cdata', (text) => this.text(text));
    parser.on('error', (error) => {
      const problem = error.message.replace(/^\d+:\d+: /, '');
      throw new ImportFileError('MALFORMED', `Invalid XML at line ${parser.line}, column ${parser.column}: ${problem}`);
    });
  }

  push(text: string): void {
    for (let start = 0; start < text.length; start += WRITE_CHARS) {
      const slice = text.slice(start, start + WRITE_CHARS);
      if (this.inProlog) this.refuseDoctype(slice);
      this.parser.write(slice);
      if (this.parser.position - this.reportedAt > this.maxBuffered) {
        const element = this.open[this.open.length - 1];
        if (element && this.open.length >= 3) throw this.fieldTooLong(element);
        throw new ImportFileError(
          'FIELD_TOO_LONG',
          `XML text, comment or tag at line ${this.parser.line} is longer than the limit of ${formatBytes(this.maxField)}`,
        );
      }
    }
  }

  end(): void {
    this.parser.close();
  }

  /**
   * saxes reports a DOCTYPE only once it has read all of it; refusing on sight of its start keeps
   * a huge internal subset from being buffered first. (Before the root element only.)
   */
  private refuseDoctype(slice: string): void {
    const text = this.prologTail + slice;
    if (text.includes('<!DOCTYPE')) throw dtdNotAllowed();
    this.prologTail = text.slice(-('<!DOCTYPE'.length - 1));
  }

  /** The XML declaration, if any, comes before the root element and has been read by now. */
  private checkEncoding(): void {
    const { encoding } = this.parser.xmlDecl;
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      throw new ImportFileError('INVALID_ENCODING', `The XML file must be UTF-8, not ${JSON.stringify(encoding)}`);
    }
  }

  private get inProlog(): boolean {
    return this.open.length === 0 && !this.sawRoot;
  }

  private reported(): void {
    this.reportedAt = this.parser.position;
  }

  private openTag(tag: SaxesTagPlain): void {
    this.reported();
    this.sawRoot = true;
    const depth = this.open.length + 1;
    if (depth > this.maxDepth) {
      throw new ImportFileError('NESTING_TOO_DEEP', `Row ${this.rows.current} nests deeper than the limit of ${this.maxDepth} levels`);
    }
    if (depth === 1) this.checkEncoding();
    if (depth === 1 && tag.name !== 'tickets') {
      throw new ImportFileError('WRONG_STRUCTURE', `The XML root element must be <tickets>, not <${tag.name}>`);
    }
    if (depth === 2 && tag.name !== 'ticket') {
      throw new ImportFileError('WRONG_STRUCTURE', `Each element inside <tickets> must be a <ticket>, not <${tag.name}>`);
    }
    let children: Fields | undefined;
    const attributes = Object.keys(tag.attributes);
    if (depth >= 2 && attributes.length > 0) {
      children = fields();
      for (const name of attributes) {
        const value = tag.attributes[name]!;
        if (isTooLong(value, this.maxField)) throw fieldTooLong(`Row ${this.rows.current}, attribute "${name}"`, this.maxField);
        this.count(name.length + value.length);
        addValue(children, name, value);
      }
    }
    if (depth === 2) {
      this.record = children ?? fields();
      this.rowChars = 0;
      children = this.record;
    }
    this.open.push({ name: tag.name, children, text: '' });
    this.count(tag.name.length + 2);
  }

  private text(text: string): void {
    this.reported();
    const element = this.open[this.open.length - 1];
    // Text directly inside <tickets> or <ticket> is only the whitespace between elements.
    if (!element || this.open.length < 3) return;
    element.text += text;
    this.count(text.length);
    if (element.text.length > this.maxField) throw this.fieldTooLong(element);
  }

  private closeTag(): void {
    this.reported();
    const element = this.open.pop()!;
    const depth = this.open.length + 1;
    if (depth === 2) {
      this.rows.add(this.record!);
      this.record = undefined;
    } else if (depth >= 3) {
      if (!element.children && isTooLong(element.text, this.maxField)) throw this.fieldTooLong(element);
      const parent = this.open[this.open.length - 1]!;
      parent.children ??= fields();
      addValue(parent.children, element.name, element.children ?? element.text);
    }
  }

  private count(chars: number): void {
    this.rowChars += chars;
    if (this.rowChars > this.maxRow) throw rowTooLong(this.rows.current, this.maxRow);
  }

  private fieldTooLong(element: OpenElement): ImportFileError {
    return fieldTooLong(`Row ${this.rows.current}, element <${element.name}>`, this.maxField);
  }
}

function dtdNotAllowed(): ImportFileError {
  return new ImportFileError(
    'DTD_NOT_ALLOWED',
    'XML document type declarations (DOCTYPE) are not allowed: DTDs, entity declarations and external entities are refused',
  );
}

/** A repeated element becomes a list of its values. */
function addValue(into: Fields, name: string, value: unknown): void {
  // Setting `__proto__` would replace the row's prototype; no ticket field has that name.
  if (name === '__proto__') return;
  if (!Object.hasOwn(into, name)) {
    into[name] = value;
    return;
  }
  const existing = into[name];
  if (Array.isArray(existing)) existing.push(value);
  else into[name] = [existing, value];
}

function fields(): Fields {
  return {};
}
