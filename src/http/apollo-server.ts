import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config';
import type { Context } from '../context';
import { compiledExecutor } from '../execution';
import type { Logger } from '../logger';
import { errorLoggingPlugin } from '../plugins/error-logging.plugin';
import { operationChecksPlugin } from '../plugins/operation-checks.plugin';
import type { Admission } from './admission';

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
    formatError: admission.formatError,
    // Compact JSON: the default pretty-prints every response.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(logger),
      operationChecksPlugin(admission, config.limits.queryMaxCost),
    ],
  });
}
