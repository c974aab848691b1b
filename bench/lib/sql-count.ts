import 'reflect-metadata';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { benchToken, UNLIMITED_BUDGETS } from './credentials';
import { postGraphQL } from './processes';

/**
 * Counts the SQL statements ticketgraph sends for one HTTP request, per variables: the real app
 * in this process (startApp on port 0), with a listener on the knex client that every query of
 * the ORM and of the repositories' hand-written SQL goes through. Requests go one at a time, so
 * each count belongs to one request.
 */
export async function countStatementsPerRequest(
  databaseUrl: string,
  query: string,
  variableSets: Record<string, unknown>[],
  check: (text: string, variables: Record<string, unknown>) => void,
): Promise<number[]> {
  const config = loadConfig({ DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...UNLIMITED_BUDGETS });
  const headers = { authorization: `Bearer ${await benchToken(databaseUrl)}` };
  const app = await startApp(config, createLogger(config));
  const knex = app.deps.orm.em.getKnex();
  let count = 0;
  const listener = (): void => {
    count++;
  };
  try {
    const url = `http://127.0.0.1:${app.port}/graphql`;
    const counts: number[] = [];
    for (const variables of variableSets) {
      await postGraphQL(url, { query, variables }, headers); // first use of a shape: connections, caches
      let most = 0;
      for (let i = 0; i < 3; i++) {
        count = 0;
        knex.on('query', listener);
        const text = await postGraphQL(url, { query, variables }, headers);
        knex.off('query', listener);
        check(text, variables);
        most = Math.max(most, count);
      }
      counts.push(most);
    }
    return counts;
  } finally {
    knex.off('query', listener);
    await app.stop();
  }
}
