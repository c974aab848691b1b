import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from './loaders';
import type { Viewer } from './services/identity/viewer';
import { sharedServices, type AppDeps, type ServiceContext, type SharedServices } from './services/shared/service-context';

/** The request budget of the caller, as the HTTP layer counted it; shown by the `rateLimit` query. */
export interface RateLimitState {
  readonly limit: number;
  readonly remaining: number;
  readonly resetAt: Date;
}

/** The GraphQL context, the same for HTTP requests and WebSocket subscriptions. */
export interface Context extends ServiceContext {
  readonly loaders: Loaders;
  /** The HTTP request's headers (names in lower case); empty over WebSocket. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly rateLimit?: RateLimitState;
  /** Over HTTP: adds the codes of the errors an answer carries to the request's log line. */
  readonly reportErrorCodes?: (codes: readonly string[]) => void;
  /** Set by the query-cost plugin once the operation is known. */
  queryCost?: number;
  /**
   * A subscription keeps one context for its whole life: before each event it takes a fresh
   * entity manager and loaders, so no event sees data cached for an earlier one.
   */
  renew(): void;
}

// The class declares the shared services through this interface; the constructor copies them in.
interface RequestContext extends SharedServices {}

/** The entity manager and the loaders are made when first used: many requests need neither. */
class RequestContext implements Context {
  queryCost?: number;
  private entityManager?: EntityManager;
  private requestLoaders?: Loaders;

  readonly rateLimit?: RateLimitState;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly reportErrorCodes?: (codes: readonly string[]) => void;

  constructor(
    private readonly deps: AppDeps,
    readonly viewer: Viewer,
    http: HttpRequestContext = {},
  ) {
    Object.assign(this, sharedServices(deps));
    this.rateLimit = http.rateLimit;
    this.headers = http.headers ?? {};
    this.reportErrorCodes = http.reportErrorCodes;
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

/** What an HTTP request adds to its context; a WebSocket subscription has none of it. */
export type HttpRequestContext = Partial<Pick<Context, 'rateLimit' | 'headers' | 'reportErrorCodes'>>;

export function createContext(deps: AppDeps, viewer: Viewer, http?: HttpRequestContext): Context {
  return new RequestContext(deps, viewer, http);
}

/** One header of the request, when it was sent once. */
export function headerOf(ctx: Context, name: string): string | undefined {
  const value = ctx.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}
