import {
  getOperationAST, GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, type DocumentNode,
  type GraphQLSchema, type OperationDefinitionNode, type ParseOptions, type ValidationRule,
} from 'graphql';
import type { Config } from '../config';
import { RateLimitedError } from '../errors';
import type { Authentication, Authenticator } from '../services/identity/authenticator';
import { budgetOf, type Budget, type Quota, type RateLimiter } from '../services/identity/rate-limiter';
import type { Viewer } from '../services/identity/viewer';
import type { AppDeps } from '../services/shared/service-context';
import { analyzeOperation, checkQueryLimits, QueryTooComplexError, type QueryAnalysis } from './operation-limits';

/** Parsed and validated documents kept per query text (a client sends the same few again and again). */
const MAX_DOCUMENTS = 1000;

/** An operation ready to run: its document, the operation in it, and what it may cost. */
export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  analysis: QueryAnalysis;
}

/**
 * How a caller is let in, the same for every transport (HTTP, WebSocket, MCP): the credential
 * becomes a viewer, each operation counts against the viewer's budget, and a document is parsed,
 * validated and measured against the depth, alias and cost limits before anything runs.
 */
export class Admission {
  /** graphql-js's rules, without introspection when it is off. */
  readonly validationRules: readonly ValidationRule[];
  readonly parseOptions: ParseOptions = {};
  private readonly documents = new Map<string, DocumentNode | readonly GraphQLError[]>();

  private readonly config: Config;
  private readonly authenticator: Authenticator;
  private readonly limiter: RateLimiter;

  constructor(
    deps: Pick<AppDeps, 'config' | 'authenticator' | 'limiter'>,
    readonly schema: GraphQLSchema,
  ) {
    ({ config: this.config, authenticator: this.authenticator, limiter: this.limiter } = deps);
    this.validationRules = deps.config.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  }

  /** The caller behind an `Authorization` value; a refused credential throws UnauthenticatedError. */
  authenticate(authorization: string | undefined, ip: string): Promise<Authentication> {
    return this.authenticator.authenticate(authorization, ip);
  }

  /**
   * Counts operations against the budget of a viewer (or, for a refused credential, of its
   * address); the quota says whether they were allowed. The system has no budget. An integration
   * token's allowed requests are counted for its usage figures.
   */
  async charge(caller: Viewer | Budget, operations = 1): Promise<Quota | undefined> {
    const budget = 'actor' in caller ? budgetOf(caller) : caller;
    if (!budget) return undefined;
    const quota = await this.limiter.consume(budget, operations);
    if (quota.allowed && budget.kind === 'token') this.authenticator.recordTokenUse(budget.tokenId);
    return quota;
  }

  /** Measures an operation of a parsed, valid document against the limits; over one, a QueryTooComplexError. */
  measure(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): QueryAnalysis {
    const analysis = analyzeOperation(this.schema, document, operation, variables);
    const refusal = checkQueryLimits(analysis, this.config.limits);
    if (refusal) throw refusal;
    return analysis;
  }

  /** Parses, validates and measures a query text (documents are cached by text); errors are the client's to read. */
  prepare(query: string, operationName?: string | null, variables?: Record<string, unknown> | null): PreparedOperation | readonly GraphQLError[] {
    const document = this.document(query);
    if (!('kind' in document)) return document;
    const operation = getOperationAST(document, operationName);
    if (!operation) return [new GraphQLError('Name the operation to run: the document holds several')];
    try {
      return { document, operation, analysis: this.measure(document, operation, variables ?? {}) };
    } catch (error) {
      if (!(error instanceof QueryTooComplexError)) throw error;
      return [new GraphQLError(error.message, { originalError: error })];
    }
  }

  private document(query: string): DocumentNode | readonly GraphQLError[] {
    const cached = this.documents.get(query);
    if (cached) return cached;
    let result: DocumentNode | readonly GraphQLError[];
    try {
      const document = parse(query, this.parseOptions);
      const errors = validate(this.schema, document, this.validationRules);
      result = errors.length ? errors : document;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      result = [error];
    }
    if (this.documents.size >= MAX_DOCUMENTS) this.documents.clear();
    this.documents.set(query, result);
    return result;
  }
}

/** The refusal of a request over its budget. */
export function rateLimited(quota: Quota): RateLimitedError {
  return new RateLimitedError(`Too many requests; try again in ${quota.retryAfterSeconds} s`, quota.retryAfterSeconds);
}
