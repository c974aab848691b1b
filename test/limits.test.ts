import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CreateIntegrationTokenDocument, LoginDocument, RateLimitDocument, RegisterDocument, TicketKeysDocument } from './gql/graphql';
import { startTestServer } from './helpers/harness';
import { register, request, run } from './helpers/http-client';

/** Each budget test counts on a server of its own, so no other test's requests are in its budget. */
async function withServer(overrides: Record<string, string>, work: (url: string) => Promise<void>): Promise<void> {
  const server = await startTestServer({ RATE_LIMIT_AUTH_PER_MINUTE: '50', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '50', ...overrides });
  try {
    await work(server.url);
  } finally {
    await server.close();
  }
}

describe('request budgets', () => {
  test('every response carries the budget; the request over it gets 429, Retry-After and RATE_LIMITED', () => withServer({ RATE_LIMIT_USER_PER_MINUTE: '5' }, async (url) => {
    const server = { url };
    const { accessToken } = await register(server.url, 'root');
    for (let i = 1; i <= 5; i++) {
      const result = await request(server.url, TicketKeysDocument, {}, accessToken);
      expect(result.status).toBe(200);
      expect(result.headers.get('x-ratelimit-limit')).toBe('5');
      expect(result.headers.get('x-ratelimit-remaining')).toBe(String(5 - i));
      const reset = Number(result.headers.get('x-ratelimit-reset'));
      expect(reset * 1000).toBeGreaterThan(Date.now());
      expect(reset * 1000).toBeLessThanOrEqual(Date.now() + 61_000);
    }
    const refused = await request(server.url, TicketKeysDocument, {}, accessToken);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.errors).toEqual([
      { message: `Too many requests; try again in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED', retryAfter } },
    ]);
  }));

  test('anonymous callers are counted per address', () => withServer({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' }, async (url) => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(url, RateLimitDocument, {})).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  }));

  test('a wrong credential counts as an anonymous request of its address: 401 with the budget, then 429', () =>
    withServer({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2' }, async (url) => {
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await request(url, RateLimitDocument, {}, 'stk_not-a-token'));
      expect(results.map((r) => [r.status, r.headers.get('x-ratelimit-limit'), r.headers.get('x-ratelimit-remaining')])).toEqual([
        [401, '2', '1'],
        [401, '2', '0'],
        [429, '2', '0'],
      ]);
      expect(results[0]!.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(Number(results[2]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(results[2]!.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    }));

  test('a body over the size limit and a batch over the operation limit each count one request', () =>
    withServer({ RATE_LIMIT_USER_PER_MINUTE: '5', REQUEST_BODY_LIMIT_BYTES: '2048', BATCH_MAX_OPERATIONS: '2' }, async (url) => {
      const { accessToken } = await register(url, 'root');
      const post = (body: string) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body });
      const operation = { query: '{ rateLimit { remaining } }' };
      const tooLarge = await post(JSON.stringify({ ...operation, variables: { padding: 'x'.repeat(4096) } }));
      expect([tooLarge.status, tooLarge.headers.get('x-ratelimit-remaining')]).toEqual([413, '4']);
      const tooMany = await post(JSON.stringify([operation, operation, operation]));
      expect([tooMany.status, tooMany.headers.get('x-ratelimit-remaining')]).toEqual([400, '3']);
      // One answer per operation, as batching clients (Apollo's BatchHttpLink) match them up.
      const refusal = { errors: [{ message: 'A batch may hold at most 2 operations; this one has 3', extensions: { code: 'BAD_USER_INPUT' } }] };
      expect(await tooMany.json()).toEqual([refusal, refusal, refusal]);
      const batch = await post(JSON.stringify([operation, operation]));
      expect([batch.status, batch.headers.get('x-ratelimit-remaining')]).toEqual([200, '1']);
    }));

  test('responses outside the GraphQL API (health, 404) show the address\'s anonymous budget without counting', () =>
    withServer({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '7' }, async (url) => {
      await request(url, RateLimitDocument, {});
      for (const path of ['/health', '/health', '/nothing-here']) {
        const response = await fetch(new URL(path, url));
        expect([response.headers.get('x-ratelimit-limit'), response.headers.get('x-ratelimit-remaining')]).toEqual(['7', '6']);
      }
    }));

  test('an integration token has its own hourly budget, reset at the top of the hour', () => withServer({}, async (url) => {
    const server = { url };
    const admin = (await register(server.url, 'root')).accessToken;
    const { token } = (await run(server.url, CreateIntegrationTokenDocument, { input: { name: 'tiny', hourlyLimit: 2 } }, admin)).createIntegrationToken;
    const first = await request(server.url, RateLimitDocument, {}, token);
    const topOfHour = Math.ceil(Date.now() / 3_600_000) * 3600;
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-reset')).toBe(String(topOfHour));
    expect(first.data!.rateLimit).toEqual({ cost: 2, limit: 2, remaining: 1, resetAt: new Date(topOfHour * 1000).toISOString() });
    expect((await request(server.url, RateLimitDocument, {}, token)).status).toBe(200);
    const refused = await request(server.url, RateLimitDocument, {}, token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBe(Math.max(1, Math.ceil(topOfHour - Date.now() / 1000)));
  }));
});

describe('sign-in attempts', () => {
  test('login and register have a tighter budget per address; the refusal is a 429 with Retry-After', async () => {
    const server = await startTestServer({ RATE_LIMIT_AUTH_PER_MINUTE: '3', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100' });
    try {
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await request(server.url, LoginDocument, { usernameOrEmail: 'root', password: 'guess' }));
      expect(results.slice(0, 3).map((r) => r.errors![0]!.message)).toEqual(['Invalid credentials', 'Invalid credentials', 'Invalid credentials']);
      const refused = results[3]!;
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(refused.errors![0]).toMatchObject({
        message: `Too many sign-in attempts from this address; try again in ${retryAfter} s`,
        extensions: { code: 'RATE_LIMITED', retryAfter },
      });
      // Registration draws on the same budget.
      const registration = await request(server.url, RegisterDocument, { input: { username: 'newcomer', email: 'newcomer@example.com', password: 'long enough password' } });
      expect([registration.status, registration.errors![0]!.extensions!.code]).toEqual([429, 'RATE_LIMITED']);
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(!process.env.REDIS_URL)('with Redis', () => {
  test('two API instances share one budget', async () => {
    const shared = { RATE_LIMIT_USER_PER_MINUTE: '4', REDIS_PREFIX: `tg-test-shared-${process.pid}-${Date.now()}:` };
    const a = await startTestServer(shared);
    const b = await startTestServer(shared, { databaseUrl: a.databaseUrl });
    try {
      const { accessToken } = await register(a.url, 'root');
      const statuses = [];
      for (const url of [a.url, b.url, a.url, b.url, a.url]) statuses.push((await request(url, TicketKeysDocument, {}, accessToken)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
    } finally {
      await b.close();
      await a.close();
    }
  });
});
if (!process.env.REDIS_URL) console.warn('Redis-backed rate limit test skipped: REDIS_URL is not set');

describe('query cost', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ QUERY_MAX_COST: '1000', QUERY_MAX_DEPTH: '8', QUERY_MAX_ALIASES: '3' });
    token = (await register(server.url, 'root')).accessToken;
  });
  afterAll(async () => server?.close());

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[]; extensions?: Record<string, unknown> } };
  };

  test('each response reports its cost; rateLimit shows it with the budget', async () => {
    const { body } = await post('{ tickets(first: 20) { edges { node { comments(first: 5) { totalCount } } } } }');
    expect(body.extensions).toEqual({ cost: { requested: 121, limit: 1000 } });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query { rateLimit { cost limit remaining } tickets(first: 10) { totalCount } }' }),
    });
    const remaining = Number(response.headers.get('x-ratelimit-remaining'));
    expect(remaining).toBeGreaterThan(0);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ rateLimit: { cost: 12, limit: 60, remaining }, tickets: { totalCount: 0 } });
  });

  test('a query over the cost limit is refused before it runs, with page sizes from variables', async () => {
    const query = 'query Q($n: Int) { tickets(first: $n) { edges { node { comments(first: 50) { edges { node { id } } } } } } }';
    const statements = await countStatements(server, () => post(query, { n: 30 }));
    const { status, body } = statements.result;
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: 'The query may return 1531 objects; at most 1000 are allowed: ask for smaller pages with `first`',
        extensions: { code: 'BAD_USER_INPUT', cost: { requested: 1531, limit: 1000 } },
      },
    ]);
    expect(statements.count).toBe(0);
    expect((await post(query, { n: 10 })).status).toBe(200);
  });

  test('depth and aliases are capped', async () => {
    const deep = await post('{ tickets { edges { node { comments { edges { node { ticket { history { edges { node { ticket { key } } } } } } } } } } } }');
    expect(deep.status).toBe(400);
    expect(deep.body.errors![0]!.message).toBe('The query is nested 12 levels deep; at most 8 are allowed');
    const aliases = await post('{ a: me { id } b: me { id } c: me { id } d: me { id } }');
    expect(aliases.body.errors![0]!.message).toBe('The query uses 4 aliases; at most 3 are allowed');
  });

  test('a batch counts each operation and is capped', async () => {
    const batch = (n: number) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: print(RateLimitDocument) }))),
      });
    const ok = await batch(2);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(2);
    const tooMany = await batch(11);
    expect(tooMany.status).toBe(400);
    const refusal = { errors: [{ message: 'A batch may hold at most 10 operations; this one has 11', extensions: { code: 'BAD_USER_INPUT' } }] };
    expect(await tooMany.json()).toEqual(Array.from({ length: 11 }, () => refusal));
  });
});

async function countStatements<T>(server: { deps: { orm: { em: { getKnex(): { on(e: string, f: () => void): void; off(e: string, f: () => void): void } } } } }, work: () => Promise<T>) {
  let count = 0;
  const listener = (): void => {
    count++;
  };
  const knex = server.deps.orm.em.getKnex();
  knex.on('query', listener);
  try {
    const result = await work();
    return { result, count };
  } finally {
    knex.off('query', listener);
  }
}
