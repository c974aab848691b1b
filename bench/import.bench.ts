import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadConfig } from '../src/config';
import { newId } from '../src/ids';
import { generateTestTickets, testTicketsCsv, type TestTicket } from '../src/services/jobs/test-tickets.generator';
import { configuredSlaRules } from '../src/services/sla/sla-policy';
import { benchOptions } from './lib/options';
import { memoryMb } from './lib/proc';
import { BENCH_CUSTOMER_PREFIX, ensureSeeded, removeBenchRows } from './lib/seed';
import { median, round, verdict } from './lib/stats';
import { startTicketgraph } from './lib/targets';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const BIG_FILE_BYTES = Number(process.env.BENCH_IMPORT_BIG_MB ?? 100) * 1024 * 1024;
const ROUNDS = 3;
const SEED = 20261123;

const IMPORT = `mutation BenchImport($file: Upload!) {
  importTickets(file: $file) { total successful failed errors { row errors } job { id } }
}`;

/** The generated tickets, with customer ids the bench's cleanup recognises. */
function* ticketBatches(seed: number): Generator<TestTicket[]> {
  for (let batch = 0; ; batch++) {
    yield generateTestTickets(10_000, seed + batch).map((ticket, i) => ({
      ...ticket,
      customer: { ...ticket.customer, id: `${BENCH_CUSTOMER_PREFIX}import-${batch}-${i}` },
    }));
  }
}

/** A CSV file of `rows` tickets, or of at least `bytes` bytes; returns the tickets when asked to keep them. */
function writeCsv(file: string, limit: { rows?: number; bytes?: number }, keep: TestTicket[] | null): number {
  const fd = fs.openSync(file, 'w');
  let rows = 0;
  let bytes = 0;
  try {
    for (const batch of ticketBatches(limit.rows ? SEED : SEED + 1_000)) {
      const take = limit.rows ? batch.slice(0, limit.rows - rows) : batch;
      const csv = testTicketsCsv(take);
      const text = rows === 0 ? csv : csv.slice(csv.indexOf('\r\n') + 2);
      fs.writeSync(fd, text);
      keep?.push(...take);
      rows += take.length;
      bytes += Buffer.byteLength(text);
      if ((limit.rows && rows >= limit.rows) || (limit.bytes && bytes >= limit.bytes)) return rows;
    }
  } finally {
    fs.closeSync(fd);
  }
  return rows;
}

