import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CreateIntegrationTokenDocument, LoginDocument, MeProfileDocument, RegisterWithNameDocument, UpdateProfileDocument } from './gql/graphql';
import { startTestServer, TEST_PASSWORD } from './helpers/harness';
import { register, request, run } from './helpers/http-client';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Awaited<ReturnType<typeof register>>;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000' });
  admin = await register(server.url, 'root');
});
afterAll(async () => server?.close());

const account = (username: string, fullName?: string | null) => ({ username, email: `${username}@example.com`, password: TEST_PASSWORD, fullName });

describe('full name and profile', () => {
  test('register takes an optional full name, trimmed; User and me show it', async () => {
    const named = (await run(server.url, RegisterWithNameDocument, { input: account('gina', '  Gina Lopez  ') })).register;
    expect(named.user).toMatchObject({ username: 'gina', fullName: 'Gina Lopez', role: 'CUSTOMER' });
    expect((await run(server.url, MeProfileDocument, {}, named.accessToken)).me).toEqual({ id: named.user.id, username: 'gina', email: 'gina@example.com', fullName: 'Gina Lopez' });
    const unnamed = (await run(server.url, RegisterWithNameDocument, { input: account('hal') })).register;
    expect(unnamed.user.fullName).toBeNull();
    const blank = (await run(server.url, RegisterWithNameDocument, { input: account('ivy', '   ') })).register;
    expect(blank.user.fullName).toBeNull();
    const tooLong = await request(server.url, RegisterWithNameDocument, { input: account('jon', 'x'.repeat(101)) });
    expect(tooLong.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'fullName', message: 'must be at most 100 characters long (got 101)' }] });
  });

  test('updateProfile changes the name at once; an empty name removes it', async () => {
    const session = await register(server.url, 'kim');
    const renamed = (await run(server.url, UpdateProfileDocument, { input: { fullName: 'Kim Park' } }, session.accessToken)).updateProfile;
    expect(renamed).toEqual({ id: session.user.id, username: 'kim', email: 'kim@example.com', fullName: 'Kim Park' });
    expect((await run(server.url, MeProfileDocument, {}, session.accessToken)).me!.fullName).toBe('Kim Park');
    expect((await run(server.url, UpdateProfileDocument, { input: { email: null } }, session.accessToken)).updateProfile.fullName).toBe('Kim Park');
    expect((await run(server.url, UpdateProfileDocument, { input: { fullName: '' } }, session.accessToken)).updateProfile.fullName).toBeNull();
  });

  test('a new email address needs the current password; the account then signs in with it', async () => {
    const session = await register(server.url, 'lea');
    const missing = await request(server.url, UpdateProfileDocument, { input: { email: 'Lea.New@Example.com' } }, session.accessToken);
    expect(missing.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword', message: 'is required to change the email address' }] });
    const wrong = await request(server.url, UpdateProfileDocument, { input: { email: 'lea.new@example.com', currentPassword: 'not the password' } }, session.accessToken);
    expect(wrong.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword', message: 'is not the password of this account' }] });
    const invalid = await request(server.url, UpdateProfileDocument, { input: { email: 'nope', fullName: 'y'.repeat(120) } }, session.accessToken);
    expect(invalid.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'fullName', message: 'must be at most 100 characters long (got 120)' }, { field: 'email', message: 'must be a valid email address' }],
    });
    // Unchanged so far.
    expect((await run(server.url, MeProfileDocument, {}, session.accessToken)).me!.email).toBe('lea@example.com');

    const changed = (await run(server.url, UpdateProfileDocument, { input: { email: 'Lea.New@Example.com', currentPassword: TEST_PASSWORD } }, session.accessToken)).updateProfile;
    expect(changed.email).toBe('lea.new@example.com');
    expect((await run(server.url, LoginDocument, { usernameOrEmail: 'lea.new@example.com', password: TEST_PASSWORD })).login.user.username).toBe('lea');
    expect((await request(server.url, LoginDocument, { usernameOrEmail: 'lea@example.com', password: TEST_PASSWORD })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    // The same address again is no change and needs no password.
    expect((await run(server.url, UpdateProfileDocument, { input: { email: 'lea.new@example.com' } }, session.accessToken)).updateProfile.email).toBe('lea.new@example.com');
  });

  test('an address another account has is a conflict; tokens and anonymous callers have no profile', async () => {
    const session = await register(server.url, 'max');
    await register(server.url, 'ned');
    const taken = await request(server.url, UpdateProfileDocument, { input: { email: 'ned@example.com', currentPassword: TEST_PASSWORD } }, session.accessToken);
    expect(taken.errors![0]).toMatchObject({ message: 'This email address is already registered', extensions: { code: 'CONFLICT' } });
    const { token } = (await run(server.url, CreateIntegrationTokenDocument, { input: { name: 'profile' } }, admin.accessToken)).createIntegrationToken;
    const asToken = await request(server.url, UpdateProfileDocument, { input: { fullName: 'Bot' } }, token);
    expect(asToken.errors![0]).toMatchObject({ message: 'Only users have a profile; integration tokens do not', extensions: { code: 'FORBIDDEN' } });
    expect((await request(server.url, UpdateProfileDocument, { input: { fullName: 'Nobody' } })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
