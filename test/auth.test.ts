import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AddCommentDocument, CreateIntegrationTokenDocument, CreateTicketDocument, DeactivateUserDocument, IntegrationTokensDocument,
  LoginDocument, LogoutDocument, MeDocument, RefreshSessionDocument, RegisterDocument, RevokeIntegrationTokenDocument,
  SetTicketStatusDocument, SetUserRoleDocument, TicketKeysDocument, TicketWithCommentsDocument, UpdateIntegrationTokenDocument,
  UsersDocument, TicketHistoryDocument,
} from './gql/graphql';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { startTestServer, TEST_PASSWORD } from './helpers/harness';
import { login, register, request, run } from './helpers/http-client';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Awaited<ReturnType<typeof register>>;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000' });
  admin = await register(server.url, 'root');
});
afterAll(async () => server?.close());

const unauthenticated = (message: string) => ({ message, extensions: { code: 'UNAUTHENTICATED' } });

describe('accounts', () => {
  test('the first account is ADMIN, later ones CUSTOMER; passwords are stored as argon2id hashes', async () => {
    expect(admin.user).toMatchObject({ username: 'root', email: 'root@example.com', role: 'ADMIN', isActive: true });
    const customer = await register(server.url, 'carla');
    expect(customer.user.role).toBe('CUSTOMER');
    const [row] = (await server.deps.orm.em.getKnex().raw(`select password_hash from users where username = 'carla'`)).rows;
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  test('registration names every problem and refuses taken names', async () => {
    const invalid = await request(server.url, RegisterDocument, { input: { username: 'x', email: 'nope', password: 'short' } });
    expect(invalid.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'username', message: 'must be 3-50 letters, digits, dots, dashes or underscores, starting with a letter or digit' },
        { field: 'email', message: 'must be a valid email address' },
        { field: 'password', message: 'must be 8-256 characters long' },
      ],
    });
    const taken = await request(server.url, RegisterDocument, { input: { username: 'ROOT', email: 'new@example.com', password: TEST_PASSWORD } });
    expect(taken.errors![0]).toMatchObject({ message: 'This username or email address is already registered', extensions: { code: 'CONFLICT' } });
  });

  test('login by username or email; every failure says only "Invalid credentials"', async () => {
    await register(server.url, 'dora');
    expect((await run(server.url, LoginDocument, { usernameOrEmail: 'DORA', password: TEST_PASSWORD })).login.user.username).toBe('dora');
    expect((await run(server.url, LoginDocument, { usernameOrEmail: 'Dora@Example.com', password: TEST_PASSWORD })).login.user.username).toBe('dora');
    for (const [usernameOrEmail, password] of [['dora', 'wrong password'], ['nobody', TEST_PASSWORD], ['nobody@example.com', 'x']]) {
      const result = await request(server.url, LoginDocument, { usernameOrEmail: usernameOrEmail!, password: password! });
      expect(result.errors).toEqual([{ ...unauthenticated('Invalid credentials'), locations: [{ line: 2, column: 3 }], path: ['login'] }]);
    }
  });

  test('me answers the signed-in user, null for anonymous callers', async () => {
    const session = await register(server.url, 'erin');
    expect((await run(server.url, MeDocument, {}, session.accessToken)).me).toMatchObject({ username: 'erin', role: 'CUSTOMER' });
    expect((await run(server.url, MeDocument, {})).me).toBeNull();
  });
});

