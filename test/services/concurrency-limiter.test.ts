import { describe, expect, test } from 'vitest';
import { ConcurrencyLimiter } from '../../src/services/shared/concurrency-limiter';

/** A task that stays running until release() is called. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { done, release };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimiter', () => {
  test('runs at most max tasks at once and starts waiting ones in arrival order', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      limiter.run(async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );

    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]!.release();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.release();
    gates[2]!.release();
    gates[3]!.release();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
  });

  test('a failing task frees its slot', async () => {
    const limiter = new ConcurrencyLimiter(1);

    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });

  test('a waiting task whose signal aborts leaves the queue and never runs', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const first = gate();
    const running = limiter.run(() => first.done);
    const controller = new AbortController();
    let ran = false;
    const waiting = limiter.run(async () => {
      ran = true;
    }, controller.signal);

    const reason = new Error('gave up');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    first.release();
    await running;
    expect(ran).toBe(false);
    expect(await limiter.run(async () => 'slot free')).toBe('slot free');
  });

  test('rejects a max that is not a positive integer', () => {
    expect(() => new ConcurrencyLimiter(0)).toThrow('max must be a positive integer, got 0');
  });
});
