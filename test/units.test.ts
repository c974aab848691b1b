import { ConnectionException, ServerException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { DatabaseUnavailableError, isConnectionFailure, isDatabaseUnavailable } from '../src/db/outage';
import { toDate } from '../src/db/sql';
import { formatError } from '../src/errors';
import { clientIp } from '../src/http/request';
import { fromGlobalId, isUuid, newId, toGlobalId } from '../src/ids';
import { clientTraceContext } from '../src/telemetry/spans';

describe('ids', () => {
  test('UUIDv7s are valid, carry the time, and sort in the order they were made within a millisecond', () => {
    const now = Date.UTC(2026, 10, 22, 12, 0, 0, 123);
    const ids = Array.from({ length: 1000 }, () => newId(now));
    expect(ids.every(isUuid)).toBe(true);
    expect(ids.every((id) => id[14] === '7' && '89ab'.includes(id[19]!))).toBe(true);
    expect(parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(now);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
  });

  test('global ids round-trip and reject anything else', () => {
    const id = newId();
    expect(fromGlobalId(toGlobalId('Ticket', id))).toEqual({ type: 'Ticket', id });
    expect(fromGlobalId('nonsense')).toBeUndefined();
    expect(fromGlobalId(Buffer.from('Ticket:42').toString('base64url'))).toBeUndefined();
  });
});

describe('timestamps from PostgreSQL', () => {
  test('every fraction length becomes the same instant as Date parses, in milliseconds', () => {
    const cases: [string, string][] = [
      ['2026-11-22 12:18:06+00', '2026-11-22T12:18:06.000Z'],
      ['2026-11-22 12:18:06.6+00', '2026-11-22T12:18:06.600Z'],
      ['2026-11-22 12:18:06.69+00', '2026-11-22T12:18:06.690Z'],
      ['2026-11-22 12:18:06.695+00', '2026-11-22T12:18:06.695Z'],
      ['2024-02-29 23:59:59.9999+00', '2024-02-29T23:59:59.999Z'],
      ['1999-12-31 00:00:00.000001+00', '1999-12-31T00:00:00.000Z'],
    ];
    for (const [text, iso] of cases) {
      const date = toDate(text);
      expect(date.toISOString()).toBe(iso);
      expect(date.getTime()).toBe(new Date(iso).getTime());
    }
  });

  test('other forms go through Date', () => {
    expect(toDate('2026-11-22 13:18:06.5+01').toISOString()).toBe('2026-11-22T12:18:06.500Z');
  });
});

describe('config', () => {
  test('defaults need no environment at all', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({
      port: 4000, host: undefined, bodyLimitBytes: 16_777_216, shutdownTimeoutMs: 10_000, wsMaxPayloadBytes: 1_048_576, wsMaxPendingPerAddress: 50,
      wsMaxPending: 1000,
    });
    expect(config.database.url).toBeUndefined();
    expect(config.graphiql).toBe(true);
    expect(Object.isFrozen(config.http)).toBe(true);
  });

  test('bad values stop start-up with messages naming each variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', GRAPHIQL: 'maybe', EMBEDDED_POSTGRES_PORT: '5432' })).toThrow(
      new ConfigError([
        'PORT must be an integer from 0 to 65535, got "eighty"',
        'DATABASE_URL must start with postgres:// or postgresql://',
        'GRAPHIQL must be true or false, got "maybe"',
        'EMBEDDED_POSTGRES_PORT must not be 5432, the port of a system PostgreSQL',
      ]),
    );
  });

  test('the S3 bucket is swept only when ATTACHMENT_S3_SWEEP_HOURS asks, and then leftovers are at least 5 minutes old', () => {
    const s3 = { ATTACHMENT_STORAGE: 's3', ATTACHMENT_S3_BUCKET: 'files' };
    expect(loadConfig(s3).attachments.storage).toMatchObject({ kind: 's3', prefix: 'attachments/', sweepHours: 0 });
    expect(loadConfig({ ...s3, ATTACHMENT_S3_SWEEP_HOURS: '24' }).attachments.storage).toMatchObject({ sweepHours: 24 });
    expect(() => loadConfig({ ...s3, ATTACHMENT_S3_SWEEP_HOURS: '24', ATTACHMENT_LEFTOVER_AGE_SECONDS: '60' })).toThrow(
      new ConfigError([
        'ATTACHMENT_LEFTOVER_AGE_SECONDS must be at least 300 when ATTACHMENT_S3_SWEEP_HOURS is set: uploads on other instances are protected by that age alone',
      ]),
    );
    // Without the sweep, a short age only concerns this instance's local spool.
    expect(loadConfig({ ...s3, ATTACHMENT_LEFTOVER_AGE_SECONDS: '60' }).attachments.leftoverAgeSeconds).toBe(60);
  });

  test('tracing is off without OTEL_EXPORTER_OTLP_ENDPOINT; its protocol and endpoint are checked', () => {
    expect(loadConfig({}).tracing).toEqual({ endpoint: undefined, protocol: 'http/protobuf', serviceName: 'ticketgraph' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_SERVICE_NAME: 'api-eu' }).tracing)
      .toEqual({ endpoint: 'http://collector:4318', protocol: 'http/json', serviceName: 'api-eu' });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(
      new ConfigError([
        'OTEL_EXPORTER_OTLP_ENDPOINT must start with http:// or https://',
        'OTEL_EXPORTER_OTLP_PROTOCOL must be one of http/protobuf, http/json, got "grpc"',
      ]),
    );
  });

  test('production turns GraphiQL and introspection off unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ graphiql: false, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'on' }).graphiql).toBe(true);
  });
});

