import net from 'node:net';

/** A TCP proxy between clients and a real server, to take the network between them away and back. */
export interface TcpProxy {
  readonly port: number;
  /** The address to give clients, with the target's scheme (e.g. `redis://127.0.0.1:<port>`). */
  readonly url: string;
  /** The server is gone, as clients see it: open connections are reset and new ones refused. */
  cut(): Promise<void>;
  /** A black-holed network: connections stay open and new ones connect, but nothing gets through. */
  freeze(): void;
  /** Forwards again, on the same port; what a frozen connection held gets through now. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { protocol, hostname, port: targetPort } = new URL(target);
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket; held: Array<[net.Socket, Buffer]> }>();
  let frozen = false;

  const server = net.createServer((client) => {
    const upstream = net.connect(Number(targetPort), hostname);
    const pair = { client, upstream, held: [] as Array<[net.Socket, Buffer]> };
    pairs.add(pair);
    const forward = (to: net.Socket) => (chunk: Buffer) => {
      if (frozen) pair.held.push([to, chunk]);
      else to.write(chunk);
    };
    client.on('data', forward(upstream));
    upstream.on('data', forward(client));
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on('error', drop).on('close', drop);
  });
  const listen = (port: number): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const pair of pairs) {
        pair.client.resetAndDestroy();
        pair.upstream.destroy();
      }
    });

  return {
    port,
    url: `${protocol}//127.0.0.1:${port}`,
    cut: stopListening,
    freeze() {
      frozen = true;
    },
    async restore() {
      frozen = false;
      for (const pair of pairs) for (const [to, chunk] of pair.held.splice(0)) to.write(chunk);
      if (!server.listening) await listen(port);
    },
    close: stopListening,
  };
}
