import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as a collector received it, ids in hex, attribute values plain. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** Empty for a root span. */
  parentSpanId: string;
  name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  attributes: Record<string, unknown>;
  /** `service.name` of the resource that sent it. */
  service: unknown;
}

/**
 * A local OpenTelemetry collector: it answers OTLP/HTTP trace exports (`POST /v1/traces`) in
 * protobuf or JSON, as the protocol says, and decodes every span it receives.
 */
export class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];
  /** The content types of the exports received. */
  readonly contentTypes: string[] = [];

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<OtlpReceiver> {
    const server = http.createServer();
    const receiver = new OtlpReceiver(server);
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const type = req.headers['content-type'] ?? '';
        if (req.method !== 'POST' || req.url !== '/v1/traces') {
          res.writeHead(404).end();
          return;
        }
        receiver.contentTypes.push(type);
        const body = Buffer.concat(chunks);
        receiver.spans.push(...(type.startsWith('application/json') ? spansOfJson(JSON.parse(body.toString('utf8'))) : spansOfProtobuf(body)));
        // An empty ExportTraceServiceResponse: all accepted.
        res.writeHead(200, { 'content-type': type.startsWith('application/json') ? 'application/json' : 'application/x-protobuf' });
        res.end(type.startsWith('application/json') ? '{}' : '');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  /** The base URL, as OTEL_EXPORTER_OTLP_ENDPOINT takes it. */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

// OTLP/JSON: ids in hex, 64-bit integers as strings.

interface JsonValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: JsonValue[] };
}
interface JsonKeyValue {
  key: string;
  value: JsonValue;
}

function jsonValue(value: JsonValue): unknown {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(jsonValue);
  return undefined;
}

function jsonAttributes(list: JsonKeyValue[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key, jsonValue(value)]));
}

function spansOfJson(request: any): ReceivedSpan[] {
  return (request.resourceSpans ?? []).flatMap((resourceSpans: any) => {
    const service = jsonAttributes(resourceSpans.resource?.attributes)['service.name'];
    return (resourceSpans.scopeSpans ?? []).flatMap((scope: any) =>
      (scope.spans ?? []).map((span: any): ReceivedSpan => ({
        traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId ?? '', name: span.name, kind: span.kind,
        attributes: jsonAttributes(span.attributes), service,
      })),
    );
  });
}

// OTLP/protobuf, decoded from the wire format with the field numbers of opentelemetry-proto's
// trace.proto and common.proto.

/** The fields of one protobuf message: number, and the varint or the bytes of a length-delimited field. */
function fields(buffer: Buffer): { field: number; varint?: bigint; bytes?: Buffer; fixed64?: Buffer }[] {
  const out: { field: number; varint?: bigint; bytes?: Buffer; fixed64?: Buffer }[] = [];
  let at = 0;
  const varint = (): bigint => {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const byte = buffer[at++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return result;
    }
  };
  while (at < buffer.length) {
    const key = Number(varint());
    const field = key >> 3;
    switch (key & 7) {
      case 0: out.push({ field, varint: varint() }); break;
      case 1: out.push({ field, fixed64: buffer.subarray(at, (at += 8)) }); break;
      case 2: {
        const length = Number(varint());
        out.push({ field, bytes: buffer.subarray(at, (at += length)) });
        break;
      }
      case 5: at += 4; break;
      default: throw new Error(`unexpected protobuf wire type ${key & 7}`);
    }
  }
  return out;
}

function protobufValue(any: Buffer): unknown {
  const [value] = fields(any);
  if (!value) return undefined;
  switch (value.field) {
    case 1: return value.bytes!.toString('utf8');
    case 2: return value.varint !== 0n;
    case 3: return Number(BigInt.asIntN(64, value.varint!));
    case 4: return value.fixed64!.readDoubleLE(0);
    case 5: return fields(value.bytes!).filter((item) => item.field === 1).map((item) => protobufValue(item.bytes!));
    default: return undefined;
  }
}

function protobufAttributes(list: Buffer[]): Record<string, unknown> {
  return Object.fromEntries(list.map((keyValue) => {
    const parts = fields(keyValue);
    return [parts.find((part) => part.field === 1)!.bytes!.toString('utf8'), protobufValue(parts.find((part) => part.field === 2)?.bytes ?? Buffer.alloc(0))];
  }));
}

function spansOfProtobuf(body: Buffer): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of fields(body).filter((part) => part.field === 1)) {
    const parts = fields(resourceSpans.bytes!);
    const resource = parts.find((part) => part.field === 1);
    const service = resource ? protobufAttributes(fields(resource.bytes!).filter((part) => part.field === 1).map((part) => part.bytes!))['service.name'] : undefined;
    for (const scopeSpans of parts.filter((part) => part.field === 2)) {
      for (const span of fields(scopeSpans.bytes!).filter((part) => part.field === 2)) {
        const of = fields(span.bytes!);
        const hex = (field: number): string => of.find((part) => part.field === field)?.bytes?.toString('hex') ?? '';
        spans.push({
          traceId: hex(1), spanId: hex(2), parentSpanId: hex(4),
          name: of.find((part) => part.field === 5)!.bytes!.toString('utf8'),
          kind: Number(of.find((part) => part.field === 6)?.varint ?? 0n),
          attributes: protobufAttributes(of.filter((part) => part.field === 9).map((part) => part.bytes!)),
          service,
        });
      }
    }
  }
  return spans;
}
