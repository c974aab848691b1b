import { IntegrationPlatform, TicketEventType, TicketStatus } from '../../../entities/enums';
import type { FieldError } from '../../../errors';
import { clip, deletedNote, eventBody, ticketFacts } from '../event-text';
import { header, jsonBody, requireHmac } from '../inbound-signature';
import { recordOf, type AdapterCall, type DeliveryOutcome, type InboundAction, type InboundResult, type OutboundEvent, type PlatformAdapter } from '../platform-adapter';

/** Jira's three status categories, and the ticket statuses each stands for. */
const CATEGORY: Record<TicketStatus, 'new' | 'indeterminate' | 'done'> = {
  NEW: 'new', IN_PROGRESS: 'indeterminate', WAITING_CUSTOMER: 'indeterminate', RESOLVED: 'done', CLOSED: 'done',
};
const FROM_CATEGORY: Record<string, { status: TicketStatus; unlessIn: TicketStatus[] }> = {
  new: { status: TicketStatus.NEW, unlessIn: [TicketStatus.NEW] },
  indeterminate: { status: TicketStatus.IN_PROGRESS, unlessIn: [TicketStatus.IN_PROGRESS, TicketStatus.WAITING_CUSTOMER] },
  done: { status: TicketStatus.RESOLVED, unlessIn: [TicketStatus.RESOLVED, TicketStatus.CLOSED] },
};

/** Plain text as an Atlassian Document Format document: a paragraph per line. */
export function adf(text: string): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })),
  };
}

/** The text of an ADF document (or of a Data Center string body). */
function adfText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (!node || typeof node !== 'object') return '';
  const { text, content, type } = node as { text?: string; content?: unknown[]; type?: string };
  const inner = text ?? (content ?? []).map(adfText).join(type === 'doc' ? '\n' : '');
  return inner;
}

function cloud(call: AdapterCall): boolean {
  return call.settings.apiVersion !== '2';
}

function api(call: AdapterCall, path: string): string {
  return `${call.settings.baseUrl!.replace(/\/$/, '')}/rest/api/${cloud(call) ? '3' : '2'}${path}`;
}

/** Cloud: basic auth with e-mail and API token. Data Center: basic auth with username and password, or a personal access token as bearer. */
function headers(call: AdapterCall): Record<string, string> {
  const { email, apiToken, username, password } = call.settings;
  const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
  if (username) return { Authorization: basic(username, password!) };
  return { Authorization: email ? basic(email, apiToken!) : `Bearer ${apiToken}` };
}

function document(call: AdapterCall, text: string): unknown {
  return cloud(call) ? adf(text) : text;
}

async function createIssue(call: AdapterCall, event: OutboundEvent): Promise<{ statusCode: number; link: { key: string; url: string } }> {
  const facts = ticketFacts(event).map(([k, v]) => `${k}: ${v}`).join('\n');
  const response = await call.http.call<{ key: string }>(api(call, '/issue'), {
    headers: headers(call),
    json: {
      fields: {
        project: { key: call.settings.projectKey },
        issuetype: { name: call.settings.issueType },
        summary: clip(`[${event.ticket.key}] ${event.ticket.subject}`, 255),
        description: document(call, `${event.ticket.description}\n\n${facts}`),
        labels: ['ticketgraph'],
      },
    },
  });
  return { statusCode: response.status, link: issueLink(call, response.body.key) };
}

function issueLink(call: AdapterCall, key: string): { key: string; url: string } {
  return { key, url: `${call.settings.baseUrl!.replace(/\/$/, '')}/browse/${key}` };
}

