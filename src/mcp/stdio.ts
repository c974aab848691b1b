import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { isJSONRPCRequest, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/**
 * `npm run -s mcp`: ticketgraph's MCP server for clients that start a local process (desktop
 * assistants, IDEs). It relays each JSON-RPC message from stdin to a running API's /mcp with the
 * credential in TICKETGRAPH_TOKEN and writes the answers to stdout, so the API's permissions,
 * limits and logs apply exactly as over HTTP, and nothing here opens the database. Diagnostics go
 * to stderr: stdout carries only the protocol.
 */

/** JSON-RPC's code for an error of the server's own, as /mcp answers its refusals. */
const SERVER_ERROR = -32000;

export interface BridgeSettings {
  endpoint: URL;
  token: string;
}

/** The bridge's settings from the environment, or a message naming what is wrong. */
export function bridgeSettings(env: NodeJS.ProcessEnv): BridgeSettings | string {
  const token = env.TICKETGRAPH_TOKEN?.trim();
  if (!token) return 'TICKETGRAPH_TOKEN is not set: give an integration token (stk_...) or an access token of the account the agent acts as';
  const base = env.TICKETGRAPH_URL?.trim() || 'http://localhost:4000';
  let endpoint: URL;
  try {
    endpoint = new URL(base);
  } catch {
    return `TICKETGRAPH_URL is not a URL: ${JSON.stringify(base)} (e.g. http://localhost:4000)`;
  }
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') return `TICKETGRAPH_URL must be http(s)://, not ${endpoint.protocol}`;
  if (!endpoint.pathname.endsWith('/mcp')) endpoint.pathname = `${endpoint.pathname.replace(/\/+$/, '')}/mcp`;
  return { endpoint, token };
}

/**
 * Sends one message to /mcp and returns what answers it: the server's replies, or, when the
 * request is refused (401, 429, ...) or the API cannot be reached, a JSON-RPC error for it.
 */
export async function relay({ endpoint, token }: BridgeSettings, message: JSONRPCMessage): Promise<JSONRPCMessage[]> {
  const id = isJSONRPCRequest(message) ? message.id : undefined;
  const failure = (text: string, data: Record<string, unknown>): JSONRPCMessage[] =>
    id === undefined ? [] : [{ jsonrpc: '2.0', id, error: { code: SERVER_ERROR, message: text, data } }];
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify(message),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return failure(`ticketgraph is not reachable at ${endpoint.href} (${reason})`, { code: 'SERVICE_UNAVAILABLE' });
  }
  const text = await response.text();
  if (response.status === 202 || text === '') return [];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure(`ticketgraph answered HTTP ${response.status} with a body that is not JSON`, { code: 'INTERNAL_SERVER_ERROR', status: response.status });
  }
  const replies = (Array.isArray(body) ? body : [body]) as JSONRPCMessage[];
  if (response.ok) return replies;
  // A refusal of the whole request carries no id (JSON-RPC's `null`): it answers this message.
  const refusal = replies[0] as { error?: { message?: string; data?: Record<string, unknown> } } | undefined;
  const retryAfter = response.headers.get('retry-after');
  return failure(refusal?.error?.message ?? `ticketgraph answered HTTP ${response.status}`, {
    status: response.status,
    ...refusal?.error?.data,
    ...(retryAfter ? { retryAfterSeconds: Number(retryAfter) } : {}),
  });
}

async function main(): Promise<void> {
  const settings = bridgeSettings(process.env);
  if (typeof settings === 'string') {
    process.stderr.write(`ticketgraph MCP: ${settings}\n`);
    process.exit(2);
  }
  const transport = new StdioServerTransport();
  const inFlight = new Set<Promise<unknown>>();
  transport.onmessage = (message) => {
    const answered = relay(settings, message)
      .then((replies) => Promise.all(replies.map((reply) => transport.send(reply))))
      .catch((error: unknown) => process.stderr.write(`ticketgraph MCP: ${(error as Error).stack ?? String(error)}\n`))
      .finally(() => inFlight.delete(answered));
    inFlight.add(answered);
  };
  transport.onerror = (error) => process.stderr.write(`ticketgraph MCP: ${error.message}\n`);
  // The client closed stdin: answer what is in flight, then stop.
  process.stdin.once('end', () => {
    void Promise.all(inFlight).then(() => process.exit(0));
  });
  await transport.start();
  process.stderr.write(`ticketgraph MCP: relaying to ${settings.endpoint.href}\n`);
}

if (require.main === module) void main();
