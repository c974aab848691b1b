import { createHmac, type Hmac } from 'node:crypto';

/** A `# X-Name: value` comment line before the header. */
const COMMENT = /^#\s*(X-[A-Za-z-]+)\s*:\s*(.*?)\s*$/;
/** A line before the header longer than this is taken as the start of the rows (it is no comment we read). */
const MAX_COMMENT_LINE = 64 * 1024;

/**
 * The signed part of a CSV, read as it streams: the rows, header included, without a leading
 * byte-order mark and the blank and `#` lines before the header, line breaks as LF, trailing line
 * breaks dropped; and the `# X-Name: value` lines on the way. A file re-saved with CRLF line breaks
 * still verifies. The HMAC starts once the header is reached, when the comment lines (which may
 * carry the nonce and timestamp it covers) are known.
 */
export class SignedRows {
  /** The comment lines' values, keyed by lower-case name (`x-nonce`). */
  readonly comments = new Map<string, string>();
  private hmac?: Hmac;
  private started = false;
  private firstChunk = true;
  private carriageReturn = false;
  private preamble = '';
  private skipping = false;
  private heldLineBreaks = 0;

  /**
   * `prefix` gives what the HMAC covers before the rows (`<timestamp>.<nonce>.`), once the comments
   * are read; `sink`, when given, receives the rows as they are signed.
   */
  constructor(
    private readonly secret: string,
    private readonly prefix: (comments: ReadonlyMap<string, string>) => string,
    private readonly sink?: (rows: string) => void,
  ) {}

  push(chunk: string): void {
    let text = chunk;
    if (this.firstChunk) {
      this.firstChunk = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.carriageReturn) text = `\r${text}`;
    this.carriageReturn = text.endsWith('\r');
    if (this.carriageReturn) text = text.slice(0, -1);
    text = text.replace(/\r\n?/g, '\n');
    if (this.started) this.rows(text);
    else this.beforeHeader(text, false);
  }

  /** The hex HMAC of the prefix and the rows. */
  digest(): string {
    if (this.carriageReturn) this.push('');
    if (!this.started) this.beforeHeader('', true);
    return (this.hmac ?? this.startHmac()).digest('hex');
  }

  private beforeHeader(text: string, final: boolean): void {
    // A piece without a line break only adds to the line: searching the joined text for one each
    // time would read text that arrives in small pieces over and over.
    if (!final && !text.includes('\n') && (this.skipping || this.preamble.length + text.length <= MAX_COMMENT_LINE)) {
      if (!this.skipping) this.preamble += text;
      return;
    }
    this.preamble += text;
    for (;;) {
      const end = this.preamble.indexOf('\n');
      if (this.skipping) {
        // The rest of a comment line too long to keep: only its end matters.
        this.preamble = end === -1 ? '' : this.preamble.slice(end + 1);
        if (end === -1) return;
        this.skipping = false;
        continue;
      }
      if (end === -1 && !final) {
        if (this.preamble.length <= MAX_COMMENT_LINE) return;
        if (!this.preamble.trimStart().startsWith('#')) break;
        this.skipping = true;
        continue;
      }
      const line = end === -1 ? this.preamble : this.preamble.slice(0, end);
      if (line.trim() !== '' && !line.trimStart().startsWith('#')) break;
      const match = COMMENT.exec(line);
      if (match) this.comments.set(match[1]!.toLowerCase(), match[2]!);
      this.preamble = end === -1 ? '' : this.preamble.slice(end + 1);
      if (end === -1) return;
    }
    this.started = true;
    this.startHmac();
    const rows = this.preamble;
    this.preamble = '';
    this.rows(rows);
  }

  private rows(text: string): void {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
    if (end === 0) {
      this.heldLineBreaks += text.length;
      return;
    }
    // Line breaks at the end are held back: only what follows them decides whether they are trailing.
    if (this.heldLineBreaks) this.signed('\n'.repeat(this.heldLineBreaks));
    this.signed(text.slice(0, end));
    this.heldLineBreaks = text.length - end;
  }

  private signed(rows: string): void {
    this.hmac!.update(rows);
    this.sink?.(rows);
  }

  private startHmac(): Hmac {
    this.hmac = createHmac('sha256', this.secret).update(this.prefix(this.comments));
    return this.hmac;
  }
}

/**
 * A CSV's signed rows as they stream, decoded from its bytes: what a signed upload imports, so that
 * what was signed is exactly what is read (comment lines before the header, a byte-order mark and
 * lone CRs cannot make the importer see other rows than the signature covers).
 */
export async function* signedRowsOf(source: AsyncIterable<Buffer | Uint8Array | string>): AsyncGenerator<string, void, undefined> {
  let ready = '';
  const rows = new SignedRows('', () => '', (text) => {
    ready += text;
  });
  for await (const text of decodedText(source)) {
    rows.push(text);
    if (ready) yield ready;
    ready = '';
  }
  rows.digest();
  if (ready) yield ready;
}

/** A byte source as UTF-8 text, piece by piece (a character split between pieces is kept whole). */
export async function* decodedText(source: AsyncIterable<Buffer | Uint8Array | string>): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** HMAC-SHA256 (hex) of `<timestamp>.<nonce>.<rows>` with the server's signing secret, for a whole CSV text. */
export function signCsv(secret: string, timestamp: string, nonce: string, csv: string): string {
  const rows = new SignedRows(secret, () => `${timestamp}.${nonce}.`);
  rows.push(csv);
  return rows.digest();
}

/**
 * The job id of a signed file: derived from its nonce with the signing secret, so that whoever
 * holds a signed file cannot choose the id (which is the key to the job and its tickets), and it
 * cannot be guessed. A UUID (version 4 layout) made of HMAC bits.
 */
export function sessionJobId(secret: string, nonce: string): string {
  const bytes = createHmac('sha256', secret).update(`session.${nonce}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