/** The issue an earlier attempt made: found by JQL (Cloud's `/search/jql`, Data Center's `/search`), its summary starting with the ticket's key. */
async function findIssue(call: AdapterCall, event: OutboundEvent): Promise<{ key: string; url: string } | null> {
  const jql = `project = "${call.settings.projectKey}" AND labels = ticketgraph AND summary ~ "\\"${event.ticket.key}\\"" ORDER BY created DESC`;
  const query = new URLSearchParams({ jql, fields: 'summary', maxResults: '10' });
  const response = await call.http.call<{ issues?: { key: string; fields?: { summary?: string } }[] }>(
    api(call, `${cloud(call) ? '/search/jql' : '/search'}?${query}`), { headers: headers(call) },
  );
  const issue = response.body.issues?.find((candidate) => candidate.fields?.summary?.startsWith(`[${event.ticket.key}] `));
  return issue ? issueLink(call, issue.key) : null;
}

interface Transition {
  id: string;
  to?: { name?: string; statusCategory?: { key?: string } };
}

/** Moves the issue to a status of the ticket's category, when it is in another; null when nothing was to do. */
async function transition(call: AdapterCall, key: string, status: TicketStatus): Promise<number | null> {
  const wanted = CATEGORY[status];
  const issue = await call.http.call<{ fields?: { status?: { statusCategory?: { key?: string } } } }>(
    api(call, `/issue/${encodeURIComponent(key)}?fields=status`), { headers: headers(call) },
  );
  if (issue.body.fields?.status?.statusCategory?.key === wanted) return null;
  const { body } = await call.http.call<{ transitions?: Transition[] }>(api(call, `/issue/${encodeURIComponent(key)}/transitions`), { headers: headers(call) });
  const candidates = (body.transitions ?? []).filter((t) => t.to?.statusCategory?.key === wanted);
  // A named match first (a board with "Resolved" and "Closed" both done), then the first of the category.
  const choice = candidates.find((t) => t.to?.name?.replace(/\s+/g, '_').toUpperCase() === status) ?? candidates[0];
  if (!choice) return null;
  const response = await call.http.call(api(call, `/issue/${encodeURIComponent(key)}/transitions`), {
    headers: headers(call), json: { transition: { id: choice.id } },
  });
  return response.status;
}

async function comment(call: AdapterCall, key: string, text: string): Promise<DeliveryOutcome> {
  const response = await call.http.call<{ id: string }>(api(call, `/issue/${encodeURIComponent(key)}/comment`), {
    headers: headers(call), json: { body: document(call, clip(text, 32_000)) },
  });
  return { statusCode: response.status, externalId: String(response.body.id) };
}

