/**
 * Embedded classifier benchmark, in one process on one core: model load time, model file size,
 * throughput over realistic tickets after a warm-up, and per-ticket latency percentiles.
 *
 *   npx tsx bench/classifier.bench.ts [--model models/classifier.json] [--tickets 20000]
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../src/services/classifier/corpus-loader';
import { EmbeddedClassifier } from '../src/services/classifier/embedded-classifier';
import type { TicketText } from '../src/services/classifier/classifier';

const ROOT = path.resolve(__dirname, '..');

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Tickets of every length and style from the corpus, cycled up to `count`. */
function realisticTickets(count: number, minChars = 0): TicketText[] {
  const corpus = loadCorpus(path.join(ROOT, 'corpus')).filter((e) => e.description.length >= minChars);
  return Array.from({ length: count }, (_, i) => {
    const e = corpus[(i * 7919) % corpus.length]!;
    return { subject: e.subject, description: e.description };
  });
}

function timeEach(classifier: EmbeddedClassifier, tickets: readonly TicketText[]): { latencies: Float64Array; wallMs: number; cpuMs: number } {
  const latencies = new Float64Array(tickets.length);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < tickets.length; i++) {
    const t0 = process.hrtime.bigint();
    classifier.classifySync(tickets[i]!);
    latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  latencies.sort();
  return { latencies, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export async function run(options: { model?: string; tickets?: number } = {}): Promise<Record<string, number | string>> {
  const modelPath = options.model ?? path.join(ROOT, 'models', 'classifier.json');
  const count = options.tickets ?? 20_000;
  const tickets = realisticTickets(count);

  const loadStart = process.hrtime.bigint();
  const classifier = EmbeddedClassifier.load(modelPath);
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

  for (let i = 0; i < 2_000; i++) classifier.classifySync(tickets[i % tickets.length]!);

  const all = timeEach(classifier, tickets);
  // Long emails (400+ characters of description) separately: they set the tail latency.
  const long = timeEach(classifier, realisticTickets(Math.min(count, 5_000), 400));
  const meanChars = tickets.reduce((s, t) => s + t.subject.length + t.description.length, 0) / tickets.length;
  return {
    model: classifier.model,
    modelLoadMs: round(loadMs, 1),
    modelFileBytes: statSync(modelPath).size,
    tickets: tickets.length,
    meanTicketChars: Math.round(meanChars),
    ticketsPerSecond: Math.round(tickets.length / (all.wallMs / 1000)),
    ticketsPerCpuSecond: Math.round(tickets.length / (all.cpuMs / 1000)),
    p50Ms: round(percentile(all.latencies, 50), 4),
    p99Ms: round(percentile(all.latencies, 99), 4),
    maxMs: round(all.latencies[all.latencies.length - 1]!, 3),
    longTicketsPerSecond: Math.round(long.latencies.length / (long.wallMs / 1000)),
    longP50Ms: round(percentile(long.latencies, 50), 4),
    longP99Ms: round(percentile(long.latencies, 99), 4),
  };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const tickets = option('--tickets');
  run({ model: option('--model'), tickets: tickets ? Number(tickets) : undefined })
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
