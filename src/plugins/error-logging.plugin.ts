import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { isExpectedError } from '../errors';
import type { Logger } from '../logger';

/** Logs what `formatError` masks: the full error with the operation and the caller. */
export function logUnexpectedErrors(
  logger: Logger,
  errors: readonly GraphQLError[],
  operationName: string | null | undefined,
  actor: string | null | undefined,
): void {
  for (const error of errors) {
    if (isExpectedError(error)) continue;
    logger.error(
      { err: unwrapResolverError(error), operationName: operationName ?? null, path: error.path, actor: actor ?? null },
      'unexpected error in GraphQL operation',
    );
  }
}

export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName, contextValue }) {
          logUnexpectedErrors(logger, errors, operationName, contextValue?.viewer?.actor);
        },
      };
    },
  };
}
