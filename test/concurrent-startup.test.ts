import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { createLogger } from '../src/logger';
import { JobQueue, QUEUES } from '../src/queue/job-queue';
import { startTestServer } from './helpers/harness';
import { databaseUrl, withClient } from './setup/global-setup';

/** Every queue pg-boss holds once the job queue has started: ours and pg-boss's own cron queue. */
const EXPECTED_QUEUES = ['__pgboss__send-it', ...Object.values(QUEUES).map((queue) => queue.name)].sort();

const admin = () => inject('adminDatabaseUrl');
const created: string[] = [];

/** A database with nothing in it: no tables, no pg-boss schema, as a new installation has. */
async function emptyDatabase(): Promise<string> {
  const name = `${inject('templateDatabase').replace(/_template$/, '')}_empty_${randomBytes(4).toString('hex')}`;
  await withClient(admin(), (client) => client.query(`create database ${name}`));
  created.push(name);
  return databaseUrl(admin(), name);
}

async function queueNames(url: string): Promise<string[]> {
  return withClient(url, async (client) => (await client.query<{ name: string }>('select name from pgboss.queue order by name')).rows.map((row) => row.name));
}

afterAll(async () => {
  await withClient(admin(), async (client) => {
    for (const name of created) await client.query(`drop database if exists ${name} with (force)`);
  });
});

describe('instances starting together on a new database', () => {
  test('two job queues start at once, five times over, and every queue exists once', async () => {
    const logger = createLogger({ logLevel: 'silent' });
    for (let round = 0; round < 5; round++) {
      const url = await emptyDatabase();
      const queues = [new JobQueue(url, logger), new JobQueue(url, logger)];
      const outcomes = await Promise.allSettled(queues.map((queue) => queue.start()));
      try {
        expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'started'))).toEqual(['started', 'started']);
        expect(await queueNames(url)).toEqual(EXPECTED_QUEUES);
        // Both can use what the other may have created.
        const ids = await Promise.all(queues.map((queue) => queue.send('maintenance', { round })));
        expect(ids.map((id) => typeof id)).toEqual(['string', 'string']);
      } finally {
        await Promise.all(queues.map((queue) => queue.stop(1000)));
      }
    }
  }, 120_000);

  test('two API instances start at once: migrations and job queues take turns, both serve', async () => {
    for (let round = 0; round < 2; round++) {
      const url = await emptyDatabase();
      const outcomes = await Promise.allSettled([startTestServer({}, { databaseUrl: url }), startTestServer({}, { databaseUrl: url })]);
      try {
        expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'started'))).toEqual(['started', 'started']);
        expect(await queueNames(url)).toEqual(EXPECTED_QUEUES);
        for (const outcome of outcomes) {
          if (outcome.status !== 'fulfilled') continue;
          const health = await fetch(outcome.value.url.replace('/graphql', '/health'));
          expect([health.status, ((await health.json()) as { status: string }).status]).toEqual([200, 'ok']);
        }
      } finally {
        for (const outcome of outcomes) if (outcome.status === 'fulfilled') await outcome.value.close();
      }
    }
  }, 180_000);
});
