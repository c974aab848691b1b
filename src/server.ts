import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Config } from './config';
import { createContext, type Context, type RateLimitState } from './context';
import { formatError, UnauthenticatedError } from './errors';
import { compiledExecutor } from './http/compiled-executor';
import { applyCors } from './http/cors';
import { isGraphiQLAsset, serveGraphiQL, wantsGraphiQL } from './http/graphiql';
import { createGraphQLWsServer } from './http/graphql-ws';
import { healthReport } from './http/health';
import { clientIp, isMultipart, readJsonBody, readMultipartBody, RequestError, sendError, sendJson } from './http/request';
import type { Logger } from './logger';
import { errorLoggingPlugin } from './plugins/error-logging.plugin';
import { queryCostPlugin } from './plugins/query-cost.plugin';
import { budgetOf, type Budget, type Quota, type RateLimiter } from './services/identity/rate-limiter';
import type { AppDeps } from './services/shared/service-context';

export interface HttpServer {
  readonly server: http.Server;
  listen(): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to the timeout), closes subscriptions. */
  close(): Promise<void>;
}

/** The GraphQL server behind HTTP; tests call it in-process with `executeOperation`. */
export function createApolloServer(config: Config, logger: Logger, schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    gateway: compiledExecutor(schema),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: true,
    formatError,
    // Compact JSON: the default pretty-prints every response.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(logger),
      queryCostPlugin(config.limits),
    ],
  });
}

function setRateLimitHeaders(res: ServerResponse, quota: Quota): void {
  res.setHeader('X-RateLimit-Limit', quota.limit);
  res.setHeader('X-RateLimit-Remaining', quota.remaining);
  res.setHeader('X-RateLimit-Reset', Math.ceil(quota.resetAt.getTime() / 1000));
}

/**
 * Counts a request against a budget and reports the budget in X-RateLimit-* headers; over it, the
 * request is refused with HTTP 429 and Retry-After.
 */
async function countRequest(limiter: RateLimiter, res: ServerResponse, budget: Budget, operations: number): Promise<Quota> {
  const quota = await limiter.consume(budget, operations);
  setRateLimitHeaders(res, quota);
  if (!quota.allowed) {
    throw new RequestError(
      429,
      `Too many requests; try again in ${quota.retryAfterSeconds} s`,
      'RATE_LIMITED',
      { 'Retry-After': String(quota.retryAfterSeconds) },
      { retryAfter: quota.retryAfterSeconds },
    );
  }
  return quota;
}

export async function createHttpServer(config: Config, deps: AppDeps, schema: GraphQLSchema): Promise<HttpServer> {
  const { logger, authenticator, limiter } = deps;
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
        sendError(res, error);
        return;
      }
      logger.error({ err: error, url: req.url }, 'unexpected error handling an HTTP request');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const graphiql = config.graphiql && (wantsGraphiQL(req, url) || isGraphiQLAsset(url.pathname));
    const graphql = url.pathname === '/graphql' && req.method !== 'OPTIONS' && !graphiql;
    if (!graphql) {
      // Counted against no budget, it shows the address's anonymous one; /health must answer even when the budgets cannot be read.
      const quota = await limiter.peek({ kind: 'anonymous', ip: clientIp(req, config.trustProxy) }).catch(() => undefined);
      if (quota) setRateLimitHeaders(res, quota);
    }
    if (applyCors(req, res, config.corsOrigins)) return;
    if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      const report = await healthReport(deps.orm, deps.pubsub, startedAt);
      sendJson(res, report.status === 'unavailable' ? 503 : 200, report);
    } else if (graphiql) {
      serveGraphiQL(req, res, url.pathname);
    } else if (graphql) {
      await executeGraphQL(req, res, url);
    } else {
      sendJson(res, 404, { errors: [{ message: `Nothing at ${url.pathname}; the API is at /graphql`, extensions: { code: 'NOT_FOUND' } }] });
    }
  }

  /**
   * Authenticates, counts the request against the caller's budget, then lets Apollo run it. Every
   * answer carries the budget it was counted against: a request with a wrong credential counts
   * as an anonymous one of its address, a refused body or batch as one request.
   */
  async function executeGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const ip = clientIp(req, config.trustProxy);
    let auth;
    try {
      auth = await authenticator.authenticate(req.headers.authorization, ip);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      await countRequest(limiter, res, { kind: 'anonymous', ip }, 1);
      throw new RequestError(401, error.message, 'UNAUTHENTICATED', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }
    const budget = budgetOf(auth.viewer);
    let body: unknown;
    let operations: number;
    try {
      body = isMultipart(req)
        ? await readMultipartBody(req, res, { maxFileBytes: config.imports.maxBytes + 1, maxFieldBytes: config.http.bodyLimitBytes })
        : req.method === 'POST'
          ? await readJsonBody(req, config.http.bodyLimitBytes)
          : undefined;
      operations = Array.isArray(body) ? body.length : 1;
      if (operations > config.limits.batchMaxOperations) {
        throw new RequestError(400, `A batch may hold at most ${config.limits.batchMaxOperations} operations; this one has ${operations}`);
      }
    } catch (error) {
      if (budget && error instanceof RequestError) await countRequest(limiter, res, budget, 1);
      throw error;
    }
    const rateLimit: RateLimitState | undefined = budget && (await countRequest(limiter, res, budget, operations));
    if (auth.viewer.kind === 'token') authenticator.recordTokenUse(auth.viewer.tokenId);

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(deps, auth.viewer, rateLimit, req.headers),
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

  const ws = createGraphQLWsServer(server, deps, schema);

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
