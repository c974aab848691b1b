import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/services/classifier/seeded-random';
import { sessionJobId, signCsv, SignedRows } from '../../src/services/jobs/csv-signature';

const SECRET = 'secret';

/** The README's signing scheme, written as its snippet does: the reference the streaming reader must equal. */
function reference(csv: string, timestamp: string, nonce: string): string {
  const rows = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/^(\s*(#.*)?\n)*/, '').replace(/\n+$/, '');
  return createHmac('sha256', SECRET).update(`${timestamp}.${nonce}.${rows}`).digest('hex');
}

/**
 * The text in pieces cut at random places (between a CR and its LF too), as a UTF-8 decoder hands
 * them on: never inside a surrogate pair.
 */
function pieces(text: string, random: () => number): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = at + 1 + Math.floor(random() * 7);
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end++;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

const files = [
  'a,b\n1,2\n',
  '\uFEFF# X-Nonce: n\r\n# X-Timestamp: 1\r\n\r\na,b\r\n1,2\r\n\r\n\r\n',
  '\r\n  \n# comment\n  # indented comment\nsubject\nline one\n\n\nline two\n\n',
  'subject\r\r\nx\ry\n',
  '# only comments\n\n',
  '',
  'subject\n"quoted\nwith lines"\n\u{1F600} emoji\n',
  `# ${'x'.repeat(70_000)}\nsubject\nrow\n`,
  `${' '.repeat(70_000)}subject\nrow\n`,
];

describe('SignedRows reads as the signing scheme says, in any pieces', () => {
  test.each(files.map((file, i) => [i, file] as const))('file %i', (_i, file) => {
    const random = seededRandom(42);
    const expected = reference(file, '1', 'n');
    expect(signCsv(SECRET, '1', 'n', file)).toBe(expected);
    for (let trial = 0; trial < 25; trial++) {
      const rows = new SignedRows(SECRET, () => '1.n.');
      for (const piece of pieces(file, random)) rows.push(piece);
      expect(rows.digest()).toBe(expected);
    }
  });

  test('the comment lines before the header are read, and name what the HMAC covers', () => {
    const rows = new SignedRows(SECRET, (comments) => `${comments.get('x-timestamp')}.${comments.get('x-nonce')}.`);
    rows.push('# X-Session-Id: job_1\r\n# X-Nonce:  abc \r\n# X-Timestamp: 17\r\n# not: read\r\nsubject\r\nrow\r\n');
    expect(rows.digest()).toBe(reference('subject\nrow', '17', 'abc'));
    expect([...rows.comments]).toEqual([['x-session-id', 'job_1'], ['x-nonce', 'abc'], ['x-timestamp', '17']]);
  });
});

test('a session id follows from the nonce and the secret, as a UUID', () => {
  const id = sessionJobId(SECRET, 'nonce-1');
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(sessionJobId(SECRET, 'nonce-1')).toBe(id);
  expect(sessionJobId(SECRET, 'nonce-2')).not.toBe(id);
  expect(sessionJobId('other secret', 'nonce-1')).not.toBe(id);
});