describe('client address', () => {
  const req = (forwarded: string | undefined) => ({ headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress: '10.0.0.5' } }) as never;

  test('without trusted proxies it is the socket\'s, whatever X-Forwarded-For claims', () => {
    expect(clientIp(req('1.2.3.4'), 0)).toBe('10.0.0.5');
  });

  test('behind N proxies it is the entry the outermost one appended; what the client wrote before it is ignored', () => {
    // The client sent "6.6.6.6" itself; the one proxy appended the address it saw.
    expect(clientIp(req('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(req('6.6.6.6, 203.0.113.7, 10.1.1.1'), 2)).toBe('203.0.113.7');
    expect(clientIp(req('203.0.113.7'), 2)).toBe('203.0.113.7');
    expect(clientIp(req(undefined), 1)).toBe('10.0.0.5');
  });

  test('TRUST_PROXY takes false, true or a number of proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'all' })).toThrow('TRUST_PROXY must be false, true (one proxy) or the number of proxies (1-9), got "all"');
  });
});

describe('error masking', () => {
  test('an unexpected error thrown by a resolver is masked', () => {
    const error = new GraphQLError('relation "x" does not exist', { path: ['tickets'], originalError: new Error('relation "x" does not exist') });
    expect(formatError({ message: error.message, path: ['tickets'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] } }, error)).toEqual({
      message: 'Internal server error',
      path: ['tickets'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('database outages', () => {
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

  test('our SQL marks a connection that cannot be had, MikroORM wraps one, knex times out: each is the database away', () => {
    expect(isDatabaseUnavailable(new DatabaseUnavailableError(refused()))).toBe(true);
    expect(isDatabaseUnavailable(new ConnectionException(refused()))).toBe(true);
    expect(isDatabaseUnavailable(new ServerException(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }))).toBe(true);
    // Wrapped by graphql as a resolver's error.
    expect(isDatabaseUnavailable(new GraphQLError('x', { originalError: new DatabaseUnavailableError(refused()) }))).toBe(true);
  });

  test('other failures are not the database: a model endpoint refusing, Redis closed, a statement refused', () => {
    expect(isDatabaseUnavailable(new TypeError('fetch failed', { cause: refused() }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Connection is closed.'))).toBe(false);
    expect(isDatabaseUnavailable(new ServerException(Object.assign(new Error('duplicate key value'), { code: '23505' })))).toBe(false);
    expect(isConnectionFailure(refused())).toBe(true);
    expect(isConnectionFailure(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
  });
});

describe('a client\'s trace context over WebSocket', () => {
  const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  test.each([
    ['a valid traceparent', { traceparent: parent }, { traceparent: parent }],
    ['with its tracestate', { traceparent: parent, tracestate: 'vendor=abc' }, { traceparent: parent, tracestate: 'vendor=abc' }],
    ['a tracestate over 512 characters is dropped', { traceparent: parent, tracestate: 'x'.repeat(513) }, { traceparent: parent }],
    ['upper case', { traceparent: parent.toUpperCase() }, undefined],
    ['an all-zero trace id', { traceparent: `00-${'0'.repeat(32)}-00f067aa0ba902b7-01` }, undefined],
    ['an all-zero span id', { traceparent: `00-4bf92f3577b34da6a3ce929d0e0e4736-${'0'.repeat(16)}-01` }, undefined],
    ['version ff', { traceparent: `ff${parent.slice(2)}` }, undefined],
    ['not a string', { traceparent: 42 }, undefined],
    ['no object', 'traceparent', undefined],
    ['null', null, undefined],
  ])('%s', (_name, source, expected) => {
    expect(clientTraceContext(source)).toEqual(expected);
  });
});
