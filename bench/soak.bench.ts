import type { Client as GraphQLWsClient } from 'graphql-ws';
import { positiveNumber, benchOptions } from './lib/options';
import { postGraphQL, sleep } from './lib/processes';
import { BENCH_CUSTOMER_PREFIX, ensureSeeded } from './lib/seed';
import { median, percentile, round } from './lib/stats';
import { checkFileDescriptorLimit, connectClients } from './lib/subscribers';
import { startTicketgraph } from './lib/targets';

const SECONDS = positiveNumber(process.env, 'SOAK_SECONDS', 600);
const SUBSCRIBERS = Math.round(positiveNumber(process.env, 'SOAK_SUBSCRIBERS', 1000));
const MUTATIONS_PER_SECOND = positiveNumber(process.env, 'SOAK_MUTATIONS_PER_SECOND', 5);
/** Subscriber i watches ticket i % TICKETS; each mutation changes one ticket, so it reaches SUBSCRIBERS / TICKETS sockets. */
const TICKETS = 10;
/** Memory before this much load has run is warm-up (code compiled, pools and caches filled), not growth. */
const WARMUP_SECONDS = Math.min(30, SECONDS / 6);
const SAMPLE_EVERY_MS = 5000;
/** Samples whose median stands for the memory at the start and at the end (one reading depends on when the GC last ran). */
const SAMPLES_PER_READING = 3;
const DRAIN_TIMEOUT_MS = 15_000;
/** Memory growth from start to end that still counts as flat. */
const FLAT_GROWTH = 0.1;

