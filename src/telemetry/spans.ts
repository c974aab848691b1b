/**
 * The spans the API's own code opens (GraphQL operations, jobs), with nothing of OpenTelemetry in
 * it: `open-telemetry.ts`, loaded only when OTEL_EXPORTER_OTLP_ENDPOINT is set, installs the
 * recorder. Until then `traced` just runs the work, at the cost of one check.
 */

export type SpanAttributes = Record<string, string | number | boolean>;

/**
 * A span's W3C trace context (`traceparent`, and `tracestate` when there is one), carried where no
 * header goes: in a job's data, from the request that queued it to the worker that runs it.
 */
export type TraceContext = Record<string, string>;

export interface SpanStart {
  name: string;
  /**
   * `consumer` for a job taken from the queue; a GraphQL operation is `internal` to its HTTP
   * request's span, and `server` over WebSocket, where no HTTP span exists.
   */
  kind: 'internal' | 'consumer' | 'server';
  attributes: SpanAttributes;
  /** The parent when it is not the active span: the request that queued a job, the subscription an event is pushed to. */
  parent?: TraceContext;
}

/** What became of the work: attributes it adds, and whether it failed. */
export interface SpanOutcome {
  attributes?: SpanAttributes;
  failed?: boolean;
}

export interface SpanRecorder {
  /** Runs `work` inside a new span, the child of the active one, so that its calls are the span's children. */
  run<T>(start: SpanStart, work: () => T | Promise<T>, outcomeOf: (result: T) => SpanOutcome): Promise<T>;
  /** Names the route of the HTTP request being served, so that its span reads `POST /graphql`. */
  setRoute(route: string): void;
  /** The active span's context; undefined outside any span. */
  activeContext(): TraceContext | undefined;
}

let recorder: SpanRecorder | undefined;

export function installSpanRecorder(installed: SpanRecorder | undefined): void {
  recorder = installed;
}

/** Names the route of the HTTP request being served (a path pattern, never a path with ids). */
export function setRequestRoute(route: string): void {
  recorder?.setRoute(route);
}

/** The active span's context, to hand to work that runs elsewhere or later; undefined when tracing is off or no span is active. */
export function currentTraceContext(): TraceContext | undefined {
  return recorder?.activeContext();
}

/**
 * Probes and scrapes: they come every few seconds, so they make no span (and log at debug level),
 * or they would bury the requests that matter.
 */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

const TRACEPARENT = /^[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;
const TRACESTATE_MAX = 512;

/**
 * A client's W3C trace context from where a header cannot go: a graphql-ws operation's
 * `extensions` or its connection's `connectionParams` (`traceparent`, and `tracestate`).
 * Anything that is not a valid `traceparent` is ignored, and the work starts its own trace.
 */
export function clientTraceContext(source: unknown): TraceContext | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const { traceparent, tracestate } = source as Record<string, unknown>;
  if (typeof traceparent !== 'string' || !TRACEPARENT.test(traceparent) || traceparent.startsWith('ff')) return undefined;
  return typeof tracestate === 'string' && tracestate.length <= TRACESTATE_MAX ? { traceparent, tracestate } : { traceparent };
}

/** Runs `work` in a span when tracing is on; otherwise exactly `work()`, without describing the span. */
export function traced<T>(start: () => SpanStart, work: () => T | Promise<T>, outcomeOf: (result: T) => SpanOutcome = () => ({})): T | Promise<T> {
  return recorder ? recorder.run(start(), work, outcomeOf) : work();
}
