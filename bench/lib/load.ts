import autocannon from 'autocannon';
import { backendsCpuBetween, databaseBackendsCpu, groupCpuMs } from './proc';
import { benchOptions, type BenchOptions } from './options';
import { median, round } from './stats';

export interface LoadTarget {
  /** Short name for report keys, e.g. `baseline`. */
  key: string;
  name: string;
  url: string;
  body: string;
  headers?: Record<string, string>;
  /** Every measured response must equal this text... */
  expectBody?: string;
  /** ...or pass this check. */
  verifyBody?: (body: string) => boolean;
  /** Process group of the server, to measure the CPU it spends per request. */
  processGroup?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Requests per second of each round, in round order. */
  rounds: number[];
  /** Medians over the rounds of each round's percentile. */
  latencyP50: number;
  latencyP99: number;
  requests: number;
  /** CPU milliseconds per request of the server's processes, when its process group is known. */
  cpuMsPerRequest?: number;
  /** CPU milliseconds per request of the PostgreSQL backends serving the benchmark database. */
  databaseCpuMsPerRequest?: number;
}

/**
 * Measures several HTTP targets fairly on a shared machine: each is warmed up, then the measured
 * time is cut into rounds and the targets take turns within each round (in a rotating order), so
 * a burst of other work on the machine hits all of them alike instead of one. autocannon runs in
 * this process; each server has its own. Any error, non-2xx status or unexpected body fails.
 */
export async function measureHttp(targets: LoadTarget[], options: BenchOptions = benchOptions()): Promise<Record<string, LoadResult>> {
  const run = (target: LoadTarget, duration: number): Promise<autocannon.Result> =>
    autocannon({
      url: target.url,
      method: 'POST',
      connections: options.connections,
      pipelining: 1,
      headers: { 'content-type': 'application/json', ...target.headers },
      body: target.body,
      expectBody: target.expectBody,
      verifyBody: target.verifyBody,
      duration,
    });

  for (const target of targets) check(target.name, 'warm-up', await run(target, options.warmupSeconds));
  const perRound = options.durationSeconds / options.rounds;
  const database = decodeURIComponent(new URL(options.databaseUrl).pathname.slice(1));
  const runs = new Map<string, autocannon.Result[]>(targets.map((t) => [t.key, []]));
  const cpu = new Map<string, { server: number; database: number }>(targets.map((t) => [t.key, { server: 0, database: 0 }]));
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(i + round) % targets.length]!;
      const serverBefore = target.processGroup ? groupCpuMs(target.processGroup) : 0;
      const databaseBefore = databaseBackendsCpu(database);
      runs.get(target.key)!.push(check(target.name, `round ${round + 1}`, await run(target, perRound)));
      const used = cpu.get(target.key)!;
      used.server += target.processGroup ? groupCpuMs(target.processGroup) - serverBefore : 0;
      used.database += backendsCpuBetween(databaseBefore, databaseBackendsCpu(database));
    }
  }

  return Object.fromEntries(
    targets.map((target) => {
      const results = runs.get(target.key)!;
      const requests = results.reduce((sum, r) => sum + r['2xx'], 0);
      const seconds = results.reduce((sum, r) => sum + r.duration, 0);
      return [
        target.key,
        {
          requestsPerSecond: requests / seconds,
          rounds: results.map((r) => r['2xx'] / r.duration),
          latencyP50: median(results.map((r) => r.latency.p50)),
          latencyP99: median(results.map((r) => r.latency.p99)),
          requests,
          cpuMsPerRequest: target.processGroup ? cpu.get(target.key)!.server / requests : undefined,
          databaseCpuMsPerRequest: cpu.get(target.key)!.database / requests,
        },
      ];
    }),
  );
}

/** A target's figures in a benchmark's report, each under `<key>_...`. */
export function reportLoad(report: Record<string, number | string>, key: string, r: LoadResult): void {
  report[`${key}_req_per_s`] = round(r.requestsPerSecond);
  report[`${key}_req_per_s_rounds`] = r.rounds.map(round).join(' / ');
  report[`${key}_p50_ms`] = r.latencyP50;
  report[`${key}_p99_ms`] = r.latencyP99;
  if (r.cpuMsPerRequest !== undefined) report[`${key}_cpu_ms_per_req`] = round(r.cpuMsPerRequest);
  if (r.databaseCpuMsPerRequest !== undefined) report[`${key}_db_cpu_ms_per_req`] = round(r.databaseCpuMsPerRequest);
}

/**
 * How many requests of `target` the same CPU serves per request of `reference` (server + its
 * database backends): a ratio that holds up better than requests/s on a busy machine.
 */
export function cpuRatio(target: LoadResult, reference: LoadResult): number | undefined {
  const cost = (r: LoadResult): number | undefined =>
    r.cpuMsPerRequest === undefined || r.databaseCpuMsPerRequest === undefined ? undefined : r.cpuMsPerRequest + r.databaseCpuMsPerRequest;
  const a = cost(target);
  const b = cost(reference);
  return a && b ? b / a : undefined;
}

function check(name: string, phase: string, result: autocannon.Result): autocannon.Result {
  const problems = [
    result.errors && `${result.errors} connection errors (${result.timeouts} timeouts)`,
    result.non2xx && `${result.non2xx} non-2xx responses`,
    result.mismatches && `${result.mismatches} responses that differ from the verified one`,
    result['2xx'] === 0 && 'no successful response',
  ].filter(Boolean);
  if (problems.length) throw new Error(`${name}, ${phase}: ${problems.join(', ')}`);
  return result;
}
