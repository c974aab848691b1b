import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createPubSub, type Channel } from '../src/pubsub';
import { RateLimiter } from '../src/services/identity/rate-limiter';
import { ticketEventsChannel } from '../src/services/ticket-events/ticket-event.channel';
import { CreateTicketDocument, TicketEventsDocument, type TicketEventsSubscription } from './gql/graphql';
import { captureLogger } from './helpers/capture-logger';
import { ticketInput } from './helpers/factories';
import { startTestServer, testConfig } from './helpers/harness';
import { register, run, wsClient } from './helpers/http-client';
import { waitForListeners } from './helpers/subscriptions';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('Redis outage tests skipped: REDIS_URL is not set');

const numbers: Channel<{ n: number }> = {
  topic: 'outage-numbers',
  encode: (message) => JSON.stringify(message),
  decode: (text) => JSON.parse(text) as { n: number },
};

async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Lets messages that should not come (a second copy, say) arrive before the test looks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe.skipIf(!REDIS_URL)('Redis outage', () => {
  let observer: Redis;
  const cleanups: Array<() => Promise<unknown>> = [];
  beforeAll(() => {
    observer = new Redis(REDIS_URL!);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => observer?.quit());

  /** Subscriptions Redis holds on a channel: both instances' subscriber connections once they are in. */
  const subscribers = async (channel: string) => Number(((await observer.pubsub('NUMSUB', channel)) as [string, number])[1]);

  async function proxied(): Promise<TcpProxy> {
    const proxy = await startTcpProxy(REDIS_URL!);
    cleanups.push(() => proxy.close());
    return proxy;
  }

  async function pubsubs(proxy: TcpProxy) {
    const prefix = `tg-test-outage-${randomBytes(4).toString('hex')}:`;
    const { logger, lines } = captureLogger('info');
    const here = await createPubSub({ url: proxy.url, prefix }, logger);
    const other = await createPubSub({ url: REDIS_URL, prefix }, captureLogger('info').logger);
    cleanups.push(() => here.close(), () => other.close());
    const heardHere: number[] = [];
    const heardThere: number[] = [];
    here.subscribe(numbers, ({ n }) => heardHere.push(n));
    other.subscribe(numbers, ({ n }) => heardThere.push(n));
    await until('both instances subscribed', async () => (await subscribers(prefix + numbers.topic)) === 2);
    return { here, other, prefix, lines, heardHere, heardThere };
  }

  test('Redis down: a publish reaches the listeners of its own instance at once, once; when Redis returns, messages cross instances again', async () => {
    const proxy = await proxied();
    const { here, other, prefix, lines, heardHere, heardThere } = await pubsubs(proxy);

    await here.publish(numbers, { n: 1 });
    await until('1 heard on both instances', () => heardHere.length === 1 && heardThere.length === 1);

    await proxy.cut();
    const during = await timed(() => here.publish(numbers, { n: 2 }));
    // Delivered before publish returns: no round trip, no waiting for a reconnect.
    expect(heardHere).toEqual([1, 2]);
    expect(during.ms).toBeLessThan(500);
    const next = await timed(() => here.publish(numbers, { n: 3 }));
    expect(heardHere).toEqual([1, 2, 3]);
    expect(next.ms).toBeLessThan(500);
    await expect(here.ping()).rejects.toThrow(/^Redis (publisher|subscriber) connection is \w+: messages reach this instance's listeners only$/);

    await proxy.restore();
    // The subscriber connection subscribes again by itself.
    await until('instance behind the proxy subscribed again', async () => (await subscribers(prefix + numbers.topic)) === 2);
    await until('Redis answers through the proxy', () => here.ping().then(() => true, () => false));
    await other.publish(numbers, { n: 4 });
    await until('4 heard on the instance that was cut off', () => heardHere.length === 4);
    await here.publish(numbers, { n: 5 });
    await until('5 heard on the other instance', () => heardThere.length === 3);
    await settle();
    expect(heardHere).toEqual([1, 2, 3, 4, 5]);
    expect(heardThere).toEqual([1, 4, 5]);
    // What an operator reads: one warning when Redis goes (after the connections' own errors), one line when it is back.
    expect(lines.filter((line) => /^Redis (un)?reachable/.test(line.msg)).map((line) => [line.level, line.msg])).toEqual([
      [30, 'Redis reachable: messages reach every instance'],
      [40, "Redis unreachable: messages reach this instance's listeners only until it returns"],
      [30, 'Redis reachable: messages reach every instance'],
    ]);
  });

  test('a black-holed connection: the first publish gives up within about two seconds, later ones at once; all reach the listeners here once', async () => {
    const proxy = await proxied();
    const { here, other, prefix, heardHere, heardThere } = await pubsubs(proxy);

    proxy.freeze();
    const first = await timed(() => here.publish(numbers, { n: 1 }));
    expect(heardHere).toEqual([1]);
    expect(first.ms).toBeLessThan(5000);
    const second = await timed(() => here.publish(numbers, { n: 2 }));
    expect(heardHere).toEqual([1, 2]);
    expect(second.ms).toBeLessThan(500);

    // What the frozen connections held gets through now; none of it reaches a listener twice.
    await proxy.restore();
    await until('instance behind the proxy subscribed again', async () => (await subscribers(prefix + numbers.topic)) === 2);
    await until('Redis answers through the proxy', () => here.ping().then(() => true, () => false));
    await other.publish(numbers, { n: 3 });
    await until('3 heard on the instance that was cut off', () => heardHere.length === 3);
    await settle();
    expect(heardHere).toEqual([1, 2, 3]);
    expect(heardThere.filter((n) => n === 3)).toEqual([3]);
  });

  test('rate limits: counted in memory at once while Redis is down or black-holed, in Redis again when it returns', async () => {
    const proxy = await proxied();
    const config = testConfig('postgres://unused@127.0.0.1:5432/unused', {
      REDIS_URL: proxy.url,
      REDIS_PREFIX: `tg-test-outage-${randomBytes(4).toString('hex')}:`,
      RATE_LIMIT_USER_PER_MINUTE: '10',
    });
    const limiter = new RateLimiter(config, captureLogger('info').logger);
    await limiter.connect();
    cleanups.push(() => limiter.close());
    const budget = { kind: 'user' as const, userId: 'outage' };
    const remaining = async () => (await limiter.consume(budget)).remaining;

    expect([await remaining(), await remaining()]).toEqual([9, 8]);

    proxy.freeze();
    const frozen = await timed(remaining);
    // The insurance limiter's count, which started at this request.
    expect(frozen.value).toBe(9);
    expect(frozen.ms).toBeLessThan(5000);
    const afterFreeze = await timed(remaining);
    expect([afterFreeze.value, afterFreeze.ms < 500]).toEqual([8, true]);

    await proxy.cut();
    const down = await timed(remaining);
    expect([down.value, down.ms < 500]).toEqual([7, true]);

    await proxy.restore();
    // Redis still holds its two: reading it again shows 8 left, the insurance count would show 7.
    await until('the budget read from Redis again', async () => (await limiter.peek(budget)).remaining === 8);
    expect(await remaining()).toBe(7);
  });

  test('the API: ticket events reach this instance\'s subscribers during an outage, /health says degraded; all recovers', async () => {
    const proxy = await proxied();
    const prefix = `tg-test-outage-${randomBytes(4).toString('hex')}:`;
    const a = await startTestServer({ REDIS_URL: proxy.url, REDIS_PREFIX: prefix });
    cleanups.push(() => a.close());
    const b = await startTestServer({ REDIS_PREFIX: prefix }, { databaseUrl: a.databaseUrl });
    cleanups.push(() => b.close());
    const { accessToken } = await register(a.url, 'root');
    const health = async (url: string) => {
      const response = await fetch(url.replace('/graphql', '/health'));
      return { status: response.status, body: (await response.json()) as { status: string; checks: Record<string, { status: string; error?: string }> } };
    };

    const heard = (client: Client) => {
      const subjects: string[] = [];
      client.subscribe<TicketEventsSubscription>(
        { query: print(TicketEventsDocument) },
        { next: ({ data }) => void subjects.push(`${data!.ticketEvents.type} ${data!.ticketEvents.ticket!.subject}`), error: () => undefined, complete: () => undefined },
      );
      cleanups.push(async () => client.dispose());
      return subjects;
    };
    const onA = heard(wsClient(a.url, accessToken));
    const onB = heard(wsClient(b.url, accessToken));
    await waitForListeners(a.deps.pubsub, 1);
    await waitForListeners(b.deps.pubsub, 1);
    await until('both instances subscribed', async () => (await subscribers(prefix + ticketEventsChannel.topic)) === 2);
    const create = (url: string, subject: string) => run(url, CreateTicketDocument, { input: ticketInput({ subject }) }, accessToken);

    await create(a.url, 'Before');
    await until('Before heard on both', () => onA.length === 1 && onB.length === 1);

    await proxy.cut();
    const write = await timed(() => create(a.url, 'During'));
    expect(write.value.createTicket.subject).toBe('During');
    expect(write.ms).toBeLessThan(1500);
    await until('During heard on the instance it was written on', () => onA.length === 2);
    const degraded = await health(a.url);
    expect(degraded).toMatchObject({ status: 200, body: { status: 'degraded', checks: { database: { status: 'up' }, redis: { status: 'down' } } } });
    expect(degraded.body.checks.redis!.error).toMatch(/^Redis (publisher|subscriber) connection is \w+: messages reach this instance's listeners only$/);
    expect(await health(b.url)).toMatchObject({ status: 200, body: { status: 'ok', checks: { redis: { status: 'up' } } } });

    await proxy.restore();
    await until('instance a healthy again', async () => (await health(a.url)).body.status === 'ok');
    await until('instance a subscribed again', async () => (await subscribers(prefix + ticketEventsChannel.topic)) === 2);
    await create(b.url, 'After, on b');
    await until('After, on b heard on a', () => onA.length === 3);
    await create(a.url, 'After, on a');
    await until('After, on a heard on b', () => onB.length === 3);
    await settle();
    expect(onA).toEqual(['CREATED Before', 'CREATED During', 'CREATED After, on b', 'CREATED After, on a']);
    expect(onB).toEqual(['CREATED Before', 'CREATED After, on b', 'CREATED After, on a']);
  });
});
