/**
 * How long a recording lasts, read from its container's header (no decoder, no ffmpeg): WAV from
 * its byte rate, MP4/QuickTime/M4A from the movie header (`mvhd`), WebM/Matroska from the
 * segment's Info. Undefined for other formats and for headers that do not say.
 */
export function mediaDuration(bytes: Buffer, contentType: string): number | undefined {
  switch (contentType) {
    case 'audio/wav':
      return wavDuration(bytes);
    case 'video/mp4':
    case 'video/quicktime':
    case 'audio/mp4':
      return mp4Duration(bytes);
    case 'video/webm':
      return matroskaDuration(bytes);
    default:
      return undefined;
  }
}

/** Length of a PCM WAV recording: data bytes over bytes per second. */
function wavDuration(bytes: Buffer): number | undefined {
  if (bytes.length < 44) return undefined;
  const byteRate = bytes.readUInt32LE(28);
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'data') return byteRate > 0 ? Math.min(size, bytes.length - offset - 8) / byteRate : undefined;
    offset += 8 + size + (size % 2);
  }
  return undefined;
}

/** The boxes of an ISO BMFF file between `start` and `end`: type, where the content starts and where the box ends. */
function* mp4Boxes(bytes: Buffer, start: number, end: number): Generator<{ type: string; content: number; end: number }> {
  let offset = start;
  while (offset + 8 <= end) {
    let size = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) return;
      size = Number(bytes.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < header) return;
    const boxEnd = Math.min(offset + size, end);
    yield { type, content: offset + header, end: boxEnd };
    offset += size;
  }
}

/** `moov` > `mvhd`: duration over time scale (version 0: 32-bit times, version 1: 64-bit). The `moov` may follow the media data. */
function mp4Duration(bytes: Buffer): number | undefined {
  for (const moov of mp4Boxes(bytes, 0, bytes.length)) {
    if (moov.type !== 'moov') continue;
    for (const box of mp4Boxes(bytes, moov.content, moov.end)) {
      if (box.type !== 'mvhd') continue;
      const version = bytes[box.content];
      const fields = box.content + 4;
      // A duration of all ones means "unknown".
      if (version === 1 && fields + 28 <= box.end) {
        const duration = bytes.readBigUInt64BE(fields + 20);
        return duration === 0xffffffffffffffffn ? undefined : perTimescale(Number(duration), bytes.readUInt32BE(fields + 16));
      }
      if (version === 0 && fields + 16 <= box.end) {
        const duration = bytes.readUInt32BE(fields + 12);
        return duration === 0xffffffff ? undefined : perTimescale(duration, bytes.readUInt32BE(fields + 8));
      }
      return undefined;
    }
  }
  return undefined;
}

function perTimescale(duration: number, timescale: number): number | undefined {
  return timescale > 0 ? duration / timescale : undefined;
}

const EBML_HEADER = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const CLUSTER = 0x1f43b675;

/** A variable-length integer of EBML at `offset`: its value (the length marker kept for ids, dropped for sizes) and length. */
function vint(bytes: Buffer, offset: number, keepMarker: boolean): { value: number; length: number; allOnes: boolean } | undefined {
  const first = bytes[offset];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (offset + length > bytes.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[offset + i]!;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, length, allOnes };
}

/** The elements between `start` and `end`: id, where the content starts and ends (an unknown size runs to `end`). */
function* ebmlElements(bytes: Buffer, start: number, end: number): Generator<{ id: number; content: number; end: number }> {
  let offset = start;
  while (offset < end) {
    const id = vint(bytes, offset, true);
    if (!id) return;
    const size = vint(bytes, offset + id.length, false);
    if (!size) return;
    const content = offset + id.length + size.length;
    const elementEnd = size.allOnes ? end : Math.min(content + size.value, end);
    yield { id: id.value, content, end: elementEnd };
    offset = elementEnd;
  }
}

/** Segment > Info: Duration (a float, in TimecodeScale units, default 1 ms) in seconds. */
function matroskaDuration(bytes: Buffer): number | undefined {
  for (const top of ebmlElements(bytes, 0, bytes.length)) {
    if (top.id === EBML_HEADER) continue;
    if (top.id !== SEGMENT) return undefined;
    for (const child of ebmlElements(bytes, top.content, top.end)) {
      // Info comes before the media; a cluster means it was not there.
      if (child.id === CLUSTER) return undefined;
      if (child.id !== INFO) continue;
      let scale = 1_000_000;
      let duration: number | undefined;
      for (const field of ebmlElements(bytes, child.content, child.end)) {
        const length = field.end - field.content;
        if (field.id === TIMECODE_SCALE && length >= 1 && length <= 6) scale = bytes.readUIntBE(field.content, length);
        if (field.id === DURATION && length === 4) duration = bytes.readFloatBE(field.content);
        if (field.id === DURATION && length === 8) duration = bytes.readDoubleBE(field.content);
      }
      return duration !== undefined && Number.isFinite(duration) && duration >= 0 ? (duration * scale) / 1e9 : undefined;
    }
  }
  return undefined;
}
