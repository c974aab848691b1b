import fs from 'node:fs';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** Clients that connect at once: the server admits this many not-yet-initialised sockets per address. */
export const CONNECT_BATCH = 50;

/** Each side holds one socket per subscriber: the limit is per process, set by the shell (`ulimit -n`). */
export function checkFileDescriptorLimit(sockets: number): void {
  const limits = fs.readFileSync('/proc/self/limits', 'utf8').match(/Max open files\s+(\d+|unlimited)/);
  const soft = limits?.[1] === 'unlimited' ? Infinity : Number(limits?.[1] ?? Infinity);
  if (soft < sockets + 200) {
    throw new Error(`the open-file limit is ${soft}, too low for ${sockets} sockets: run \`ulimit -n 4096\` in this shell first`);
  }
}

/**
 * `count` graphql-ws clients of `url`, each connected (connection_ack received) with
 * `connectionParams`, fifty at a time; no retries, so a refused or dropped socket shows.
 */
export async function connectClients(url: string, connectionParams: Record<string, string>, count: number): Promise<Client[]> {
  const clients: Client[] = [];
  try {
    for (let start = 0; start < count; start += CONNECT_BATCH) {
      await Promise.all(
        Array.from({ length: Math.min(CONNECT_BATCH, count - start) }, async () => {
          const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams });
          clients.push(client);
          await new Promise<void>((resolve, reject) => {
            client.on('connected', () => resolve());
            client.on('error', (error) => reject(error instanceof Error ? error : new Error('WebSocket error')));
            client.on('closed', (event) => reject(new Error(`closed: ${(event as { reason?: string }).reason ?? ''}`)));
          });
        }),
      );
    }
    return clients;
  } catch (error) {
    await Promise.all(clients.map((client) => client.dispose()));
    throw error;
  }
}
