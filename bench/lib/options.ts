/**
 * Settings of a bench run. The harness reads the environment itself (it is not the API, so
 * src/config.ts does not apply); `bench/run.ts` turns command-line flags into these variables.
 */
export interface BenchOptions {
  /** The benchmark database; created (through the `postgres` database) and seeded when missing. */
  databaseUrl: string;
  /** Seconds of load before measuring, per target. */
  warmupSeconds: number;
  /** Seconds of measured load per target. */
  durationSeconds: number;
  /** The measured time is cut into this many rounds, in which the targets take turns. */
  rounds: number;
  /** Concurrent HTTP connections of the load generator. */
  connections: number;
  /** Extra HTTP headers for ticketgraph: with any, the read benchmark also measures a ticketgraph target that sends them. */
  ticketgraphHeaders: Record<string, string>;
  /** Write a V8 CPU profile of each ticketgraph child process into bench/results/profiles. */
  cpuProfile: boolean;
}

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/ticketgraph_bench';

export function benchOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  return {
    databaseUrl: env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL,
    warmupSeconds: positiveNumber(env, 'BENCH_WARMUP', 3),
    durationSeconds: positiveNumber(env, 'BENCH_DURATION', 10),
    rounds: Math.round(positiveNumber(env, 'BENCH_ROUNDS', 5)),
    connections: positiveNumber(env, 'BENCH_CONNECTIONS', 32),
    ticketgraphHeaders: parseHeaders(env.BENCH_TICKETGRAPH_HEADERS ?? ''),
    cpuProfile: ['1', 'true', 'yes'].includes((env.BENCH_CPU_PROFILE ?? '').toLowerCase()),
  };
}

/** A positive number from the environment, or `fallback` when unset; anything else stops the run, naming the variable. */
export function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/**
 * Headers as a JSON object (`{"authorization":"Bearer x"}`) or as `Name: value` lines
 * (newline-separated, as repeated `--header` flags are joined).
 */
export function parseHeaders(text: string): Record<string, string> {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (trimmed.startsWith('{')) {
    const parsed = JSON.parse(trimmed) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).map(([name, value]) => [name.toLowerCase(), String(value)]));
  }
  const headers: Record<string, string> = {};
  for (const line of trimmed.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`A header must read "Name: value", got "${line}"`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** The URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
