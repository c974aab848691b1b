import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Loaders } from './loaders';
import type { Logger } from './logger';
import type { PubSub } from './pubsub';
import type { Config } from './config';
import type { Role } from './entities/enums';
import type { JobQueue } from './queue/job-queue';
import type { Authenticator } from './services/identity/authenticator';
import type { ClassifierHost } from './services/classifier/classifier-host';
import type { SlaPolicy } from './services/tickets/sla-policy';
import type { RateLimiter } from './services/identity/rate-limiter';
import type { SecretStore } from './services/shared/secret-store';

/** Who is calling; `actor` is the name history records. */
export type Viewer =
  | { readonly kind: 'anonymous'; readonly actor: null; readonly ip: string }
  | {
      readonly kind: 'user';
      readonly actor: string;
      readonly userId: string;
      readonly role: Role;
      readonly username: string;
      readonly email: string;
      /** The session (refresh-token family) the access token belongs to. */
      readonly sessionId: string;
      readonly ip: string;
    }
  | { readonly kind: 'token'; readonly actor: string; readonly tokenId: string; readonly name: string; readonly hourlyLimit: number; readonly ip: string }
  | { readonly kind: 'system'; readonly actor: 'system'; readonly ip: null };

export const SYSTEM_VIEWER: Viewer = { kind: 'system', actor: 'system', ip: null };

export function anonymousViewer(ip: string): Viewer {
  return { kind: 'anonymous', actor: null, ip };
}

/** The request budget of the caller, as the HTTP layer counted it; shown by the `rateLimit` query. */
export interface RateLimitState {
  readonly limit: number;
  readonly remaining: number;
  readonly resetAt: Date;
}

/** The long-lived services of a running API, which every context passes on as they are. */
export interface SharedServices {
  readonly config: Config;
  readonly pubsub: PubSub;
  readonly logger: Logger;
  readonly secrets: SecretStore;
  readonly limiter: RateLimiter;
  readonly authenticator: Authenticator;
  readonly classifiers: ClassifierHost;
  readonly sla: SlaPolicy;
  readonly jobs: JobQueue;
}

/** Just the shared services of a context or of the app's dependencies. */
function sharedServices(from: SharedServices): SharedServices {
  const { config, pubsub, logger, secrets, limiter, authenticator, classifiers, sla, jobs } = from;
  return { config, pubsub, logger, secrets, limiter, authenticator, classifiers, sla, jobs };
}

/** What services need: jobs and the CLI build one without GraphQL. */
export interface ServiceContext extends SharedServices {
  readonly em: EntityManager;
  readonly viewer: Viewer;
}

/** The GraphQL context, the same for HTTP requests and WebSocket subscriptions. */
export interface Context extends ServiceContext {
  readonly loaders: Loaders;
  /** The HTTP request's headers (names in lower case); empty over WebSocket. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly rateLimit?: RateLimitState;
  /** Set by the query-cost plugin once the operation is known. */
  queryCost?: number;
  /**
   * A subscription keeps one context for its whole life: before each event it takes a fresh
   * entity manager and loaders, so no event sees data cached for an earlier one.
   */
  renew(): void;
}

/** The long-lived parts of a running API, shared by every request. */
export interface AppDeps extends SharedServices {
  readonly orm: MikroORM;
}

/** The same context acting as another viewer (e.g. for a customer, on their behalf), in the same unit of work. */
export function actingAs(ctx: ServiceContext, viewer: Viewer): ServiceContext {
  return { ...sharedServices(ctx), em: ctx.em, viewer };
}

/** A service context outside any request: jobs, the CLI, tests. */
export function systemContext(deps: AppDeps, viewer: Viewer = SYSTEM_VIEWER): ServiceContext {
  return { ...sharedServices(deps), em: deps.orm.em.fork(), viewer };
}

// The class declares the shared services through this interface; the constructor copies them in.
interface RequestContext extends SharedServices {}

/** The entity manager and the loaders are made when first used: many requests need neither. */
class RequestContext implements Context {
  queryCost?: number;
  private entityManager?: EntityManager;
  private requestLoaders?: Loaders;

  constructor(
    private readonly deps: AppDeps,
    readonly viewer: Viewer,
    readonly rateLimit?: RateLimitState,
    readonly headers: Readonly<Record<string, string | string[] | undefined>> = {},
  ) {
    Object.assign(this, sharedServices(deps));
  }

  get em(): EntityManager {
    return (this.entityManager ??= this.deps.orm.em.fork());
  }

  get loaders(): Loaders {
    return (this.requestLoaders ??= new Loaders(this.em, this.viewer));
  }

  renew(): void {
    this.entityManager = undefined;
    this.requestLoaders = undefined;
  }
}

export function createContext(
  deps: AppDeps,
  viewer: Viewer,
  rateLimit?: RateLimitState,
  headers?: Readonly<Record<string, string | string[] | undefined>>,
): Context {
  return new RequestContext(deps, viewer, rateLimit, headers);
}

/** One header of the request, when it was sent once. */
export function headerOf(ctx: Context, name: string): string | undefined {
  const value = ctx.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}
