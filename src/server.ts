import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Config } from './config';
import { ANONYMOUS_VIEWER, createContext, type AppDeps, type Context } from './context';
import { formatError } from './errors';
import { isGraphiQLAsset, serveGraphiQL, wantsGraphiQL } from './http/graphiql';
import { healthReport } from './http/health';
import type { Logger } from './logger';
import { errorLoggingPlugin, logUnexpectedErrors } from './plugins/error-logging.plugin';

export interface HttpServer {
  readonly server: http.Server;
  listen(): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to the timeout), closes subscriptions. */
  close(): Promise<void>;
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The GraphQL server behind HTTP; tests call it in-process with `executeOperation`. */
export function createApolloServer(config: Config, logger: Logger, schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
    // Compact JSON: the default pretty-prints every response.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), errorLoggingPlugin(logger)],
  });
}

export async function createHttpServer(config: Config, deps: AppDeps, schema: GraphQLSchema): Promise<HttpServer> {
  const { logger } = deps;
  const startedAt = Date.now();
  const apollo = createApolloServer(config, logger, schema);
  await apollo.start();

  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;

  const server = http.createServer((req, res) => {
    if (draining) {
      res.setHeader('Connection', 'close');
      sendJson(res, 503, { errors: [{ message: 'Server is shutting down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (draining && inFlight === 0) drained?.();
    });
    route(req, res).catch((error: unknown) => {
      if (error instanceof RequestError) {
        // The rest of the body is not read: the connection cannot carry another request.
        if (error.status === 413) res.setHeader('Connection', 'close');
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      logger.error({ err: error, url: req.url }, 'unexpected error handling an HTTP request');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      const report = await healthReport(deps.orm, deps.pubsub, startedAt);
      sendJson(res, report.status === 'unavailable' ? 503 : 200, report);
    } else if (config.graphiql && (wantsGraphiQL(req, url) || isGraphiQLAsset(url.pathname))) {
      serveGraphiQL(req, res, url.pathname);
    } else if (url.pathname === '/graphql') {
      await executeGraphQL(req, res, url);
    } else {
      sendJson(res, 404, { errors: [{ message: `Nothing at ${url.pathname}; the API is at /graphql`, extensions: { code: 'NOT_FOUND' } }] });
    }
  }

  async function executeGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = req.method === 'POST' ? await readJsonBody(req, config.http.bodyLimitBytes) : undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(deps, ANONYMOUS_VIEWER),
    });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const wss = new WebSocketServer({ server, path: '/graphql' });
  const ws = useServer<Record<string, unknown>, { context?: Context }>(
    {
      schema,
      context: () => createContext(deps, ANONYMOUS_VIEWER),
      onNext: (_ctx, _id, payload, args, result) => {
        if (!result.errors) return;
        logUnexpectedErrors(logger, result.errors, payload.operationName, (args.contextValue as Context | undefined)?.viewer.actor);
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
      },
      onError: (_ctx, _id, payload, errors): GraphQLFormattedError[] => {
        logUnexpectedErrors(logger, errors, payload.operationName, undefined);
        return errors.map((error) => formatError(error.toJSON(), error));
      },
    },
    wss,
  );

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.http.port, config.http.host, () => {
          server.off('error', reject);
          resolve((server.address() as { port: number }).port);
        });
      }),
    async close() {
      draining = true;
      server.close();
      server.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, config.http.shutdownTimeoutMs).unref();
        });
      }
      await ws.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Reads a JSON request body; anything else is left to Apollo, which names what it expects. */
async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RequestError(413, `Request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return text;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RequestError(400, `Malformed JSON body: ${(error as Error).message}`);
  }
}
