import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { closeDeps, createDeps } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { migrate, openOrm } from '../../src/db/orm';
import { Admission } from '../../src/http/admission';
import { createApolloServer } from '../../src/http/apollo-server';
import { createLogger } from '../../src/logger';
import { buildGraphQLSchema } from '../../src/schema';
import type { Viewer } from '../../src/services/identity/viewer';

export interface InProcessApi {
  orm: MikroORM;
  /** Runs an operation through the real schema and Apollo server as `viewer`; throws on errors. */
  execute(document: TypedDocumentNode<any, any>, variables: Record<string, unknown>, viewer: Viewer): Promise<any>;
  stop(): Promise<void>;
}

/** The API in this process over a migrated database at `url`, without HTTP: what a benchmark of operations needs. */
export async function inProcessApi(url: string): Promise<InProcessApi> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const logger = createLogger(config);
  const orm = await openOrm(url, 4, logger);
  await migrate(orm, logger);
  const deps = await createDeps(config, logger, orm);
  const apollo = createApolloServer(config, logger, new Admission(deps, await buildGraphQLSchema()));
  await apollo.start();
  return {
    orm,
    async execute(document, variables, viewer) {
      const response = await apollo.executeOperation({ query: document, variables }, { contextValue: createContext(deps, viewer) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental'));
      }
      return response.body.singleResult.data;
    },
    async stop() {
      await apollo.stop();
      await closeDeps(deps);
    },
  };
}

/** Each run's milliseconds. */
export async function timed(work: () => Promise<void>, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}
