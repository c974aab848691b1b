import {
  getOperationAST, getVariableValues, GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, type DocumentNode,
  type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode, type ParseOptions, type ValidationRule,
} from 'graphql';
import type { Config } from '../config';
import { DomainError, formatError, RateLimitedError, refusingRequest, ValidationError } from '../errors';
import type { Authentication, Authenticator } from '../services/identity/authenticator';
import { budgetOf, type Budget, type Quota, type RateLimiter } from '../services/identity/rate-limiter';
import type { Viewer } from '../services/identity/viewer';
import type { AppDeps } from '../services/shared/service-context';
import { checkDocumentLimits, DocumentTooLargeError } from './document-limits';
import { checkInputValues, documentNesting, MAX_DOCUMENT_NESTING } from './input-checks';
import { analyzeOperation, checkQueryLimits, mutationFields, type QueryAnalysis } from './operation-limits';

/** Parsed and validated documents kept per query text (a client sends the same few again and again). */
const MAX_DOCUMENTS = 1000;

/** graphql-js's hint at names the schema has, e.g. ` Did you mean "tickets"?` (Apollo's own plugin removes the same). */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** An operation ready to run: its document, the operation in it, and what it may cost. */
export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  analysis: QueryAnalysis;
}

/**
 * How a caller is let in, the same for every transport (HTTP, WebSocket): the credential
 * becomes a viewer, each operation counts against the viewer's budget, and a document is parsed,
 * validated and measured against the depth, alias and cost limits before anything runs.
 */
export class Admission {
  /** graphql-js's rules, without introspection when it is off. */
  readonly validationRules: readonly ValidationRule[];
  readonly parseOptions: ParseOptions;
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
    this.parseOptions = { maxTokens: deps.config.limits.queryMaxTokens };
  }

  /**
   * The one mapping from errors to what clients see (`formatError`), for every transport. With
   * introspection off, graphql-js's "Did you mean ...?" hints are dropped too: they would spell out
   * the schema that introspection hides.
   */
  readonly formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatError(formatted, error);
    return this.config.introspection ? result : { ...result, message: result.message.replace(SUGGESTION, '') };
  };

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

  /**
   * Refuses a document nested too deeply to parse safely (BAD_USER_INPUT), before the parser
   * recurses into it, and one too large to validate cheaply (its fields, directives, aliases; the
   * parser itself stops past QUERY_MAX_TOKENS). A document that passes is parsed and validated
   * once and kept: Apollo's own parse of it then costs what a small document costs.
   */
  checkDocumentText(query: string): void {
    this.checkedDocument(query);
  }

  /** The document of a query text that passes `checkDocumentText`'s checks (whose refusals it throws), parsed once. */
  private checkedDocument(query: string): DocumentNode | readonly GraphQLError[] {
    // Only a text that passed the nesting check was ever parsed and cached: scan the others.
    let document = this.documents.get(query);
    if (!document) {
      const nesting = documentNesting(query, this.config.limits.queryMaxTokens);
      if (nesting > MAX_DOCUMENT_NESTING) {
        throw refusingRequest(
          new DomainError('BAD_USER_INPUT', `The document nests braces, brackets and parentheses ${nesting} levels deep; at most ${MAX_DOCUMENT_NESTING} are allowed`),
        );
      }
      document = this.document(query);
    }
    const refusal = 'kind' in document ? undefined : document[0]?.originalError;
    if (refusal instanceof DocumentTooLargeError) throw refusingRequest(refusal);
    return document;
  }

  /**
   * Checks an operation of a parsed, valid document before it runs: its input texts and values
   * (a ValidationError naming each field), then its depth, aliases and cost (a
   * QueryTooComplexError); returns its measure.
   */
  checkOperation(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): QueryAnalysis {
    const problems = checkInputValues(this.schema, document, variables);
    if (problems.length) throw refusingRequest(new ValidationError(problems));
    const mutations = mutationFields(document, operation);
    if (mutations.length > 1) {
      throw refusingRequest(new DomainError(
        'BAD_USER_INPUT',
        `A mutation operation runs one field; this one has ${mutations.length} (${mutations.join(', ')}). Send them as separate operations, or as a batch (a JSON array of operations), so that each gets its own answer`,
      ));
    }
    const analysis = analyzeOperation(this.schema, document, operation, variables);
    const refusal = checkQueryLimits(analysis, this.config.limits);
    if (refusal) throw refusal;
    return analysis;
  }

  /** Parses, validates and measures a query text (documents are cached by text); errors are the client's to read. */
  prepare(query: string, operationName?: string | null, variables?: Record<string, unknown> | null): PreparedOperation | readonly GraphQLError[] {
    let document: DocumentNode | readonly GraphQLError[];
    try {
      document = this.checkedDocument(query);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return [new GraphQLError(error.message, { originalError: error })];
    }
    if (!('kind' in document)) return document;
    const operation = getOperationAST(document, operationName);
    if (!operation) return [new GraphQLError('Name the operation to run: the document holds several')];
    // Variables of the wrong type, coded as Apollo codes them over HTTP (executed as they are, they would come back uncoded).
    const coercion = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables ?? {});
    if (coercion.errors) return coercion.errors.map((error) => coded(error, 'BAD_USER_INPUT'));
    try {
      return { document, operation, analysis: this.checkOperation(document, operation, variables ?? {}) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return [new GraphQLError(error.message, { originalError: error })];
    }
  }

  /** Parses and validates a text not yet cached, and caches the outcome. */
  private document(query: string): DocumentNode | readonly GraphQLError[] {
    let result: DocumentNode | readonly GraphQLError[];
    // Coded as Apollo codes them over HTTP, so that both transports report them alike.
    try {
      const document = parse(query, this.parseOptions);
      const refusal = checkDocumentLimits(document, this.config.limits);
      const errors = refusal ? [] : validate(this.schema, document, this.validationRules);
      if (refusal) result = [new GraphQLError(refusal.message, { originalError: refusal })];
      else result = errors.length ? errors.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED')) : document;
    } catch (error) {
      // The nesting check before parsing should keep the parser's recursion shallow; should a
      // document still exhaust the stack, it is the client's malformed input all the same.
      if (error instanceof RangeError) result = [new GraphQLError(`Syntax Error: ${error.message}`, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
      else if (error instanceof GraphQLError) result = [coded(error, 'GRAPHQL_PARSE_FAILED')];
      else throw error;
    }
    if (this.documents.size >= MAX_DOCUMENTS) this.documents.clear();
    this.documents.set(query, result);
    return result;
  }
}

function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/** The refusal of a request over its budget. */
export function rateLimited(quota: Quota): RateLimitedError {
  return new RateLimitedError(`Too many requests; try again in ${quota.retryAfterSeconds} s`, quota.retryAfterSeconds);
}
