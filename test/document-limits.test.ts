import { describe, expect, test } from 'vitest';
import { Admission } from '../src/http/admission';
import { MAX_SAME_FIELD } from '../src/http/document-limits';
import { getIntrospectionQuery } from 'graphql';
import { useTestApi } from './helpers/harness';
import { fragmentBomb } from './hostile-requests.table';

// Documents too large to validate cheaply are refused after parsing, before graphql-js validates
// them (issue 16): the refusal costs what parsing the first QUERY_MAX_TOKENS tokens costs.

const api = useTestApi();

/** What a fresh admission (no cached document) answers: the message names the limit that refused it. */
function refusalOf(query: string): string {
  const admission = new Admission(api.deps, api.schema);
  try {
    admission.checkDocumentText(query);
    const prepared = admission.prepare(query);
    return 'document' in prepared ? 'accepted' : prepared[0]!.message;
  } catch (error) {
    return (error as Error).message;
  }
}

const hostile: { name: string; query: string; message: string }[] = [
  {
    name: '200,000 duplicate fields (586 KB)',
    query: `{ tickets { edges { node { ${'id '.repeat(195_000)}} } } }`,
    message: 'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.',
  },
  {
    name: '50,000 directives',
    query: `{ __typename ${'@include(if: true) '.repeat(50_000)}}`,
    message: 'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.',
  },
  {
    name: '9,998 duplicate fields, within the token limit',
    query: `{ ${'__typename '.repeat(9_998)}}`,
    message: 'The document selects 9998 fields (fragments counted where they are spread); at most 500 are allowed',
  },
  {
    name: '1,400 directives, within the token limit',
    query: `{ __typename ${'@include(if: true) '.repeat(1_400)}}`,
    message: 'The document uses 1400 directives; at most 50 are allowed',
  },
  {
    name: '3,000 aliases',
    query: `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    message: 'The query uses 3000 aliases; at most 30 are allowed',
  },
  {
    name: '100 copies of one nested selection (quadratic to merge)',
    query: `{ tickets { ${'edges { node { customer { email } } } '.repeat(100)}} }`,
    message: 'A selection set selects `edges` 100 times; at most 20 are allowed',
  },
  {
    name: 'fragments spreading each other twice, 28 levels',
    query: fragmentBomb(28, '__typename'),
    message: 'The document selects 268435456 fields (fragments counted where they are spread); at most 500 are allowed',
  },
];

describe('document limits before validation', () => {
  // Their time is not asserted (timings flake on a busy machine): a refusal by one of these limits
  // means graphql-js never validated the document, which is where the cost was.
  test.each(hostile)('$name is refused by its limit, before validation', ({ query, message }) => {
    expect(refusalOf(query)).toBe(message);
  });

  test('the limits leave real documents alone: introspection (GraphiQL, codegen) and repeats up to the bound', () => {
    const admission = new Admission(api.deps, api.schema);
    const introspection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expect('document' in admission.prepare(introspection)).toBe(true);
    const repeats = `{ tickets(first: 1) { ${'edges { node { key } } '.repeat(MAX_SAME_FIELD)}} }`;
    expect('document' in admission.prepare(repeats)).toBe(true);
    const overlapping = `query { tickets(first: 1) { ...A ...B } } fragment A on TicketConnection { totalCount edges { node { key } } } fragment B on TicketConnection { totalCount edges { node { subject } } }`;
    expect('document' in admission.prepare(overlapping)).toBe(true);
  });

  test('repeats are counted through fragments and inline fragments', () => {
    const admission = new Admission(api.deps, api.schema);
    const spreads = Array.from({ length: 21 }, (_, i) => `...F${i}`).join(' ');
    const fragments = Array.from({ length: 21 }, (_, i) => `fragment F${i} on Query { me { id } }`).join(' ');
    expect(admission.prepare(`query { ${spreads} } ${fragments}`)).toEqual([expect.objectContaining({ message: 'A selection set selects `me` 21 times; at most 20 are allowed' })]);
    const inline = `{ ${'... on Query { __typename } '.repeat(21)}}`;
    expect(admission.prepare(inline)).toEqual([expect.objectContaining({ message: 'A selection set selects `__typename` 21 times; at most 20 are allowed' })]);
  });

  test('directives are counted wherever they stand: operation, variables, fields, spreads, fragments', () => {
    const admission = new Admission(api.deps, api.schema);
    const query = 'query Q($a: Boolean = true @deprecated) @skip(if: false) { ...F @include(if: true) me @include(if: $a) { id @skip(if: false) } } fragment F on Query @skip(if: false) { __typename }';
    const limited = new Admission({ ...api.deps, config: { ...api.config, limits: { ...api.config.limits, queryMaxDirectives: 5 } } }, api.schema);
    expect(limited.prepare(query)).toEqual([expect.objectContaining({ message: 'The document uses 6 directives; at most 5 are allowed' })]);
    expect(admission.prepare(query)).not.toEqual([expect.objectContaining({ message: expect.stringContaining('directives') })]);
  });
});
