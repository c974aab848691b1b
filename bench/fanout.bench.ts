import type { Client as GraphQLWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { groupCpuMs } from './lib/proc';
import { benchOptions } from './lib/options';
import { postGraphQL, sleep } from './lib/processes';
import { BENCH_CUSTOMER_PREFIX, ensureSeeded } from './lib/seed';
import { median, percentile, round, verdict } from './lib/stats';
import { checkFileDescriptorLimit, CONNECT_BATCH, connectClients } from './lib/subscribers';
import { startBaseline, startTicketgraph } from './lib/targets';

const SUBSCRIBERS = Number(process.env.BENCH_FANOUT_SUBSCRIBERS ?? 1000);
const UPDATES = Number(process.env.BENCH_FANOUT_UPDATES ?? 20);
const WARMUP_UPDATES = 3;
const GAP_MS = 100;
const DELIVERY_TIMEOUT_MS = 15_000;

const SUBSCRIPTION = `subscription BenchEvents($ticketId: ID!) {
  ticketEvents(ticketId: $ticketId) { type ticketId ticket { key status subject } }
}`;
const CREATE = `mutation BenchFanoutTicket($input: CreateTicketInput!) { createTicket(input: $input) { id key } }`;
const SET_STATUS = `mutation BenchSetStatus($id: ID!, $status: TicketStatus!) { setTicketStatus(id: $id, status: $status) { status } }`;

interface TicketEvent {
  type: string;
  ticketId: string;
  ticket: { key: string; status: string; subject: string };
}

/**
 * Counts deliveries of one broadcast at a time and notes when the last subscriber got it; each
 * subscriber must get it exactly once.
 */
class Deliveries {
  private received = 0;
  private round = 0;
  private readonly seenInRound: Uint32Array;
  private done?: () => void;
  private problem?: string;
  lastAt = 0;

  constructor(private readonly expected: number) {
    this.seenInRound = new Uint32Array(expected);
  }

  arm(): Promise<void> {
    this.received = 0;
    this.round++;
    this.problem = undefined;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(this.problem ?? `only ${this.received} of ${this.expected} subscribers received the event`)),
        DELIVERY_TIMEOUT_MS,
      );
      this.done = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Subscriber `index` received a message; `error` says what was wrong with it. */
  receive(index: number, error?: string): void {
    if (this.seenInRound[index] === this.round) error ??= `subscriber ${index} received the event twice`;
    this.seenInRound[index] = this.round;
    if (error) this.problem ??= error;
    if (++this.received === this.expected) {
      this.lastAt = performance.now();
      if (!this.problem) this.done?.();
    }
  }
}

/**
 * One ticket update delivered to 1,000 graphql-ws subscribers of ticketgraph, against a plain `ws`
 * server broadcasting one pre-serialised frame of the same size to 1,000 clients. Per update: time
 * from sending the mutation (or the broadcast request) to the last subscriber's receipt.
 */
export async function run(): Promise<Record<string, number | string>> {
  checkFileDescriptorLimit(SUBSCRIBERS);
  const options = benchOptions();
  await ensureSeeded(options.databaseUrl, (line) => console.log(`  ${line}`));

  const tg = await measureTicketgraph(options.databaseUrl);
  const raw = await measureRaw(tg.frameBytes, tg.sampleFrame);

  const tgMedian = median(tg.times);
  const rawMedian = median(raw.times);
  const ratio = rawMedian / tgMedian;
  return {
    subscribers: SUBSCRIBERS,
    updates: UPDATES,
    frame_bytes: tg.frameBytes,
    raw_median_ms: round(rawMedian),
    raw_p95_ms: round(percentile(raw.times, 95)),
    ticketgraph_median_ms: round(tgMedian),
    ticketgraph_p95_ms: round(percentile(tg.times, 95)),
    ticketgraph_mutation_median_ms: round(median(tg.mutationTimes)),
    raw_server_cpu_ms_per_update: round(raw.cpuMs),
    ticketgraph_cpu_ms_per_update: round(tg.cpuMs),
    ticketgraph_vs_raw: round(ratio),
    target_vs_raw: verdict(ratio, 0.25),
    target_median: tgMedian < 50 ? 'met (< 50 ms)' : `MISSED (${round(tgMedian)} ms >= 50 ms)`,
  };
}

