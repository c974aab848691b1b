import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import type { Admission } from '../http/admission';

/**
 * Checks each operation before it runs, as over WebSocket (the admission's `checkOperation`: its
 * input values, then its depth, aliases and cost), and reports its cost in `extensions.cost`.
 */
export function operationChecksPlugin(admission: Pick<Admission, 'checkOperation'>, maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          cost = admission.checkOperation(document, operation, request.variables).cost;
          contextValue.queryCost = cost;
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: cost, limit: maxCost } };
        },
      };
    },
  };
}
