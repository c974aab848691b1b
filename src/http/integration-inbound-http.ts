import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import { fromGlobalId } from '../ids';
import { IntegrationInboundService } from '../services/integrations/integration-inbound.service';
import { InboundRefused } from '../services/integrations/platform-adapter';
import { systemContext, type AppDeps } from '../services/shared/service-context';
import { countRequest } from './http-admission';
import { readRawBody, RequestError, sendJson } from './request';

const INBOUND_PATH = /^\/integrations\/([^/]+)\/inbound$/;

/** Whether the request is a platform's call to an integration: `POST /integrations/<id>/inbound`. */
export function inboundIntegrationId(req: IncomingMessage, url: URL): string | undefined {
  const match = INBOUND_PATH.exec(url.pathname);
  return match && req.method === 'POST' ? match[1] : undefined;
}

/**
 * Platforms' calls (Slack slash commands, GitHub and Jira webhooks). They carry no bearer token:
 * the integration's adapter checks the platform's signature; a refusal is 401 and changes nothing.
 * Each integration takes a budget of calls per minute.
 */
export function integrationInboundOverHttp(config: Config, deps: AppDeps) {
  return async (req: IncomingMessage, res: ServerResponse, globalId: string): Promise<void> => {
    const id = fromGlobalId(globalId);
    if (id?.type !== 'Integration') throw new RequestError(404, `No integration ${globalId}`, 'NOT_FOUND');
    // Counted per integration before the body is read: a flood is refused (429, Retry-After) before it costs anything.
    await countRequest(res, deps.limiter.consume({ kind: 'inbound', integrationId: id.id }));
    const declared = Number(req.headers['content-length'] ?? 0);
    const limit = config.integrations.inboundMaxBytes;
    if (declared > limit) throw new RequestError(413, `Request body is larger than ${limit} bytes`, 'BAD_USER_INPUT', { Connection: 'close' });
    const body = await readRawBody(req, limit);
    try {
      const reply = await new IntegrationInboundService(systemContext(deps)).receive(id.id, { headers: req.headers, body, now: Date.now() });
      sendJson(res, reply.status, reply.body);
    } catch (error) {
      if (!(error instanceof InboundRefused)) throw error;
      const code = error.status === 401 ? 'UNAUTHENTICATED' : error.status === 404 ? 'NOT_FOUND' : error.status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT';
      throw new RequestError(error.status, error.message, code);
    }
  };
}
