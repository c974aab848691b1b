import { Client } from 'pg';
import { migrate, openOrm } from '../../src/db/orm';
import { createLogger } from '../../src/logger';
import { withDatabase } from './options';
import { Random } from './random';

/** Bump when the generated data changes: a database seeded with another version is seeded anew. */
export const SEED_VERSION = 1;
export const SEED = 20261122;
export const TICKET_COUNT = 100_000;
const BATCH = 5_000;

const CATEGORIES = ['ACCOUNT_ACCESS', 'TECHNICAL_ISSUE', 'BILLING_QUESTION', 'FEATURE_REQUEST', 'BUG_REPORT', 'OTHER'];
const PRIORITIES = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];
const STATUSES = ['NEW', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED'];
const SOURCES = ['WEB_FORM', 'EMAIL', 'API', 'CHAT', 'PHONE'];
const DEVICES = ['DESKTOP', 'MOBILE', 'TABLET', null];
const BROWSERS = ['Firefox 140', 'Chrome 139', 'Safari 18', 'Edge 139', null];
const TAGS = ['export', 'login', 'billing', 'invoice', 'mobile', 'api', 'sso', 'refund', 'outage', 'slow', 'vip', 'android', 'ios'];
const AGENTS = ['alice', 'bob', 'carol', 'team-billing', 'team-platform'];
const WORDS = (
  'the report export button spins forever and no file is downloaded after clicking twice our invoice shows a charge ' +
  'we did not expect please refund since yesterday login fails with an error code on mobile while desktop works fine ' +
  'single sign on redirects back to the start page customers cannot reach the dashboard during peak hours ' +
  'could you add a dark mode and keyboard shortcuts to the editor thanks for the quick answer'
).split(' ');

/** Tickets the benchmarks create are not seed data; they are removed before each benchmark. */
export const BENCH_CUSTOMER_PREFIX = 'bench-';

/**
 * Makes sure the benchmark database exists, is migrated with ticketgraph's own migrations, and
 * holds the seeded tickets (same version and seed), with anything a benchmark created removed.
 */
export async function ensureSeeded(databaseUrl: string, log: (line: string) => void = () => {}): Promise<{ tickets: number; comments: number }> {
  await createDatabaseIfMissing(databaseUrl, log);
  const logger = createLogger({ logLevel: 'warn' });
  const orm = await openOrm(databaseUrl, 2, logger);
  try {
    await migrate(orm, logger);
  } finally {
    await orm.close();
  }

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`create schema if not exists bench_meta`);
    await client.query(`create table if not exists bench_meta.seed (
      version int not null, seed int not null, tickets int not null, comments int not null, seeded_at timestamptz not null default now())`);
    const { rows } = await client.query<{ version: number; seed: number; tickets: number; comments: number }>(
      'select version, seed, tickets, comments from bench_meta.seed',
    );
    const current = rows[0];
    if (current && current.version === SEED_VERSION && current.seed === SEED && current.tickets === TICKET_COUNT) {
      await removeBenchRows(client);
      return { tickets: current.tickets, comments: current.comments };
    }
    const started = performance.now();
    log(`seeding ${TICKET_COUNT} tickets into ${new URL(databaseUrl).pathname.slice(1)} (once; later runs reuse them)`);
    const comments = await seed(client);
    log(`seeded in ${Math.round((performance.now() - started) / 1000)} s: ${TICKET_COUNT} tickets, ${comments} comments`);
    return { tickets: TICKET_COUNT, comments };
  } finally {
    await client.end();
  }
}

/**
 * Deletes the tickets that benchmarks created (their comments and history go with them), and
 * vacuums what they leave behind: where autovacuum is off, tens of thousands of dead rows of a
 * write benchmark doubled the database's CPU per request of every later read.
 */
export async function removeBenchRows(client: Client): Promise<void> {
  const { rowCount } = await client.query(`delete from tickets where number > $1 or starts_with(customer_id, $2)`, [TICKET_COUNT, BENCH_CUSTOMER_PREFIX]);
  if (rowCount) await client.query('vacuum analyze tickets, comments, ticket_events');
}

async function createDatabaseIfMissing(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = new Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) {
      log(`creating database ${name}`);
      await admin.query(`create database ${admin.escapeIdentifier(name)}`);
    }
  } finally {
    await admin.end();
  }
}

function sentence(random: Random, minWords: number, maxWords: number): string {
  const count = random.int(minWords, maxWords);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(random.pick(WORDS));
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
}

