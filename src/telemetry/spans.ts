/**
 * The spans the API's own code opens (GraphQL operations, jobs), with nothing of OpenTelemetry in
 * it: `open-telemetry.ts`, loaded only when OTEL_EXPORTER_OTLP_ENDPOINT is set, installs the
 * recorder. Until then `traced` just runs the work, at the cost of one check.
 */

export type SpanAttributes = Record<string, string | number | boolean>;

export interface SpanStart {
  name: string;
  /** `consumer` for a job taken from the queue; a GraphQL operation is `internal` to its HTTP request's span. */
  kind: 'internal' | 'consumer';
  attributes: SpanAttributes;
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
}

let recorder: SpanRecorder | undefined;

export function installSpanRecorder(installed: SpanRecorder | undefined): void {
  recorder = installed;
}

/** Names the route of the HTTP request being served (a path pattern, never a path with ids). */
export function setRequestRoute(route: string): void {
  recorder?.setRoute(route);
}

/** Runs `work` in a span when tracing is on; otherwise exactly `work()`, without describing the span. */
export function traced<T>(start: () => SpanStart, work: () => T | Promise<T>, outcomeOf: (result: T) => SpanOutcome = () => ({})): T | Promise<T> {
  return recorder ? recorder.run(start(), work, outcomeOf) : work();
}
