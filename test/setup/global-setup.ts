import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { EmbeddedPostgres } from '../../src/db/embedded-postgres';
import { migrate, openOrm } from '../../src/db/orm';
import { createLogger } from '../../src/logger';
import { JobQueue } from '../../src/queue/job-queue';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server where test files may create and drop databases. */
    adminDatabaseUrl: string;
    /** A migrated database that test databases are created from. */
    templateDatabase: string;
  }
}

/**
 * Uses the PostgreSQL of DATABASE_URL when set (CI), else starts a throw-away embedded one; then
 * migrates a template database once, so each test file gets a migrated database in milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = createLogger({ logLevel: 'warn' });
  let embedded: EmbeddedPostgres | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ticketgraph-test-'));
    embedded = new EmbeddedPostgres({ dataDir, port: 0, database: 'postgres', logger, ephemeral: true });
    adminUrl = await embedded.start();
  }
  const template = `tg_${process.pid}_template`;
  await withClient(adminUrl, async (client) => {
    await client.query(`drop database if exists ${template}`);
    await client.query(`create database ${template}`);
  });
  const orm = await openOrm(databaseUrl(adminUrl, template), 2, logger);
  await migrate(orm, logger);
  await orm.close();
  // The job queue's schema too: each test file's database starts with it.
  const queue = new JobQueue(databaseUrl(adminUrl, template), logger);
  await queue.start();
  await queue.stop();

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await withClient(adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        `select datname from pg_database where starts_with(datname, $1)`,
        [`tg_${process.pid}_`],
      );
      for (const { datname } of rows) await client.query(`drop database if exists ${datname} with (force)`);
    });
    await embedded?.stop();
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
