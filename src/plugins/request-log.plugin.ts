import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * Hands the codes of the errors in an answer (a 200 with NOT_FOUND, FORBIDDEN, BAD_USER_INPUT...)
 * to the request's log line, as they go out: after `formatError`, so the codes clients see.
 */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const codes = response.body.singleResult.errors.map((error) => error.extensions?.code).filter((code): code is string => typeof code === 'string');
          contextValue.reportErrorCodes?.(codes);
        },
      };
    },
  };
}
