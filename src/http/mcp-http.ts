import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import { UnauthenticatedError } from '../errors';
import { createMcpServer } from '../mcp/mcp-server';
import { systemContext, type AppDeps } from '../services/shared/service-context';
import type { Admission } from './admission';
import { authenticateRequest, countRequest } from './http-admission';
import { clientIp, readJsonBody, RequestError, sendJson } from './request';
import { recordCaller, recordErrorCode, recordOperations } from './request-log';

/** The largest JSON-RPC body /mcp reads: a tool's largest input (a comment) is 10,000 characters. */
const MCP_BODY_LIMIT_BYTES = 1024 * 1024;

/** JSON-RPC's code for an error of the server's own (the MCP SDK answers its protocol errors with it too). */
const SERVER_ERROR = -32000;

/**
 * MCP over Streamable HTTP at /mcp, stateless: every POST carries its bearer credential (an access
 * token or an `stk_` token), none is 401. Callers are admitted as GraphQL's are: each JSON-RPC
 * message counts against the caller's budget, a batch holds at most BATCH_MAX_OPERATIONS, and the
 * tools act as the caller through the same services. There is no server-sent event stream (GET)
 * and no session to end (DELETE): 405.
 */
export function mcpOverHttp(config: Config, deps: AppDeps, admission: Admission) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await answer(req, res);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      recordErrorCode(req, error.code);
      // Refusals in JSON-RPC's shape, which MCP clients read; the API's code is in `data`.
      for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
      sendJson(res, error.status, {
        jsonrpc: '2.0',
        error: { code: SERVER_ERROR, message: error.message, data: { code: error.code, ...error.extensions } },
        id: null,
      });
    }
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      throw new RequestError(405, `${req.method} is not served at /mcp: send JSON-RPC messages as POST (this server keeps no sessions and no event stream)`, 'BAD_USER_INPUT', { Allow: 'POST' });
    }
    const ip = clientIp(req, config.trustProxy);
    const { viewer } = await authenticateRequest(admission, req, res, ip);
    recordCaller(req, viewer);
    if (viewer.kind === 'anonymous') {
      await countRequest(res, admission.charge(viewer));
      throw new RequestError(401, new UnauthenticatedError().message, 'UNAUTHENTICATED', { 'WWW-Authenticate': 'Bearer realm="ticketgraph"' });
    }
    let body: unknown;
    let messages: number;
    try {
      body = await readJsonBody(req, MCP_BODY_LIMIT_BYTES);
      recordOperations(req, (Array.isArray(body) ? body : [body]).map(mcpMethodOf));
      messages = Array.isArray(body) ? Math.max(body.length, 1) : 1;
      if (messages > config.limits.batchMaxOperations) {
        throw new RequestError(400, `A batch may hold at most ${config.limits.batchMaxOperations} messages; this one has ${messages}`);
      }
    } catch (error) {
      if (error instanceof RequestError) await countRequest(res, admission.charge(viewer, 1));
      throw error;
    }
    await countRequest(res, admission.charge(viewer, messages));

    const server = createMcpServer({ context: () => systemContext(deps, viewer), logger: deps.logger });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.once('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }
}

/** A JSON-RPC message's method, with the tool's name for a call: `tools/call:search_tickets`. */
function mcpMethodOf(message: unknown): string {
  const { method, params } = (message ?? {}) as { method?: unknown; params?: { name?: unknown } };
  if (typeof method !== 'string') return 'invalid';
  return method === 'tools/call' && typeof params?.name === 'string' ? `${method}:${params.name}` : method;
}
