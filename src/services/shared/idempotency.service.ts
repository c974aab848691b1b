import { createHash } from 'node:crypto';
import { IdempotencyKey } from '../../entities/idempotency-key.entity';
import { DomainError, ValidationError } from '../../errors';
import { viewerKey } from '../identity/policy';
import type { ServiceContext } from './service-context';

/** How long a key's first answer is kept. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** Why a repeated key was refused (`extensions.reason`). */
export type IdempotencyProblem = 'IDEMPOTENCY_KEY_REUSED' | 'IDEMPOTENCY_KEY_IN_PROGRESS';

class IdempotencyConflictError extends DomainError {
  constructor(reason: IdempotencyProblem, message: string) {
    super('CONFLICT', message, { reason });
  }
}

/** A mutation made repeatable: what it does, and how its answer is kept and given again. */
export interface IdempotentOperation<T, Stored> {
  /** Names the request (computed only when a key is given): the same key with a different fingerprint is a CONFLICT. */
  fingerprint(): string | Promise<string>;
  execute(): Promise<T>;
  store(result: T): Stored;
  replay(stored: Stored): Promise<T>;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** A fingerprint of an operation's name and its arguments (objects with their keys sorted). */
export function fingerprint(operation: string, ...parts: unknown[]): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify([operation, ...parts.map(canonical)])).digest('hex');
}

/** A fingerprint of a file's bytes, for a request that carries one (read once more for it). */
export async function fingerprintOfBytes(source: AsyncIterable<Buffer | string>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of source) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * The `Idempotency-Key` header: the first request with a key runs and its answer is kept; a
 * repeat with the same request gets that answer without running again; a repeat with a different
 * request, or while the first is still running, is a CONFLICT. A request that fails keeps
 * nothing, so it may be retried with the same key.
 */
export class IdempotencyService {
  constructor(private readonly ctx: ServiceContext) {}

  async run<T, Stored>(key: string | undefined, operation: IdempotentOperation<T, Stored>): Promise<T> {
    if (key === undefined) return operation.execute();
    if (!KEY.test(key)) {
      throw new ValidationError([{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
    }
    const requestHash = await operation.fingerprint();
    const keys = this.ctx.em.fork().getRepository(IdempotencyKey);
    // Keys are per caller: two callers may pick the same key.
    const scope = viewerKey(this.ctx.viewer);
    if (!(await keys.claim(scope, key, requestHash, IDEMPOTENCY_KEY_HOURS))) {
      const first = await keys.findClaim<Stored>(scope, key);
      if (first && first.requestHash !== requestHash) {
        throw new IdempotencyConflictError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key "${key}" was used for a different request`);
      }
      if (!first || first.response === null) {
        throw new IdempotencyConflictError('IDEMPOTENCY_KEY_IN_PROGRESS', `A request with Idempotency-Key "${key}" is still running; retry when it has finished`);
      }
      return operation.replay(first.response);
    }
    let result: T;
    try {
      result = await operation.execute();
    } catch (error) {
      await keys.release(scope, key);
      throw error;
    }
    await keys.storeResponse(scope, key, operation.store(result));
    return result;
  }

  /**
   * A create made repeatable: the first request's new id is kept, and a repeat of the same
   * operation and input reads what it made again, as it is now.
   */
  create<T>(
    key: string | undefined,
    operation: string,
    input: unknown,
    made: { create: () => Promise<T>; idOf: (result: T) => string; read: (id: string) => Promise<T> },
  ): Promise<T> {
    return this.run<T, { id: string }>(key, {
      fingerprint: () => fingerprint(operation, input),
      execute: made.create,
      store: (result) => ({ id: made.idOf(result) }),
      replay: ({ id }) => made.read(id),
    });
  }

  /** Forgets keys past their time; run by the maintenance job. */
  prune(): Promise<number> {
    return this.ctx.em.fork().getRepository(IdempotencyKey).prune(IDEMPOTENCY_KEY_HOURS);
  }
}
