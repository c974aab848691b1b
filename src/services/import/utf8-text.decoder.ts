import { ImportFileError } from './import-file.error';
import { formatBytes } from './import-limits';

/** What an upload may arrive as: a Node stream or any async source of buffers. */
export type ByteSource = AsyncIterable<Buffer | Uint8Array | string> | NodeJS.ReadableStream;

/**
 * Bounds the text handed to a parser at once, so one huge buffer from the caller never turns
 * into one huge string or one huge batch of records.
 */
const SLICE_BYTES = 256 * 1024;

/**
 * Streams `input` as UTF-8 text, one piece per input slice, refusing what no parser should see:
 * more than `maxBytes`, NUL bytes (a binary file), invalid UTF-8, and a file with no text at all.
 * A leading BOM is dropped. Nothing is buffered beyond the slice being decoded.
 */
export async function* decodeUtf8Text(input: ByteSource, maxBytes: number): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  let previous: Uint8Array | undefined;
  let sawText = false;
  for await (const chunk of input as AsyncIterable<Buffer | Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
      const piece = bytes.subarray(start, start + SLICE_BYTES);
      if (offset + piece.length > maxBytes) {
        throw new ImportFileError('FILE_TOO_LARGE', `The file is larger than the limit of ${formatBytes(maxBytes)}`);
      }
      const nul = piece.indexOf(0);
      if (nul !== -1) {
        throw new ImportFileError(
          'BINARY_FILE',
          `The file is binary, not text: it holds a NUL byte at byte offset ${offset + nul}`,
        );
      }
      let text: string;
      try {
        text = decoder.decode(piece, { stream: true });
      } catch {
        throw invalidUtf8(offset + firstInvalidUtf8(previous, piece));
      }
      offset += piece.length;
      previous = piece;
      if (!sawText && /\S/.test(text)) sawText = true;
      if (text !== '') yield text;
    }
  }
  try {
    decoder.decode();
  } catch {
    throw new ImportFileError(
      'INVALID_ENCODING',
      `The file is not valid UTF-8: it ends inside a multi-byte character (byte offset ${offset}); save it as UTF-8`,
    );
  }
  if (!sawText) throw new ImportFileError('EMPTY_FILE', 'The file is empty');
}

function invalidUtf8(offset: number): ImportFileError {
  return new ImportFileError(
    'INVALID_ENCODING',
    `The file is not valid UTF-8: invalid byte sequence at byte offset ${offset}; save it as UTF-8`,
  );
}

/**
 * Offset in `piece` of the first byte that makes it invalid, given the incomplete character the
 * previous piece may have ended with. Only called once decoding has failed, so clarity over speed.
 */
function firstInvalidUtf8(previous: Uint8Array | undefined, piece: Uint8Array): number {
  const carried = previous ? incompleteTail(previous) : new Uint8Array(0);
  const bytes = Buffer.concat([carried, piece]);
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return Math.max(0, i - carried.length);
    i += length;
  }
  // Only an incomplete character at the very end, which the next piece may complete.
  return piece.length;
}

/** The bytes of a character that `bytes` ends in the middle of (none if it ends on a boundary). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) !== 0x80) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back ? bytes.subarray(bytes.length - back) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}

/** Length of the valid UTF-8 character at `i`, or 0 if the bytes there are not one (RFC 3629). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let length: number;
  let min: number;
  let max = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) [length, min] = [2, 0x80];
  else if (b0 === 0xe0) [length, min] = [3, 0xa0];
  else if (b0 === 0xed) [length, min, max] = [3, 0x80, 0x9f];
  else if (b0 >= 0xe1 && b0 <= 0xef) [length, min] = [3, 0x80];
  else if (b0 === 0xf0) [length, min] = [4, 0x90];
  else if (b0 === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
  else if (b0 >= 0xf1 && b0 <= 0xf3) [length, min] = [4, 0x80];
  else return 0;
  const available = Math.min(length, bytes.length - i);
  if (available > 1 && (bytes[i + 1]! < min || bytes[i + 1]! > max)) return 0;
  for (let k = 2; k < available; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  // A character cut off by the end of the bytes is not invalid yet.
  return available;
}
