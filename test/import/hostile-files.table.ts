import type { ImportLimits } from '../../src/services/import';

/** Hostile and broken files, each with the one error it must get: the parser's table, and the API's over HTTP. */
const MB = 1024 * 1024;
export const header = 'customer_id,customer_email,customer_name,subject,description\n';
export const row = (n: number) => `c${n},c${n}@example.com,Customer ${n},Subject ${n},A description long enough\n`;

// A PNG's signature and first chunk header: NUL bytes early on, like every binary format.
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<tickets><ticket><subject>&lol9;</subject></ticket></tickets>`;

export const xxe = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tickets [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<tickets><ticket><description>&xxe;</description></ticket></tickets>`;

export const dtdRefused =
  'XML document type declarations (DOCTYPE) are not allowed: DTDs, entity declarations and external entities are refused';

export interface HostileFile {
  name: string;
  fileName: string;
  content: string | Buffer;
  limits?: Partial<ImportLimits>;
  reason: string;
  message: string;
}

export const hostileFiles: HostileFile[] = [
  { name: 'an empty file', fileName: 'tickets.csv', content: '', reason: 'EMPTY_FILE', message: 'The file is empty' },
  { name: 'a BOM and nothing else', fileName: 'tickets.csv', content: '\ufeff', reason: 'EMPTY_FILE', message: 'The file is empty' },
  { name: 'only whitespace', fileName: 'tickets.json', content: ' \r\n\t\n', reason: 'EMPTY_FILE', message: 'The file is empty' },
  {
    name: 'invalid UTF-8 (Latin-1 é)',
    fileName: 'tickets.csv',
    content: Buffer.concat([Buffer.from('customer_id,subject\nc1,caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    reason: 'INVALID_ENCODING',
    message: 'The file is not valid UTF-8: invalid byte sequence at byte offset 26; save it as UTF-8',
  },
  {
    name: 'UTF-8 cut off inside a character',
    fileName: 'tickets.csv',
    content: Buffer.concat([Buffer.from('subject\ncaf'), Buffer.from([0xc3])]),
    reason: 'INVALID_ENCODING',
    message: 'The file is not valid UTF-8: it ends inside a multi-byte character (byte offset 12); save it as UTF-8',
  },
  {
    name: 'a binary file named .csv',
    fileName: 'tickets.csv',
    content: png,
    reason: 'BINARY_FILE',
    message: 'The file is binary, not text: it holds a NUL byte at byte offset 8',
  },
  {
    name: 'a CSV header with no known column',
    fileName: 'orders.csv',
    content: 'order_id,amount,Currency\n1,2,EUR\n',
    reason: 'UNKNOWN_COLUMNS',
    message:
      'The CSV header names no known column (found "order_id", "amount", "Currency"). Known columns: customer_id, ' +
      'customer_email, customer_name, subject (or summary), description, category, priority, status, tags, source, browser, device_type, issue_key',
  },
  {
    name: 'a CSV of comment lines only',
    fileName: 'tickets.csv',
    content: '# X-Session-Id: 42\n# X-Signature: abc\n',
    reason: 'WRONG_STRUCTURE',
    message: 'The CSV file has no header row',
  },
  {
    name: 'a CSV quote that is never closed',
    fileName: 'tickets.csv',
    content: `${header}c1,c1@example.com,"Customer 1,Subject,Description\n`,
    reason: 'MALFORMED',
    message: 'Row 1, column "customer_name": a quoted field is never closed',
  },
  { name: 'XML with a DOCTYPE declaring an external entity (XXE)', fileName: 'tickets.xml', content: xxe, reason: 'DTD_NOT_ALLOWED', message: dtdRefused },
  { name: 'XML entity expansion (billion laughs)', fileName: 'tickets.xml', content: billionLaughs, reason: 'DTD_NOT_ALLOWED', message: dtdRefused },
  {
    name: 'XML with a 5 MB DTD',
    fileName: 'tickets.xml',
    content: `<!DOCTYPE tickets [${'<!ENTITY a "b">'.repeat(350_000)}]><tickets/>`,
    reason: 'DTD_NOT_ALLOWED',
    message: dtdRefused,
  },
  {
    name: 'XML with an undeclared entity',
    fileName: 'tickets.xml',
    content: '<tickets><ticket><subject>&lol9;</subject></ticket></tickets>',
    reason: 'MALFORMED',
    message: 'Invalid XML at line 1, column 32: undefined entity.',
  },
  {
    name: 'XML whose root is not <tickets>',
    fileName: 'tickets.xml',
    content: '<orders><order/></orders>',
    reason: 'WRONG_STRUCTURE',
    message: 'The XML root element must be <tickets>, not <orders>',
  },
  {
    name: 'XML whose items are not <ticket>',
    fileName: 'tickets.xml',
    content: '<tickets><ticket/><item/></tickets>',
    reason: 'WRONG_STRUCTURE',
    message: 'Each element inside <tickets> must be a <ticket>, not <item>',
  },
  {
    name: 'XML that is not well-formed',
    fileName: 'tickets.xml',
    content: '<tickets>\n<ticket><subject>a</ticket>\n</tickets>',
    reason: 'MALFORMED',
    message: 'Invalid XML at line 2, column 27: unexpected close tag.',
  },
  {
    name: 'XML declared in another encoding',
    fileName: 'tickets.xml',
    content: '<?xml version="1.0" encoding="ISO-8859-1"?><tickets/>',
    reason: 'INVALID_ENCODING',
    message: 'The XML file must be UTF-8, not "ISO-8859-1"',
  },
  {
    name: 'XML nested 10,000 deep',
    fileName: 'tickets.xml',
    content: `<tickets><ticket>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</ticket></tickets>`,
    reason: 'NESTING_TOO_DEEP',
    message: 'Row 1 nests deeper than the limit of 32 levels',
  },
  {
    name: 'JSON that is an object, not an array',
    fileName: 'tickets.json',
    content: '{"tickets":[{"subject":"a"}]}',
    reason: 'WRONG_STRUCTURE',
    message: 'The JSON file must be an array of ticket objects, not an object',
  },
  {
    name: 'a JSON array of strings',
    fileName: 'tickets.json',
    content: '[{"subject":"a"},"b"]',
    reason: 'WRONG_STRUCTURE',
    message: 'The JSON file must be an array of ticket objects, but row 2 is a string',
  },
  {
    name: 'JSON nested 10,000 deep inside a ticket',
    fileName: 'tickets.json',
    content: `[{"extra":${'['.repeat(10_000)}${']'.repeat(10_000)}}]`,
    reason: 'NESTING_TOO_DEEP',
    message: 'Row 1 nests deeper than the limit of 32 levels',
  },
  {
    name: 'JSON arrays nested 10,000 deep',
    fileName: 'tickets.json',
    content: `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    reason: 'WRONG_STRUCTURE',
    message: 'The JSON file must be an array of ticket objects, but row 1 is an array',
  },
  {
    name: 'JSON that ends mid-array',
    fileName: 'tickets.json',
    content: '[{"subject":"a"},{"subject":',
    reason: 'MALFORMED',
    message: 'The JSON file ends inside row 2',
  },
  {
    name: 'JSON without its closing bracket',
    fileName: 'tickets.json',
    content: '[{"subject":"a"}\n',
    reason: 'MALFORMED',
    message: 'The JSON file ends before the closing "]" of its array',
  },
  {
    name: 'JSON with a trailing comma',
    fileName: 'tickets.json',
    content: '[{"subject":"a"},]',
    reason: 'MALFORMED',
    message: 'Invalid JSON: a "," after row 1 is followed by "]" instead of another row',
  },
  {
    name: 'a 5 MB CSV field',
    fileName: 'tickets.csv',
    content: `${header}c1,c1@example.com,Customer 1,Subject,"${'x'.repeat(5 * MB)}"\n`,
    reason: 'FIELD_TOO_LONG',
    message: 'Row 1, column "description" is longer than the limit of 64 KB',
  },
  {
    name: 'a 5 MB CSV field with no line break after it',
    fileName: 'tickets.csv',
    content: `${header}${row(1)}c2,c2@example.com,Customer 2,Subject,${'x'.repeat(5 * MB)}`,
    reason: 'FIELD_TOO_LONG',
    message: 'Row 2, column "description" is longer than the limit of 64 KB',
  },
  {
    name: 'a 5 MB comment line before the CSV header',
    fileName: 'tickets.csv',
    content: `# ${'x'.repeat(5 * MB)}\n${header}`,
    reason: 'ROW_TOO_LONG',
    message: 'Line 1 of the CSV file (before the header row) is longer than the limit of 1 MB',
  },
  {
    name: 'a 5 MB JSON string',
    fileName: 'tickets.json',
    content: `[{"subject":"a"},{"subject":"b","description":"${'x'.repeat(5 * MB)}"}]`,
    reason: 'FIELD_TOO_LONG',
    message: 'Row 2, field "description" is longer than the limit of 64 KB',
  },
  {
    name: 'a 5 MB XML text',
    fileName: 'tickets.xml',
    content: `<tickets><ticket><description>${'x'.repeat(5 * MB)}</description></ticket></tickets>`,
    reason: 'FIELD_TOO_LONG',
    message: 'Row 1, element <description> is longer than the limit of 64 KB',
  },
  {
    name: 'a 5 MB XML attribute',
    fileName: 'tickets.xml',
    content: `<tickets><ticket subject="${'x'.repeat(5 * MB)}"/></tickets>`,
    reason: 'FIELD_TOO_LONG',
    message: 'XML text, comment or tag at line 1 is longer than the limit of 64 KB',
  },
  {
    name: 'a 5 MB XML comment',
    fileName: 'tickets.xml',
    content: `<tickets><!--${'x'.repeat(5 * MB)}--></tickets>`,
    reason: 'FIELD_TOO_LONG',
    message: 'XML text, comment or tag at line 1 is longer than the limit of 64 KB',
  },
  {
    name: 'more rows than the limit',
    fileName: 'tickets.csv',
    content: header + row(1) + row(2) + row(3) + row(4),
    limits: { maxRows: 3 },
    reason: 'TOO_MANY_ROWS',
    message: 'The file has more rows than the limit of 3',
  },
  {
    name: 'more JSON rows than the limit',
    fileName: 'tickets.json',
    content: JSON.stringify([{ subject: 'a' }, { subject: 'b' }, { subject: 'c' }]),
    limits: { maxRows: 2 },
    reason: 'TOO_MANY_ROWS',
    message: 'The file has more rows than the limit of 2',
  },
  {
    name: 'more bytes than the limit',
    fileName: 'tickets.csv',
    content: header + row(1).repeat(1000),
    limits: { maxBytes: 10 * 1024 },
    reason: 'FILE_TOO_LARGE',
    message: 'The file is larger than the limit of 10 KB',
  },
];
