import fs from 'node:fs';
import path from 'node:path';
import { benchToken, UNLIMITED_BUDGETS } from './credentials';
import { benchOptions } from './options';
import { childEnv, freePort, graphqlReady, ROOT, startServer, type Server } from './processes';

export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

/** The Node options of `npm start` (package.json's start script, after `exec node`, up to the entry point). */
export function startNodeOptions(): string[] {
  const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  // `exec` makes the shell npm starts become Node, so that signals reach the API.
  const words = packageJson.scripts.start.split(/\s+/).filter((word, i) => !(i === 0 && word === 'exec'));
  if (words[0] !== 'node' || words[words.length - 1] !== 'src/main.ts') {
    throw new Error(`package.json's start script is not "[exec] node <options> src/main.ts": ${packageJson.scripts.start}`);
  }
  return words.slice(1, -1);
}

/**
 * ticketgraph as `npm start` runs it (node, its options, src/main.ts), without the npm wrapper,
 * in production mode with warn-level logs, against the given database. `headers` authenticate as
 * an integration token issued for the run; request budgets are lifted so the load is all served.
 */
export async function startTicketgraph(databaseUrl: string, name = 'ticketgraph'): Promise<Server & { headers: Record<string, string> }> {
  const token = await benchToken(databaseUrl);
  const port = await freePort();
  const args = startNodeOptions();
  if (benchOptions().cpuProfile) {
    // One file per thread (tsx's loader has a thread of its own): the largest is the main thread.
    const dir = path.join(RESULTS_DIR, 'profiles', `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    fs.mkdirSync(dir, { recursive: true });
    args.push('--cpu-prof', '--cpu-prof-dir', dir);
  }
  args.push('src/main.ts');
  return startServer({
    name,
    command: process.execPath,
    args,
    env: childEnv({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ...UNLIMITED_BUDGETS,
    }),
    port,
    ready: graphqlReady(`http://127.0.0.1:${port}/graphql`),
  }).then((server) => Object.assign(server, { headers: { authorization: `Bearer ${token}` } }));
}

/**
 * ticketgraph without authentication and rate limiting (bench/servers/ticketgraph-unauthenticated.ts):
 * the same server and SQL as `startTicketgraph`, every request as the bench token's viewer without
 * checking a credential or counting a budget. What the two differ by is what those cost.
 */
export async function startTicketgraphUnauthenticated(databaseUrl: string): Promise<Server> {
  const token = await benchToken(databaseUrl);
  const port = await freePort();
  return startServer({
    name: 'ticketgraph-unauthenticated',
    command: process.execPath,
    args: [...startNodeOptions(), path.join('bench', 'servers', 'ticketgraph-unauthenticated.ts')],
    env: childEnv({ DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', BENCH_TOKEN: token }),
    port,
    ready: graphqlReady(`http://127.0.0.1:${port}/graphql`),
  });
}

/** One of the plain node:http baselines in bench/servers, as its own process. */
export async function startBaseline(file: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  return startServer({
    name: path.basename(file, '.ts'),
    command: process.execPath,
    args: ['--import', 'tsx', path.join('bench', 'servers', file)],
    env: childEnv({ ...env, PORT: String(port), NODE_ENV: 'production' }),
    port,
    ready: async () => {
      const response = await fetch(`http://127.0.0.1:${port}/ready`);
      await response.arrayBuffer();
      return response.status === 200;
    },
  });
}

export const POSTGRAPHILE_VERSION = '4.14.1';
export const POSTGRAPHILE5_VERSION = '5.1.5';
/** PostGraphile 5 needs Node 22 or later: it runs on this one, from the npm package `node`. */
export const POSTGRAPHILE5_NODE_VERSION = '24.21.0';

/**
 * PostGraphile over the same database, fetched by npx from the npm registry (cached by npm after
 * the first run). Its query log is off: logging every query would not be a fair comparison.
 */
export async function startPostGraphile(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  return startServer({
    name: `postgraphile@${POSTGRAPHILE_VERSION}`,
    command: 'npx',
    args: [
      '--yes', `postgraphile@${POSTGRAPHILE_VERSION}`,
      '-c', databaseUrl,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--schema', 'public',
      '--disable-default-mutations',
      '--simple-collections', 'omit',
      '--disable-query-log',
    ],
    env: childEnv({ NODE_ENV: 'production' }),
    port,
    ready: graphqlReady(`http://127.0.0.1:${port}/graphql`),
    timeoutMs: 180_000,
  });
}

/**
 * PostGraphile 5 over the same database: its CLI with the Amber preset and
 * bench/servers/postgraphile5-preset.cjs, on Node 24 from the npm package `node`. npx installs both
 * packages side by side (cached by npm after the first run), so `postgraphile`'s `env node`
 * shebang finds that Node first on the PATH; the preset fails the start-up if it is any other.
 */
export async function startPostGraphile5(databaseUrl: string): Promise<Server> {
  const preset = path.join(ROOT, 'bench', 'servers', 'postgraphile5-preset.cjs');
  // The CLI splits --preset at commas and takes what follows the last colon as an export name.
  if (/[,:]/.test(preset)) throw new Error(`PostGraphile 5 cannot be given a preset path with , or : in it: ${preset}`);
  const port = await freePort();
  return startServer({
    name: `postgraphile@${POSTGRAPHILE5_VERSION}`,
    command: 'npx',
    args: [
      '--yes',
      '-p', `node@${POSTGRAPHILE5_NODE_VERSION}`,
      '-p', `postgraphile@${POSTGRAPHILE5_VERSION}`,
      '--',
      'postgraphile',
      '--preset', `postgraphile/presets/amber,${preset}`,
      '--connection', databaseUrl,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--schema', 'public',
    ],
    // GRAPHILE_ENV: Grafast's production mode (its default, said here so it does not warn about it).
    env: childEnv({ NODE_ENV: 'production', GRAPHILE_ENV: 'production', BENCH_EXPECT_NODE: POSTGRAPHILE5_NODE_VERSION }),
    port,
    ready: graphqlReady(`http://127.0.0.1:${port}/graphql`),
    timeoutMs: 180_000,
  });
}