const SUBSCRIPTION = `subscription BenchSoakEvents($ticketId: ID!) { ticketEvents(ticketId: $ticketId) { type ticketId ticket { key status } } }`;
const CREATE = `mutation BenchSoakTicket($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const ADD_COMMENT = `mutation BenchSoakComment($ticketId: ID!, $content: String!) { addComment(ticketId: $ticketId, content: $content) { id } }`;
const SET_STATUS = `mutation BenchSoakStatus($id: ID!, $status: TicketStatus!) { setTicketStatus(id: $id, status: $status) { status } }`;

interface TicketEvent {
  type: string;
  ticketId: string;
  ticket: { key: string; status: string };
}

interface MemorySample {
  /** Seconds since the load began. */
  at: number;
  rssBytes: number;
  heapUsedBytes: number;
}

/**
 * A thousand graphql-ws subscribers held for `SOAK_SECONDS` (10 minutes by default) while a steady
 * stream of mutations (a comment, then a status change, on each of ten tickets in turn) changes
 * the tickets they watch. Counts every event each subscriber should get and does get, every failed
 * mutation, subscription error and dropped socket (target: no error), and reads the server's
 * resident memory and used heap from /metrics at the start and at the end (target: flat).
 */
export async function run(): Promise<Record<string, number | string>> {
  checkFileDescriptorLimit(SUBSCRIBERS);
  const options = benchOptions();
  await ensureSeeded(options.databaseUrl, (line) => console.log(`  ${line}`));
  const server = await startTicketgraph(options.databaseUrl, 'ticketgraph-soak');
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const body = JSON.parse(await postGraphQL(url, { query, variables }, server.headers)) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  let clients: GraphQLWsClient[] = [];
  let stopping = false;
  try {
    const ticketIds: string[] = [];
    for (let t = 0; t < TICKETS; t++) {
      const input = {
        customer: { id: `${BENCH_CUSTOMER_PREFIX}soak-${t}`, email: `bench-soak-${t}@example.com`, name: `Bench Soak ${t}` },
        subject: `Soak benchmark ticket ${t}`,
        description: 'Commented on and moved between statuses while a thousand clients watch.',
        category: 'OTHER',
        priority: 'LOW',
      };
      ticketIds.push((await call<{ createTicket: { id: string } }>(CREATE, { input })).createTicket.id);
    }

    // What each subscriber got, and what the mutations that succeeded on its ticket promised it.
    const received = new Uint32Array(SUBSCRIBERS);
    const succeeded = new Uint32Array(TICKETS);
    const problems = { mutationErrors: 0, subscriptionErrors: 0, wrongEvents: 0, droppedSockets: 0, metricsErrors: 0 };
    let firstProblem: string | undefined;
    const problem = (kind: keyof typeof problems, text: string): void => {
      problems[kind]++;
      firstProblem ??= text;
    };

    clients = await connectClients(url, server.headers, SUBSCRIBERS);
    clients.forEach((client, index) => {
      const ticketId = ticketIds[index % TICKETS]!;
      client.on('closed', (event) => {
        if (!stopping) problem('droppedSockets', `subscriber ${index}'s socket closed: ${(event as { code?: number }).code}`);
      });
      client.subscribe<{ ticketEvents: TicketEvent }>(
        { query: SUBSCRIPTION, variables: { ticketId } },
        {
          next: (result) => {
            const event = result.data?.ticketEvents;
            if (!event) problem('subscriptionErrors', `an error instead of an event: ${JSON.stringify(result.errors)}`);
            else if (event.ticketId !== ticketId || !['COMMENT_ADDED', 'STATUS_CHANGED'].includes(event.type)) {
              problem('wrongEvents', `subscriber ${index} of ${ticketId} got ${JSON.stringify(event)}`);
            } else received[index]!++;
          },
          // Disposing of the clients at the end ends their subscriptions too.
          error: (error) => {
            if (!stopping) problem('subscriptionErrors', `subscription failed: ${JSON.stringify(error)}`);
          },
          complete: () => {
            if (!stopping) problem('subscriptionErrors', `subscriber ${index}'s subscription completed`);
          },
        },
      );
    });
    await waitForSubscriptions(server.port, SUBSCRIBERS);
    console.log(`  ${SUBSCRIBERS} subscribers on ${TICKETS} tickets; ${MUTATIONS_PER_SECOND} mutations/s for ${SECONDS} s`);

    const loadStarted = performance.now();
    const samples: MemorySample[] = [];
    const sampler = setInterval(() => {
      void readMemory(server.port, (performance.now() - loadStarted) / 1000).then((sample) => samples.push(sample), (error: unknown) => problem('metricsErrors', `reading /metrics: ${String(error)}`));
    }, SAMPLE_EVERY_MS);

    // One mutation every 1/rate seconds, ticket after ticket; a ticket's mutations run one after
    // another, so each status change really changes the status and each makes exactly one event.
    const latencies: number[] = [];
    const mutationsOf = new Uint32Array(TICKETS);
    const chains: Promise<void>[] = Array.from({ length: TICKETS }, () => Promise.resolve());
    const mutate = async (t: number): Promise<void> => {
      const n = mutationsOf[t]!++;
      const sent = performance.now();
      try {
        if (n % 2 === 0) await call(ADD_COMMENT, { ticketId: ticketIds[t], content: `Soak comment ${n / 2} on ticket ${t}.` });
        else await call(SET_STATUS, { id: ticketIds[t], status: (n >> 1) % 2 === 0 ? 'IN_PROGRESS' : 'WAITING_CUSTOMER' });
        succeeded[t]!++;
        latencies.push(performance.now() - sent);
      } catch (error) {
        problem('mutationErrors', `mutation ${n} of ticket ${t}: ${(error as Error).message}`);
      }
    };
    const intervalMs = 1000 / MUTATIONS_PER_SECOND;
    for (let k = 0; k * intervalMs < SECONDS * 1000; k++) {
      await sleep(loadStarted + k * intervalMs - performance.now());
      const t = k % TICKETS;
      chains[t] = chains[t]!.then(() => mutate(t));
    }
    await Promise.all(chains);
    clearInterval(sampler);

    const expectedOf = (index: number): number => succeeded[index % TICKETS]!;
    const deliveredAll = (): boolean => received.every((count, index) => count >= expectedOf(index));
    const drainDeadline = performance.now() + DRAIN_TIMEOUT_MS;
    while (!deliveredAll() && performance.now() < drainDeadline) await sleep(100);
    samples.push(await readMemory(server.port, (performance.now() - loadStarted) / 1000));

    let expected = 0;
    let missing = 0;
    let extra = 0;
    received.forEach((count, index) => {
      expected += expectedOf(index);
      missing += Math.max(0, expectedOf(index) - count);
      extra += Math.max(0, count - expectedOf(index));
    });
    const errors = Object.values(problems).reduce((sum, count) => sum + count, 0) + missing + extra;
    if (firstProblem) console.log(`  first problem: ${firstProblem}`);

    const afterWarmup = samples.filter((sample) => sample.at >= WARMUP_SECONDS);
    if (afterWarmup.length < 2 * SAMPLES_PER_READING) throw new Error(`too few memory samples (${afterWarmup.length}) after the warm-up: run for longer (SOAK_SECONDS)`);
    const start = reading(afterWarmup.slice(0, SAMPLES_PER_READING));
    const end = reading(afterWarmup.slice(-SAMPLES_PER_READING));
    const rssGrowth = end.rssBytes / start.rssBytes - 1;
    const heapGrowth = end.heapUsedBytes / start.heapUsedBytes - 1;
    const mb = (bytes: number): number => round(bytes / 2 ** 20);
    return {
      seconds: SECONDS,
      subscribers: SUBSCRIBERS,
      tickets: TICKETS,
      mutations_per_second: MUTATIONS_PER_SECOND,
      mutations_sent: mutationsOf.reduce((sum, count) => sum + count, 0),
      mutations_succeeded: succeeded.reduce((sum, count) => sum + count, 0),
      mutation_median_ms: latencies.length ? round(median(latencies)) : 'none',
      mutation_p99_ms: latencies.length ? round(percentile(latencies, 99)) : 'none',
      events_expected: expected,
      events_received: received.reduce((sum, count) => sum + count, 0),
      events_missing: missing,
      events_extra: extra,
      mutation_errors: problems.mutationErrors,
      subscription_errors: problems.subscriptionErrors,
      wrong_events: problems.wrongEvents,
      dropped_sockets: problems.droppedSockets,
      metrics_errors: problems.metricsErrors,
      errors,
      target_errors: errors === 0 ? 'met (0)' : `MISSED (${errors})`,
      server_rss_mb_start: mb(start.rssBytes),
      server_rss_mb_end: mb(end.rssBytes),
      server_rss_mb_peak: mb(Math.max(...samples.map((sample) => sample.rssBytes))),
      server_heap_used_mb_start: mb(start.heapUsedBytes),
      server_heap_used_mb_end: mb(end.heapUsedBytes),
      server_rss_growth_pct: round(rssGrowth * 100),
      server_heap_used_growth_pct: round(heapGrowth * 100),
      server_memory_by_minute: byMinute(samples, mb),
      target_memory: Math.max(rssGrowth, heapGrowth) < FLAT_GROWTH ? `met (flat: both grew < ${FLAT_GROWTH * 100}%)` : `MISSED (grew >= ${FLAT_GROWTH * 100}%)`,
    };
  } finally {
    stopping = true;
    await Promise.all(clients.map((client) => client.dispose()));
    await server.stop();
  }
}

