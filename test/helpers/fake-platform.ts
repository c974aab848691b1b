import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PlatformRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The body as sent. */
  text: string;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: any;
  at: number;
}

export interface PlatformAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are. */
  body?: unknown;
  /** Milliseconds to wait before answering: a slow platform. */
  delayMs?: number;
}

/**
 * A local HTTP server that plays a platform (Slack, Jira, GitHub, Teams ...): it records every
 * request and answers what the test's `handle` says, the way the platform's documentation says
 * it answers. A protocol-test helper: the adapters under test speak real HTTP to it.
 */
export class FakePlatform {
  readonly requests: PlatformRequest[] = [];
  handle: (request: PlatformRequest) => PlatformAnswer | Promise<PlatformAnswer> = () => ({ status: 200, body: {} });

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakePlatform> {
    const server = http.createServer();
    const platform = new FakePlatform(server);
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        const request: PlatformRequest = { method: req.method!, path: req.url!, headers: req.headers, text, json, at: Date.now() };
        platform.requests.push(request);
        void Promise.resolve(platform.handle(request)).then(async (answer) => {
          if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
          res.statusCode = answer.status ?? 200;
          for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
          if (answer.body === undefined) res.end();
          else if (typeof answer.body === 'string') res.end(answer.body);
          else {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify(answer.body));
          }
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return platform;
  }

  url(path = ''): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
