import type { Channel, PubSub } from '../../pubsub';
import type { ServiceContext } from './service-context';

/** Re-read at most this often: every committed event asks who receives it. */
const CACHE_MS = 2000;

type TargetKind = 'webhooks' | 'integrations';

/** Tells every instance that the webhooks or the integrations changed. */
const deliveryTargetsChannel: Channel<{ kind: TargetKind }> = {
  topic: 'delivery-targets',
  encode: (message) => JSON.stringify(message),
  decode: (text) => JSON.parse(text) as { kind: TargetKind },
};

/**
 * The webhooks or integrations that receive events, as one API instance last read them: re-read
 * every few seconds, and at once on every instance after a change on any of them, so that a
 * webhook made through one instance receives the events caused through another.
 */
export class DeliveryTargets<T> {
  private readonly read = new WeakMap<PubSub, { readAt: number; targets: Promise<T[]> }>();
  private readonly listening = new WeakSet<PubSub>();

  constructor(private readonly kind: TargetKind) {}

  get(ctx: ServiceContext, load: () => Promise<T[]>): Promise<T[]> {
    this.listen(ctx.pubsub);
    const cached = this.read.get(ctx.pubsub);
    if (cached && Date.now() - cached.readAt < CACHE_MS) return cached.targets;
    const targets = load();
    this.read.set(ctx.pubsub, { readAt: Date.now(), targets });
    targets.catch(() => this.read.delete(ctx.pubsub));
    return targets;
  }

  /** After a change: this instance forgets at once, the others when the message reaches them. */
  async changed(ctx: ServiceContext): Promise<void> {
    this.read.delete(ctx.pubsub);
    await ctx.pubsub.publish(deliveryTargetsChannel, { kind: this.kind }).catch((error: unknown) => {
      ctx.logger.warn({ err: error, kind: this.kind }, 'other instances will see the change within seconds: telling them failed');
    });
  }

  private listen(pubsub: PubSub): void {
    if (this.listening.has(pubsub)) return;
    this.listening.add(pubsub);
    pubsub.subscribe(deliveryTargetsChannel, ({ kind }) => {
      if (kind === this.kind) this.read.delete(pubsub);
    });
  }
}
