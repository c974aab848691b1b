import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_IMPORT_LIMITS, parseTicketFile, ticketFromRecord, type ImportFormat } from '../src/services/import';
import { jsonTicket, xmlTicket } from '../src/services/jobs/test-tickets.formats';
import { generateTestTickets, testTicketsCsv, type TestTicket } from '../src/services/jobs/test-tickets.generator';

/**
 * Parse + map throughput of bulk import, without the database: a ~100 MB CSV of generated tickets
 * streamed from a temp file (rows/s and peak RSS, to show memory stays flat), and smaller JSON and
 * XML files. Run: `npx tsx bench/import-parse.bench.ts [--csv-mb=100] [--other-mb=20]`.
 */
export async function run(options: { csvMegabytes?: number; otherMegabytes?: number } = {}): Promise<Record<string, number | string>> {
  const csvBytes = (options.csvMegabytes ?? 100) * 1024 * 1024;
  const otherBytes = (options.otherMegabytes ?? 20) * 1024 * 1024;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-bench-'));
  try {
    const csvFile = path.join(dir, 'tickets.csv');
    const jsonFile = path.join(dir, 'tickets.json');
    const xmlFile = path.join(dir, 'tickets.xml');
    const csvRows = await writeFile(csvFile, csvBytes, {
      start: '# X-Session-Id: bench\n# X-Signature: none\n',
      batch: (tickets, first) => {
        const csv = testTicketsCsv(tickets);
        return first ? csv : csv.slice(csv.indexOf('\n') + 1);
      },
      end: '',
    });
    const jsonRows = await writeFile(jsonFile, otherBytes, {
      start: '[\n',
      batch: (tickets, first) => (first ? '' : ',\n') + tickets.map((ticket) => JSON.stringify(jsonTicket(ticket))).join(',\n'),
      end: '\n]\n',
    });
    const xmlRows = await writeFile(xmlFile, otherBytes, {
      start: '<?xml version="1.0" encoding="UTF-8"?>\n<tickets>\n',
      batch: (tickets) => tickets.map(xmlTicket).join(''),
      end: '</tickets>\n',
    });

    collectGarbage();
    const baselineRss = process.memoryUsage().rss;
    // This machine is shared and its timings are noisy: the best of a few runs is the figure that
    // repeats; the first run also warms the JIT up. Peak memory is over all runs.
    const parseOnly = best([await measure(csvFile, 'CSV', false), await measure(csvFile, 'CSV', false)]);
    const csv = best([await measure(csvFile, 'CSV', true), await measure(csvFile, 'CSV', true), await measure(csvFile, 'CSV', true)]);
    const json = best([await measure(jsonFile, 'JSON', true), await measure(jsonFile, 'JSON', true)]);
    const xml = best([await measure(xmlFile, 'XML', true), await measure(xmlFile, 'XML', true)]);
    if (csv.rows !== csvRows || json.rows !== jsonRows || xml.rows !== xmlRows) throw new Error('row counts differ from what was written');
    if (csv.invalid + json.invalid + xml.invalid > 0) throw new Error('generated tickets failed validation');

    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
    return {
      node: process.version,
      csvFileMB: mb((await stat(csvFile)).size),
      csvRows,
      csvAverageRowBytes: Math.round((await stat(csvFile)).size / csvRows),
      csvParseRowsPerSec: parseOnly.rowsPerSec,
      csvParseMapRowsPerSec: csv.rowsPerSec,
      csvParseMapRowsPerCpuSec: csv.rowsPerCpuSec,
      csvParseMapMBPerSec: Math.round(mb((await stat(csvFile)).size) / csv.seconds),
      rssBaselineMB: mb(baselineRss),
      csvRssAfter10PercentMB: mb(csv.rssAfterTenth),
      csvPeakRssMB: mb(csv.peakRss),
      csvPeakHeapUsedMB: mb(csv.peakHeap),
      jsonFileMB: mb((await stat(jsonFile)).size),
      jsonRows,
      jsonParseMapRowsPerSec: json.rowsPerSec,
      xmlFileMB: mb((await stat(xmlFile)).size),
      xmlRows,
      xmlParseMapRowsPerSec: xml.rowsPerSec,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function best(runs: Measurement[]): Measurement {
  const fastest = runs.reduce((a, b) => (b.rowsPerSec > a.rowsPerSec ? b : a));
  return {
    ...fastest,
    peakRss: Math.max(...runs.map((run) => run.peakRss)),
    peakHeap: Math.max(...runs.map((run) => run.peakHeap)),
    rssAfterTenth: runs[0]!.rssAfterTenth,
  };
}

interface Measurement {
  rows: number;
  invalid: number;
  seconds: number;
  rowsPerSec: number;
  /** Rows per second of this process's own CPU time: steadier than wall time when other work shares the cores. */
  rowsPerCpuSec: number;
  peakRss: number;
  peakHeap: number;
  rssAfterTenth: number;
}

async function measure(file: string, format: ImportFormat, map: boolean): Promise<Measurement> {
  const fileBytes = (await stat(file)).size;
  let peakRss = 0;
  let peakHeap = 0;
  let rssAfterTenth = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    return usage.rss;
  };
  const sampler = setInterval(sample, 20);
  const limits = { ...DEFAULT_IMPORT_LIMITS, maxBytes: Math.max(DEFAULT_IMPORT_LIMITS.maxBytes, fileBytes) };
  const input = createReadStream(file);
  let rows = 0;
  let invalid = 0;
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  try {
    for await (const record of parseTicketFile(input, format, limits)) {
      rows++;
      if (map && !ticketFromRecord(record.fields).value) invalid++;
      if ((rows & 0x3ff) === 0) {
        const rss = process.memoryUsage.rss();
        peakRss = Math.max(peakRss, rss);
        if (rssAfterTenth === 0 && input.bytesRead >= fileBytes / 10) rssAfterTenth = rss;
      }
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  sample();
  return {
    rows,
    invalid,
    seconds,
    rowsPerSec: Math.round(rows / seconds),
    rowsPerCpuSec: Math.round(rows / ((cpu.user + cpu.system) / 1e6)),
    peakRss,
    peakHeap,
    rssAfterTenth,
  };
}

/** Writes generated tickets until the file reaches `bytes`, streaming, and returns how many. */
async function writeFile(
  file: string,
  bytes: number,
  shape: { start: string; batch: (tickets: TestTicket[], first: boolean) => string; end: string },
): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  let rows = 0;
  await write(out, shape.start);
  for (let batch = 0; written < bytes; batch++) {
    const tickets = generateTestTickets(1000, batch + 1);
    const text = shape.batch(tickets, batch === 0);
    written += Buffer.byteLength(text);
    rows += tickets.length;
    await write(out, text);
  }
  await write(out, shape.end);
  out.end();
  await once(out, 'close');
  return rows;
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** A full collection before measuring, so the baseline is not the generator's garbage. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

if (require.main === module) {
  const arg = (name: string) => {
    const found = process.argv.find((value) => value.startsWith(`--${name}=`));
    return found ? Number(found.slice(name.length + 3)) : undefined;
  };
  run({ csvMegabytes: arg('csv-mb'), otherMegabytes: arg('other-mb') })
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
