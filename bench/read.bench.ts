import { cpuRatio, measureHttp, reportLoad, type LoadTarget } from './lib/load';
import { benchOptions } from './lib/options';
import { graphqlTarget, postGraphQL, startAll } from './lib/processes';
import { ensureSeeded } from './lib/seed';
import { countStatementsPerRequest } from './lib/sql-count';
import { round, verdict } from './lib/stats';
import {
  POSTGRAPHILE5_NODE_VERSION, startBaseline, startPostGraphile, startPostGraphile5, startTicketgraph, startTicketgraphUnauthenticated,
} from './lib/targets';
import {
  assertSamePage, describePage, normalisePostGraphile, normalisePostGraphile5, normaliseTicketgraph, POSTGRAPHILE5_READ,
  POSTGRAPHILE_READ, TICKETGRAPH_READ, type PageTicket,
} from './lib/ticket-page';

const PAGE = { first: 20, comments: 5 };
const STATEMENT_PAGE_SIZES = [5, 20, 50];
const MAX_STATEMENTS = 3;

/** How each target's answer is reduced to the common shape (ticketgraph's is the default). */
const NORMALISE: Record<string, (text: string) => PageTicket[]> = {
  postgraphile: normalisePostGraphile,
  postgraphile5: normalisePostGraphile5,
};

/**
 * `tickets(first: 20)` with comments(first: 5) and tags, on 100,000 seeded tickets: ticketgraph
 * against a plain node:http + pg baseline and against PostGraphile 4 and 5, all over the same database,
 * each in its own process, responses checked identical before and during the load.
 */
