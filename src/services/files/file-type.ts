import { AttachmentKind } from '../../entities/enums';

/** What a file is, from its first bytes; `refused` names why the server will not take it. */
export interface FileType {
  contentType: string;
  kind: AttachmentKind;
  refused?: string;
}

/** How many leading bytes `sniffFileType` looks at. */
export const SNIFF_BYTES = 8192;

const startsWith = (head: Buffer, bytes: readonly number[], at = 0): boolean =>
  head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte);
const ascii = (head: Buffer, text: string, at = 0): boolean => head.length >= at + text.length && head.toString('latin1', at, at + text.length) === text;

const type = (contentType: string, kind: AttachmentKind): FileType => ({ contentType, kind });
const executable = (what: string): FileType => ({
  contentType: 'application/octet-stream', kind: AttachmentKind.OTHER, refused: `${what} files are not accepted`,
});

/** Magic numbers, first match wins. */
const SIGNATURES: readonly { test: (head: Buffer) => boolean; type: FileType }[] = [
  { test: (h) => ascii(h, '%PDF-'), type: type('application/pdf', AttachmentKind.DOCUMENT) },
  { test: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), type: type('image/png', AttachmentKind.IMAGE) },
  { test: (h) => startsWith(h, [0xff, 0xd8, 0xff]), type: type('image/jpeg', AttachmentKind.IMAGE) },
  { test: (h) => ascii(h, 'GIF87a') || ascii(h, 'GIF89a'), type: type('image/gif', AttachmentKind.IMAGE) },
  { test: (h) => ascii(h, 'RIFF') && ascii(h, 'WEBP', 8), type: type('image/webp', AttachmentKind.IMAGE) },
  { test: (h) => ascii(h, 'RIFF') && ascii(h, 'WAVE', 8), type: type('audio/wav', AttachmentKind.AUDIO) },
  { test: (h) => ascii(h, 'RIFF') && ascii(h, 'AVI ', 8), type: type('video/x-msvideo', AttachmentKind.VIDEO) },
  { test: (h) => startsWith(h, [0x49, 0x49, 0x2a, 0x00]) || startsWith(h, [0x4d, 0x4d, 0x00, 0x2a]), type: type('image/tiff', AttachmentKind.IMAGE) },
  { test: (h) => ascii(h, 'BM') && h.length >= 26 && [12, 40, 56, 108, 124].includes(h.readUInt32LE(14)), type: type('image/bmp', AttachmentKind.IMAGE) },
  { test: (h) => ascii(h, 'ID3') || (h.length >= 2 && h[0] === 0xff && (h[1]! & 0xe6) === 0xe2), type: type('audio/mpeg', AttachmentKind.AUDIO) },
  { test: (h) => ascii(h, 'OggS'), type: type('audio/ogg', AttachmentKind.AUDIO) },
  { test: (h) => ascii(h, 'fLaC'), type: type('audio/flac', AttachmentKind.AUDIO) },
  { test: (h) => ascii(h, 'ftyp', 4) && (ascii(h, 'M4A ', 8) || ascii(h, 'M4B ', 8)), type: type('audio/mp4', AttachmentKind.AUDIO) },
  { test: (h) => ascii(h, 'ftyp', 4) && ascii(h, 'qt  ', 8), type: type('video/quicktime', AttachmentKind.VIDEO) },
  { test: (h) => ascii(h, 'ftyp', 4), type: type('video/mp4', AttachmentKind.VIDEO) },
  { test: (h) => startsWith(h, [0x1a, 0x45, 0xdf, 0xa3]), type: type('video/webm', AttachmentKind.VIDEO) },
  { test: (h) => startsWith(h, [0x1f, 0x8b]), type: type('application/gzip', AttachmentKind.OTHER) },
  { test: (h) => ascii(h, 'MZ'), type: executable('Windows executable') },
  { test: (h) => startsWith(h, [0x7f, 0x45, 0x4c, 0x46]), type: executable('ELF executable') },
  {
    test: (h) => [[0xfe, 0xed, 0xfa, 0xce], [0xce, 0xfa, 0xed, 0xfe], [0xfe, 0xed, 0xfa, 0xcf], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]]
      .some((magic) => startsWith(h, magic)),
    type: executable('Mach-O executable'),
  },
  { test: (h) => ascii(h, '#!'), type: executable('Script') },
];

const EMAIL_HEADER = /^(received|return-path|from|to|subject|date|message-id|mime-version|delivered-to|reply-to|x-[\w-]+):[ \t]/i;

/**
 * The type of a file from its first bytes (at most SNIFF_BYTES): magic numbers, else text by its
 * shape. The name only tells CSV from other plain text; it never makes a binary a document.
 */
export function sniffFileType(head: Buffer, fileName: string): FileType {
  for (const signature of SIGNATURES) if (signature.test(head)) return signature.type;
  if (ascii(head, 'PK\u0003\u0004')) {
    const names = head.toString('latin1');
    return names.includes('word/') ? type('application/vnd.openxmlformats-officedocument.wordprocessingml.document', AttachmentKind.DOCUMENT)
      : type('application/zip', AttachmentKind.OTHER);
  }
  if (!isText(head)) return type('application/octet-stream', AttachmentKind.OTHER);
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start)) return type('text/html', AttachmentKind.DOCUMENT);
  if (EMAIL_HEADER.test(text) && /\r?\n\r?\n/.test(text)) return type('message/rfc822', AttachmentKind.DOCUMENT);
  if (/^[{[]/.test(start) && /\.json$/i.test(fileName)) return type('application/json', AttachmentKind.DOCUMENT);
  if (/^[{[]/.test(start) && looksLikeJson(text)) return type('application/json', AttachmentKind.DOCUMENT);
  if (/\.csv$/i.test(fileName)) return type('text/csv', AttachmentKind.DOCUMENT);
  return type('text/plain', AttachmentKind.DOCUMENT);
}

/** Valid UTF-8 without NUL or other control bytes but tab, line feed, carriage return and form feed (a cut-off last character allowed). */
function isText(head: Buffer): boolean {
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(trimPartialCharacter(head));
    return true;
  } catch {
    return false;
  }
}

function trimPartialCharacter(head: Buffer): Buffer {
  // A UTF-8 character is at most 4 bytes: drop a lead byte whose continuation the head cut off.
  for (let back = 1; back <= Math.min(3, head.length); back++) {
    const byte = head[head.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? head.subarray(0, head.length - back) : head;
  }
  return head;
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
