import { Client } from 'pg';
import { cpuRatio, measureHttp, reportLoad, type LoadTarget } from './lib/load';
import { benchOptions } from './lib/options';
import { graphqlTarget, postGraphQL, startAll } from './lib/processes';
import { BENCH_CUSTOMER_PREFIX, ensureSeeded, removeBenchRows } from './lib/seed';
import { round, verdict } from './lib/stats';
import { startBaseline, startTicketgraph } from './lib/targets';
import { fromGlobalId } from './lib/ticket-page';

const CREATE = `mutation BenchCreate($input: CreateTicketInput!) {
  createTicket(input: $input) { id key subject status priority tags createdAt }
}`;

/** The mutation with the fixed input; the customer id tells the targets' rows apart. */
function create(target: string) {
  return { query: CREATE, variables: { input: input(`${BENCH_CUSTOMER_PREFIX}write-${target}`) } };
}

function input(customerId: string) {
  return {
    customer: { id: customerId, email: 'bench-writer@example.com', name: 'Bench Writer' },
    subject: 'Cannot export the monthly report',
    description: 'The export button spins forever and no file is downloaded.',
    category: 'TECHNICAL_ISSUE',
    priority: 'MEDIUM',
    tags: ['export', 'bench'],
    metadata: { source: 'WEB_FORM', browser: 'Firefox 140', deviceType: 'DESKTOP' },
  };
}

interface Created {
  id: string;
  key: string;
  subject: string;
  status: string;
  priority: string;
  tags: string[];
  createdAt: string;
}

function created(text: string, server: string): Created {
  const body = JSON.parse(text) as { data?: { createTicket: Created }; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`${server} did not create the ticket: ${text.slice(0, 500)}`);
  return body.data.createTicket;
}

const looksCreated = (body: string): boolean => body.startsWith('{"data":{"createTicket":{"id":"') && !body.includes('"errors"');

/**
 * `createTicket` with a fixed valid input against plain node:http + pg running the same INSERT
 * (ticket + CREATED history entry in one statement). Every response must be a created ticket, and
 * afterwards the database must hold a ticket and its history entry for each of them.
 */
export async function run(): Promise<Record<string, number | string>> {
  const options = benchOptions();
  await ensureSeeded(options.databaseUrl, (line) => console.log(`  ${line}`));
  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  const servers = await startAll([
    startBaseline('write-baseline.ts', { DATABASE_URL: options.databaseUrl }),
    startTicketgraph(options.databaseUrl),
  ]);
  const [baseline] = servers;
  const ticketgraph = servers[1] as Awaited<ReturnType<typeof startTicketgraph>>;
  try {
    const targets: LoadTarget[] = [
      { ...graphqlTarget(baseline!, 'baseline', 'node:http + pg', create('baseline')), verifyBody: looksCreated },
      { ...graphqlTarget(ticketgraph, 'ticketgraph', 'ticketgraph', create('ticketgraph')), verifyBody: looksCreated, headers: ticketgraph.headers },
    ];

    // One creation each: same answer but for id, key and time, and the rows are really there.
    const answers = await Promise.all(targets.map(async (t) => created(await postGraphQL(t.url, t.body, t.headers), t.name)));
    const [fromBaseline, fromTicketgraph] = answers.map(({ id, key, createdAt, ...rest }) => {
      if (!/^TICKET-\d{6,}$/.test(key) || Number.isNaN(Date.parse(createdAt))) throw new Error(`bad key or time: ${key} ${createdAt}`);
      return { ...rest, dbId: fromGlobalId(id, 'Ticket') };
    });
    const { dbId: baselineId, ...baselineRest } = fromBaseline!;
    const { dbId: ticketgraphId, ...ticketgraphRest } = fromTicketgraph!;
    if (JSON.stringify(baselineRest) !== JSON.stringify(ticketgraphRest)) {
      throw new Error(`different answers: ${JSON.stringify(baselineRest)} vs ${JSON.stringify(ticketgraphRest)}`);
    }
    const { rows } = await db.query<{ events: string }>(
      `select count(*) as events from ticket_events e join tickets t on t.id = e.ticket_id where t.id = any($1::uuid[]) and e.type = 'CREATED'`,
      [[baselineId, ticketgraphId]],
    );
    if (Number(rows[0]!.events) !== 2) throw new Error('a created ticket or its CREATED history entry is missing');
    await removeBenchRows(db);

    console.log(`  ${targets.map((t) => t.name).join(', ')}: ${options.warmupSeconds} s warm-up each, then ${options.rounds} rounds`);
    const results = await measureHttp(targets, options);

    // Each successful response must stand for a ticket with its history entry (requests still in
    // flight when a run stopped may have been stored too, hence at least).
    const counts = await db.query<{ customer_id: string; tickets: string; events: string }>(
      `select t.customer_id, count(distinct t.id) as tickets, count(e.id) as events
       from tickets t left join ticket_events e on e.ticket_id = t.id and e.type = 'CREATED'
       where starts_with(t.customer_id, $1) group by t.customer_id`,
      [`${BENCH_CUSTOMER_PREFIX}write-`],
    );
    const report: Record<string, number | string> = {
      load: `${options.connections} connections, pipelining 1, ${options.durationSeconds} s per server in ${options.rounds} rounds`,
    };
    for (const target of targets) {
      const row = counts.rows.find((r) => r.customer_id === `${BENCH_CUSTOMER_PREFIX}write-${target.key}`);
      const tickets = Number(row?.tickets ?? 0);
      const answered = results[target.key]!.requests;
      if (tickets < answered || Number(row?.events ?? 0) !== tickets) {
        throw new Error(`${target.name}: ${answered} created answers but ${tickets} tickets and ${row?.events ?? 0} history entries stored`);
      }
      reportLoad(report, target.key, results[target.key]!);
      report[`${target.key}_rows_checked`] = tickets;
    }
    const ratio = results.ticketgraph!.requestsPerSecond / results.baseline!.requestsPerSecond;
    report.ticketgraph_vs_baseline = round(ratio);
    report.target_vs_baseline = verdict(ratio, 0.4);
    const byCpu = cpuRatio(results.ticketgraph!, results.baseline!);
    report.ticketgraph_vs_baseline_by_cpu = byCpu === undefined ? 'n/a' : round(byCpu);
    return report;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await removeBenchRows(db).catch(() => undefined);
    await db.end();
  }
}
