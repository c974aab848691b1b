import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from './db/outage';

/** The closed set of `extensions.code` values clients may see (DESIGN.md). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** An expected failure that services throw; its message is safe to show to the client. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldError {
  /** Path of the offending input field, e.g. `customer.email`. */
  field: string;
  message: string;
}

/** The same error, refusing the whole request: Apollo answers with this HTTP status (formatError keeps it from the client). */
export function refusingRequest<E extends DomainError>(error: E, status = 400, headers: Record<string, string> = {}): E {
  (error.extensions as Record<string, unknown>).http = { status, headers: new HeaderMap(Object.entries(headers)) };
  return error;
}

export class ValidationError extends DomainError {
  constructor(readonly fields: FieldError[]) {
    super('BAD_USER_INPUT', `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, { fields });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} was not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first: send `Authorization: Bearer <access token or stk_ token>`') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    // `http` tells Apollo to answer 429 with Retry-After; formatError keeps it from the client.
    super('RATE_LIMITED', message, {
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('SERVICE_UNAVAILABLE', message, extensions);
  }
}

/** Seconds a client is asked to wait before retrying during a database outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** What a client is told when the database cannot be reached: retry shortly. */
export function databaseUnavailable(): ServiceUnavailableError {
  return new ServiceUnavailableError('The database is unavailable right now; try again shortly', { retryAfter: OUTAGE_RETRY_AFTER_SECONDS });
}

const CLOSED_CODES = new Set<string>([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * Apollo's and graphql-js's own request errors (unparsable query, unknown field, wrong enum
 * value, missing operation) are the client's fault: they become BAD_USER_INPUT, keeping the
 * original code as `reason`. The persisted-query codes are a protocol that Apollo clients rely on.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
]);
const PROTOCOL_CODES = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/**
 * The domain error behind a GraphQL error: thrown by a resolver (wrapped with a path) or by a
 * plugin (wrapped by Apollo without one); an outage of the database is SERVICE_UNAVAILABLE.
 */
export function domainErrorOf(error: unknown): DomainError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof DomainError) return original.originalError;
  if (isDatabaseUnavailable(original)) return databaseUnavailable();
  return undefined;
}

/** True for errors that are the client's or the domain's, false for bugs and outages to log. */
export function isExpectedError(error: unknown): boolean {
  if (isDatabaseUnavailable(unwrapResolverError(error))) return false;
  if (domainErrorOf(error)) return true;
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions.code;
  if (typeof code === 'string') {
    return code !== 'INTERNAL_SERVER_ERROR' && (CLOSED_CODES.has(code) || REQUEST_ERROR_CODES.has(code) || PROTOCOL_CODES.has(code));
  }
  // Without a code: graphql-js's own request errors (validation, variables) are located in the
  // document but not in the result; an error raised while resolving (a path) is a bug.
  return original === error && original.path === undefined && original.originalError === undefined;
}

/**
 * The one mapping from anything thrown to what the client sees. Unexpected errors are masked;
 * they are logged where the request is known (see the error-logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  const { locations, path } = formatted;
  if (domain) {
    const { http: _http, ...extensions } = domain.extensions;
    return { message: domain.message, locations, path, extensions: { code: domain.code, ...extensions } };
  }
  if (!isExpectedError(error)) {
    return { message: 'Internal server error', locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations, path, extensions: { code: 'BAD_USER_INPUT', reason: code } };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { message: formatted.message, locations, path, extensions: { ...extensions, code: code ?? 'BAD_USER_INPUT' } };
}
