import { describe, expect, test } from 'vitest';
import { CHUNK_SIZES, parseAll } from './import-test-files';

describe('JSON parsing', () => {
  const json = `\ufeff[
    {"customer": {"id": "c1", "email": "ana@example.com", "name": "Ana"}, "subject": "Brackets ] and } and \\"quotes\\" in a string",
     "description": "Escaped backslash at the end \\\\", "tags": ["a", "b"], "metadata": {"source": "email", "extra": {"plan": [1, {"x": null}]}}},
    {"customerId": 7, "summary": "Unicode \\u00e9 and é 𝄞", "priority": "HIGH"}
  ]  `;

  test.each(CHUNK_SIZES)('streams an array of objects element by element, read %i bytes at a time', async (chunkBytes) => {
    expect(await parseAll(json, 'JSON', { chunkBytes })).toEqual([
      {
        row: 1,
        fields: {
          customer: { id: 'c1', email: 'ana@example.com', name: 'Ana' },
          subject: 'Brackets ] and } and "quotes" in a string',
          description: 'Escaped backslash at the end \\',
          tags: ['a', 'b'],
          metadata: { source: 'email', extra: { plan: [1, { x: null }] } },
        },
      },
      { row: 2, fields: { customerId: 7, summary: 'Unicode é and é 𝄞', priority: 'HIGH' } },
    ]);
  });

  test('an empty array yields nothing', async () => {
    expect(await parseAll(' [ ] ', 'JSON')).toEqual([]);
  });

  test('a string of exactly the limit passes, one byte more does not', async () => {
    const limits = { maxFieldBytes: 30 };
    // "é" is 2 bytes: 10 of them and 10 ASCII letters are 30 bytes.
    const exact = `${'é'.repeat(10)}${'a'.repeat(10)}`;
    expect(await parseAll(JSON.stringify([{ subject: exact }]), 'JSON', { limits })).toEqual([{ row: 1, fields: { subject: exact } }]);
    await expect(parseAll(JSON.stringify([{ subject: `${exact}a` }]), 'JSON', { limits })).rejects.toThrow(
      'Row 1, field "subject" is longer than the limit of 30 bytes',
    );
  });
});

describe('XML parsing', () => {
  const xml = `\ufeff<?xml version="1.0" encoding="utf-8"?>
<!-- exported by the help desk -->
<tickets>
  <ticket>
    <customer><id>c1</id><email>ana@example.com</email><name>Ana &amp; Bob</name></customer>
    <subject><![CDATA[Markup <b>kept</b> as text]]></subject>
    <description>Two
lines &lt;escaped&gt; &#233; &#x1D11E;</description>
    <tags><tag>login</tag><tag>2fa</tag></tags>
    <metadata><source>web_form</source><device_type>mobile</device_type></metadata>
  </ticket>
  <ticket customer_id="c2">
    <customer_email>bob@example.com</customer_email>
    <tags>a;b</tags>
    <tags2><tag>only</tag></tags2>
    <browser/>
  </ticket>
</tickets>
`;

  test.each(CHUNK_SIZES)('nested and flat elements, lists, CDATA and entities, read %i bytes at a time', async (chunkBytes) => {
    expect(await parseAll(xml, 'XML', { chunkBytes })).toEqual([
      {
        row: 1,
        fields: {
          customer: { id: 'c1', email: 'ana@example.com', name: 'Ana & Bob' },
          subject: 'Markup <b>kept</b> as text',
          description: 'Two\nlines <escaped> é 𝄞',
          tags: { tag: ['login', '2fa'] },
          metadata: { source: 'web_form', device_type: 'mobile' },
        },
      },
      {
        row: 2,
        fields: { customer_id: 'c2', customer_email: 'bob@example.com', tags: 'a;b', tags2: { tag: 'only' }, browser: '' },
      },
    ]);
  });

  test('elements named like Object.prototype members are plain fields; __proto__ is ignored', async () => {
    const xml = '<tickets><ticket><__proto__><subject>injected</subject></__proto__><constructor>c</constructor>' +
      '<toString>a</toString><toString>b</toString></ticket></tickets>';
    const [record] = await parseAll(xml, 'XML');
    expect(record).toEqual({ row: 1, fields: { constructor: 'c', toString: ['a', 'b'] } });
    expect(Object.getPrototypeOf(record!.fields)).toBe(Object.prototype);
    expect('subject' in record!.fields).toBe(false);
  });

  test('a root with no tickets yields nothing', async () => {
    expect(await parseAll('<tickets/>', 'XML')).toEqual([]);
  });
});
