import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, describe, expect, test } from 'vitest';
import { CreateTicketDocument, TicketEventsDocument } from './gql/graphql';
import { freePort } from '../src/db/embedded-postgres';
import { withClient } from './setup/global-setup';
import { ticketInput } from './helpers/factories';
import { startTestServer } from './helpers/harness';
import { login, register, wsClient as authenticatedWsClient } from './helpers/http-client';
import { npmRun } from './helpers/npm-run';
import { waitForListeners } from './helpers/subscriptions';

async function graphql(url: string, query: string, variables?: unknown, token?: string): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

/**
 * A createTicket request whose body arrives in two parts: half now, and the rest `restAfterMs`
 * after `midway` runs (the start of a shutdown), so that the request is in flight across it.
 */
function createTicketInFlight(url: string, token: string, subject: string, midway: () => void, restAfterMs: number): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({ query: print(CreateTicketDocument), variables: { input: ticketInput({ subject }) } });
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` };
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: text }));
    });
    request.on('error', reject);
    request.write(body.slice(0, 20));
    setTimeout(() => {
      midway();
      setTimeout(() => request.end(body.slice(20)), restAfterMs);
    }, 200);
  });
}

/**
 * `npm start` exactly as a new user runs it: no DATABASE_URL, no REDIS_URL. Signals go to the
 * whole process group, as a terminal's Ctrl+C does; npm itself dies of the signal, so what counts
 * is what the API logs and leaves behind.
 */
function npmStart(env: Record<string, string>) {
  const started = npmRun('start', env);
  return { ...started, ready: started.logged('ticketgraph API ready') };
}

describe('npm start on embedded defaults', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test('starts PostgreSQL from embedded-postgres, serves /health and queries, stops cleanly and keeps data', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-start-'));
    dirs.push(dataDir);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;

    const first = npmStart({ PORT: String(port), DATA_DIR: dataDir });
    await first.ready;
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
    const { accessToken } = await register(`${base}/graphql`, 'admin');
    const created = await graphql(`${base}/graphql`, print(CreateTicketDocument), { input: ticketInput({ subject: 'Survives restarts' }) }, accessToken);
    expect(created.errors).toBeUndefined();
    const key = created.data.createTicket.key as string;

    process.kill(-first.child.pid!, 'SIGTERM');
    await first.logged('"msg":"stopped"');
    expect(first.output()).toContain('"msg":"shutting down: draining requests"');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = npmStart({ PORT: String(port), DATA_DIR: dataDir });
    await second.ready;
    const { accessToken: again } = await login(`${base}/graphql`, 'admin');
    const read = await graphql(`${base}/graphql`, '{ ticket(id: $key) { subject } }'.replace('$key', JSON.stringify(key)), undefined, again);
    expect(read).toEqual({ data: { ticket: { subject: 'Survives restarts' } }, extensions: { cost: { requested: 2, limit: 5000 } } });
    process.kill(-second.child.pid!, 'SIGINT');
    await second.logged('"msg":"stopped"');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  test('SIGTERM to the npm process alone (a container stop) drains the API and stops its PostgreSQL', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-sigterm-'));
    dirs.push(dataDir);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const started = npmStart({ PORT: String(port), DATA_DIR: dataDir });
    await started.ready;
    const { accessToken } = await register(`${base}/graphql`, 'admin');
    const wsClient = authenticatedWsClient(`${base}/graphql`, accessToken);
    const closed = new Promise<number>((resolve) => wsClient.on('closed', (event) => resolve((event as { code: number }).code)));
    wsClient.subscribe({ query: print(TicketEventsDocument) }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await new Promise<void>((resolve) => wsClient.on('connected', () => resolve()));

    // The signal goes to npm only, not to its process group: npm must hand it on.
    const answer = createTicketInFlight(`${base}/graphql`, accessToken, 'In flight at SIGTERM', () => process.kill(started.child.pid!, 'SIGTERM'), 300);

    const response = await answer;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.createTicket.subject).toBe('In flight at SIGTERM');
    expect(await closed).toBe(1001);
    await started.logged('"msg":"stopped"');
    expect(await started.exited()).toBe(0);
    expect(started.output()).toContain('"signal":"SIGTERM","msg":"shutting down: draining requests"');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  }, 120_000);
});

describe('shutdown and outages', () => {
  test('a request in flight when shutdown begins still gets its answer; subscriptions are closed', async () => {
    const server = await startTestServer();
    const { accessToken } = await register(server.url, 'admin');
    const wsClient = authenticatedWsClient(server.url, accessToken);
    const closed = new Promise<number>((resolve) => {
      wsClient.on('closed', (event) => resolve((event as { code: number }).code));
    });
    wsClient.subscribe({ query: print(TicketEventsDocument) }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await waitForListeners(server.deps.pubsub, 1);

    // Half the body now, the rest once shutdown has begun.
    let stopped: Promise<void> | undefined;
    const answer = createTicketInFlight(server.url, accessToken, 'In flight', () => (stopped = server.close()), 200);

    const response = await answer;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.createTicket.subject).toBe('In flight');
    expect(await closed).toBe(1001);
    await stopped;
    await expect(fetch(server.url.replace('/graphql', '/health'))).rejects.toThrow();
  });

  test('/health answers 503 while the database refuses connections, and recovers', async () => {
    const server = await startTestServer();
    const database = new URL(server.deps.orm.config.get('clientUrl')!).pathname.slice(1);
    const admin = server.deps.orm.config.get('clientUrl')!.replace(`/${database}`, '/postgres');
    const healthUrl = server.url.replace('/graphql', '/health');
    try {
      await withClient(admin, async (client) => {
        await client.query(`alter database ${database} allow_connections false`);
        await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database]);
      });
      const down = await fetch(healthUrl);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'unavailable', checks: { database: { status: 'down' } } });
    } finally {
      await withClient(admin, (client) => client.query(`alter database ${database} allow_connections true`));
    }
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await fetch(healthUrl)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    await server.close();
  });
});
