import type { Logger } from '../../logger';
import type { Channel, PubSub } from '../../pubsub';

/** Re-read at most this often: these are read by every write that needs them. */
const CACHE_MS = 2000;

/** Tells every instance that what a cache of this kind holds changed. */
const cacheChangesChannel: Channel<{ kind: string }> = {
  topic: 'instance-cache-changes',
  encode: (message) => JSON.stringify(message),
  decode: (text) => JSON.parse(text) as { kind: string },
};

/**
 * Settings that many writes read and admins seldom change (the webhooks and integrations that
 * receive events, the SLA policies), as one API instance last read them: re-read every few
 * seconds, and at once on every instance after a change on any of them, so that a change made
 * through one instance holds for what happens through another.
 */
export class InstanceCache<T> {
  private readonly read = new WeakMap<PubSub, { readAt: number; value: Promise<T> }>();
  private readonly listening = new WeakSet<PubSub>();

  constructor(private readonly kind: string) {}

  get(pubsub: PubSub, load: () => Promise<T>): Promise<T> {
    this.listen(pubsub);
    const cached = this.read.get(pubsub);
    if (cached && Date.now() - cached.readAt < CACHE_MS) return cached.value;
    const value = load();
    this.read.set(pubsub, { readAt: Date.now(), value });
    value.catch(() => this.read.delete(pubsub));
    return value;
  }

  /** After a change: this instance forgets at once, the others when the message reaches them. */
  async changed(pubsub: PubSub, logger: Logger): Promise<void> {
    this.read.delete(pubsub);
    await pubsub.publish(cacheChangesChannel, { kind: this.kind }).catch((error: unknown) => {
      logger.warn({ err: error, kind: this.kind }, 'other instances will see the change within seconds: telling them failed');
    });
  }

  private listen(pubsub: PubSub): void {
    if (this.listening.has(pubsub)) return;
    this.listening.add(pubsub);
    pubsub.subscribe(cacheChangesChannel, ({ kind }) => {
      if (kind === this.kind) this.read.delete(pubsub);
    });
  }
}
