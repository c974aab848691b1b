import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { getVariableValues, GraphQLError, OperationTypeNode, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { isDatabaseUnavailable } from '../db/outage';
import { databaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS, refusingRequest } from '../errors';
import { traced } from '../telemetry/spans';
import { operationOutcome, operationSpan } from './operation-span';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];

/** Runs an operation of a parsed, valid document with a context and the request's variables. */
type OperationRunner = (
  document: DocumentNode,
  operationName: string | null,
  context: object,
  variables: Record<string, unknown>,
) => ExecutionResult | Promise<ExecutionResult>;

/** What running an operation came to: its result, or what it threw. */
type Outcome = { result: ExecutionResult } | { thrown: unknown };

/** Operations compiled per parsed document; a document cache keeps one DocumentNode per distinct query text. */
const MAX_OPERATIONS_PER_DOCUMENT = 16;

const SETTLED = Symbol('settled outcome');

/**
 * Runs queries and mutations through graphql-jit instead of graphql-js's interpreter: each
 * operation is compiled once per document into a function that resolves and completes its fields
 * without re-reading the AST on every request.
 */
export function compiledOperations(schema: GraphQLSchema): OperationRunner {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  function compile(document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult {
    let operations = compiled.get(document);
    if (!operations) compiled.set(document, (operations = new Map()));
    const key = operationName ?? '';
    let operation = operations.get(key);
    if (!operation) {
      operation = compileQuery(schema, document, operationName ?? undefined);
      if (operations.size < MAX_OPERATIONS_PER_DOCUMENT) operations.set(key, operation);
    }
    return operation;
  }

  return (document, operationName, context, variables) => {
    const operation = compile(document, operationName);
    return traced(
      () => operationSpan(document, operationName),
      () => (isCompiledQuery(operation) ? operation.query(undefined, context, variables) : operation),
      operationOutcome,
    );
  };
}

/**
 * Records on a context that its operation has already run (see http/direct-execution.ts), so
 * that Apollo, answering the request, takes this outcome instead of running it again.
 */
export function settle(context: object, outcome: Outcome): void {
  (context as Record<typeof SETTLED, Outcome>)[SETTLED] = outcome;
}

/**
 * The compiled operations plugged into Apollo. Apollo accepts a custom executor only through its
 * gateway interface, so this is a gateway that serves our own schema. Parsing, validation,
 * plugins and error formatting stay Apollo's; subscriptions run over graphql-ws with graphql-js.
 */
export function compiledExecutor(schema: GraphQLSchema): Gateway {
  const run = compiledOperations(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        schema,
        executor: async ({ document, operationName, operation: definition, request, context }) => {
          const variables = request.variables ?? {};
          // Apollo copies the context with its own properties, the settled outcome among them.
          const settled = (context as Partial<Record<typeof SETTLED, Outcome>>)[SETTLED];
          if (settled && 'thrown' in settled) throw settled.thrown;
          const result = settled ? settled.result : await run(document, operationName, context, variables);
          if (!result.errors) return result;
          if (!('data' in result)) {
            // Variables that do not fit: graphql-js's errors locate them, which Apollo reports as BAD_USER_INPUT.
            const coerced = getVariableValues(schema, definition.variableDefinitions ?? [], variables);
            if (coerced.errors) return { errors: coerced.errors };
          }
          const errors = result.errors.map(asGraphQLError);
          return definition.operation === OperationTypeNode.QUERY ? withOutageStatus({ ...result, errors }) : { ...result, errors };
        },
      };
    },
    async stop() {},
  };
}

/**
 * A query's result that is nothing but database outages (no data at all) refuses the request
 * whole: HTTP 503 with Retry-After, so that clients and load balancers retry. Partial data keeps
 * HTTP 200, and so does a mutation: it may have been stored before a later read failed, and a
 * retry must be the client's decision (its error still says SERVICE_UNAVAILABLE).
 */
function withOutageStatus(result: ExecutionResult): ExecutionResult {
  const { data, errors } = result;
  if (data || !errors?.length || !errors.every((error) => isDatabaseUnavailable(error.originalError))) return result;
  const refusal = refusingRequest(databaseUnavailable(), 503, { 'retry-after': String(OUTAGE_RETRY_AFTER_SECONDS) });
  return { ...result, errors: errors.map((error) => new GraphQLError(refusal.message, { path: error.path, originalError: refusal })) };
}

/**
 * graphql-jit reports errors as objects of its own that only look like graphql-js's (no
 * `extensions` unless the original error had some); the rest of the server expects the real class.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const real = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  // The constructor derives locations from AST nodes, which graphql-jit does not keep.
  Object.defineProperty(real, 'locations', { value: error.locations, enumerable: Boolean(error.locations?.length) });
  return real;
}