describe('sessions', () => {
  test('refresh tokens rotate; a reused one revokes the whole session at once', async () => {
    const first = await register(server.url, 'fay');
    const second = (await run(server.url, RefreshSessionDocument, { refreshToken: first.refreshToken })).refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await run(server.url, MeDocument, {}, second.accessToken)).me!.username).toBe('fay');

    const reused = await request(server.url, RefreshSessionDocument, { refreshToken: first.refreshToken });
    expect(reused.errors![0]).toMatchObject(unauthenticated('This refresh token was used before; the session has been revoked for safety'));
    // Everything of that session is dead now: the newest refresh token and the access tokens.
    const next = await request(server.url, RefreshSessionDocument, { refreshToken: second.refreshToken });
    expect(next.errors![0]).toMatchObject(unauthenticated('The refresh token is not valid; sign in again'));
    const me = await request(server.url, MeDocument, {}, second.accessToken);
    expect(me.status).toBe(401);
    expect(me.errors).toEqual([unauthenticated('This session has ended; sign in again')]);
    // Other sessions of the same user are untouched.
    const other = await login(server.url, 'fay');
    expect((await run(server.url, MeDocument, {}, other.accessToken)).me!.username).toBe('fay');
  });

  test('two refreshes with one token at once: one wins, the reuse revokes the session, the winner\'s pair included', async () => {
    const session = await register(server.url, 'ivy');
    for (let round = 0; round < 5; round++) {
      const { refreshToken } = await login(server.url, 'ivy');
      const started = performance.now();
      const answers = await Promise.all([0, 1].map(() => request(server.url, RefreshSessionDocument, { refreshToken })));
      expect(performance.now() - started).toBeLessThan(5000);
      const won = answers.filter((answer) => answer.data?.refreshSession);
      const refused = answers.filter((answer) => answer.errors);
      expect(won).toHaveLength(1);
      expect(refused.map((answer) => answer.errors!.map(({ message, extensions }) => ({ message, extensions })))).toEqual([
        [unauthenticated('This refresh token was used before; the session has been revoked for safety')],
      ]);
      // The winner's new pair belongs to the revoked session: neither works.
      const winner = won[0]!.data!.refreshSession;
      const next = await request(server.url, RefreshSessionDocument, { refreshToken: winner.refreshToken });
      expect(next.errors![0]).toMatchObject(unauthenticated('The refresh token is not valid; sign in again'));
      expect((await request(server.url, MeDocument, {}, winner.accessToken)).status).toBe(401);
    }
    // The first sign-in, another session, is untouched.
    expect((await run(server.url, MeDocument, {}, session.accessToken)).me!.username).toBe('ivy');
  });

  test('logout revokes the session: its access token stops working at once', async () => {
    const session = await register(server.url, 'gus');
    expect((await run(server.url, LogoutDocument, { refreshToken: session.refreshToken })).logout).toBe(true);
    expect((await request(server.url, MeDocument, {}, session.accessToken)).status).toBe(401);
    expect((await run(server.url, LogoutDocument, { refreshToken: 'rt_unknown' })).logout).toBe(false);
  });

  test('a malformed or forged access token is a 401 with WWW-Authenticate', async () => {
    const forged = await request(server.url, MeDocument, {}, `${admin.accessToken.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(forged.errors).toEqual([unauthenticated('The access token is not valid')]);
    const basic = await request(server.url, MeDocument, {}, undefined, { authorization: 'Basic cm9vdDpwdw==' });
    expect(basic.errors).toEqual([unauthenticated('The Authorization header must be `Bearer <token>`')]);
  });
});

describe('user management', () => {
  test('a deactivated user loses access at once and cannot sign in', async () => {
    const session = await register(server.url, 'hal');
    await run(server.url, DeactivateUserDocument, { userId: session.user.id }, admin.accessToken);
    expect((await request(server.url, MeDocument, {}, session.accessToken)).status).toBe(401);
    const again = await request(server.url, LoginDocument, { usernameOrEmail: 'hal', password: TEST_PASSWORD });
    expect(again.errors![0]).toMatchObject(unauthenticated('Invalid credentials'));
  });

  test('a role change takes effect at once, and the last admin cannot be demoted', async () => {
    const session = await register(server.url, 'ida');
    const asCustomer = await request(server.url, UsersDocument, {}, session.accessToken);
    expect(asCustomer.errors![0]).toMatchObject({ message: 'Only admin users may list users', extensions: { code: 'FORBIDDEN' } });
    await run(server.url, SetUserRoleDocument, { userId: session.user.id, role: 'ADMIN' }, admin.accessToken);
    expect((await run(server.url, UsersDocument, { first: 100 }, session.accessToken)).users.totalCount).toBeGreaterThan(1);
    await run(server.url, SetUserRoleDocument, { userId: session.user.id, role: 'AGENT' }, admin.accessToken);
    const last = await request(server.url, SetUserRoleDocument, { userId: admin.user.id, role: 'AGENT' }, admin.accessToken);
    expect(last.errors![0]).toMatchObject({ message: 'This is the last active admin; make another user admin first', extensions: { code: 'CONFLICT' } });
  });
});

describe('integration tokens', () => {
  async function issue(input: { name: string; hourlyLimit?: number; expiresAt?: string }) {
    return (await run(server.url, CreateIntegrationTokenDocument, { input }, admin.accessToken)).createIntegrationToken;
  }

  test('are shown once, stored hashed, and see and change only their own tickets', async () => {
    const created = await issue({ name: 'crm' });
    expect(created.token).toMatch(/^stk_[A-Za-z0-9_-]{43}$/);
    expect(created.integrationToken).toMatchObject({ name: 'crm', hourlyLimit: 1000, enabled: true, revokedAt: null, requestCount: 0 });
    expect(created.integrationToken.tokenPrefix).toBe(created.token.slice(0, 10));
    const [row] = (await server.deps.orm.em.getKnex().raw('select token_hash from integration_tokens where name = ?', ['crm'])).rows;
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await run(server.url, IntegrationTokensDocument, {}, admin.accessToken))).not.toContain(created.token);

    const other = await issue({ name: 'erp' });
    const mine = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, created.token)).createTicket;
    const theirs = (await run(server.url, CreateTicketDocument, { input: ticketInput() }, other.token)).createTicket;
    const seen = (await run(server.url, TicketKeysDocument, {}, created.token)).tickets;
    expect(seen.edges.map((e) => e.node.key)).toEqual([mine.key]);
    expect(seen.totalCount).toBe(1);

    const denied = await request(server.url, SetTicketStatusDocument, { id: theirs.id, status: 'CLOSED' }, created.token);
    expect(denied.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
    await run(server.url, SetTicketStatusDocument, { id: mine.id, status: 'IN_PROGRESS' }, created.token);
    const comment = (await run(server.url, AddCommentDocument, { ticketId: mine.id, content: 'synced from CRM', isInternal: true }, created.token)).addComment;
    expect(comment).toMatchObject({ isInternal: true, author: 'token:crm' });
  });

  test('usage is recorded; revoked, disabled and expired tokens are refused at once', async () => {
    const created = await issue({ name: 'billing' });
    await run(server.url, TicketKeysDocument, {}, created.token);
    await run(server.url, TicketKeysDocument, {}, created.token);
    await server.deps.authenticator.flushUsage();
    const listed = (await run(server.url, IntegrationTokensDocument, {}, admin.accessToken)).integrationTokens.find((t) => t.name === 'billing')!;
    expect(listed.requestCount).toBe(2);
    expect(listed.lastUsedAt).not.toBeNull();

    await run(server.url, UpdateIntegrationTokenDocument, { id: created.integrationToken.id, input: { enabled: false } }, admin.accessToken);
    expect((await request(server.url, TicketKeysDocument, {}, created.token)).errors).toEqual([unauthenticated('This integration token is disabled')]);
    await run(server.url, UpdateIntegrationTokenDocument, { id: created.integrationToken.id, input: { enabled: true } }, admin.accessToken);
    expect((await request(server.url, TicketKeysDocument, {}, created.token)).status).toBe(200);

    const revoked = (await run(server.url, RevokeIntegrationTokenDocument, { id: created.integrationToken.id }, admin.accessToken)).revokeIntegrationToken;
    expect(revoked.revokedAt).not.toBeNull();
    const after = await request(server.url, TicketKeysDocument, {}, created.token);
    expect(after.status).toBe(401);
    expect(after.errors).toEqual([unauthenticated('This integration token was revoked')]);

    const shortLived = await issue({ name: 'temp', expiresAt: new Date(Date.now() + 1500).toISOString() });
    expect((await request(server.url, TicketKeysDocument, {}, shortLived.token)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect((await request(server.url, TicketKeysDocument, {}, shortLived.token)).errors).toEqual([unauthenticated('This integration token has expired')]);
    expect((await request(server.url, TicketKeysDocument, {}, 'stk_doesnotexist')).errors).toEqual([unauthenticated('Unknown integration token')]);
  });
});

describe('customers', () => {
  test('create tickets as themselves, see only their own, and never internal comments', async () => {
    const ann = await register(server.url, 'ann');
    const bob = await register(server.url, 'bob');
    const agent = await register(server.url, 'agent-smith');
    await run(server.url, SetUserRoleDocument, { userId: agent.user.id, role: 'AGENT' }, admin.accessToken);

    const own = (await run(server.url, CreateTicketDocument, { input: customerTicketInput({ customer: { id: 'x', email: 'someone@else.com', name: 'X' } }) }, ann.accessToken)).createTicket;
    expect(own.customer).toEqual({ customerId: ann.user.id, id: ann.user.id, email: 'ann@example.com', name: 'ann' });
    // An agent's ticket for Ann's email address is not linked to her account: registration does not
    // verify addresses, so anyone could have registered with it.
    const forAnnsEmail = (await run(server.url, CreateTicketDocument, { input: ticketInput({ customer: { id: 'crm-1', email: 'ANN@example.com', name: 'Ann' } }) }, agent.accessToken)).createTicket;
    await run(server.url, AddCommentDocument, { ticketId: own.id, content: 'Public answer' }, agent.accessToken);
    await run(server.url, AddCommentDocument, { ticketId: own.id, content: 'Internal note', isInternal: true }, agent.accessToken);

    const annSees = (await run(server.url, TicketKeysDocument, {}, ann.accessToken)).tickets;
    expect(annSees.edges.map((e) => e.node.key)).toEqual([own.key]);
    expect(annSees.totalCount).toBe(1);
    expect((await request(server.url, TicketWithCommentsDocument, { id: forAnnsEmail.id }, ann.accessToken)).errors![0]!.extensions).toEqual({
      code: 'NOT_FOUND',
    });
    expect((await run(server.url, TicketKeysDocument, {}, bob.accessToken)).tickets.totalCount).toBe(0);

    const comments = (await run(server.url, TicketWithCommentsDocument, { id: own.id }, ann.accessToken)).ticket!.comments;
    expect(comments.edges.map((e) => e.node.content)).toEqual(['Public answer']);
    expect(comments.totalCount).toBe(1);
    // Nor does the history tell her that an internal note was written; the agent sees both entries.
    const history = async (token: string) => (await run(server.url, TicketHistoryDocument, { id: own.id }, token)).ticket!.history;
    const annHistory = await history(ann.accessToken);
    expect(annHistory.edges.map((e) => [e.node.type, (e.node.changes[0]!.newValue as { isInternal?: boolean }).isInternal ?? null])).toEqual([
      ['CREATED', null],
      ['COMMENT_ADDED', false],
    ]);
    expect(annHistory.totalCount).toBe(2);
    expect((await history(agent.accessToken)).edges.map((e) => e.node.type)).toEqual(['CREATED', 'COMMENT_ADDED', 'COMMENT_ADDED']);

    const bobLooks = await request(server.url, TicketWithCommentsDocument, { id: own.id }, bob.accessToken);
    expect(bobLooks.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
    const internal = await request(server.url, AddCommentDocument, { ticketId: own.id, content: 'sneaky', isInternal: true }, ann.accessToken);
    expect(internal.errors![0]).toMatchObject({ message: 'Customers may not write internal comments', extensions: { code: 'FORBIDDEN' } });
    const status = await request(server.url, SetTicketStatusDocument, { id: own.id, status: 'CLOSED' }, ann.accessToken);
    expect(status.errors![0]).toMatchObject({ message: 'Customers may not change tickets; add a comment instead', extensions: { code: 'FORBIDDEN' } });
  });
});
