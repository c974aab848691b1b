import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { createContext, type Context } from '../context';
import { isDatabaseUnavailable } from '../db/outage';
import { UnauthenticatedError } from '../errors';
import { tracedExecution, tracedSubscription } from '../execution';
import { logUnexpectedErrors } from '../plugins/error-logging.plugin';
import type { Authentication, Revocation } from '../services/identity/authenticator';
import { seesInternalComments } from '../services/identity/policy';
import type { Viewer } from '../services/identity/viewer';
import type { AppDeps } from '../services/shared/service-context';
import { clientTraceContext, type TraceContext } from '../telemetry/spans';
import { rateLimited, type Admission } from './admission';
import { clientIp } from './request';

/** Close codes beyond graphql-ws's own, so clients can tell why a connection ended. */
export const CLOSE_CODES = {
  /** The credential given at `connection_init` is not valid (graphql-ws gives up: a retry would carry the same one). */
  reauthenticate: 4401,
  /**
   * The access token expired, or the user's permissions changed: connect again. graphql-ws's client
   * retries this code by itself (4401 it would not), calling `connectionParams` again, so a client
   * whose `connectionParams` is a function returning its current token keeps its subscriptions.
   */
  reconnect: 4419,
  /** The credential was revoked, disabled or the user deactivated. */
  revoked: 4403,
  /** The server cannot take the connection now (too many waiting, the database down): connect again later. WebSocket's own code. */
  tryAgainLater: 1013,
} as const;

interface Extra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } };
  auth?: Authentication;
  release?: () => void;
}

/** setTimeout's longest delay; a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function expiredMessage(auth: Authentication): string {
  return auth.viewer.kind === 'token' ? 'The integration token has expired' : 'Access token expired';
}

/** Closes the socket when its credential expires; returns what stops the wait. */
function closeAtExpiry(socket: WebSocket, auth: Authentication): () => void {
  let timer: NodeJS.Timeout;
  const arm = (): void => {
    const left = auth.expiresAt!.getTime() - Date.now();
    if (left <= 0) socket.close(CLOSE_CODES.reconnect, expiredMessage(auth));
    else timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS)).unref();
  };
  arm();
  return () => clearTimeout(timer);
}

/**
 * Sockets not signed in: those that have not completed `connection_init` (graphql-ws closes them
 * after 3 s) and anonymous ones, for as long as they are open. At most so many per address and in
 * all, so that they cannot pile up; over a bound, a new socket is closed at once with 1013, "try
 * again later".
 */
class PendingConnections {
  private readonly byAddress = new Map<string, number>();
  private readonly addresses = new WeakMap<WebSocket, string>();
  private total = 0;

  constructor(
    private readonly maxPerAddress: number,
    private readonly max: number,
  ) {}

  arrived(socket: WebSocket, ip: string): void {
    const count = this.byAddress.get(ip) ?? 0;
    if (count >= this.maxPerAddress || this.total >= this.max) {
      socket.close(CLOSE_CODES.tryAgainLater, 'Too many connections waiting to be initialised; try again later');
      return;
    }
    this.byAddress.set(ip, count + 1);
    this.total++;
    this.addresses.set(socket, ip);
    socket.once('close', () => this.admitted(socket));
  }

  /** The socket is signed in (or gone): it no longer counts. */
  admitted(socket: WebSocket): void {
    const ip = this.addresses.get(socket);
    if (ip === undefined) return;
    this.addresses.delete(socket);
    this.total--;
    const count = (this.byAddress.get(ip) ?? 1) - 1;
    if (count > 0) this.byAddress.set(ip, count);
    else this.byAddress.delete(ip);
  }
}

function affects(revocation: Revocation, viewer: Viewer): boolean {
  if (revocation.kind === 'user') return viewer.kind === 'user' && viewer.userId === revocation.userId;
  if (revocation.kind === 'session') return viewer.kind === 'user' && viewer.sessionId === revocation.sessionId;
  return viewer.kind === 'token' && viewer.tokenId === revocation.tokenId;
}

/**
 * Who gets the same answer to the same event: everyone who sees internal comments (staff, the
 * system, integrations) alike; each customer on their own.
 */
function audienceOf(viewer: Viewer): string {
  return seesInternalComments(viewer) ? 'internal' : `${viewer.kind}:${viewer.kind === 'user' ? viewer.userId : viewer.ip}`;
}

/**
 * graphql-ws on the HTTP server's port, at /graphql. The credential comes in `connectionParams`
 * (`{ authorization: 'Bearer ...' }`) and is held for the connection's life: the connection
 * closes when the access token expires (4419, which clients retry with a fresh token) or the
 * credential is revoked (4403; the retry with it is then refused with 4401, which ends it).
 */
