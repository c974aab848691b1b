import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import { createContext, type Context } from '../context';
import { DomainError } from '../errors';
import type { AppDeps } from '../services/shared/service-context';
import type { Admission } from './admission';
import { directExecution } from './direct-execution';
import { authenticateRequest, countRequest } from './http-admission';
import { isMultipart, readMultipartBody } from './multipart-upload';
import { clientIp, readJsonBody, RequestError } from './request';
import { operationNameOf, recordCaller, recordErrorCodes, recordOperations } from './request-log';

/**
 * GraphQL over HTTP at /graphql (POST, GET, batches, multipart uploads), run by Apollo. Every
 * answer carries the budget it was counted against: a request with a wrong credential counts as
 * an anonymous one of its address, a refused body or batch as one request.
 */
export function graphqlOverHttp(config: Config, deps: AppDeps, admission: Admission, apollo: ApolloServer<Context>) {
  const answerDirectly = directExecution(admission, config.limits.queryMaxCost);

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const ip = clientIp(req, config.trustProxy);
    const auth = await authenticateRequest(admission, req, res, ip);
    recordCaller(req, auth.viewer);
    let body: unknown;
    let operations: number;
    try {
      body = await readBody(req, res, config);
      recordOperations(req, (Array.isArray(body) ? body : [body ?? Object.fromEntries(url.searchParams)]).map(operationNameOf));
      operations = Array.isArray(body) ? body.length : 1;
      if (operations > config.limits.batchMaxOperations) {
        throw new RequestError(400, `A batch may hold at most ${config.limits.batchMaxOperations} operations; this one has ${operations}`);
      }
      for (const query of queriesOf(body, url)) checkDocumentText(admission, query);
    } catch (error) {
      if (error instanceof RequestError) {
        if (Array.isArray(body)) error.batchSize = body.length;
        await countRequest(res, admission.charge(auth.viewer, 1));
      }
      throw error;
    }
    const rateLimit = await countRequest(res, admission.charge(auth.viewer, operations)).catch((error: unknown) => {
      if (error instanceof RequestError && Array.isArray(body)) error.batchSize = body.length;
      throw error;
    });
    const context = createContext(deps, auth.viewer, { rateLimit, headers: req.headers, reportErrorCodes: (codes) => recordErrorCodes(req, codes) });
    if (await answerDirectly(req, res, body, context)) return;

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    if (Array.isArray(body) && res.statusCode === 503) {
      // Apollo answers a batch with the status of its last operation; one query's outage must not
      // make clients retry the others, mutations included: each answer says what became of it.
      res.statusCode = 200;
      res.removeHeader('retry-after');
    }
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** The query texts of a request: each operation of a (batched) body, or the GET parameter. */
function queriesOf(body: unknown, url: URL): string[] {
  const operations = Array.isArray(body) ? body : [body];
  const texts = operations.map((operation) => (operation as { query?: unknown } | null)?.query);
  texts.push(url.searchParams.get('query'));
  return texts.filter((text): text is string => typeof text === 'string');
}

/** The admission's check of a document's text, as a refusal of the whole request. */
function checkDocumentText(admission: Admission, query: string): void {
  try {
    admission.checkDocumentText(query);
  } catch (error) {
    if (error instanceof DomainError) throw new RequestError(400, error.message, error.code);
    throw error;
  }
}

/** A JSON body, a multipart upload (streamed to the resolver), or nothing (GET). */
function readBody(req: IncomingMessage, res: ServerResponse, config: Config): Promise<unknown> {
  if (isMultipart(req)) {
    return readMultipartBody(req, res, { maxFileBytes: Math.max(config.imports.maxBytes, config.attachments.maxBytes) + 1, maxFieldBytes: config.http.bodyLimitBytes });
  }
  return req.method === 'POST' ? readJsonBody(req, config.http.bodyLimitBytes) : Promise.resolve(undefined);
}
