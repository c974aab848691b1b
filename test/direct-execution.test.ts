import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AddCommentDocument, CreateTicketDocument } from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, run } from './helpers/http-client';

// A plain JSON POST of one operation is answered without Apollo's pipeline (src/http/direct-execution.ts).
// An Accept header that Apollo must negotiate sends the same request through Apollo: both answers must be the same bytes.

let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await register(server.url, 'admin')).accessToken;
  for (let i = 0; i < 3; i++) {
    const { createTicket } = await run(server.url, CreateTicketDocument, { input: ticketInput() }, token);
    await run(server.url, AddCommentDocument, { ticketId: createTicket.id, content: `Comment ${i}`, isInternal: i === 1 }, token);
  }
});
afterAll(async () => server?.close());

async function answer(body: unknown, viaApollo: boolean): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(viaApollo ? { accept: 'application/json, text/plain' } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

const PAGE = `query Page($first: Int!, $comments: Int!) {
  tickets(first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id key subject status tags createdAt slaBreached metadata { source extra } customer { email }
      comments(first: $comments) { totalCount edges { node { id content isInternal createdAt } } } } }
  }
}`;

describe('direct execution', () => {
  test.each([
    ['a page of tickets with comments', { query: PAGE, variables: { first: 10, comments: 2 } }],
    ['a named operation of several, with the cost it is charged', { query: 'query A { me { id } } query B { rateLimit { cost limit } }', operationName: 'B' }],
    ['an error in the result', { query: PAGE, variables: { first: 10, comments: -1 } }],
    ['a node that does not exist', { query: '{ node(id: "tkt_00000000-0000-0000-0000-000000000000") { id } }' }],
    ['variables that do not fit', { query: PAGE, variables: { first: 'ten', comments: 2 } }],
    ['a document over the cost limit', { query: '{ tickets(first: 100) { edges { node { comments(first: 100) { edges { node { id } } } history(first: 100) { edges { node { id } } } } } } }' }],
    ['an invalid document', { query: '{ tickets { nope } }' }],
  ])('%s: the same answer as through Apollo', async (_name, body) => {
    const direct = await answer(body, false);
    const apollo = await answer(body, true);
    expect(direct).toEqual(apollo);
    expect(direct.contentType).toBe('application/json; charset=utf-8');
  });

  test('a mutation that fails is answered once, with the error Apollo formats', async () => {
    const body = { query: print(CreateTicketDocument), variables: { input: ticketInput({ subject: '' }) } };
    const direct = await answer(body, false);
    const apollo = await answer(body, true);
    expect(direct).toEqual(apollo);
    expect(JSON.parse(direct.text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }], data: null });
  });
});