/** A ticket makes an issue (ADF description); comments follow; status changes transition it; Jira webhooks come back. */
export const jiraAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.JIRA,
  description: 'An issue per ticket (Jira Cloud REST v3, or Data Center v2): description in Atlassian Document Format (plain text on Data Center), comments follow, status changes transition it, deleting the ticket moves it to done; Jira webhooks (issue updated, comment created) update the ticket.',
  settings: [
    { name: 'baseUrl', description: 'The site, e.g. https://your-domain.atlassian.net.', url: true, required: true },
    { name: 'email', description: 'Cloud: the account e-mail of basic auth with apiToken.' },
    { name: 'apiToken', description: 'Cloud: an API token (with email). Data Center: a personal access token, sent as bearer.', secret: true },
    { name: 'username', description: 'Data Center: a user for basic auth, instead of a personal access token.' },
    { name: 'password', description: 'Data Center: that user\'s password.', secret: true },
    { name: 'projectKey', description: 'Project new issues go to, e.g. SUP.', required: true },
    { name: 'issueType', description: 'Issue type of new issues.', default: 'Task' },
    { name: 'apiVersion', description: '`3` (Cloud, ADF) or `2` (Data Center, plain text).', default: '3' },
    { name: 'webhookSecret', description: 'Secret of the Jira admin webhook that points at the inbound URL (X-Hub-Signature).', secret: true },
  ],
  outbound: ['POST /rest/api/{3|2}/issue', 'POST /rest/api/{3|2}/issue/{key}/comment', 'POST /rest/api/{3|2}/issue/{key}/transitions'],
  inbound: ['webhooks `jira:issue_updated` (status) and `comment_created`, verified with X-Hub-Signature; a retry (same X-Atlassian-Webhook-Identifier) is applied once'],

  check(settings) {
    const errors: FieldError[] = [];
    if (settings.apiVersion !== '2' && settings.apiVersion !== '3') errors.push({ field: 'settings.apiVersion', message: 'must be 2 or 3' });
    if (!/^[A-Z][A-Z0-9_]{0,49}$/.test(settings.projectKey ?? '')) errors.push({ field: 'settings.projectKey', message: 'must be a Jira project key, e.g. SUP' });
    if (settings.apiVersion !== '2') {
      if (!settings.email || !settings.apiToken || settings.username || settings.password) {
        errors.push({ field: 'settings', message: 'Jira Cloud (apiVersion 3) needs email and apiToken' });
      }
    } else {
      const token = Boolean(settings.apiToken);
      const basic = Boolean(settings.username) && Boolean(settings.password);
      const halfBasic = Boolean(settings.username) !== Boolean(settings.password);
      if (token === basic || halfBasic || settings.email) errors.push({ field: 'settings', message: 'Jira Data Center (apiVersion 2) needs apiToken (a personal access token), or username and password' });
    }
    return errors;
  },

  ordered: () => true,

  async test(call) {
    const response = await call.http.call<{ displayName?: string }>(api(call, '/myself'), { headers: headers(call) });
    return { statusCode: response.status, message: `Signed in as ${response.body.displayName ?? 'the API user'}` };
  },

  async deliver(call, event): Promise<DeliveryOutcome> {
    const { link, made } = await recordOf(call, () => createIssue(call, event), () => findIssue(call, event));
    if (event.type === TicketEventType.CREATED) return { statusCode: made };
    if (event.type === TicketEventType.STATUS_CHANGED) {
      const statusCode = await transition(call, link.key, event.ticket.status);
      return { statusCode: statusCode ?? made };
    }
    if (event.type === TicketEventType.DELETED) {
      // Said in a comment, then the issue is done (Jira keeps the issue: deleting it would need admin rights and lose its history).
      const commented = await comment(call, link.key, deletedNote(event));
      return { statusCode: (await transition(call, link.key, TicketStatus.CLOSED)) ?? commented.statusCode, externalId: commented.externalId };
    }
    const text = event.comment ? `${event.comment.author ?? 'someone'} (ticketgraph):\n${event.comment.content}` : `${event.ticket.key}: ${eventBody(event)}`;
    return comment(call, link.key, text);
  },

  receive(request, settings): InboundResult {
    requireHmac(settings.webhookSecret, request.body, header(request.headers, 'x-hub-signature'), 'sha256=', 'X-Hub-Signature');
    const body = jsonBody(request.body);
    const issue = body.issue as { key?: string; fields?: { status?: { statusCategory?: { key?: string } } } } | undefined;
    const actions: InboundAction[] = [];
    if (issue?.key && body.webhookEvent === 'jira:issue_updated') {
      const items = (body.changelog as { items?: { field?: string }[] } | undefined)?.items ?? [];
      const mapped = FROM_CATEGORY[issue.fields?.status?.statusCategory?.key ?? ''];
      if (mapped && items.some((item) => item.field === 'status')) actions.push({ kind: 'status', key: issue.key, ...mapped });
    }
    if (issue?.key && body.webhookEvent === 'comment_created') {
      const comment = body.comment as { id?: string | number; body?: unknown; author?: { displayName?: string } } | undefined;
      const content = adfText(comment?.body).trim();
      if (comment?.id !== undefined && content) {
        actions.push({ kind: 'comment', key: issue.key, content, author: `jira:${comment.author?.displayName ?? 'unknown'}`, externalId: String(comment.id) });
      }
    }
    // Jira retries a webhook it got no timely answer to, with the same identifier.
    const callId = header(request.headers, 'x-atlassian-webhook-identifier') || undefined;
    return { actions, callId, reply: () => ({ status: 200, body: { ok: true, handled: actions.length > 0 } }) };
  },
};
