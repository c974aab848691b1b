import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config';
import type { Context } from '../context';
import { compiledExecutor } from '../execution';
import type { Logger } from '../logger';
import { errorLoggingPlugin } from '../plugins/error-logging.plugin';
import { operationChecksPlugin } from '../plugins/operation-checks.plugin';
import { requestLogPlugin } from '../plugins/request-log.plugin';
import type { Admission } from './admission';

/**
 * Apollo's CSRF prevention lets a request with a simple content type (a multipart upload, a GET)
 * through when it carries one of these. None is CORS-safelisted, so a browser sends them cross-site
 * only after a preflight the API has allowed: `Authorization` (which every upload and every
 * signed-in GET carries, whatever the client library) as well as Apollo's own, its client
 * awareness and tracing headers. The API has no cookies: a forged request carries no credential.
 */
const PREFLIGHTED_HEADERS = [
  'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'apollographql-client-name', 'apollographql-client-version',
  'traceparent', 'x-request-id',
];

/**
 * The GraphQL server behind HTTP; tests call it in-process with `executeOperation`. Operations
 * that run without errors over plain JSON POSTs are answered without it (direct-execution.ts,
 * which does for them what the query-cost plugin does; the error-logging one has nothing to do
 * there): a plugin added here that acts on successful operations must be done there too.
 */
export function createApolloServer(config: Config, logger: Logger, admission: Admission): ApolloServer<Context> {
  return new ApolloServer<Context>({
    gateway: compiledExecutor(admission.schema),
    introspection: config.introspection,
    parseOptions: admission.parseOptions,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: true,
    csrfPrevention: { requestHeaders: PREFLIGHTED_HEADERS },
    formatError: admission.formatError,
    // Compact JSON: the default pretty-prints every response.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(logger),
      requestLogPlugin(),
      operationChecksPlugin(admission, config.limits.queryMaxCost),
    ],
  });
}
