import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopChildren } from './lib/processes';
import { RESULTS_DIR } from './lib/targets';

/**
 * `npm run bench [-- NAME... ] [--header "Name: value"]...`: runs every bench/*.bench.ts but the
 * soak (or the named ones, e.g. `read write`) one after another, prints one table and writes the figures as
 * JSON under bench/results/. A benchmark that fails is reported and makes the exit code 1.
 */

type BenchModule = { run: () => Promise<Record<string, number | string>> };

interface Outcome {
  name: string;
  seconds: number;
  /** The machine's 1-minute load average before and after: other work on it skews the figures. */
  loadAverage: [number, number];
  figures?: Record<string, number | string>;
  error?: string;
}

function parseArgs(argv: string[]): { names: string[]; headers: string[] } {
  const names: string[] = [];
  const headers: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--header' || arg === '-H') {
      const value = argv[++i];
      if (!value) throw new Error('--header needs a value: --header "Authorization: Bearer <token>"');
      headers.push(value);
    } else if (arg.startsWith('--header=')) {
      headers.push(arg.slice('--header='.length));
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      names.push(arg.replace(/\.bench(\.ts)?$/, ''));
    }
  }
  return { names, headers };
}

/** Benchmarks that run only when named: the soak takes ten minutes. */
const ONLY_WHEN_NAMED = ['soak'];

function discover(): string[] {
  return fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts'))
    .map((file) => file.slice(0, -'.bench.ts'.length))
    .sort();
}

function printTable(outcomes: Outcome[]): void {
  const rows: [string, string, string][] = [];
  for (const outcome of outcomes) {
    if (outcome.error) rows.push([outcome.name, 'FAILED', outcome.error.split('\n')[0]!]);
    for (const [metric, value] of Object.entries(outcome.figures ?? {})) rows.push([outcome.name, metric, String(value)]);
    rows.push([outcome.name, 'wall_time_s', String(Math.round(outcome.seconds))]);
    rows.push([outcome.name, 'load_average_1m', outcome.loadAverage.map((l) => l.toFixed(1)).join(' -> ')]);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), ['benchmark', 'metric', 'value'][i]!.length));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(`\n${line(['benchmark', 'metric', 'value'])}\n${line(widths.map((w) => '-'.repeat(w)))}`);
  let previous = '';
  for (const row of rows) {
    console.log(line([row[0] === previous ? '' : row[0], row[1], row[2]]));
    previous = row[0];
  }
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the servers this run started`);
      stopChildren();
      setTimeout(() => process.exit(130), 3000).unref();
    });
  }
  const { names, headers } = parseArgs(process.argv.slice(2));
  if (headers.length) process.env.BENCH_TICKETGRAPH_HEADERS = headers.join('\n');
  const available = discover();
  const unknown = names.filter((name) => !available.includes(name));
  if (unknown.length) throw new Error(`no benchmark named ${unknown.join(', ')}; there are: ${available.join(', ')}`);
  const selected = names.length ? available.filter((name) => names.includes(name)) : available.filter((name) => !ONLY_WHEN_NAMED.includes(name));

  const outcomes: Outcome[] = [];
  for (const name of selected) {
    console.log(`\n== ${name}`);
    const started = performance.now();
    const loadBefore = os.loadavg()[0]!;
    const finished = (): Pick<Outcome, 'seconds' | 'loadAverage'> => ({
      seconds: (performance.now() - started) / 1000,
      loadAverage: [loadBefore, os.loadavg()[0]!],
    });
    try {
      const module = (await import(path.join(__dirname, `${name}.bench.ts`))) as BenchModule;
      const figures = await module.run();
      outcomes.push({ name, ...finished(), figures });
    } catch (error) {
      console.error(error);
      outcomes.push({ name, ...finished(), error: (error as Error).message ?? String(error) });
    }
  }

  printTable(outcomes);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { node: process.version, cpus: os.availableParallelism(), cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()}-${os.arch()}` };
  fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, benchmarks: outcomes }, null, 2)}\n`);
  console.log(`\nresults: ${path.relative(process.cwd(), file)}`);
  // Open handles of a benchmark (pg pools, sockets) must not keep the run alive.
  process.exit(outcomes.some((o) => o.error) ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
