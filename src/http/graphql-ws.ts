import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { createContext, type Context } from '../context';
import { formatError, UnauthenticatedError } from '../errors';
import { sharedSubscribe } from '../execution';
import { logUnexpectedErrors } from '../plugins/error-logging.plugin';
import type { Authentication, Revocation } from '../services/identity/authenticator';
import { seesInternalComments } from '../services/identity/policy';
import type { Viewer } from '../services/identity/viewer';
import type { AppDeps } from '../services/shared/service-context';
import { rateLimited, type Admission } from './admission';
import { clientIp } from './request';

/** Close codes beyond graphql-ws's own, so clients can tell why a connection ended. */
export const CLOSE_CODES = {
  /** The access token expired, or the user's permissions changed: authenticate again. */
  reauthenticate: 4401,
  /** The credential was revoked, disabled or the user deactivated. */
  revoked: 4403,
} as const;

interface Extra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } };
  auth?: Authentication;
  release?: () => void;
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
 * closes when the access token expires (4401) or the credential is revoked (4403).
 */
export function createGraphQLWsServer(server: Server, deps: AppDeps, admission: Admission) {
  const { config, logger, authenticator } = deps;
  const wss = new WebSocketServer({ server, path: '/graphql' });

  const formatted = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((error) => formatError(error.toJSON(), error));

  const disposable = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: admission.schema,
      subscribe: (args) => sharedSubscribe(args, (contextValue) => audienceOf((contextValue as Context).viewer)),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        const ip = clientIp(ctx.extra.request, config.trustProxy);
        let auth: Authentication;
        try {
          auth = await admission.authenticate(typeof header === 'string' ? header : undefined, ip);
        } catch (error) {
          if (!(error instanceof UnauthenticatedError)) throw error;
          ctx.extra.socket.close(CLOSE_CODES.reauthenticate, error.message.slice(0, 120));
          return false;
        }
        ctx.extra.auth = auth;
        const socket = ctx.extra.socket;
        const timer = auth.expiresAt
          ? setTimeout(() => socket.close(CLOSE_CODES.reauthenticate, 'Access token expired'), Math.max(0, auth.expiresAt.getTime() - Date.now()))
          : undefined;
        const stopListening = authenticator.onRevocation((revocation) => {
          if (!affects(revocation, auth.viewer)) return;
          void authenticator.authenticate(typeof header === 'string' ? header : undefined, ip).then(
            (fresh) => {
              if (fresh.viewer.kind === 'user' && auth.viewer.kind === 'user' && fresh.viewer.role !== auth.viewer.role) {
                socket.close(CLOSE_CODES.reauthenticate, 'Permissions changed; reconnect');
              }
            },
            (error: Error) => socket.close(CLOSE_CODES.revoked, `Credential revoked: ${error.message}`.slice(0, 120)),
          );
        });
        ctx.extra.release = () => {
          clearTimeout(timer);
          stopListening();
        };
        return true;
      },
      onClose: (ctx) => ctx.extra.release?.(),
      onSubscribe: async (ctx, _id, payload) => {
        const viewer = ctx.extra.auth!.viewer;
        const quota = await admission.charge(viewer);
        if (quota && !quota.allowed) {
          const refusal = rateLimited(quota);
          return [new GraphQLError(refusal.message, { originalError: refusal })];
        }
        const prepared = admission.prepare(payload.query, payload.operationName, payload.variables);
        if (!('document' in prepared)) return prepared;
        const contextValue: Context = createContext(deps, viewer);
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
    async close(): Promise<void> {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

