import { Redis } from 'ioredis';
import type { Logger } from './logger';

/** A topic and how its messages cross process boundaries (Redis carries text). */
export interface Channel<T> {
  readonly topic: string;
  encode(message: T): string;
  decode(text: string): T;
}

export type Listener<T> = (message: T) => void;

/**
 * Publish/subscribe between the parts of the API. In one process by default; with Redis every API
 * instance sees every message. Messages are read-only for listeners: in-process they are shared.
 */
export interface PubSub {
  readonly kind: 'memory' | 'redis';
  publish<T>(channel: Channel<T>, message: T): Promise<void>;
  subscribe<T>(channel: Channel<T>, listener: Listener<T>): () => void;
  /** Listeners of a channel in this process (live subscriptions, for health and tests). */
  listenerCount(channel: Channel<unknown>): number;
  /** Resolves when the transport is usable; rejects with the reason otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function createPubSub(redis: { url: string | undefined; prefix: string }, logger: Logger): Promise<PubSub> {
  if (!redis.url) return new MemoryPubSub(logger);
  const pubsub = new RedisPubSub(redis.url, redis.prefix, logger);
  await pubsub.connect();
  return pubsub;
}

class Listeners {
  private readonly byTopic = new Map<string, Set<Listener<unknown>>>();

  constructor(private readonly onError: (error: unknown) => void) {}

  add(topic: string, listener: Listener<unknown>): boolean {
    let set = this.byTopic.get(topic);
    const first = set === undefined;
    if (!set) this.byTopic.set(topic, (set = new Set()));
    set.add(listener);
    return first;
  }

  /** Returns true when the topic has no listener left. */
  remove(topic: string, listener: Listener<unknown>): boolean {
    const set = this.byTopic.get(topic);
    if (!set) return false;
    set.delete(listener);
    if (set.size > 0) return false;
    this.byTopic.delete(topic);
    return true;
  }

  has(topic: string): boolean {
    return this.byTopic.has(topic);
  }

  count(topic: string): number {
    return this.byTopic.get(topic)?.size ?? 0;
  }

  dispatch(topic: string, message: unknown): void {
    for (const listener of this.byTopic.get(topic) ?? []) {
      try {
        listener(message);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}

class MemoryPubSub implements PubSub {
  readonly kind = 'memory';
  private readonly listeners: Listeners;

  constructor(logger: Logger) {
    this.listeners = new Listeners((error) => logger.error({ err: error }, 'pub/sub listener failed'));
  }

  async publish<T>(channel: Channel<T>, message: T): Promise<void> {
    this.listeners.dispatch(channel.topic, message);
  }

  subscribe<T>(channel: Channel<T>, listener: Listener<T>): () => void {
    this.listeners.add(channel.topic, listener as Listener<unknown>);
    return () => void this.listeners.remove(channel.topic, listener as Listener<unknown>);
  }

  listenerCount(channel: Channel<unknown>): number {
    return this.listeners.count(channel.topic);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}

class RedisPubSub implements PubSub {
  readonly kind = 'redis';
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly decoders = new Map<string, (text: string) => unknown>();
  private readonly listeners: Listeners;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    const options = { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    this.listeners = new Listeners((error) => logger.error({ err: error }, 'pub/sub listener failed'));
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => logger.warn({ err: error.message }, 'Redis connection problem'));
    }
    this.subscriber.on('message', (redisChannel: string, text: string) => {
      const topic = redisChannel.slice(this.prefix.length);
      const decode = this.decoders.get(topic);
      if (!decode || !this.listeners.has(topic)) return;
      let message: unknown;
      try {
        message = decode(text);
      } catch (error) {
        this.logger.error({ err: error, topic }, 'undecodable pub/sub message dropped');
        return;
      }
      this.listeners.dispatch(topic, message);
    });
  }

  async connect(): Promise<void> {
    try {
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    } catch (error) {
      this.publisher.disconnect();
      this.subscriber.disconnect();
      throw new Error(`Cannot connect to Redis at REDIS_URL: ${(error as Error).message}`);
    }
  }

  async publish<T>(channel: Channel<T>, message: T): Promise<void> {
    await this.publisher.publish(this.prefix + channel.topic, channel.encode(message));
  }

  subscribe<T>(channel: Channel<T>, listener: Listener<T>): () => void {
    this.decoders.set(channel.topic, channel.decode);
    if (this.listeners.add(channel.topic, listener as Listener<unknown>)) {
      this.subscriber.subscribe(this.prefix + channel.topic).catch((error: Error) => {
        this.logger.error({ err: error.message, topic: channel.topic }, 'Redis subscribe failed');
      });
    }
    return () => {
      if (this.listeners.remove(channel.topic, listener as Listener<unknown>)) {
        this.subscriber.unsubscribe(this.prefix + channel.topic).catch(() => undefined);
      }
    };
  }

  listenerCount(channel: Channel<unknown>): number {
    return this.listeners.count(channel.topic);
  }

  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }
}

/**
 * Turns a channel into the async iterator a GraphQL subscription returns. Messages queue while the
 * consumer is busy (bounded: the oldest are dropped for a consumer that stops reading), and
 * `return()` unsubscribes.
 */
export function channelIterator<T, R = T>(
  pubsub: PubSub,
  channel: Channel<T>,
  select: (message: T) => R | undefined | Promise<R | undefined>,
  maxQueued = 1000,
): AsyncIterableIterator<R> {
  const queue: Promise<R | undefined>[] = [];
  let waiting: ((result: IteratorResult<R>) => void) | undefined;
  let done = false;

  const deliver = (): void => {
    if (!waiting || queue.length === 0) return;
    const resolve = waiting;
    waiting = undefined;
    const next = queue.shift()!;
    next.then(
      (value) => {
        if (value === undefined) {
          waiting = resolve;
          deliver();
        } else {
          resolve({ value, done: false });
        }
      },
      () => {
        waiting = resolve;
        deliver();
      },
    );
  };

  const unsubscribe = pubsub.subscribe(channel, (message) => {
    if (done) return;
    if (queue.length >= maxQueued) queue.shift();
    queue.push(Promise.resolve().then(() => select(message)));
    deliver();
  });

  const finish = async (): Promise<IteratorResult<R>> => {
    if (!done) {
      done = true;
      unsubscribe();
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
    }
    return { value: undefined, done: true };
  };

  return {
    next: () =>
      done
        ? Promise.resolve({ value: undefined, done: true })
        : new Promise<IteratorResult<R>>((resolve) => {
            waiting = resolve;
            deliver();
          }),
    return: finish,
    throw: async (error) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
