import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { getRPCMetadata, RPCType, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as JsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type Span as SdkSpan, type SpanProcessor } from '@opentelemetry/sdk-trace';
import type { Config } from '../config';
import { installSpanRecorder, PROBE_PATHS, type SpanStart, type SpanOutcome, type TraceContext } from './spans';

const KINDS: Record<SpanStart['kind'], SpanKind> = { internal: SpanKind.INTERNAL, consumer: SpanKind.CONSUMER, server: SpanKind.SERVER };

const REDACTED = 'REDACTED';

/**
 * URLs leave the process without what may be a secret or a user's data: a GET's query string
 * holds a GraphQL document and its variables, and a callback's or a chat platform's URL often
 * carries its token in the path (`/services/T0/B0/<secret>`). Outgoing calls keep their origin.
 */
const urlRedaction: SpanProcessor = {
  onStart(span: SdkSpan) {
    const { attributes } = span;
    if (typeof attributes['url.query'] === 'string' && attributes['url.query'] !== '') span.setAttribute('url.query', REDACTED);
    if (typeof attributes['url.full'] !== 'string') return;
    span.setAttribute('url.full', new URL(attributes['url.full']).origin);
    if (attributes['url.path'] !== undefined) span.setAttribute('url.path', REDACTED);
  },
  onEnd() {},
  async forceFlush() {},
  async shutdown() {},
};

/** A statement with its string literals (values, secrets, dates, ids) as `'?'`; its parameters are never sent. */
function withoutLiterals(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "'?'");
}

export interface Tracing {
  /** Sends the spans still buffered and stops. */
  stop(): Promise<void>;
}

/**
 * Turns tracing on. Must run before the API's modules are loaded: the instrumentations hook
 * `require`, so `http`, `pg` and `ioredis` must be required after them (main.ts loads the app
 * afterwards). Spans: incoming HTTP requests (honouring a client's W3C `traceparent`), GraphQL
 * operations and jobs (spans.ts), PostgreSQL and Redis calls made inside them, and outgoing
 * HTTP calls (`fetch`: webhooks, integrations, the LLM). Probes and scrapes make no span.
 */
export function startTracing(config: Pick<Config, 'tracing'>): Tracing {
  const { endpoint, protocol, serviceName } = config.tracing;
  const url = `${endpoint!.replace(/\/+$/, '')}/v1/traces`;
  const exporter = protocol === 'http/json' ? new JsonTraceExporter({ url }) : new ProtobufTraceExporter({ url });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [urlRedaction, new BatchSpanProcessor({ exporter })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => PROBE_PATHS.has((request.url ?? '').split('?')[0]!) }),
      new UndiciInstrumentation(),
      // The queue polls the database all the time: only the calls made for a request or a job are traced.
      new PgInstrumentation({
        requireParentSpan: true,
        // The ORM writes some values into the statement itself (a user's email, a webhook's secret).
        requestHook: (span, { query }) => span.setAttribute('db.query.text', withoutLiterals(query.text)),
      }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });

  const tracer = provider.getTracer('ticketgraph');
  const finish = (span: Span, outcome: SpanOutcome): void => {
    if (outcome.attributes) span.setAttributes(outcome.attributes);
    if (outcome.failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  installSpanRecorder({
    run({ name, kind, attributes, parent }, work, outcomeOf) {
      const parentContext = parent ? propagation.extract(ROOT_CONTEXT, parent) : context.active();
      return tracer.startActiveSpan(name, { kind: KINDS[kind], attributes }, parentContext, async (span) => {
        try {
          const result = await work();
          finish(span, outcomeOf(result));
          return result;
        } catch (error) {
          span.recordException(error as Error);
          finish(span, { failed: true });
          throw error;
        }
      });
    },
    setRoute(route) {
      // The HTTP instrumentation names its server span from this once the response is sent.
      const request = getRPCMetadata(context.active());
      if (request?.type === RPCType.HTTP) request.route = route;
    },
    activeContext() {
      const carrier: TraceContext = {};
      propagation.inject(context.active(), carrier);
      return carrier.traceparent ? carrier : undefined;
    },
  });
  return {
    async stop() {
      installSpanRecorder(undefined);
      await provider.shutdown();
    },
  };
}
