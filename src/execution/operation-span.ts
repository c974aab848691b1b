import { execute, getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { currentTraceContext, traced, type SpanAttributes, type SpanOutcome, type SpanStart, type TraceContext } from '../telemetry/spans';
import { sharedSubscribe } from './shared-subscribe';

/**
 * The span of an operation, named as OpenTelemetry's conventions say: `query Tickets`. Over HTTP
 * it is `internal` to the request's span; over WebSocket there is no request span, so it is the
 * `server` span itself.
 */
export function operationSpan(document: DocumentNode, operationName: string | null | undefined, kind: SpanStart['kind'] = 'internal', parent?: TraceContext): SpanStart {
  const definition = getOperationAST(document, operationName);
  const type = definition?.operation ?? 'query';
  const name = definition?.name?.value;
  const attributes: SpanAttributes = { 'graphql.operation.type': type };
  if (name) attributes['graphql.operation.name'] = name;
  return { name: name ? `${type} ${name}` : type, kind, attributes, ...(parent ? { parent } : {}) };
}

export function operationOutcome(result: ExecutionResult): SpanOutcome {
  if (!result.errors?.length) return { attributes: { 'graphql.outcome': 'ok' } };
  return { failed: true, attributes: { 'graphql.outcome': 'error', 'graphql.error.count': result.errors.length } };
}

/**
 * A query or mutation over WebSocket, in its own `server` span (graphql-ws runs it with
 * graphql-js, outside Apollo and its HTTP request); the child of the client's span when it sent
 * its trace context (`parent`), else the root of a trace of its own.
 */
export function tracedExecution(args: ExecutionArgs, parent?: TraceContext): ExecutionResult | Promise<ExecutionResult> {
  return traced(() => operationSpan(args.document, args.operationName, 'server', parent), () => execute(args), operationOutcome);
}

/**
 * A subscription over WebSocket (through `sharedSubscribe`), traced as two kinds of short spans
 * rather than one span open for the subscription's life, which would reach the collector only when
 * it ends: `subscription Watch` (server) while it starts, `ok` once its event stream is open; then
 * for each event pushed to it, `subscription Watch event`, the start's child, while its result is
 * made (a result shared with other subscribers is made once, in one of their spans).
 */
export async function tracedSubscription(args: ExecutionArgs, audienceOf: (contextValue: unknown) => string, parent?: TraceContext): ReturnType<typeof sharedSubscribe> {
  const start = (): SpanStart => operationSpan(args.document, args.operationName, 'server', parent);
  return await traced(
    start,
    () => {
      const subscription = currentTraceContext();
      const eventSpan = (): SpanStart => {
        const span = operationSpan(args.document, args.operationName);
        return { ...span, name: `${span.name} event`, parent: subscription };
      };
      return sharedSubscribe(args, audienceOf, (result) => traced(eventSpan, result, operationOutcome));
    },
    (result) => operationOutcome(Symbol.asyncIterator in result ? {} : result),
  );
}
