import { ApolloClient, ApolloLink, CombinedGraphQLErrors, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { cacheExchange, Client as UrqlClient, fetchExchange } from '@urql/core';
import UploadHttpLink from 'apollo-upload-client/UploadHttpLink.mjs';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CreateTicketDocument } from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, run } from './helpers/http-client';

// The client set-ups the README shows, with the real packages (issue 16): Apollo Client 4 with
// its HTTP, batch and upload links, and urql, which sends queries as GET.

let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_USER_PER_MINUTE: '1000', REQUEST_BODY_LIMIT_BYTES: '4096', BATCH_MAX_OPERATIONS: '3' });
  token = (await register(server.url, 'admin')).accessToken;
});
afterAll(async () => server?.close());

function apollo(link?: ApolloLink, authorization = `Bearer ${token}`): ApolloClient {
  return new ApolloClient({ link: link ?? new HttpLink({ uri: server.url, headers: { authorization } }), cache: new InMemoryCache() });
}

/** What Apollo Client 4 rejects an operation with: the GraphQL errors it read, with their codes. */
async function codesOf(promise: Promise<unknown>): Promise<{ codes: unknown[]; messages: string[] }> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  if (!CombinedGraphQLErrors.is(error)) throw new Error(`expected GraphQL errors, got ${String(error)}`);
  return { codes: error.errors.map((e) => e.extensions?.code), messages: error.errors.map((e) => e.message) };
}

describe('Apollo Client 4', () => {
  test('errors answered before GraphQL runs reach the client with their code: 401, 413, batch limit', async () => {
    const unauthenticated = await codesOf(apollo(undefined, 'Bearer not-a-token').query({ query: gql`{ me { id } }` }));
    expect(unauthenticated.codes).toEqual(['UNAUTHENTICATED']);

    const tooLarge = await codesOf(apollo().query({ query: gql`query Big($s: String) { tickets(filter: { search: $s }) { totalCount } }`, variables: { s: 'x'.repeat(5000) } }));
    expect(tooLarge).toEqual({ codes: ['BAD_USER_INPUT'], messages: ['Request body is larger than 4096 bytes'] });

    const batched = apollo(new BatchHttpLink({ uri: server.url, headers: { authorization: `Bearer ${token}` }, batchMax: 4, batchInterval: 20 }));
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => batched.query({ query: gql`query N${n} { me { username } }` })));
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason;
      expect(CombinedGraphQLErrors.is(reason) && reason.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['BAD_USER_INPUT', 'A batch may hold at most 3 operations; this one has 4'],
      ]);
    }
  });

  test('a 429 reaches the client as RATE_LIMITED with retryAfter', async () => {
    const limited = await startTestServer({ RATE_LIMIT_USER_PER_MINUTE: '1' });
    try {
      const { accessToken } = await register(limited.url, 'admin');
      const client = new ApolloClient({ link: new HttpLink({ uri: limited.url, headers: { authorization: `Bearer ${accessToken}` } }), cache: new InMemoryCache() });
      await client.query({ query: gql`{ me { username } }` });
      const error = await client.query({ query: gql`{ me { username } }`, fetchPolicy: 'network-only' }).then(() => undefined, (reason: unknown) => reason);
      expect(CombinedGraphQLErrors.is(error)).toBe(true);
      const [first] = (error as CombinedGraphQLErrors).errors;
      expect(first!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    } finally {
      await limited.close();
    }
  });

  test('two tickets whose customers share an id but not a name keep their own names in the normalised cache', async () => {
    const create = (name: string) => run(server.url, CreateTicketDocument, { input: ticketInput({ customer: { id: 'shared-7', email: `${name.toLowerCase()}@example.com`, name }, subject: `From ${name}` }) }, token);
    const ada = (await create('Ada')).createTicket.id;
    const bob = (await create('Bob')).createTicket.id;
    const client = apollo();
    const { data } = await client.query<{ tickets: { edges: { node: { id: string; customer: { customerId: string; name: string } } }[] } }>({
      query: gql`{ tickets(first: 50) { edges { node { id customer { customerId name } } } } }`,
    });
    const names = Object.fromEntries(data!.tickets.edges.map(({ node }) => [node.id, node.customer]));
    expect(names[ada]).toEqual({ __typename: 'Customer', customerId: 'shared-7', name: 'Ada' });
    expect(names[bob]).toEqual({ __typename: 'Customer', customerId: 'shared-7', name: 'Bob' });
  });

  test('the upload link sends a file with nothing but the bearer token (no apollo-require-preflight)', async () => {
    const client = apollo(new UploadHttpLink({ uri: server.url, headers: { authorization: `Bearer ${token}` } }));
    const csv = 'customer_id,customer_email,customer_name,subject,description\nup-1,up@example.com,Up Loader,Uploaded by the link,Sent by apollo-upload-client as it is.\n';
    const { data } = await client.mutate<{ importTickets: { total: number; successful: number } }>({
      mutation: gql`mutation Import($file: Upload!) { importTickets(file: $file) { total successful } }`,
      variables: { file: new File([csv], 'tickets.csv', { type: 'text/csv' }) },
    });
    expect(data).toEqual({ importTickets: { __typename: 'ImportResult', total: 1, successful: 1 } });
  });
});

describe('urql', () => {
  test('queries go as GET with the bearer token and are answered', async () => {
    const sent: string[] = [];
    const client = new UrqlClient({
      url: server.url,
      exchanges: [cacheExchange, fetchExchange],
      preferGetMethod: true,
      fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
      fetch: (input, init) => {
        sent.push(`${init?.method ?? 'GET'} ${String(input).split('?')[0]}`);
        return fetch(input, init);
      },
    });
    const result = await client.query('{ me { username role } }', {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ me: { __typename: 'User', username: 'admin', role: 'ADMIN' } });
    expect(sent).toEqual([`GET ${server.url}`]);
  });
});

describe('GraphQL over HTTP and CORS', () => {
  test('an early error answers application/graphql-response+json to a client that accepts it, application/json otherwise', async () => {
    const send = (accept?: string) => fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong', ...(accept ? { accept } : {}) },
      body: JSON.stringify({ query: print(gql`{ me { id } }`) }),
    });
    const graphqlResponse = await send('application/graphql-response+json, application/json;q=0.9');
    expect(graphqlResponse.status).toBe(401);
    expect(graphqlResponse.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(await graphqlResponse.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await send('application/json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await send()).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await send('application/graphql-response+json;q=0, application/json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  test('a preflight gets the headers it asks for (Apollo client awareness, trace context, request id); the request id is exposed', async () => {
    const preflight = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'apollographql-client-name,apollographql-client-version,traceparent,tracestate,x-request-id,authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('apollographql-client-name,apollographql-client-version,traceparent,tracestate,x-request-id,authorization,content-type');
    expect(preflight.headers.get('vary')).toContain('Access-Control-Request-Headers');
    const bare = await fetch(server.url, { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' } });
    expect(bare.headers.get('access-control-allow-headers')).toContain('Apollographql-Client-Name, Apollographql-Client-Version, Traceparent, Tracestate');
    // Not a list of header names: not echoed, the API's own list instead.
    const garbled = await fetch(server.url, { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-headers': 'x-a x-b; evil=1' } });
    expect(garbled.headers.get('access-control-allow-headers')).toBe(bare.headers.get('access-control-allow-headers'));
    const answer = await fetch(server.url, { method: 'POST', headers: { origin: 'https://app.example', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(answer.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });
});
