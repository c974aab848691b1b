import { setTimeout as sleep } from 'node:timers/promises';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Logger } from '../../logger';
import { MODEL_CALLS } from '../ai-status/model-calls';

/** Why a request to an OpenAI-compatible server failed for good. */
export type OpenAiFailureReason = 'TIMEOUT' | 'RATE_LIMITED' | 'SERVER_ERROR' | 'UNREACHABLE' | 'REJECTED';

export class OpenAiRequestError extends Error {
  constructor(
    readonly reason: OpenAiFailureReason,
    message: string,
    /** HTTP status of the last answer; undefined when none came. */
    readonly status: number | undefined,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OpenAiRequestError';
  }
}

export interface RetryPolicy {
  /** Per attempt; an attempt that takes longer is aborted and counts as a (retryable) failure. */
  timeoutMs: number;
  /** Retries after the first attempt, so at most maxRetries + 1 requests. */
  maxRetries: number;
  /** The caller's cancellation: stops the attempt and any backoff at once, and is rethrown as is. */
  signal?: AbortSignal;
  logger?: Logger;
}

const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/**
 * A server asking for a longer pause than this is treated as down rather than waited for: a
 * caller (and its concurrency slot) should not hang for minutes when a fallback can answer.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Runs `call` with a fresh abort signal per attempt, retrying timeouts, network errors, 408, 429
 * and 5xx with exponential backoff and jitter, or after exactly the pause the server asks for in
 * `retry-after-ms` or `Retry-After` (seconds or an HTTP date). The SDK's own retries must be off
 * (maxRetries 0) so that the two policies do not multiply.
 */
export function withOpenAiRetries<T>(call: (signal: AbortSignal) => Promise<T>, policy: RetryPolicy): Promise<T> {
  // The LLM's figures in aiStatus: one call each, retries included.
  return MODEL_CALLS.llm.time(() => withRetries(call, policy));
}

async function withRetries<T>(call: (signal: AbortSignal) => Promise<T>, policy: RetryPolicy): Promise<T> {
  const { signal: callerSignal, logger } = policy;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await attemptOnce(call, policy.timeoutMs, callerSignal);
    if (outcome.ok) return outcome.value;
    callerSignal?.throwIfAborted();
    const failure = classify(outcome.error, outcome.timedOut, policy.timeoutMs, attempt);
    const delayMs = failure.retryable && attempt <= policy.maxRetries ? retryDelayMs(outcome.error, attempt) : undefined;
    if (delayMs === undefined) throw failure.error;
    logger?.warn(
      { attempt, delayMs: Math.round(delayMs), reason: failure.error.reason, status: failure.error.status },
      'OpenAI request failed; retrying',
    );
    await sleep(delayMs, undefined, { signal: callerSignal }).catch(() => callerSignal?.throwIfAborted());
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown; timedOut: boolean };

async function attemptOnce<T>(
  call: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<Outcome<T>> {
  callerSignal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    return { ok: true, value: await call(controller.signal) };
  } catch (error) {
    return { ok: false, error, timedOut };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}

function classify(
  error: unknown,
  timedOut: boolean,
  timeoutMs: number,
  attempts: number,
): { error: OpenAiRequestError; retryable: boolean } {
  // Our own timer aborts the attempt, which the SDK reports as a user abort: a cause that would mislead.
  const cause = timedOut ? undefined : { cause: error };
  const fail = (reason: OpenAiFailureReason, message: string, retryable: boolean, status?: number) => ({
    error: new OpenAiRequestError(reason, `${message} (${attempts} attempt${attempts === 1 ? '' : 's'})`, status, attempts, cause),
    retryable,
  });
  if (timedOut || error instanceof APIConnectionTimeoutError) return fail('TIMEOUT', `no answer within ${timeoutMs} ms`, true);
  if (error instanceof APIUserAbortError) throw error;
  if (error instanceof APIConnectionError) return fail('UNREACHABLE', 'server unreachable', true);
  if (!(error instanceof APIError) || error.status === undefined) throw error;

  const { status } = error;
  const serverSays = error.headers?.get('x-should-retry');
  if (status === 429) {
    // An exhausted quota is also a 429, but waiting does not refill it.
    const retryable = serverSays !== 'false' && error.code !== 'insufficient_quota';
    return fail('RATE_LIMITED', `rate limited (HTTP 429${error.code ? `, ${error.code}` : ''})`, retryable, status);
  }
  if (status >= 500) return fail('SERVER_ERROR', `server error (HTTP ${status})`, serverSays !== 'false', status);
  if (status === 408) return fail('TIMEOUT', 'server timed out (HTTP 408)', serverSays !== 'false', status);
  return fail('REJECTED', `request rejected (HTTP ${status})`, serverSays === 'true', status);
}

/** Undefined when the server asks for a pause longer than MAX_RETRY_AFTER_MS. */
function retryDelayMs(error: unknown, retryNumber: number): number | undefined {
  const requested = error instanceof APIError ? requestedDelayMs(error.headers) : undefined;
  if (requested !== undefined) return requested <= MAX_RETRY_AFTER_MS ? requested : undefined;
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** (retryNumber - 1));
  // "Equal jitter": never less than half the backoff, so clients that failed together spread out.
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function requestedDelayMs(headers: Headers | undefined): number | undefined {
  const millis = headers?.get('retry-after-ms');
  if (millis && Number.isFinite(Number(millis)) && Number(millis) >= 0) return Number(millis);
  const retryAfter = headers?.get('retry-after')?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const at = Date.parse(retryAfter);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
