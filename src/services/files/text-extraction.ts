import { decode as decodeEntities } from 'he';

/** What reading a file gave: its text, or why it could not be read (the message names the limit). */
export type Extracted =
  | { ok: true; text: string | null; pageCount: number | null; note: string | null }
  | { ok: false; error: string };

export interface ExtractionRequest {
  bytes: Uint8Array;
  contentType: string;
  /** Most pages of a PDF that are read. */
  maxPages: number;
}

/** Longest text kept of one file. */
export const MAX_TEXT_CHARS = 500_000;
/** Most bytes an archive-based document (DOCX) may inflate to. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

const failed = (error: string): Extracted => ({ ok: false, error });

/**
 * The text of a document: PDF, DOCX, plain text, CSV, JSON, HTML (tags stripped) and e-mail (with
 * its own attachments listed). Meant to run on a worker thread (text-extraction.worker.ts), where a
 * hostile file can only exhaust that thread's time and memory.
 */
export async function extractText(request: ExtractionRequest): Promise<Extracted> {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  switch (request.contentType) {
    case 'application/pdf':
      return pdfText(bytes, request.maxPages);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return docxText(bytes);
    case 'text/html':
      return done(htmlText(bytes.toString('utf8')));
    case 'message/rfc822':
      return emailText(bytes);
    case 'text/plain':
    case 'text/csv':
    case 'application/json':
      return done(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    default:
      return { ok: true, text: null, pageCount: null, note: `No text is read from ${request.contentType} files` };
  }
}

function done(text: string, pageCount: number | null = null): Extracted {
  const trimmed = text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (trimmed.length > MAX_TEXT_CHARS) {
    return { ok: true, text: trimmed.slice(0, MAX_TEXT_CHARS), pageCount, note: `The text was cut at ${MAX_TEXT_CHARS.toLocaleString('en')} characters` };
  }
  return { ok: true, text: trimmed === '' ? null : trimmed, pageCount, note: trimmed === '' ? 'The file holds no text' : null };
}

async function pdfText(bytes: Buffer, maxPages: number): Promise<Extracted> {
  const { getDocumentProxy, extractText: pdfPagesText } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    return failed(`The PDF could not be read: ${(error as Error).message}`);
  }
  try {
    if (pdf.numPages > maxPages) return failed(`The PDF has ${pdf.numPages} pages; at most ${maxPages} are read (ATTACHMENT_MAX_PAGES)`);
    const { text } = await pdfPagesText(pdf, { mergePages: true });
    return done(text, pdf.numPages);
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Buffer): Promise<Extracted> {
  const inflated = zipInflatedSize(bytes);
  if (inflated === undefined) return failed('The DOCX file is not a readable ZIP archive');
  if (inflated > MAX_INFLATED_BYTES) {
    return failed(`The DOCX file inflates to more than ${MAX_INFLATED_BYTES / (1024 * 1024)} MB, the most that is read`);
  }
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return done(value);
  } catch (error) {
    return failed(`The DOCX file could not be read: ${(error as Error).message}`);
  }
}

/**
 * The bytes a ZIP archive's entries declare they inflate to, from its central directory, before
 * anything is inflated; undefined when there is no directory. A ZIP64 size counts as too large.
 */
export function zipInflatedSize(bytes: Buffer): number | undefined {
  const EOCD = 0x06054b50;
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return undefined;
    const size = bytes.readUInt32LE(offset + 24);
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}

/** Visible text of an HTML document: scripts, styles and comments dropped, tags as breaks, entities decoded. */
export function htmlText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6]|\/title)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(text).replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n');
}

async function emailText(bytes: Buffer): Promise<Extracted> {
  const { simpleParser } = await import('mailparser');
  try {
    const mail = await simpleParser(bytes, { skipImageLinks: true });
    const address = (value: typeof mail.from | typeof mail.to): string | undefined =>
      value === undefined ? undefined : Array.isArray(value) ? value.map((v) => v.text).join(', ') : value.text;
    const lines = [
      mail.subject !== undefined ? `Subject: ${mail.subject}` : undefined,
      address(mail.from) !== undefined ? `From: ${address(mail.from)}` : undefined,
      address(mail.to) !== undefined ? `To: ${address(mail.to)}` : undefined,
      mail.date ? `Date: ${mail.date.toISOString()}` : undefined,
    ].filter((line): line is string => line !== undefined);
    const body = mail.text ?? (typeof mail.html === 'string' ? htmlText(mail.html) : '');
    const attached = mail.attachments.map((a) => `- ${a.filename ?? '(no name)'} (${a.contentType}, ${a.size} bytes)`);
    return done([lines.join('\n'), body, attached.length ? `Attachments:\n${attached.join('\n')}` : ''].filter(Boolean).join('\n\n'));
  } catch (error) {
    return failed(`The e-mail could not be read: ${(error as Error).message}`);
  }
}
