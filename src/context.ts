import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';
import type { PubSub } from './pubsub';

/** Who is calling. Grows with authentication; `actor` is what history records. */
export interface Viewer {
  readonly actor: string | null;
}

export const SYSTEM_VIEWER: Viewer = { actor: 'system' };
export const ANONYMOUS_VIEWER: Viewer = { actor: null };

/** What services need: jobs and the CLI build one without GraphQL. */
export interface ServiceContext {
  readonly em: EntityManager;
  readonly viewer: Viewer;
  readonly pubsub: PubSub;
  readonly logger: Logger;
}

/** The GraphQL context, the same for HTTP requests and WebSocket subscriptions. */
export interface Context extends ServiceContext {
  readonly loaders: Loaders;
  /**
   * A subscription keeps one context for its whole life: before each event it takes a fresh
   * entity manager and loaders, so no event sees data cached for an earlier one.
   */
  renew(): void;
}

export interface AppDeps {
  readonly orm: MikroORM;
  readonly pubsub: PubSub;
  readonly logger: Logger;
}

export function createContext(deps: AppDeps, viewer: Viewer): Context {
  const context = {
    em: deps.orm.em.fork(),
    loaders: undefined as unknown as Loaders,
    viewer,
    pubsub: deps.pubsub,
    logger: deps.logger,
    renew() {
      context.em = deps.orm.em.fork();
      context.loaders = createLoaders(context.em);
    },
  };
  context.loaders = createLoaders(context.em);
  return context;
}
