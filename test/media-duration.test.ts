import { describe, expect, test } from 'vitest';
import { mediaDuration } from '../src/services/files/media-duration';
import { mp4File, wavFile, webmFile } from './helpers/test-files';

describe('a recording\'s length from its container header', () => {
  test('MP4: version 0 and version 1 movie headers, a 64-bit media box before the movie box, any time scale', () => {
    expect(mediaDuration(mp4File(83.25, { version: 0 }), 'video/mp4')).toBe(83.25);
    expect(mediaDuration(mp4File(7200.5, { version: 1, timescale: 90_000 }), 'video/quicktime')).toBe(7200.5);
    expect(mediaDuration(mp4File(3, { version: 0, timescale: 44_100 }), 'audio/mp4')).toBe(3);
  });

  test('WebM: Duration in TimecodeScale units, inside a segment of unknown size', () => {
    expect(mediaDuration(webmFile(12.5), 'video/webm')).toBe(12.5);
    expect(mediaDuration(webmFile(90, 1_000_000_000), 'video/webm')).toBe(90);
  });

  test('WAV from its byte rate', () => {
    expect(mediaDuration(wavFile(1.5), 'audio/wav')).toBe(1.5);
  });

  test('a header that does not say, a truncated file and other formats: no length', () => {
    const mp4 = mp4File(10, { version: 0 });
    expect(mediaDuration(mp4.subarray(0, mp4.length - 90), 'video/mp4')).toBeUndefined();
    const unknown = mp4File(10, { version: 0 });
    unknown.writeUInt32BE(0xffffffff, unknown.length - 100 + 16);
    expect(mediaDuration(unknown, 'video/mp4')).toBeUndefined();
    const webm = webmFile(5);
    expect(mediaDuration(webm.subarray(0, 40), 'video/webm')).toBeUndefined();
    expect(mediaDuration(Buffer.from('OggS'), 'audio/ogg')).toBeUndefined();
    expect(mediaDuration(Buffer.alloc(0), 'video/mp4')).toBeUndefined();
  });
});
