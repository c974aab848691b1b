import { afterAll, beforeAll, expect, test } from 'vitest';
import { CreateTicketDocument, TicketKeysDocument } from './gql/graphql';
import { createTestDatabase } from './helpers/database';
import { customerTicketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, request, run } from './helpers/http-client';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';

// The API on a real PostgreSQL reached through a proxy that the test cuts and restores: what
// clients and load balancers see while the database is away.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let proxy: TcpProxy;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  database = await createTestDatabase();
  proxy = await startTcpProxy(database.url);
  const proxied = new URL(database.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  server = await startTestServer({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000' }, { databaseUrl: proxied.toString() });
});
afterAll(async () => {
  await proxy?.restore();
  await server?.close();
  await proxy?.close();
  await database?.drop();
});

const unavailable = { message: 'The database is unavailable right now; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 5 } };

test('while the database is away: HTTP 503 with Retry-After and SERVICE_UNAVAILABLE; back to normal when it returns', async () => {
  const admin = await register(server.url, 'admin');
  // Bob signs in but sends nothing yet: his credential is not cached when the database goes.
  const bob = await register(server.url, 'bob');
  await run(server.url, CreateTicketDocument, { input: customerTicketInput() }, admin.accessToken);
  const health = server.url.replace('/graphql', '/health');

  await proxy.cut();
  const started = performance.now();
  // A signed-in caller (the credential is cached): the operation fails on its first statement.
  const listed = await request(server.url, TicketKeysDocument, {}, admin.accessToken);
  expect(listed.status).toBe(503);
  expect(listed.headers.get('retry-after')).toBe('5');
  expect(listed.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([unavailable]);
  // A mutation says so too, with HTTP 200: whether to retry it is the client's call.
  const created = await request(server.url, CreateTicketDocument, { input: customerTicketInput() }, admin.accessToken);
  expect(created.status).toBe(200);
  expect(created.data).toBeNull();
  expect(created.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([unavailable]);
  // A credential that must be checked in the database: the request is refused before GraphQL runs.
  const fresh = await request(server.url, TicketKeysDocument, {}, bob.accessToken);
  expect(fresh.status).toBe(503);
  expect(fresh.headers.get('retry-after')).toBe('5');
  expect(fresh.errors).toEqual([unavailable]);
  const signIn = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(usernameOrEmail: "admin", password: "x") { accessToken } }' }),
  });
  // Signing in is a mutation: 200, and the error says what happened.
  expect(signIn.status).toBe(200);
  expect(((await signIn.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining(unavailable)]);
  // A batch answers 200: each of its answers says what became of it.
  const batch = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
    body: JSON.stringify([{ query: '{ tickets(first: 1) { totalCount } }' }, { query: '{ me { username } }' }]),
  });
  expect(batch.status).toBe(200);
  expect(batch.headers.get('retry-after')).toBeNull();
  const answers = (await batch.json()) as { errors?: { message: string; extensions: unknown }[] }[];
  expect(answers.map((answer) => answer.errors?.map(({ message, extensions }) => ({ message, extensions })))).toEqual([[unavailable], [unavailable]]);
  expect((await fetch(health)).status).toBe(503);
  expect(performance.now() - started).toBeLessThan(15_000);

  await proxy.restore();
  // The pool reconnects on its own.
  let after = await request(server.url, TicketKeysDocument, {}, admin.accessToken);
  for (let tries = 0; after.status !== 200 && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    after = await request(server.url, TicketKeysDocument, {}, admin.accessToken);
  }
  expect(after.data?.tickets.totalCount).toBe(1);
  expect((await fetch(health)).status).toBe(200);
}, 60_000);