export function createGraphQLWsServer(server: Server, deps: AppDeps, admission: Admission) {
  const { config, logger, authenticator } = deps;
  // A frame is a client's message (a subscription's document and variables); the limit is checked
  // from the frame's header, before its payload is buffered.
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: config.http.wsMaxPayloadBytes });
  const pending = new PendingConnections(config.http.wsMaxPendingPerAddress, config.http.wsMaxPending);
  wss.on('connection', (socket, request) => {
    pending.arrived(socket, clientIp(request, config.trustProxy));
    // A client that breaks the protocol (a frame over the limit, a bad frame) makes ws emit an error
    // and close the socket with the fitting code. graphql-ws would print each to stderr as an
    // internal error: take its listener off (it is added right after this one) and log quietly.
    socket.on('error', (error) => logger.debug({ err: error.message }, 'WebSocket protocol error; the socket is closed'));
    queueMicrotask(() => {
      for (const listener of socket.listeners('error').slice(1)) socket.off('error', listener as (...args: unknown[]) => void);
    });
  });

  // The trace context a client sent with an operation (or its connection), by the operation's context.
  const clientTraces = new WeakMap<object, TraceContext>();

  // Each connection's graphql-ws context, whose `subscriptions` are the ones running.
  const contexts = new Set<{ subscriptions: Record<string, unknown> }>();

  const formatted = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((error) => admission.formatError(error.toJSON(), error));

  const disposable = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: admission.schema,
      subscribe: (args) => tracedSubscription(args, (contextValue) => audienceOf((contextValue as Context).viewer), clientTraces.get(args.contextValue as object)),
      execute: (args) => tracedExecution(args, clientTraces.get(args.contextValue as object)),
      onConnect: async (ctx) => {
        contexts.add(ctx);
        ctx.extra.socket.once('close', () => contexts.delete(ctx));
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        const ip = clientIp(ctx.extra.request, config.trustProxy);
        let auth: Authentication;
        try {
          auth = await admission.authenticate(typeof header === 'string' ? header : undefined, ip);
        } catch (error) {
          if (isDatabaseUnavailable(error)) {
            ctx.extra.socket.close(CLOSE_CODES.tryAgainLater, 'The database is unavailable right now; try again shortly');
            return false;
          }
          if (!(error instanceof UnauthenticatedError)) throw error;
          ctx.extra.socket.close(CLOSE_CODES.reauthenticate, error.message.slice(0, 120));
          return false;
        }
        const socket = ctx.extra.socket;
        // Closed while the credential was checked: graphql-ws has already said goodbye to it.
        if (socket.readyState !== socket.OPEN) return false;
        ctx.extra.auth = auth;
        // An anonymous socket keeps counting against its address's bound for as long as it is open.
        if (auth.viewer.kind === 'anonymous') return true;
        pending.admitted(socket);
        const stopExpiry = auth.expiresAt ? closeAtExpiry(socket, auth) : undefined;
        const stopListening = authenticator.onRevocation((revocation) => {
          if (!affects(revocation, auth.viewer)) return;
          void authenticator.authenticate(typeof header === 'string' ? header : undefined, ip).then(
            (fresh) => {
              if (fresh.viewer.kind === 'user' && auth.viewer.kind === 'user' && fresh.viewer.role !== auth.viewer.role) {
                socket.close(CLOSE_CODES.reconnect, 'Permissions changed; reconnect');
              }
            },
            (error: Error) => socket.close(CLOSE_CODES.revoked, `Credential revoked: ${error.message}`.slice(0, 120)),
          );
        });
        ctx.extra.release = () => {
          stopExpiry?.();
          stopListening();
        };
        return true;
      },
      onClose: (ctx) => ctx.extra.release?.(),
      onSubscribe: async (ctx, _id, payload) => {
        const { viewer, expiresAt } = ctx.extra.auth!;
        if (expiresAt && expiresAt.getTime() <= Date.now()) {
          ctx.extra.socket.close(CLOSE_CODES.reconnect, expiredMessage(ctx.extra.auth!));
          return [new GraphQLError(expiredMessage(ctx.extra.auth!), { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        const quota = await admission.charge(viewer);
        if (quota && !quota.allowed) {
          const refusal = rateLimited(quota);
          return [new GraphQLError(refusal.message, { originalError: refusal })];
        }
        const prepared = admission.prepare(payload.query, payload.operationName, payload.variables);
        if (!('document' in prepared)) return prepared;
        const contextValue: Context = createContext(deps, viewer);
        const clientTrace = clientTraceContext(payload.extensions) ?? clientTraceContext(ctx.connectionParams);
        if (clientTrace) clientTraces.set(contextValue, clientTrace);
        return { schema: admission.schema, document: prepared.document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onNext: (_ctx, _id, payload, args, result) => {
        if (!result.errors) return;
        logUnexpectedErrors(logger, result.errors, payload.operationName, (args.contextValue as Context | undefined)?.viewer.actor);
        return { ...result, errors: formatted(result.errors) };
      },
      onError: (_ctx, _id, payload, errors) => {
        logUnexpectedErrors(logger, errors, payload.operationName, undefined);
        return formatted(errors);
      },
    },
    wss,
  );

  return {
    /** Open connections and their active subscriptions, for /metrics. */
    stats(): { connections: number; subscriptions: number } {
      let subscriptions = 0;
      for (const context of contexts) subscriptions += Object.keys(context.subscriptions).length;
      return { connections: wss.clients.size, subscriptions };
    },
    async close(): Promise<void> {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

