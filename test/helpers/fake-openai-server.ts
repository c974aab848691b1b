import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers one request. */
export type FakeReply =
  | { status?: number; headers?: Record<string, string>; body: unknown; delayMs?: number }
  /** Never answer (true), or send the status line and headers but never the body, like a stuck upstream. */
  | { hang: true | 'after-headers' }
  /** A streamed answer (server-sent events), see `streamReply`. */
  | StreamReply;

export interface StreamReply {
  stream: string[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  /** Pause before each chunk. */
  chunkDelayMs?: number;
  /** After this many deltas, cut the connection (a failure mid-stream), or stop sending (`stall`). */
  breakAfter?: number;
  breakWith?: 'destroy' | 'stall';
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: any;
  /** performance.now() when the request arrived. */
  receivedAt: number;
}

/**
 * A local HTTP server speaking the OpenAI chat-completions protocol (POST /v1/chat/completions,
 * JSON in and out), the transcription one (POST /v1/audio/transcriptions, multipart in, JSON
 * out) and the model list (GET /v1/models, always the same), for protocol tests. Replies are
 * scripted in order; once the script runs out, `otherwise` answers.
 */
export class FakeOpenAiServer {
  readonly requests: RecordedRequest[] = [];
  /** Most requests the server was handling at one moment. */
  maxInFlight = 0;
  otherwise: FakeReply = { status: 500, body: { error: { message: 'no reply scripted', type: 'server_error' } } };
  private inFlight = 0;
  private readonly script: FakeReply[] = [];
  private readonly transcriptionScript: FakeReply[] = [];

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakeOpenAiServer> {
    const fake = FakeOpenAiServer.unstarted();
    await fake.listen();
    return fake;
  }

  /** A server that answers once `listen()` resolved: for a test file's hooks to start. */
  static unstarted(): FakeOpenAiServer {
    const server = http.createServer();
    const fake = new FakeOpenAiServer(server);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  listen(): Promise<void> {
    return new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  reply(...replies: FakeReply[]): this {
    this.script.push(...replies);
    return this;
  }

  /** Replies of /v1/audio/transcriptions, scripted apart from the chat's. */
  replyToTranscription(...replies: FakeReply[]): this {
    this.transcriptionScript.push(...replies);
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => {
      this.inFlight -= 1;
    });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    // The model list, as a status probe reads it.
    if (req.method === 'GET' && req.url === '/v1/models') {
      this.requests.push({ method: req.method, url: req.url, headers: req.headers, body: null, receivedAt });
      send(res, { body: { object: 'list', data: [{ id: 'gpt-test', object: 'model', created: 1_790_000_000, owned_by: 'test' }] } });
      return;
    }
    const routes = ['/v1/chat/completions', '/v1/audio/transcriptions'];
    if (req.method !== 'POST' || !routes.includes(req.url ?? '')) {
      send(res, { status: 404, body: { error: { message: `Unknown route ${req.method} ${req.url}`, type: 'invalid_request_error' } } });
      return;
    }
    const body = req.url === '/v1/audio/transcriptions' ? await transcriptionRequest(req.headers, Buffer.concat(chunks)) : JSON.parse(text);
    this.requests.push({ method: req.method, url: req.url!, headers: req.headers, body, receivedAt });
    const reply = (req.url === '/v1/audio/transcriptions' ? this.transcriptionScript : this.script).shift() ?? this.otherwise;
    if ('hang' in reply) {
      if (reply.hang === 'after-headers') res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' }).flushHeaders();
      return;
    }
    if ('stream' in reply) {
      await sendStream(res, reply);
      return;
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    send(res, reply);
  }
}

function send(res: http.ServerResponse, reply: { status?: number; headers?: Record<string, string>; body: unknown }): void {
  const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
  res.end(payload);
}

/**
 * Chat-completion chunks as OpenAI streams them: `data: <chunk JSON>` events, a final chunk with
 * the finish reason, one with usage (`stream_options.include_usage`), then `data: [DONE]`.
 */
async function sendStream(res: http.ServerResponse, reply: StreamReply): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const event = (choices: unknown[], usage: unknown = null): void => {
    const chunk = { id: 'chatcmpl-stream', object: 'chat.completion.chunk', created: 1_790_000_000, model: 'gpt-test-2026-01-01', choices, usage };
    res.write(`data: ${JSON.stringify(chunk)}\n\n`);
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, reply.chunkDelayMs ?? 5));
  event([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]);
  for (const [i, delta] of reply.stream.entries()) {
    if (reply.breakAfter === i) {
      if (reply.breakWith === 'stall') return;
      // Let what was written reach the client before the connection drops.
      await new Promise((resolve) => setTimeout(resolve, 50));
      res.destroy();
      return;
    }
    await pause();
    event([{ index: 0, delta: { content: delta }, finish_reason: null }]);
  }
  await pause();
  event([{ index: 0, delta: {}, finish_reason: 'stop' }]);
  event([], reply.usage ?? { prompt_tokens: 250, completion_tokens: reply.stream.length, total_tokens: 250 + reply.stream.length });
  res.end('data: [DONE]\n\n');
}

/** A successful `chat.completion` whose message content is `content` (an object is sent as JSON). */
export function completionReply(
  content: unknown,
  usage = { prompt_tokens: 250, completion_tokens: 71, total_tokens: 321 },
  extra: { delayMs?: number; finishReason?: string } = {},
): FakeReply {
  return {
    delayMs: extra.delayMs,
    body: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_790_000_000,
      model: 'gpt-test-2026-01-01',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content), refusal: null },
          logprobs: null,
          finish_reason: extra.finishReason ?? 'stop',
        },
      ],
      usage,
    },
  };
}

/** An OpenAI-shaped error answer. */
export function errorReply(status: number, code: string, headers: Record<string, string> = {}): FakeReply {
  return { status, headers, body: { error: { message: `test error ${code}`, type: 'requests', param: null, code } } };
}

/**
 * A transcription request as OpenAI's API reads it: multipart/form-data with `file` and `model`
 * (and optional fields such as `response_format`); the file is recorded with its name, type and bytes.
 */
async function transcriptionRequest(headers: http.IncomingHttpHeaders, body: Buffer): Promise<Record<string, unknown>> {
  const form = await new Request('http://fake/v1/audio/transcriptions', {
    method: 'POST', headers: { 'content-type': headers['content-type'] ?? '' }, body,
  }).formData();
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form) {
    fields[name] = typeof value === 'string' ? value : { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  return fields;
}

/** A successful transcription (`response_format: json`). */
export function transcriptionReply(text: string): FakeReply {
  return { body: { text } };
}

/**
 * A model that files every ticket as a low-priority billing question and takes `delayMs` over each:
 * a job of a thousand tickets lasts long enough to be caught running.
 */
export async function slowClassifyingServer(delayMs = 10): Promise<FakeOpenAiServer> {
  const fake = await FakeOpenAiServer.start();
  fake.otherwise = completionReply(
    { reasoning: 'A billing question.', category: 'BILLING_QUESTION', urgency: 'LOW', impact: 'LOW', sentiment: 'NEUTRAL', confidence: 0.7, keywords: ['invoice'] },
    undefined,
    { delayMs },
  );
  return fake;
}
