/** How many recent calls the latency figures are taken over. */
export const RECENT_CALLS = 200;

export interface ModelCallFigures {
  calls: number;
  failures: number;
  lastCallAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  /** Over the last RECENT_CALLS calls, failures included; null before the first call. */
  p50Ms: number | null;
  p95Ms: number | null;
}

/** The calls of one model in this process: counts, the durations of the recent ones, the last failure. */
export class ModelCalls {
  private readonly recent: number[] = [];
  private next = 0;
  private calls = 0;
  private failures = 0;
  private lastCallAt: Date | null = null;
  private lastError: { message: string; at: Date } | null = null;

  /** Runs a call (synchronous or not) and records how long it took and whether it failed. */
  time<T>(call: () => T): T {
    const startedAt = performance.now();
    const failed = (error: unknown): never => {
      this.record(performance.now() - startedAt, error);
      throw error;
    };
    let result: T;
    try {
      result = call();
    } catch (error) {
      return failed(error);
    }
    if (result instanceof Promise) {
      return result.then((value: unknown) => {
        this.record(performance.now() - startedAt);
        return value;
      }, failed) as T;
    }
    this.record(performance.now() - startedAt);
    return result;
  }

  get figures(): ModelCallFigures {
    const sorted = [...this.recent].sort((a, b) => a - b);
    return {
      calls: this.calls,
      failures: this.failures,
      lastCallAt: this.lastCallAt,
      lastError: this.lastError?.message ?? null,
      lastErrorAt: this.lastError?.at ?? null,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
    };
  }

  private record(durationMs: number, error?: unknown): void {
    this.calls += 1;
    this.lastCallAt = new Date();
    this.recent[this.next] = durationMs;
    this.next = (this.next + 1) % RECENT_CALLS;
    if (error !== undefined) {
      this.failures += 1;
      this.lastError = { message: error instanceof Error ? error.message : String(error), at: this.lastCallAt };
    }
  }
}

/** Nearest-rank percentile of sorted values, in milliseconds to a hundredth. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return Math.round(value * 100) / 100;
}

/** The AI models this process uses, each with its calls; what `aiStatus` reports. */
export const MODEL_CALLS = {
  embeddedClassifier: new ModelCalls(),
  sentenceVectors: new ModelCalls(),
  ocr: new ModelCalls(),
  llm: new ModelCalls(),
} as const;
