import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CreateIntegrationTokenDocument, IntegrationTokenUsageDocument, MatrixCreateTicketDocument, RevokeIntegrationTokenDocument, RotateIntegrationTokenDocument, TicketKeysDocument,
  UpdateIntegrationTokenExpiryDocument,
} from './gql/graphql';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { register, request, run } from './helpers/http-client';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' });
  admin = (await register(server.url, 'root')).accessToken;
});
afterAll(async () => server?.close());

const unauthenticated = (message: string) => ({ message, extensions: { code: 'UNAUTHENTICATED' } });
const issue = async (name: string) => (await run(server.url, CreateIntegrationTokenDocument, { input: { name } }, admin)).createIntegrationToken;
const keysWith = (token: string) => request(server.url, TicketKeysDocument, {}, token);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rotateIntegrationToken', () => {
  test('a new secret at once; the old one works through the grace period, then is refused; tickets stay with the token', async () => {
    const old = await issue('rotating');
    const ticket = (await run(server.url, MatrixCreateTicketDocument, { input: ticketInput() }, old.token)).createTicket;
    const rotated = (await run(server.url, RotateIntegrationTokenDocument, { id: old.integrationToken.id, graceSeconds: 2 }, admin)).rotateIntegrationToken;
    expect(rotated.token).toMatch(/^stk_[A-Za-z0-9_-]{43}$/);
    expect(rotated.token).not.toBe(old.token);
    expect(rotated.integrationToken).toEqual({ id: old.integrationToken.id, tokenPrefix: rotated.token.slice(0, 10), expiresAt: null });

    const withNew = await keysWith(rotated.token);
    expect(withNew.status).toBe(200);
    expect(withNew.data!.tickets.edges.map((e) => e.node.key)).toEqual([ticket.key]);
    expect((await keysWith(old.token)).status).toBe(200);
    await sleep(2100);
    const afterGrace = await keysWith(old.token);
    expect(afterGrace.status).toBe(401);
    expect(afterGrace.errors).toEqual([unauthenticated('This integration token has expired')]);
    expect((await keysWith(rotated.token)).status).toBe(200);
  });

  test('without a grace period the old secret stops at once; a second rotation ends the first one\'s grace', async () => {
    const original = await issue('strict');
    const first = (await run(server.url, RotateIntegrationTokenDocument, { id: original.integrationToken.id }, admin)).rotateIntegrationToken;
    expect((await keysWith(original.token)).errors).toEqual([unauthenticated('Unknown integration token')]);
    const second = (await run(server.url, RotateIntegrationTokenDocument, { id: original.integrationToken.id, graceSeconds: 600 }, admin)).rotateIntegrationToken;
    expect((await keysWith(first.token)).status).toBe(200);
    const third = (await run(server.url, RotateIntegrationTokenDocument, { id: original.integrationToken.id, graceSeconds: 600 }, admin)).rotateIntegrationToken;
    expect((await keysWith(first.token)).errors).toEqual([unauthenticated('Unknown integration token')]);
    expect((await keysWith(second.token)).status).toBe(200);
    expect((await keysWith(third.token)).status).toBe(200);
  });

  test('a grace period out of range and a revoked token are refused', async () => {
    const token = await issue('bounds');
    const tooLong = await request(server.url, RotateIntegrationTokenDocument, { id: token.integrationToken.id, graceSeconds: 604_801 }, admin);
    expect(tooLong.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'graceSeconds', message: 'must be a whole number from 0 to 604800' }] });
    const negative = await request(server.url, RotateIntegrationTokenDocument, { id: token.integrationToken.id, graceSeconds: -1 }, admin);
    expect(negative.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    await run(server.url, RevokeIntegrationTokenDocument, { id: token.integrationToken.id }, admin);
    const revoked = await request(server.url, RotateIntegrationTokenDocument, { id: token.integrationToken.id, graceSeconds: 60 }, admin);
    expect(revoked.errors![0]).toMatchObject({ message: 'This integration token was revoked; issue a new one with createIntegrationToken', extensions: { code: 'CONFLICT' } });
    expect((await keysWith(token.token)).errors).toEqual([unauthenticated('This integration token was revoked')]);
  });
});

describe('changing an integration token\'s expiry', () => {
  test('a new expiry takes effect at once; null removes it; a past one is refused', async () => {
    const token = await issue('dated');
    const id = token.integrationToken.id;
    const past = await request(server.url, UpdateIntegrationTokenExpiryDocument, { id, expiresAt: new Date(Date.now() - 1000).toISOString() }, admin);
    expect(past.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'expiresAt', message: 'must be in the future' }] });

    const soon = new Date(Date.now() + 1500).toISOString();
    expect((await run(server.url, UpdateIntegrationTokenExpiryDocument, { id, expiresAt: soon }, admin)).updateIntegrationToken.expiresAt).toBe(soon);
    expect((await keysWith(token.token)).status).toBe(200);
    await sleep(1600);
    expect((await keysWith(token.token)).errors).toEqual([unauthenticated('This integration token has expired')]);

    // Extending an expired token brings it back; null means it never expires.
    expect((await run(server.url, UpdateIntegrationTokenExpiryDocument, { id, expiresAt: null }, admin)).updateIntegrationToken.expiresAt).toBeNull();
    expect((await keysWith(token.token)).status).toBe(200);
  });
});

describe('IntegrationToken.usage', () => {
  test('requests per clock hour, oldest first, hours without requests as 0; hours is checked', async () => {
    const token = await issue('counted');
    const dbId = token.integrationToken.id.slice(token.integrationToken.id.indexOf('_') + 1);
    for (let i = 0; i < 3; i++) expect((await keysWith(token.token)).status).toBe(200);
    await server.deps.authenticator.flushUsage();
    // Two hours ago it made 5 requests (written as the flush would have then).
    const now = Date.now();
    const thisHour = now - (now % 3_600_000);
    await server.deps.orm.em.getKnex().raw('insert into integration_token_usage (token_id, hour, requests) values (?, ?, 5)', [dbId, new Date(thisHour - 2 * 3_600_000)]);
    // A flush that meets an hour already written adds to it.
    expect((await keysWith(token.token)).status).toBe(200);
    await server.deps.authenticator.flushUsage();

    const usageOf = async (hours?: number) =>
      (await run(server.url, IntegrationTokenUsageDocument, { hours }, admin)).integrationTokens.find((t) => t.id === token.integrationToken.id)!.usage;
    expect(await usageOf(3)).toEqual([
      { hour: new Date(thisHour - 2 * 3_600_000).toISOString(), requests: 5 },
      { hour: new Date(thisHour - 3_600_000).toISOString(), requests: 0 },
      { hour: new Date(thisHour).toISOString(), requests: 4 },
    ]);
    const day = await usageOf();
    expect(day).toHaveLength(24);
    expect(day.reduce((sum, h) => sum + h.requests, 0)).toBe(9);
    expect((await usageOf(1))).toEqual([{ hour: new Date(thisHour).toISOString(), requests: 4 }]);

    const invalid = await request(server.url, IntegrationTokenUsageDocument, { hours: 0 }, admin);
    expect(invalid.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'hours', message: 'must be a whole number from 1 to 720' }] });
  });
});
