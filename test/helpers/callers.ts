import { CreateIntegrationTokenDocument, LoginDocument, RevokeIntegrationTokenDocument, SetUserRoleDocument } from '../gql/graphql';
import { TEST_PASSWORD } from './harness';
import { register, run } from './http-client';

/** Every kind of caller the permission matrices try, in their column order. */
export const CALLERS = ['anonymous', 'customerA', 'customerB', 'agent', 'admin', 'tokenA', 'tokenB', 'revokedToken', 'expiredToken'] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * Signs in every kind of caller on a fresh API (its first account becomes the admin) and returns
 * each one's bearer credential; the expired token stops working 500 ms after this returns.
 */
export async function signInEveryCaller(url: string): Promise<Record<Caller, string | undefined>> {
  const admin = (await register(url, 'admin')).accessToken;
  const customerA = (await register(url, 'customer-a')).accessToken;
  const customerB = (await register(url, 'customer-b')).accessToken;
  const agentUser = await register(url, 'agent');
  await run(url, SetUserRoleDocument, { userId: agentUser.user.id, role: 'AGENT' }, admin);
  const agent = (await run(url, LoginDocument, { usernameOrEmail: 'agent', password: TEST_PASSWORD })).login.accessToken;
  const issue = async (name: string, expiresAt?: string) =>
    (await run(url, CreateIntegrationTokenDocument, { input: { name, expiresAt } }, admin)).createIntegrationToken;
  const tokenA = (await issue('token-a')).token;
  const tokenB = (await issue('token-b')).token;
  const revoked = await issue('revoked');
  await run(url, RevokeIntegrationTokenDocument, { id: revoked.integrationToken.id }, admin);
  const expiredToken = (await issue('expired', new Date(Date.now() + 500).toISOString())).token;
  return { anonymous: undefined, customerA, customerB, agent, admin, tokenA, tokenB, revokedToken: revoked.token, expiredToken };
}
