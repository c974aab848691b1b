import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer } from './helpers/harness';
import { register, wsClient } from './helpers/http-client';

// INTROSPECTION=false and GRAPHIQL=false, as a production deployment may run: over HTTP and
// graphql-ws alike, the schema cannot be read, and no explorer is served.

let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ INTROSPECTION: 'false', GRAPHIQL: 'false' });
  token = (await register(server.url, 'admin')).accessToken;
});
afterAll(async () => server?.close());

const INTROSPECTION = '{ __schema { queryType { name } } }';

test('an introspection query is refused over HTTP before it runs; other queries still run', async () => {
  const post = (query: string) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  const refused = await post(INTROSPECTION);
  expect(refused.status).toBe(400);
  const body = (await refused.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]!.message).toMatch(/introspection/i);
  expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  expect(((await (await post('{ me { username } }')).json()) as { data: unknown }).data).toEqual({ me: { username: 'admin' } });
});

test('an introspection query is refused over graphql-ws', async () => {
  const client = wsClient(server.url, token);
  try {
    const errors = await new Promise<readonly { message: string }[]>((resolve, reject) => {
      client.subscribe({ query: INTROSPECTION }, {
        next: (value) => reject(new Error(`introspection answered: ${JSON.stringify(value)}`)),
        error: (error) => resolve(error as readonly { message: string }[]),
        complete: () => reject(new Error('completed without an error')),
      });
    });
    expect(errors.map((error) => error.message)).toEqual([
      'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
      'GraphQL introspection has been disabled, but the requested query contained the field "queryType".',
    ]);
  } finally {
    await client.dispose();
  }
});

test('no GraphiQL page and no GraphiQL assets', async () => {
  const page = await fetch(server.url, { headers: { accept: 'text/html' } });
  expect(page.headers.get('content-type')).not.toContain('text/html');
  expect(page.status).toBe(400);
  const asset = await fetch(new URL('/graphiql/init.js', server.url));
  expect(asset.status).toBe(404);
});