/** The same tickets as rows of the tickets table, as COPY reads them (CSV). */
function copyRows(tickets: readonly TestTicket[]): string {
  const sla = configuredSlaRules(loadConfig({}).slaHours);
  const now = new Date();
  const cell = (value: string | null | undefined): string => (value === null || value === undefined ? '' : `"${value.replaceAll('"', '""')}"`);
  const array = (values: readonly string[]): string => `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
  let text = '';
  for (const t of tickets) {
    const { slaDueAt } = sla.initial(t.priority, t.status, now);
    text += [
      newId(), cell(t.customer.id), cell(t.customer.email), cell(t.customer.name), cell(t.subject), cell(t.description), t.category, t.priority,
      t.status, cell(array(t.tags)), t.metadata.source, cell(t.metadata.browser), t.metadata.deviceType ?? '', now.toISOString(), now.toISOString(),
      slaDueAt!.toISOString(),
    ].join(',');
    text += '\n';
  }
  return text;
}

async function importFile(url: string, headers: Record<string, string>, file: string, expectedRows: number): Promise<number> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { file: null } }));
  form.append('map', JSON.stringify({ 1: ['variables.file'] }));
  form.append('1', await fs.openAsBlob(file, { type: 'text/csv' }), path.basename(file));
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { ...headers, 'apollo-require-preflight': 'true' }, body: form });
  const text = await response.text();
  const seconds = (performance.now() - started) / 1000;
  const result = (JSON.parse(text) as { data?: { importTickets: { total: number; successful: number; failed: number; job: unknown } } }).data?.importTickets;
  if (!result || result.total !== expectedRows || result.successful !== expectedRows || result.failed !== 0 || result.job !== null) {
    throw new Error(`the import did not store all ${expectedRows} rows: ${text.slice(0, 500)}`);
  }
  return seconds;
}

const COPY_COLUMNS = `id, customer_id, customer_email, customer_name, subject, description, category, priority, status, tags, source,
  browser, device_type, created_at, updated_at, sla_due_at`;

/** COPY of the rows into a table, committed; seconds. */
async function copy(db: Client, table: string, rows: string): Promise<number> {
  const started = performance.now();
  await db.query('begin');
  await pipeline(
    async function* () {
      yield rows;
    },
    db.query(copyFrom(`copy ${table} (${COPY_COLUMNS}) from stdin with (format csv)`)),
  );
  await db.query('commit');
  return (performance.now() - started) / 1000;
}

async function storedRows(db: Client): Promise<number> {
  const { rows } = await db.query<{ count: string }>(`select count(*) from tickets where starts_with(customer_id, $1)`, [`${BENCH_CUSTOMER_PREFIX}import-`]);
  return Number(rows[0]!.count);
}

async function clean(db: Client): Promise<void> {
  await removeBenchRows(db);
  await db.query('vacuum tickets, ticket_events');
}

/**
 * `importTickets` of a 100,000-row CSV sent as a multipart upload, end to end (upload, parse,
 * validate, store with history entries), against PostgreSQL COPY of the same rows into the same
 * table in the same run; and the server's peak memory while it imports a 100 MB file.
 */
export async function run(): Promise<Record<string, number | string>> {
  const options = benchOptions();
  await ensureSeeded(options.databaseUrl, (line) => console.log(`  ${line}`));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ticketgraph-import-bench-'));
  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  const server = await startTicketgraph(options.databaseUrl);
  try {
    const tickets: TestTicket[] = [];
    const rowsFile = path.join(dir, 'tickets-100k.csv');
    writeCsv(rowsFile, { rows: ROWS }, tickets);
    const bigFile = path.join(dir, 'tickets-100mb.csv');
    const bigRows = writeCsv(bigFile, { bytes: BIG_FILE_BYTES }, null);
    const copyText = copyRows(tickets);
    const url = `http://127.0.0.1:${server.port}/graphql`;
    await clean(db);

    // Memory first, on a server that has imported nothing yet.
    const idle = memoryMb(server.process.pid!);
    const bigSeconds = await importFile(url, server.headers, bigFile, bigRows);
    const afterBig = memoryMb(server.process.pid!);
    if ((await storedRows(db)) !== bigRows) throw new Error('the 100 MB import is not all in the database');
    await clean(db);

    const apiSeconds: number[] = [];
    const copySeconds: number[] = [];
    const bareCopySeconds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      apiSeconds.push(await importFile(url, server.headers, rowsFile, ROWS));
      if ((await storedRows(db)) !== ROWS) throw new Error('the import is not all in the database');
      await clean(db);

      copySeconds.push(await copy(db, 'tickets', copyText));
      if ((await storedRows(db)) !== ROWS) throw new Error('COPY did not store all rows');
      await clean(db);
      // For scale: the same COPY into a table of the same columns without indexes, constraints and generated columns.
      await db.query(`drop table if exists bench_copy_bare; create unlogged table bench_copy_bare as select ${COPY_COLUMNS} from tickets limit 0`);
      bareCopySeconds.push(await copy(db, 'bench_copy_bare', copyText));
      await db.query('drop table bench_copy_bare');
    }

    const apiRate = ROWS / median(apiSeconds);
    const copyRate = ROWS / median(copySeconds);
    const ratio = apiRate / copyRate;
    return {
      rows: ROWS,
      file_mb: round(fs.statSync(rowsFile).size / 1024 / 1024),
      ticketgraph_rows_per_s: Math.round(apiRate),
      ticketgraph_rounds_s: apiSeconds.map(round).join(' '),
      copy_rows_per_s: Math.round(copyRate),
      copy_rounds_s: copySeconds.map(round).join(' '),
      copy_into_bare_table_rows_per_s: Math.round(ROWS / median(bareCopySeconds)),
      ratio_vs_copy: round(ratio),
      target_ratio_vs_copy: verdict(ratio, 0.4),
      big_file_mb: round(fs.statSync(bigFile).size / 1024 / 1024),
      big_file_rows: bigRows,
      big_file_rows_per_s: Math.round(bigRows / bigSeconds),
      server_rss_idle_mb: idle.now,
      server_rss_after_mb: afterBig.now,
      server_peak_rss_mb: afterBig.peak,
      target_peak_rss: afterBig.peak < 300 ? 'met (< 300 MB)' : `MISSED (>= 300 MB)`,
    };
  } finally {
    await clean(db).catch(() => undefined);
    await db.end();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
