import type { ExecutionResult } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../context';
import { compiledOperations, settle } from '../execution';
import type { Admission } from './admission';

/** What Apollo's CSRF prevention lets through and what the body was read as: JSON. */
const JSON_CONTENT = /^\s*application\/json\s*(;|$)/i;
/** Accept headers for which Apollo answers `application/json; charset=utf-8`; others it negotiates. */
const PLAIN_ACCEPT = new Set([undefined, '*/*', 'application/json']);

interface PlainRequest {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/** A single operation POSTed as JSON with nothing Apollo would treat specially (a batch, an extension), or undefined. */
function plainRequest(req: IncomingMessage, body: unknown): PlainRequest | undefined {
  if (req.method !== 'POST' || !isRecord(body) || 'extensions' in body) return undefined;
  if (!JSON_CONTENT.test(req.headers['content-type'] ?? '') || !PLAIN_ACCEPT.has(req.headers.accept)) return undefined;
  const { query, operationName, variables } = body;
  if (typeof query !== 'string' || query === '') return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
  return { query, operationName: operationName ?? undefined, variables: variables ?? undefined };
}

/**
 * Answers without Apollo the requests that are nearly all of the traffic: one query or mutation
 * POSTed as JSON, whose document the admission finds valid and within the limits, and that runs
 * without errors. Apollo's per-request pipeline (a dozen plugin stages, each a round of promises,
 * the context copied, the result held until it is written out) cost a page of tickets about a
 * third of its CPU, most of it in the garbage collector.
 *
 * The answer is the one Apollo gives: the same validation rules (the admission's are graphql-js's
 * plus the introspection rule when introspection is off, as Apollo's), the query cost set on the
 * context and reported in `extensions.cost` as the query-cost plugin does, the same JSON and
 * content type. Everything else is Apollo's, untouched: other methods, content types, Accept
 * headers, batches, extensions, documents that fail validation or the limits (nothing has run
 * yet), and any operation whose result has errors or that throws: Apollo then answers with that
 * outcome (`settle`), formatting and logging its errors, without running the operation again.
 */
export function directExecution(admission: Admission, maxCost: number) {
  const run = compiledOperations(admission.schema);

  /** True when the response is written; false leaves the request to Apollo, with `context`. */
  return async (req: IncomingMessage, res: ServerResponse, body: unknown, context: Context): Promise<boolean> => {
    const request = plainRequest(req, body);
    if (!request) return false;
    let prepared: ReturnType<Admission['prepare']>;
    try {
      prepared = admission.prepare(request.query, request.operationName, request.variables);
    } catch {
      return false;
    }
    if (!('document' in prepared) || prepared.operation.operation === 'subscription') return false;

    const cost = prepared.analysis.cost;
    context.queryCost = cost;
    let outcome: ExecutionResult;
    try {
      outcome = await run(prepared.document, prepared.operation.name?.value ?? null, context, request.variables ?? {});
    } catch (thrown) {
      settle(context, { thrown });
      return false;
    }
    if (outcome.errors) {
      settle(context, { result: outcome });
      return false;
    }
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    // Apollo's field order, with the query-cost plugin's extension.
    res.end(JSON.stringify({ errors: undefined, data: outcome.data, extensions: { ...outcome.extensions, cost: { requested: cost, limit: maxCost } } }));
    return true;
  };
}