async function seed(client: Client): Promise<number> {
  const random = new Random(SEED);
  await client.query('begin');
  await client.query('truncate tickets, comments, ticket_events cascade');
  await client.query('delete from bench_meta.seed');

  // Tickets every five minutes over about a year; one in five shares the previous ticket's instant,
  // so orderings must break ties by id, and comments tie the same way.
  const base = Date.parse('2025-01-01T00:00:00.000Z');
  let previousTime = base;
  let comments = 0;
  for (let start = 1; start <= TICKET_COUNT; start += BATCH) {
    const t = emptyColumns(TICKET_COLUMNS);
    const c = emptyColumns(COMMENT_COLUMNS);
    const e = emptyColumns(EVENT_COLUMNS);
    for (let number = start; number < Math.min(start + BATCH, TICKET_COUNT + 1); number++) {
      const time = number % 5 === 0 ? previousTime : base + number * 300_000 + random.int(0, 999);
      previousTime = time;
      const id = random.uuid();
      const status = random.pick(STATUSES);
      const customer = random.int(1, 20_000);
      const commentCount = random.int(0, 8);
      const lastActivity = time + commentCount * 600_000;
      const tagCount = random.int(0, 3);
      const tags = new Set<string>();
      for (let i = 0; i < tagCount; i++) tags.add(random.pick(TAGS));
      t.id.push(id);
      t.number.push(number);
      t.customer_id.push(`cust-${customer}`);
      t.customer_email.push(`customer-${customer}@example.com`);
      t.customer_name.push(`Customer ${customer}`);
      t.subject.push(sentence(random, 3, 10));
      t.description.push(sentence(random, 10, 60));
      t.category.push(random.pick(CATEGORIES));
      t.priority.push(random.pick(PRIORITIES));
      t.status.push(status);
      t.tags.push(`{${[...tags].join(',')}}`);
      t.source.push(random.pick(SOURCES));
      t.browser.push(random.pick(BROWSERS));
      t.device_type.push(random.pick(DEVICES));
      t.assigned_to.push(random.chance(0.6) ? random.pick(AGENTS) : null);
      t.created_at.push(new Date(time).toISOString());
      t.updated_at.push(new Date(lastActivity).toISOString());
      t.resolved_at.push(status === 'RESOLVED' || status === 'CLOSED' ? new Date(lastActivity).toISOString() : null);

      e.id.push(random.uuid());
      e.ticket_id.push(id);
      e.occurred_at.push(new Date(time).toISOString());

      let commentTime = time;
      for (let i = 0; i < commentCount; i++) {
        if (i === 0 || !random.chance(0.25)) commentTime += random.int(1, 600_000);
        c.id.push(random.uuid());
        c.ticket_id.push(id);
        c.content.push(sentence(random, 5, 80));
        c.is_internal.push(random.chance(0.2));
        c.author.push(random.chance(0.5) ? random.pick(AGENTS) : null);
        c.created_at.push(new Date(commentTime).toISOString());
      }
      comments += commentCount;
    }
    await insertColumns(client, 'tickets', TICKET_COLUMNS, t);
    await insertColumns(client, 'comments', COMMENT_COLUMNS, c, { updated_at: 'created_at' });
    await insertColumns(client, 'ticket_events', EVENT_COLUMNS, e, { type: `'CREATED'`, actor: `'seed'` });
  }
  await client.query(`update tickets set updated_at = u.updated_at from (
    select ticket_id, max(created_at) as updated_at from comments group by ticket_id) u where u.ticket_id = tickets.id`);
  // Tickets created through the API must get numbers after the seeded ones.
  await client.query(`select setval(pg_get_serial_sequence('tickets', 'number'), $1)`, [TICKET_COUNT]);
  await client.query('insert into bench_meta.seed (version, seed, tickets, comments) values ($1, $2, $3, $4)', [
    SEED_VERSION, SEED, TICKET_COUNT, comments,
  ]);
  await client.query('commit');
  await client.query('vacuum analyze tickets, comments, ticket_events');
  return comments;
}

type Columns = Record<string, string>;

const TICKET_COLUMNS: Columns = {
  id: 'uuid', number: 'bigint', customer_id: 'text', customer_email: 'text', customer_name: 'text', subject: 'text',
  description: 'text', category: 'text', priority: 'text', status: 'text', tags: 'text', source: 'text', browser: 'text',
  device_type: 'text', assigned_to: 'text', created_at: 'timestamptz', updated_at: 'timestamptz', resolved_at: 'timestamptz',
};
const COMMENT_COLUMNS: Columns = {
  id: 'uuid', ticket_id: 'uuid', content: 'text', is_internal: 'boolean', author: 'text', created_at: 'timestamptz',
};
const EVENT_COLUMNS: Columns = { id: 'uuid', ticket_id: 'uuid', occurred_at: 'timestamptz' };

function emptyColumns(columns: Columns): Record<string, unknown[]> {
  return Object.fromEntries(Object.keys(columns).map((name) => [name, []]));
}

/**
 * One multi-row INSERT per batch: each column travels as one array parameter and is unnested.
 * `derived` adds columns computed from the others (SQL over the unnested names).
 */
async function insertColumns(
  client: Client,
  table: string,
  columns: Columns,
  values: Record<string, unknown[]>,
  derived: Record<string, string> = {},
): Promise<void> {
  const names = Object.keys(columns);
  if (values[names[0]!]!.length === 0) return;
  const selects = [...names.map((name) => (name === 'tags' ? 'tags::text[]' : name)), ...Object.values(derived)];
  await client.query(
    `insert into ${table} (${[...names, ...Object.keys(derived)].join(', ')})
     select ${selects.join(', ')}
     from unnest(${names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ')}) as u(${names.join(', ')})`,
    names.map((name) => values[name]),
  );
}
