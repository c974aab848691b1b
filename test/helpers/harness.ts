import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { hash } from '@node-rs/argon2';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { closeDeps, createDeps, startApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createContext, type Context } from '../../src/context';
import { openOrm } from '../../src/db/orm';
import { Role } from '../../src/entities/enums';
import { User } from '../../src/entities/user.entity';
import { Admission } from '../../src/http/admission';
import { createApolloServer } from '../../src/http/apollo-server';
import { createLogger } from '../../src/logger';
import { buildGraphQLSchema } from '../../src/schema';
import type { Viewer } from '../../src/services/identity/viewer';
import type { AppDeps } from '../../src/services/shared/service-context';
import { FIXTURE_CORPUS_DIR } from './classifier-corpus';
import { createTestDatabase } from './database';

/** Every test user's password. */
export const TEST_PASSWORD = 'correct horse battery';
let testHash: Promise<string> | undefined;
function passwordHash(): Promise<string> {
  testHash ??= hash(TEST_PASSWORD);
  return testHash;
}

export interface Result<R> {
  data?: R | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * Configuration for a test: its own database, real Redis when REDIS_URL is set, a free port, and
 * the small fixture corpus for retraining the classifier.
 */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL,
    REDIS_PREFIX: `tg-test-${randomBytes(4).toString('hex')}:`,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    CLASSIFIER_CORPUS_DIR: FIXTURE_CORPUS_DIR,
    // Attached files go to a folder of the test's own, not the checkout's .data.
    ATTACHMENT_DIR: path.join(os.tmpdir(), `ticketgraph-test-files-${randomBytes(4).toString('hex')}`),
    ...overrides,
  });
}

export interface TestApi {
  readonly config: Config;
  readonly deps: AppDeps;
  readonly orm: MikroORM;
  readonly schema: GraphQLSchema;
  readonly apollo: ApolloServer<Context>;
  /**
   * Runs an operation in-process, as the HTTP server would, as the given viewer (by default an
   * AGENT named `agent`, made for the test).
   */
  execute<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V, viewer?: Viewer): Promise<Result<R>>;
  /** Like `execute`, but fails the test on errors. */
  run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V, viewer?: Viewer): Promise<R>;
  /** A real user in the database, as a viewer. */
  user(role?: Role, username?: string): Promise<Extract<Viewer, { kind: 'user' }>>;
  context(viewer?: Viewer): Promise<Context>;
  /** Counts the SQL statements that `work` sends. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
}

/**
 * The in-process API of a test file: a database of its own (emptied before each test), the real
 * schema and Apollo server, the real pub/sub.
 */
export function useTestApi(overrides: Record<string, string> | (() => Record<string, string>) = {}): TestApi {
  let api: (TestApi & { close(): Promise<void>; reset(): Promise<void> }) | undefined;
  beforeAll(async () => {
    api = await createTestApi(typeof overrides === 'function' ? overrides() : overrides);
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

async function createTestApi(overrides: Record<string, string>) {
  const database = await createTestDatabase();
  const config = testConfig(database.url, overrides);
  const logger = createLogger(config);
  const orm = await openOrm(database.url, 4, logger);
  const deps = await createDeps(config, logger, orm);
  const schema = await buildGraphQLSchema();
  const apollo = createApolloServer(config, logger, new Admission(deps, schema));
  await apollo.start();
  const knex = orm.em.getKnex();
  const tables = (
    await knex.raw<{ rows: { tablename: string }[] }>(
      `select tablename from pg_tables where schemaname = 'public' and tablename not in ('mikro_orm_migrations', 'app_secrets')`,
    )
  ).rows.map((row) => row.tablename);

  let defaultViewer: Promise<Viewer> | undefined;
  const api = {
    config,
    deps,
    orm,
    schema,
    apollo,
    async user(role: Role = Role.AGENT, username = `${role.toLowerCase()}-${randomBytes(3).toString('hex')}`) {
      const em = orm.em.fork();
      const user = new User(username, `${username}@example.com`, await passwordHash(), role);
      await em.persist(user).flush();
      return {
        kind: 'user' as const, actor: username, userId: user.id, role, username, email: user.email, sessionId: randomUUID(), ip: '127.0.0.1',
      };
    },
    async context(viewer?: Viewer) {
      return createContext(deps, viewer ?? (await (defaultViewer ??= api.user(Role.AGENT, 'agent'))));
    },
    async execute<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V, viewer?: Viewer) {
      const response = await apollo.executeOperation<R, V>({ query: document, variables }, { contextValue: await api.context(viewer) });
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
      defaultViewer = undefined;
      if (tables.length) await knex.raw(`truncate ${tables.join(', ')} restart identity cascade`);
    },
    async close() {
      await apollo.stop();
      await closeDeps(deps);
      await database.drop();
    },
  };
  return api;
}

/**
 * The real API on a free port, for tests that go over HTTP and WebSocket; on a database of its
 * own, or on another server's (`databaseUrl`) to run two instances side by side.
 */
export async function startTestServer(
  overrides: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<App & { databaseUrl: string; close(): Promise<void> }> {
  const database = options.databaseUrl ? undefined : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database!.url;
  const config = testConfig(databaseUrl, overrides);
  const app = await startApp(config, createLogger(config));
  return {
    ...app,
    databaseUrl,
    url: `http://127.0.0.1:${app.port}/graphql`,
    async close() {
      await app.stop();
      await database?.drop();
    },
  };
}