export async function run(): Promise<Record<string, number | string>> {
  const options = benchOptions();
  const seeded = await ensureSeeded(options.databaseUrl, (line) => console.log(`  ${line}`));

  const statements = await countStatementsPerRequest(
    options.databaseUrl,
    TICKETGRAPH_READ,
    STATEMENT_PAGE_SIZES.map((first) => ({ first, comments: 5 })),
    (text, variables) => {
      const page = normaliseTicketgraph(text);
      if (page.length !== variables.first) throw new Error(`page of ${variables.first} came back with ${page.length} tickets`);
    },
  );

  const servers = await startAll([
    startBaseline('read-baseline.ts', { DATABASE_URL: options.databaseUrl }),
    startPostGraphile(options.databaseUrl),
    startPostGraphile5(options.databaseUrl),
    startTicketgraph(options.databaseUrl),
    startTicketgraphUnauthenticated(options.databaseUrl),
  ]);
  const [baseline, postgraphile, postgraphile5] = servers;
  const ticketgraph = servers[3] as Awaited<ReturnType<typeof startTicketgraph>>;
  try {
    const ticketgraphTarget: LoadTarget = {
      ...graphqlTarget(ticketgraph!, 'ticketgraph', 'ticketgraph', { query: TICKETGRAPH_READ, variables: PAGE }),
      headers: ticketgraph!.headers,
    };
    const targets: LoadTarget[] = [
      graphqlTarget(baseline!, 'baseline', 'node:http + pg', { query: TICKETGRAPH_READ, variables: PAGE }),
      graphqlTarget(postgraphile!, 'postgraphile', postgraphile!.name, { query: POSTGRAPHILE_READ, variables: PAGE }),
      graphqlTarget(postgraphile5!, 'postgraphile5', `${postgraphile5!.name} on Node ${POSTGRAPHILE5_NODE_VERSION}`, {
        query: POSTGRAPHILE5_READ,
        variables: PAGE,
      }),
      ticketgraphTarget,
      graphqlTarget(servers[4]!, 'unauthenticated', 'ticketgraph without auth and limits', { query: TICKETGRAPH_READ, variables: PAGE }),
    ];
    if (Object.keys(options.ticketgraphHeaders).length > 0) {
      targets.push({ ...ticketgraphTarget, key: 'ticketgraph_headers', name: 'ticketgraph + headers', headers: options.ticketgraphHeaders });
    }

    // Same data from every server, for the measured page and for a larger one.
    for (const variables of [PAGE, { first: 50, comments: 8 }]) {
      const answers = await Promise.all(
        targets.map((t) => postGraphQL(t.url, { ...JSON.parse(t.body), variables }, t.headers)),
      );
      const pages = answers.map((text, i) => {
        const normalise = NORMALISE[targets[i]!.key];
        return normalise ? normalise(text) : normaliseTicketgraph(text, targets[i]!.name);
      });
      const shape = describePage(pages[0]!);
      if (shape.tickets !== variables.first || shape.comments === 0 || shape.tiedInstants === 0) {
        throw new Error(`the seeded page does not exercise the query: ${JSON.stringify(shape)}`);
      }
      for (let i = 1; i < targets.length; i++) assertSamePage(pages[0]!, pages[i]!, `${targets[i]!.name} vs ${targets[0]!.name}`);
      // The baseline answers in ticketgraph's shape: the whole JSON must match, not only the data.
      const ticketgraphJson = JSON.parse(answers[targets.indexOf(ticketgraphTarget)]!) as unknown;
      if (JSON.stringify(JSON.parse(answers[0]!)) !== JSON.stringify(ticketgraphJson)) {
        throw new Error('the baseline response is not the same JSON as ticketgraph\'s');
      }
      if (variables === PAGE) targets.forEach((t, i) => (t.expectBody = answers[i]));
    }

    console.log(`  ${targets.map((t) => t.name).join(', ')}: ${options.warmupSeconds} s warm-up each, then ${options.rounds} rounds`);
    const results = await measureHttp(targets, options);

    const report: Record<string, number | string> = {
      data: `${seeded.tickets} tickets, ${seeded.comments} comments`,
      load: `${options.connections} connections, pipelining 1, ${options.durationSeconds} s per server in ${options.rounds} rounds`,
    };
    for (const target of targets) {
      reportLoad(report, target.key, results[target.key]!);
      report[`${target.key}_response_bytes`] = Buffer.byteLength(target.expectBody!);
    }
    const tg = results.ticketgraph!.requestsPerSecond;
    const vsBaseline = tg / results.baseline!.requestsPerSecond;
    const vsPeer = tg / results.postgraphile!.requestsPerSecond;
    const vsPeer5 = tg / results.postgraphile5!.requestsPerSecond;
    report.ticketgraph_vs_baseline = round(vsBaseline);
    report.target_vs_baseline = verdict(vsBaseline, 0.6);
    report.ticketgraph_vs_postgraphile = round(vsPeer);
    report.target_vs_postgraphile = verdict(vsPeer, 0.9);
    report.ticketgraph_vs_postgraphile5 = round(vsPeer5);
    report.target_vs_postgraphile5 = verdict(vsPeer5, 1);
    const byCpu = (reference: string): number | string => {
      const ratio = cpuRatio(results.ticketgraph!, results[reference]!);
      return ratio === undefined ? 'n/a' : round(ratio);
    };
    report.ticketgraph_vs_baseline_by_cpu = byCpu('baseline');
    report.ticketgraph_vs_postgraphile_by_cpu = byCpu('postgraphile');
    report.ticketgraph_vs_postgraphile5_by_cpu = byCpu('postgraphile5');
    // Issue 5: a token-authenticated, rate-limited client against the same server without either.
    const vsUnauthenticated = tg / results.unauthenticated!.requestsPerSecond;
    report.ticketgraph_vs_unauthenticated = round(vsUnauthenticated);
    report.target_vs_unauthenticated = verdict(vsUnauthenticated, 0.85);
    report.ticketgraph_vs_unauthenticated_by_cpu = byCpu('unauthenticated');
    if (results.ticketgraph_headers) {
      report.ticketgraph_headers_vs_plain = round(results.ticketgraph_headers.requestsPerSecond / tg);
    }
    STATEMENT_PAGE_SIZES.forEach((first, i) => (report[`sql_statements_first_${first}`] = statements[i]!));
    const most = Math.max(...statements);
    report.target_sql_statements = most <= MAX_STATEMENTS ? `met (<= ${MAX_STATEMENTS})` : `MISSED (${most} > ${MAX_STATEMENTS})`;
    return report;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
