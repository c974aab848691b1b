import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import type { Admission } from '../http/admission';

/**
 * Refuses operations over the limits before they run (the admission's measure, as over
 * WebSocket), and reports each operation's cost in `extensions.cost`.
 */
export function queryCostPlugin(admission: Pick<Admission, 'measure'>, maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          cost = admission.measure(document, operation, request.variables).cost;
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
