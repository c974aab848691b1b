import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { ANONYMOUS_VIEWER, createContext, type AppDeps, type Context, type Viewer } from '../../src/context';
import { openOrm } from '../../src/db/orm';
import { createLogger } from '../../src/logger';
import { createPubSub } from '../../src/pubsub';
import { buildGraphQLSchema } from '../../src/schema';
import { createApolloServer } from '../../src/server';
import { createTestDatabase } from './database';

export interface Result<R> {
  data?: R | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Configuration for a test: its own database, real Redis when REDIS_URL is set, a free port. */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL,
    REDIS_PREFIX: `tg-test-${randomBytes(4).toString('hex')}:`,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...overrides,
  });
}

export interface TestApi {
  readonly config: Config;
  readonly deps: AppDeps;
  readonly orm: MikroORM;
  readonly schema: GraphQLSchema;
  readonly apollo: ApolloServer<Context>;
  /** Runs an operation in-process, as the HTTP server would. */
  execute<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V, viewer?: Viewer): Promise<Result<R>>;
  /** Like `execute`, but fails the test on errors. */
  run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V, viewer?: Viewer): Promise<R>;
  context(viewer?: Viewer): Context;
  /** Counts the SQL statements that `work` sends. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
}

/**
 * The in-process API of a test file: a database of its own (emptied before each test), the real
 * schema and Apollo server, the real pub/sub.
 */
export function useTestApi(): TestApi {
  let api: (TestApi & { close(): Promise<void>; reset(): Promise<void> }) | undefined;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => api?.close());
  beforeEach(async () => api?.reset());
  return new Proxy({} as TestApi, {
    get: (_target, key) => {
      if (!api) throw new Error('the test API is only ready inside tests');
      const value = api[key as keyof TestApi];
      return typeof value === 'function' ? value.bind(api) : value;
    },
  });
}

async function createTestApi() {
  const database = await createTestDatabase();
  const config = testConfig(database.url);
  const logger = createLogger(config);
  const orm = await openOrm(database.url, 4, logger);
  const pubsub = await createPubSub(config.redis, logger);
  const deps: AppDeps = { orm, pubsub, logger };
  const schema = await buildGraphQLSchema();
  const apollo = createApolloServer(config, logger, schema);
  await apollo.start();
  const knex = orm.em.getKnex();
  const tables = (
    await knex.raw<{ rows: { tablename: string }[] }>(
      `select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'`,
    )
  ).rows.map((row) => row.tablename);

  const api = {
    config,
    deps,
    orm,
    schema,
    apollo,
    context: (viewer: Viewer = ANONYMOUS_VIEWER) => createContext(deps, viewer),
    async execute<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V, viewer?: Viewer) {
      const response = await apollo.executeOperation<R, V>(
        { query: document, variables },
        { contextValue: createContext(deps, viewer ?? ANONYMOUS_VIEWER) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected here');
      return response.body.singleResult as Result<R>;
    },
    async run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V, viewer?: Viewer) {
      const result = await api.execute(document, variables, viewer);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as R;
    },
    async countStatements(work: () => Promise<unknown>) {
      let count = 0;
      const listener = (): void => {
        count++;
      };
      knex.on('query', listener);
      try {
        await work();
      } finally {
        knex.off('query', listener);
      }
      return count;
    },
    async reset() {
      if (tables.length) await knex.raw(`truncate ${tables.join(', ')} restart identity cascade`);
    },
    async close() {
      await apollo.stop();
      await pubsub.close();
      await orm.close();
      await database.drop();
    },
  };
  return api;
}

/** The real API on a free port, for tests that go over HTTP and WebSocket. */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<App & { close(): Promise<void> }> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, overrides);
  const app = await startApp(config, createLogger(config));
  return {
    ...app,
    url: `http://127.0.0.1:${app.port}/graphql`,
    async close() {
      await app.stop();
      await database.drop();
    },
  };
}
