import { Client } from 'pg';

/** The PostgreSQL server the scratch databases go on: DATABASE_URL's, or the machine's local one. */
function serverUrl(): URL {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/postgres';
  return url;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * An empty database named `name` on DATABASE_URL's server (one left by an earlier run is dropped
 * first), for a benchmark or an evaluation to migrate and fill; `drop` removes it.
 */
export async function scratchDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  await onServer(`drop database if exists ${name} with (force)`);
  await onServer(`create database ${name}`);
  const url = serverUrl();
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`drop database if exists ${name} with (force)`) };
}
