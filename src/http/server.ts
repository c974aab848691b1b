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
import { failedRowsDownloads, isFailedRowsDownload } from './failed-rows-download';
import { fileDownloads, isFileDownload } from './file-download';
import { graphqlOverHttp } from './graphql-http';
import { createGraphQLWsServer } from './graphql-ws';
import { healthReport, releaseOf } from './health';
import { inboundIntegrationId, integrationInboundOverHttp } from './integration-inbound-http';
import { mcpOverHttp } from './mcp-http';
import { Metrics } from './metrics';
import { setRateLimitHeaders } from './rate-limit-headers';
import { clientIp, RequestError, sendError, sendErrors, sendJson } from './request';
import { beginRequest, recordErrorCode } from './request-log';
import { PROBE_PATHS, setRequestRoute } from '../telemetry/spans';

/** Routes by name for logs and metrics; any other path is `other`, so that labels stay few. */
const ROUTES = new Set(['/graphql', '/mcp', '/health', '/health/live', '/health/ready', '/metrics']);
/** Routes with an id in the path, named by their pattern. */
const ROUTE_PATTERNS: readonly [RegExp, string][] = [
  [/^\/files\/[^/]+$/, '/files/:id'],
  [/^\/imports\/[^/]+\/failed-rows\.csv$/, '/imports/:id/failed-rows.csv'],
  [/^\/integrations\/[^/]+\/inbound$/, '/integrations/:id/inbound'],
];

function routeOf(path: string): string {
  if (ROUTES.has(path)) return path;
  return ROUTE_PATTERNS.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

export interface HttpServer {
  readonly server: http.Server;
  listen(): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to the timeout), closes subscriptions. */
  close(): Promise<void>;
}

/** One concern of the HTTP server: answers the request (true), or leaves it to the next. */
type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

/**
 * The API's one port: HTTP and graphql-ws at /graphql, MCP at /mcp, files at /files, GraphiQL for
 * browsers, /health and /metrics, platforms' calls at /integrations/<id>/inbound. Each concern is a
 * handler, tried in order; every transport admits callers through one `Admission`.
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
  const files = fileDownloads(config, deps, admission);
  const failedRows = failedRowsDownloads(config, deps);

  const isGraphiQL = (req: IncomingMessage, url: URL): boolean => config.graphiql && (wantsGraphiQL(req, url) || isGraphiQLAsset(url.pathname));
  const release = releaseOf(config.commitSha);
  // Set once graphql-ws is up (below); until then nothing is open.
  let socketStats = (): { connections: number; subscriptions: number } => ({ connections: 0, subscriptions: 0 });
  const metrics = new Metrics(deps.orm, () => socketStats(), deps.workMetrics);

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
      if (!url.pathname.startsWith('/health') || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      if (url.pathname === '/health/live') {
        // The process answers: it need not be restarted, whatever its dependencies do.
        sendJson(res, 200, { status: 'ok', ...release });
        return true;
      }
      if (url.pathname !== '/health' && url.pathname !== '/health/ready') return false;
      const report = await healthReport(deps, startedAt, release);
      sendJson(res, report.status === 'unavailable' ? 503 : 200, report);
      return true;
    },
    async (req, res, url) => {
      if (url.pathname !== '/metrics' || req.method !== 'GET') return false;
      await metrics.serve(req, res, config.metricsToken);
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
    async (req, res, url) => {
      if (!isFileDownload(req, url)) return false;
      await files(req, res, url);
      return true;
    },
    async (req, res, url) => {
      if (!isFailedRowsDownload(req, url)) return false;
      await failedRows(req, res, url);
      return true;
    },
    (req, res, url) => {
      recordErrorCode(req, 'NOT_FOUND');
      sendErrors(req, res, 404, [{ message: `Nothing at ${url.pathname}; the API is at /graphql`, extensions: { code: 'NOT_FOUND' } }]);
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
    const record = beginRequest(req, res);
    const arrived = performance.now();
    const routeName = routeOf(record.path);
    setRequestRoute(routeName);
    res.once('close', () => {
      const seconds = (performance.now() - arrived) / 1000;
      record.status = res.statusCode;
      metrics.observe(record, routeName, seconds);
      const line = {
        requestId: record.id, method: record.method, path: record.path, status: record.status, latencyMs: Math.round(seconds * 10_000) / 10,
        operations: record.operations.length ? record.operations : undefined, caller: record.caller, errorCodes: record.errorCodes.length ? record.errorCodes : undefined,
      };
      if (PROBE_PATHS.has(record.path)) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    if (draining) {
      res.setHeader('Connection', 'close');
      recordErrorCode(req, 'SERVICE_UNAVAILABLE');
      sendErrors(req, res, 503, [{ message: 'Server is shutting down', extensions: { code: 'SERVICE_UNAVAILABLE' } }]);
      return;
    }
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (draining && inFlight === 0) drained?.();
    });
    route(req, res).catch((error: unknown) => {
      if (error instanceof RequestError) {
        recordErrorCode(req, error.code);
        sendError(req, res, error);
        return;
      }
      if (isDatabaseUnavailable(error) && !res.headersSent) {
        // E.g. a credential could not be checked: the whole request is refused, to be retried.
        logger.warn({ err: error, requestId: record.id, path: record.path }, 'request refused: the database is unavailable');
        const { message, extensions } = databaseUnavailable();
        const retryAfter = String(OUTAGE_RETRY_AFTER_SECONDS);
        recordErrorCode(req, 'SERVICE_UNAVAILABLE');
        sendError(req, res, new RequestError(503, message, 'SERVICE_UNAVAILABLE', { 'Retry-After': retryAfter }, extensions));
        return;
      }
      logger.error({ err: error, requestId: record.id, path: record.path }, 'unexpected error handling an HTTP request');
      recordErrorCode(req, 'INTERNAL_SERVER_ERROR');
      if (!res.headersSent) sendErrors(req, res, 500, [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      else res.destroy();
    });
  });
  const ws = createGraphQLWsServer(server, deps, admission);
  socketStats = ws.stats;

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
