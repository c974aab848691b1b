/** A platform refused or failed a call: what the delivery log records, and whether trying again may help. */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null,
    /** Seconds the platform asked us to wait (429 or 503 with Retry-After, or a rate-limit reset). */
    readonly retryAfterSeconds: number | null = null,
    /** A rate limit (429, or GitHub's 403 with no requests left): the platform working as it should. */
    readonly rateLimited = statusCode === 429,
  ) {
    super(message);
    this.name = 'PlatformError';
  }

  /** Network failures, timeouts, 408, rate limits and 5xx may pass; other 4xx answers will not change by themselves. */
  get retryable(): boolean {
    const status = this.statusCode;
    return this.rateLimited || status === null || status === 408 || status === 425 || status >= 500;
  }
}

export interface PlatformResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface PlatformRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** Sent as JSON, or as a form when `form` is set. */
  json?: unknown;
  form?: Record<string, string>;
}

/** `Retry-After` as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | null {
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * The HTTP client of the adapters: JSON in and out, a timeout, no redirects followed (a 3xx is an
 * error: credentials are never carried to another host), and every non-2xx answer a PlatformError
 * that says what the platform said.
 */
export class PlatformHttp {
  constructor(
    private readonly timeoutMs: number,
    /** Checks a URL before each call (private addresses in production). */
    private readonly guard: (url: string) => Promise<void> = async () => undefined,
  ) {}

  async call<T = Record<string, unknown>>(url: string, request: PlatformRequest = {}): Promise<PlatformResponse<T>> {
    await this.guard(url);
    const headers: Record<string, string> = { 'User-Agent': 'ticketgraph-integrations/1', Accept: 'application/json', ...request.headers };
    let body: string | undefined;
    if (request.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(request.form).toString();
    } else if (request.json !== undefined) {
      headers['Content-Type'] ??= 'application/json';
      body = JSON.stringify(request.json);
    }
    let response: Response;
    try {
      response = await fetch(url, { method: request.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const reason = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
      throw new PlatformError(`${new URL(url).host} could not be reached: ${reason}`, null);
    }
    const text = await response.text();
    let parsed: unknown = text;
    if (text && (response.headers.get('content-type') ?? '').includes('json')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    if (!response.ok) {
      const message = `${new URL(url).host} answered HTTP ${response.status}${describe(parsed)}`;
      const exhausted = response.status === 403 && response.headers.get('x-ratelimit-remaining') === '0';
      if (exhausted || (response.status === 403 && response.headers.has('retry-after'))) {
        // GitHub's primary and secondary rate limits: 403 with no requests left until x-ratelimit-reset, or Retry-After.
        const reset = Number(response.headers.get('x-ratelimit-reset'));
        const wait = retryAfterSeconds(response.headers) ?? (reset ? Math.max(0, Math.ceil(reset - Date.now() / 1000)) : null);
        throw new PlatformError(message, response.status, wait, true);
      }
      throw new PlatformError(message, response.status, response.status === 429 || response.status === 503 ? retryAfterSeconds(response.headers) : null);
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }
}

/** The platform's own words for an error, briefly: `: <message>`. */
function describe(body: unknown): string {
  let text = '';
  if (typeof body === 'string') text = body;
  else if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const messages = b.errorMessages as unknown;
    text = String(
      b.message ?? b.error_description ?? (Array.isArray(messages) && messages.length ? messages.join('; ') : undefined)
        ?? (typeof b.error === 'string' ? b.error : b.error ? JSON.stringify(b.error) : undefined) ?? JSON.stringify(b),
    );
  }
  text = text.trim().slice(0, 300);
  return text ? `: ${text}` : '';
}
