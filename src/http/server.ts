import type { GraphQLSchema } from 'graphql';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Config } from '../config';
import { isDatabaseUnavailable } from '../db/outage';
import { databaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS } from '../errors';
import type { AppDeps } from '../services/shared/service-context';
import { Admission } from './admission';
import { createApolloServer } from './apollo-server';
import { applyCors } from './cors';
import { isGraphiQLAsset, serveGraphiQL, wantsGraphiQL } from './graphiql';
import { graphqlOverHttp } from './graphql-http';
import { createGraphQLWsServer } from './graphql-ws';
import { healthReport } from './health';
import { inboundIntegrationId, integrationInboundOverHttp } from './integration-inbound-http';
import { mcpOverHttp } from './mcp-http';
import { setRateLimitHeaders } from './rate-limit-headers';
import { clientIp, RequestError, sendError, sendJson } from './request';

export interface HttpServer {
  readonly server: http.Server;
  listen(): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to the timeout), closes subscriptions. */
  close(): Promise<void>;
}

/** One concern of the HTTP server: answers the request (true), or leaves it to the next. */
type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

/**
 * The API's one port: HTTP and graphql-ws at /graphql, MCP at /mcp, GraphiQL for browsers, /health,
 * platforms' calls at /integrations/<id>/inbound. Each concern is a handler, tried in order; both
 * transports admit callers through one `Admission`.
 */
export async function createHttpServer(config: Config, deps: AppDeps, schema: GraphQLSchema): Promise<HttpServer> {
  const { logger, limiter } = deps;
  const startedAt = Date.now();
  const admission = new Admission(deps, schema);
  const apollo = createApolloServer(config, logger, admission);
  await apollo.start();
  const graphql = graphqlOverHttp(config, deps, admission, apollo);
  const mcp = mcpOverHttp(config, deps, admission);
  const inbound = integrationInboundOverHttp(config, deps);

  const isGraphiQL = (req: IncomingMessage, url: URL): boolean => config.graphiql && (wantsGraphiQL(req, url) || isGraphiQLAsset(url.pathname));
  const isGraphQL = (req: IncomingMessage, url: URL): boolean => url.pathname === '/graphql' && req.method !== 'OPTIONS' && !isGraphiQL(req, url);
  const isMcp = (req: IncomingMessage, url: URL): boolean => url.pathname === '/mcp' && req.method !== 'OPTIONS';

  const handlers: Handler[] = [
    // Outside the APIs (GraphQL, MCP), a response is counted against no budget and shows the
    // address's anonymous one; /health must answer even when the budgets cannot be read.
    async (req, res, url) => {
      if (isGraphQL(req, url) || isMcp(req, url)) return false;
      const quota = await limiter.peek({ kind: 'anonymous', ip: clientIp(req, config.trustProxy) }).catch(() => undefined);
      if (quota) setRateLimitHeaders(res, quota);
      return false;
    },
    (req, res) => applyCors(req, res, config.corsOrigins),
    async (req, res, url) => {
      if (url.pathname !== '/health' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      const report = await healthReport(deps.orm, deps.pubsub, startedAt);
      sendJson(res, report.status === 'unavailable' ? 503 : 200, report);
      return true;
    },
    (req, res, url) => {
      if (!isGraphiQL(req, url)) return false;
      serveGraphiQL(req, res, url.pathname);
      return true;
    },
    async (req, res, url) => {
      if (!isGraphQL(req, url)) return false;
      await graphql(req, res, url);
      return true;
    },
    async (req, res, url) => {
      if (!isMcp(req, url)) return false;
      await mcp(req, res);
      return true;
    },
    async (req, res, url) => {
      const integrationId = inboundIntegrationId(req, url);
      if (integrationId === undefined) return false;
      await inbound(req, res, integrationId);
      return true;
    },
    (_req, res, url) => {
      sendJson(res, 404, { errors: [{ message: `Nothing at ${url.pathname}; the API is at /graphql`, extensions: { code: 'NOT_FOUND' } }] });
      return true;
    },
  ];

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const handle of handlers) if (await handle(req, res, url)) return;
  };

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
        sendError(res, error);
        return;
      }
      if (isDatabaseUnavailable(error) && !res.headersSent) {
        // E.g. a credential could not be checked: the whole request is refused, to be retried.
        logger.warn({ err: error, url: req.url }, 'request refused: the database is unavailable');
        const { message, extensions } = databaseUnavailable();
        const retryAfter = String(OUTAGE_RETRY_AFTER_SECONDS);
        sendError(res, new RequestError(503, message, 'SERVICE_UNAVAILABLE', { 'Retry-After': retryAfter }, extensions));
        return;
      }
      logger.error({ err: error, url: req.url }, 'unexpected error handling an HTTP request');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });
  const ws = createGraphQLWsServer(server, deps, admission);

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
      await ws.close();
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}
