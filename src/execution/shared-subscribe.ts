import {
  createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult,
} from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** Results per published event, per (document, variables, audience): dropped with the event. */
const shared = new WeakMap<object, Map<string, Result>>();
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/**
 * `subscribe` for graphql-ws that runs each published event once per group of subscribers who
 * would get the same answer (same document, same variables, same audience) instead of once per
 * subscriber: a ticket update watched by a thousand agents is executed once and sent a thousand
 * times. Each subscriber's own event stream (and so its filtering) is untouched.
 *
 * `audienceOf` must separate callers whose answers can differ for the same event, e.g. customers
 * (who never see internal comments) from staff. `eachEvent` runs around the making of each of
 * this subscriber's results (its trace span), not around the wait for the event.
 */
export async function sharedSubscribe(
  args: ExecutionArgs,
  audienceOf: (contextValue: unknown) => string,
  eachEvent: (result: () => Result) => Result = (result) => result(),
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  let documentId = documentIds.get(args.document);
  if (documentId === undefined) documentIds.set(args.document, (documentId = nextDocumentId++));
  const key = `${documentId}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${audienceOf(args.contextValue)}`;

  const resultFor = (event: unknown): Result => {
    if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
    let results = shared.get(event);
    if (!results) shared.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) {
      result = execute({ ...args, rootValue: event });
      results.set(key, result);
    }
    return result;
  };

  const events = source[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await events.next();
      return step.done ? step : { done: false, value: await eachEvent(() => resultFor(step.value)) };
    },
    // Ends the subscriber's own event stream: that is what unsubscribes it.
    return: async () => {
      await events.return?.();
      return { done: true, value: undefined };
    },
    throw: async (error?: unknown) => {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