async function measureTicketgraph(databaseUrl: string) {
  const server = await startTicketgraph(databaseUrl, 'ticketgraph-fanout');
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const clients: GraphQLWsClient[] = [];
  try {
    const createdText = await postGraphQL(url, {
      query: CREATE,
      variables: {
        input: {
          customer: { id: `${BENCH_CUSTOMER_PREFIX}fanout`, email: 'bench-fanout@example.com', name: 'Bench Fan-out' },
          subject: 'Fan-out benchmark ticket',
          description: 'Updated many times while a thousand clients watch.',
          category: 'OTHER',
          priority: 'LOW',
        },
      },
    }, server.headers);
    const ticketId = (JSON.parse(createdText) as { data: { createTicket: { id: string } } }).data.createTicket.id;

    let expectedStatus = '';
    let sample: TicketEvent | undefined;
    const deliveries = new Deliveries(SUBSCRIBERS);
    clients.push(...(await connectClients(url, server.headers, SUBSCRIBERS)));
    clients.forEach((client, index) => {
      client.subscribe<{ ticketEvents: TicketEvent }>(
        { query: SUBSCRIPTION, variables: { ticketId } },
        {
          next: (result) => {
            const event = result.data?.ticketEvents;
            sample ??= event;
            const wrong =
              !event ? `an error instead of the event: ${JSON.stringify(result.errors)}`
              : event.type !== 'STATUS_CHANGED' || event.ticketId !== ticketId ? `an unexpected event: ${JSON.stringify(event)}`
              : event.ticket.status !== expectedStatus ? `status ${event.ticket.status} where ${expectedStatus} was set`
              : undefined;
            deliveries.receive(index, wrong);
          },
          error: (error) => deliveries.receive(index, `subscription failed: ${JSON.stringify(error)}`),
          complete: () => undefined,
        },
      );
    });

    const mutationTimes: number[] = [];
    const { times, cpuMs } = await updates(server.process.pid!, async (i) => {
      expectedStatus = i % 2 === 0 ? 'IN_PROGRESS' : 'WAITING_CUSTOMER';
      const arrived = deliveries.arm();
      const sent = performance.now();
      const text = await postGraphQL(url, { query: SET_STATUS, variables: { id: ticketId, status: expectedStatus } }, server.headers);
      mutationTimes.push(performance.now() - sent);
      if (!text.includes(`"status":"${expectedStatus}"`)) throw new Error(`setTicketStatus failed: ${text}`);
      await arrived;
      return deliveries.lastAt - sent;
    });

    // graphql-ws sends {"id":"<operation id>","type":"next","payload":<result>}; the client's ids are UUIDs.
    const sampleFrame = JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', type: 'next', payload: { data: { ticketEvents: sample } } });
    return { times, cpuMs, mutationTimes: mutationTimes.slice(WARMUP_UPDATES), frameBytes: Buffer.byteLength(sampleFrame), sampleFrame };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await server.stop();
  }
}

async function measureRaw(frameBytes: number, frame: string) {
  const server = await startBaseline('ws-broadcast.ts', {});
  const base = `http://127.0.0.1:${server.port}`;
  const sockets: WebSocket[] = [];
  try {
    await postGraphQL(`${base}/frame`, frame);
    const deliveries = new Deliveries(SUBSCRIBERS);
    for (let start = 0; start < SUBSCRIBERS; start += CONNECT_BATCH) {
      await Promise.all(
        Array.from({ length: Math.min(CONNECT_BATCH, SUBSCRIBERS - start) }, async (_, offset) => {
          const index = start + offset;
          const socket = new WebSocket(base.replace('http', 'ws'));
          sockets.push(socket);
          await new Promise<void>((resolve, reject) => {
            socket.once('open', () => resolve());
            socket.once('error', reject);
          });
          // Parsed like a client would; checked against what was sent.
          socket.on('message', (data: Buffer) => {
            const message = JSON.parse(data.toString('utf8')) as { type?: string };
            deliveries.receive(index, message.type === 'next' && data.length === frameBytes ? undefined : 'a different frame');
          });
        }),
      );
    }
    const { times, cpuMs } = await updates(server.process.pid!, async () => {
      const arrived = deliveries.arm();
      const sent = performance.now();
      const text = await postGraphQL(`${base}/broadcast`, '{}');
      if ((JSON.parse(text) as { sent: number }).sent !== SUBSCRIBERS) throw new Error(`broadcast reached ${text}`);
      await arrived;
      return deliveries.lastAt - sent;
    });
    return { times, cpuMs };
  } finally {
    for (const socket of sockets) socket.terminate();
    await server.stop();
  }
}

/**
 * Warm-up updates, then the measured ones, spaced so that one does not overlap the next. Returns
 * the measured times and the server's CPU milliseconds per measured update.
 */
async function updates(processGroup: number, one: (i: number) => Promise<number>): Promise<{ times: number[]; cpuMs: number }> {
  const times: number[] = [];
  let cpuBefore = 0;
  for (let i = 0; i < WARMUP_UPDATES + UPDATES; i++) {
    if (i === WARMUP_UPDATES) cpuBefore = groupCpuMs(processGroup);
    const time = await one(i);
    if (i >= WARMUP_UPDATES) times.push(time);
    await sleep(GAP_MS);
  }
  return { times, cpuMs: (groupCpuMs(processGroup) - cpuBefore) / UPDATES };
}