/** The server's own figures, from its Prometheus endpoint (open: the bench sets no METRICS_TOKEN). */
async function scrape(port: number): Promise<Map<string, number>> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  const figures = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-z_]+) (\S+)$/.exec(line);
    if (match) figures.set(match[1]!, Number(match[2]));
  }
  return figures;
}

async function readMemory(port: number, at: number): Promise<MemorySample> {
  const figures = await scrape(port);
  const figure = (name: string): number => {
    const value = figures.get(name);
    if (value === undefined) throw new Error(`/metrics has no ${name}`);
    return value;
  };
  return { at, rssBytes: figure('process_resident_memory_bytes'), heapUsedBytes: figure('nodejs_heap_size_used_bytes') };
}

/** Waits until the server holds every subscription (the `graphql_subscriptions` gauge), so none misses an event. */
async function waitForSubscriptions(port: number, count: number): Promise<void> {
  const deadline = performance.now() + 30_000;
  for (;;) {
    const held = (await scrape(port)).get('graphql_subscriptions') ?? 0;
    if (held === count) return;
    if (performance.now() > deadline) throw new Error(`the server holds ${held} subscriptions, not ${count}, after 30 s`);
    await sleep(100);
  }
}

function reading(samples: MemorySample[]): MemorySample {
  return {
    at: samples[0]!.at,
    rssBytes: median(samples.map((sample) => sample.rssBytes)),
    heapUsedBytes: median(samples.map((sample) => sample.heapUsedBytes)),
  };
}

/** "minute: rss/heap MB" at the first sample of each minute, to show the trend rather than two points. */
function byMinute(samples: MemorySample[], mb: (bytes: number) => number): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (const sample of samples) {
    const minute = Math.floor(sample.at / 60);
    if (seen.has(minute)) continue;
    seen.add(minute);
    parts.push(`${minute}m ${mb(sample.rssBytes)}/${mb(sample.heapUsedBytes)}`);
  }
  return parts.join(', ');
}
