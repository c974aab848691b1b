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

/**
 * Milliseconds a Redis connection may go without an answer to a command before it is taken for
 * dead: on a black-holed network, publishing falls back to local delivery in about this time.
 */
const REDIS_SOCKET_TIMEOUT_MS = 2000;
/** How often the subscriber connection, which otherwise only listens, proves it is alive. */
const SUBSCRIBER_HEARTBEAT_MS = 5000;

/**
 * Pub/sub through Redis. While Redis is reachable, this process's listeners get messages back
 * through Redis like every other instance's, so all see them in one order. While it is not, a
 * publish delivers to this process's listeners directly and returns at once (commands fail
 * instead of waiting for a reconnect); when Redis returns, the subscriber connection subscribes
 * again to the channels that have listeners, and messages cross instances again.
 *
 * A listener gets a message once: through Redis only when the subscriber connection has confirmed
 * the channel (a publish waits for a confirmation under way), else directly. A publish that fails
 * after Redis may have taken it is delivered directly unless it already came back, and the
 * subscriber connection, which could still bring it back, is replaced unread.
 */
class RedisPubSub implements PubSub {
  readonly kind = 'redis';
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly decoders = new Map<string, (text: string) => unknown>();
  private readonly listeners: Listeners;
  /** Topics whose subscription the subscriber connection confirmed since it last connected. */
  private readonly subscribed = new Set<string>();
  /** Subscriptions sent and not yet answered. */
  private readonly subscribing = new Map<string, Promise<void>>();
  /** Own messages on their way through Redis, by topic, in publish order (one connection keeps it). */
  private readonly inFlight = new Map<string, Array<{ text: string; arrived: boolean }>>();
  /** Set when the subscriber connection may still bring back a message already delivered directly. */
  private subscriberDistrusted = false;
  private readonly heartbeat: NodeJS.Timeout;
  private reachable = false;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    const options = {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      socketTimeout: REDIS_SOCKET_TIMEOUT_MS,
    };
    this.publisher = new Redis(url, options);
    // Subscriptions are renewed below, so that each one's confirmation is known.
    this.subscriber = new Redis(url, { ...options, autoResubscribe: false });
    this.listeners = new Listeners((error) => logger.error({ err: error }, 'pub/sub listener failed'));
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => {
        if (this.reachable) logger.warn({ err: error.message }, 'Redis connection problem');
        else logger.debug({ err: error.message }, 'Redis connection problem');
      });
      client.on('close', () => this.noteReachability());
      client.on('ready', () => this.noteReachability());
    }
    this.subscriber.on('close', () => this.subscribed.clear());
    this.subscriber.on('ready', () => {
      this.subscriberDistrusted = false;
      const topics = [...this.decoders.keys()].filter((topic) => this.listeners.has(topic));
      if (topics.length > 0) this.subscribeTopics(topics);
    });
    this.subscriber.on('message', (redisChannel: string, text: string) => this.received(redisChannel.slice(this.prefix.length), text));
    this.heartbeat = setInterval(() => {
      if (this.subscriber.status === 'ready') this.subscriber.ping().catch(() => undefined);
    }, SUBSCRIBER_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async connect(): Promise<void> {
    try {
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    } catch (error) {
      clearInterval(this.heartbeat);
      this.publisher.disconnect();
      this.subscriber.disconnect();
      throw new Error(`Cannot connect to Redis at REDIS_URL: ${(error as Error).message}`);
    }
  }

  async publish<T>(channel: Channel<T>, message: T): Promise<void> {
    const { topic } = channel;
    const text = channel.encode(message);
    if (!this.listeners.has(topic)) {
      // No listener here: Redis carries it to the other instances, or it reaches no one.
      if (this.publisher.status === 'ready') await this.sendToRedis(topic, text);
      return;
    }
    await this.subscribing.get(topic);
    if (this.publisher.status === 'ready' && this.subscribed.has(topic)) {
      const echo = { text, arrived: false };
      this.inFlight.set(topic, [...(this.inFlight.get(topic) ?? []), echo]);
      const sent = await this.sendToRedis(topic, text);
      const rest = this.inFlight.get(topic)!.filter((other) => other !== echo);
      if (rest.length > 0) this.inFlight.set(topic, rest);
      else this.inFlight.delete(topic);
      if (sent || echo.arrived) return;
      this.distrustSubscriber();
      this.listeners.dispatch(topic, message);
      return;
    }
    this.listeners.dispatch(topic, message);
    if (this.publisher.status === 'ready') await this.sendToRedis(topic, text);
  }

  subscribe<T>(channel: Channel<T>, listener: Listener<T>): () => void {
    this.decoders.set(channel.topic, channel.decode);
    if (this.listeners.add(channel.topic, listener as Listener<unknown>) && this.subscriber.status === 'ready') {
      this.subscribeTopics([channel.topic]);
    }
    return () => {
      if (this.listeners.remove(channel.topic, listener as Listener<unknown>)) {
        this.subscribed.delete(channel.topic);
        if (this.subscriber.status === 'ready') this.subscriber.unsubscribe(this.prefix + channel.topic).catch(() => undefined);
      }
    };
  }

  listenerCount(channel: Channel<unknown>): number {
    return this.listeners.count(channel.topic);
  }

  /** Both connections must answer: the publisher carries messages out, the subscriber brings them in. */
  async ping(): Promise<void> {
    for (const [role, client] of [['publisher', this.publisher], ['subscriber', this.subscriber]] as const) {
      if (client.status !== 'ready' || (role === 'subscriber' && this.subscriberDistrusted)) {
        throw new Error(`Redis ${role} connection is ${client.status}: messages reach this instance's listeners only`);
      }
    }
    await Promise.all([this.publisher.ping(), this.subscriber.ping()]);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.reachable = false;
    // quit() needs a live connection; one that is reconnecting would keep trying.
    await Promise.allSettled(
      [this.publisher, this.subscriber].map((client) => (client.status === 'ready' ? client.quit() : Promise.resolve(client.disconnect()))),
    );
  }

  /** True when Redis took the message; failures are logged, since the caller's change stands anyway. */
  private async sendToRedis(topic: string, text: string): Promise<boolean> {
    try {
      await this.publisher.publish(this.prefix + topic, text);
      return true;
    } catch (error) {
      this.logger.debug({ err: (error as Error).message, topic }, 'Redis publish failed; delivered in this instance only');
      return false;
    }
  }

  private subscribeTopics(topics: string[]): void {
    const confirmed = this.subscriber.subscribe(...topics.map((topic) => this.prefix + topic)).then(
      () => {
        // Answered on the live connection (a closed one rejects): from now on these come back through Redis.
        if (this.subscriberDistrusted) return;
        for (const topic of topics) if (this.listeners.has(topic)) this.subscribed.add(topic);
      },
      (error: Error) => this.logger.debug({ err: error.message, topics }, 'Redis subscribe failed; renewed when the connection is ready'),
    );
    for (const topic of topics) this.subscribing.set(topic, confirmed);
    void confirmed.then(() => {
      for (const topic of topics) if (this.subscribing.get(topic) === confirmed) this.subscribing.delete(topic);
    });
  }

  private received(topic: string, text: string): void {
    const decode = this.decoders.get(topic);
    if (this.subscriberDistrusted || !decode || !this.listeners.has(topic)) return;
    const echo = this.inFlight.get(topic)?.find((own) => !own.arrived && own.text === text);
    if (echo) echo.arrived = true;
    let message: unknown;
    try {
      message = decode(text);
    } catch (error) {
      this.logger.error({ err: error, topic }, 'undecodable pub/sub message dropped');
      return;
    }
    this.listeners.dispatch(topic, message);
  }

  /** Stops reading the subscriber connection and replaces it; subscriptions are renewed when it is ready. */
  private distrustSubscriber(): void {
    this.subscribed.clear();
    if (this.subscriber.status !== 'ready') return;
    this.subscriberDistrusted = true;
    this.subscriber.disconnect(true);
  }

  private noteReachability(): void {
    const reachable = this.publisher.status === 'ready' && this.subscriber.status === 'ready';
    if (reachable === this.reachable) return;
    this.reachable = reachable;
    if (reachable) this.logger.info('Redis reachable: messages reach every instance');
    else this.logger.warn("Redis unreachable: messages reach this instance's listeners only until it returns");
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
