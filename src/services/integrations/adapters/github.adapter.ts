import { IntegrationPlatform, TicketEventType, TicketStatus } from '../../../entities/enums';
import { clip, deletedNote, eventBody, ticketFacts } from '../event-text';
import { header, jsonBody, requireHmac } from '../inbound-signature';
import { recordOf, type AdapterCall, type DeliveryOutcome, type InboundResult, type OutboundEvent, type PlatformAdapter } from '../platform-adapter';

const CLOSED = new Set<string>([TicketStatus.RESOLVED, TicketStatus.CLOSED]);
const OPEN = [TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_CUSTOMER];

function api(call: AdapterCall, path: string): string {
  return `${call.settings.baseUrl!.replace(/\/$/, '')}/repos/${encodeURIComponent(call.settings.owner!)}/${encodeURIComponent(call.settings.repo!)}${path}`;
}

function headers(call: AdapterCall): Record<string, string> {
  return { Authorization: `Bearer ${call.settings.token}`, Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
}

function issueBody(event: OutboundEvent): string {
  const facts = ticketFacts(event).map(([k, v]) => `**${k}:** ${v}`).join(' · ');
  return `${event.ticket.description}\n\n---\n${facts}\n\n_From ticketgraph ${event.ticket.key}_`;
}

interface Issue {
  number: number;
  html_url: string;
}

async function createIssue(call: AdapterCall, event: OutboundEvent): Promise<{ statusCode: number; link: { key: string; url: string } }> {
  const labels = (call.settings.labels ?? '').split(',').map((label) => label.trim()).filter(Boolean);
  const response = await call.http.call<Issue>(api(call, '/issues'), {
    headers: headers(call),
    json: { title: clip(`[${event.ticket.key}] ${event.ticket.subject}`, 256), body: issueBody(event), ...(labels.length ? { labels } : {}) },
  });
  return { statusCode: response.status, link: issueLink(call, response.body) };
}

function issueLink(call: AdapterCall, issue: Issue): { key: string; url: string } {
  return { key: `${call.settings.owner}/${call.settings.repo}#${issue.number}`, url: issue.html_url };
}

/** The issue an earlier attempt made: among the newest of the repository, the one titled with the ticket's key. */
async function findIssue(call: AdapterCall, event: OutboundEvent): Promise<{ key: string; url: string } | null> {
  const response = await call.http.call<(Issue & { title: string })[]>(api(call, '/issues?state=all&sort=created&direction=desc&per_page=50'), { headers: headers(call) });
  const issue = response.body.find((candidate) => candidate.title.startsWith(`[${event.ticket.key}] `));
  return issue ? issueLink(call, issue) : null;
}

async function comment(call: AdapterCall, number: string, body: string): Promise<DeliveryOutcome> {
  const response = await call.http.call<{ id: number }>(api(call, `/issues/${number}/comments`), { headers: headers(call), json: { body } });
  return { statusCode: response.status, externalId: String(response.body.id) };
}

/** Tickets become issues: comments follow, RESOLVED and CLOSED close the issue, leaving them reopens it. */
export const githubAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.GITHUB,
  description: 'An issue per ticket in one repository (GitHub or GitHub Enterprise): comments follow, resolving closes it, reopening reopens it, deleting the ticket closes it as not planned; issue and comment webhooks update the ticket.',
  settings: [
    { name: 'baseUrl', description: 'REST API address; `https://<host>/api/v3` for GitHub Enterprise Server.', url: true, default: 'https://api.github.com' },
    { name: 'token', description: 'Fine-grained or classic token with issues read and write on the repository.', secret: true, required: true },
    { name: 'owner', description: 'Owner (user or organization) of the repository.', required: true },
    { name: 'repo', description: 'Repository name.', required: true },
    { name: 'webhookSecret', description: 'Secret of the repository webhook (`issues`, `issue_comment`) that points at the inbound URL.', secret: true },
    { name: 'labels', description: 'Comma-separated labels for new issues.' },
  ],
  outbound: ['POST /repos/{owner}/{repo}/issues', 'POST /repos/{owner}/{repo}/issues/{number}/comments', 'PATCH /repos/{owner}/{repo}/issues/{number} (close, reopen; closed as not planned when the ticket is deleted)'],
  inbound: ['webhooks `issues` (closed, reopened) and `issue_comment` (created), verified with X-Hub-Signature-256; a redelivery (same X-GitHub-Delivery) is applied once'],
  ordered: () => true,

  async test(call) {
    const response = await call.http.call<{ full_name?: string }>(api(call, ''), { headers: headers(call) });
    return { statusCode: response.status, message: `Can reach ${response.body.full_name ?? `${call.settings.owner}/${call.settings.repo}`}` };
  },

  async deliver(call, event): Promise<DeliveryOutcome> {
    const { link, made } = await recordOf(call, () => createIssue(call, event), () => findIssue(call, event));
    if (event.type === TicketEventType.CREATED) return { statusCode: made };
    const number = link.key.split('#')[1]!;
    if (event.comment) return comment(call, number, clip(`**${event.comment.author ?? 'someone'}** on ${event.ticket.key}:\n\n${event.comment.content}`, 65_000));
    if (event.type === TicketEventType.DELETED) {
      // Said in a comment, then closed as not planned (deleting an issue needs admin rights and loses its history).
      const commented = await comment(call, number, deletedNote(event));
      const response = await call.http.call(api(call, `/issues/${number}`), { method: 'PATCH', headers: headers(call), json: { state: 'closed', state_reason: 'not_planned' } });
      return { statusCode: response.status, externalId: commented.externalId };
    }
    const status = event.changes.find((change) => change.field === 'status');
    if (event.type === TicketEventType.STATUS_CHANGED && status && CLOSED.has(String(status.newValue)) !== CLOSED.has(String(status.oldValue))) {
      const close = CLOSED.has(String(status.newValue));
      const response = await call.http.call(api(call, `/issues/${number}`), {
        method: 'PATCH',
        headers: headers(call),
        json: close ? { state: 'closed', state_reason: 'completed' } : { state: 'open' },
      });
      return { statusCode: response.status };
    }
    // Other changes (priority, tags, ...) as a comment: the issue tells the ticket's story.
    return comment(call, number, `${event.ticket.key}: ${eventBody(event)}`);
  },

  receive(request, settings): InboundResult {
    requireHmac(settings.webhookSecret, request.body, header(request.headers, 'x-hub-signature-256'), 'sha256=', 'X-Hub-Signature-256');
    const event = header(request.headers, 'x-github-event');
    const body = jsonBody(request.body);
    const issue = body.issue as { number?: number } | undefined;
    const repository = (body.repository as { full_name?: string } | undefined)?.full_name;
    const ok = (handled: boolean) => ({ status: 200, body: { ok: true, handled } });
    if (!issue?.number || !repository) return { actions: [], reply: () => ok(false) };
    const key = `${repository}#${issue.number}`;
    // GitHub's redeliveries keep the delivery's id.
    const callId = header(request.headers, 'x-github-delivery') || undefined;
    if (event === 'issues' && (body.action === 'closed' || body.action === 'reopened')) {
      const closed = body.action === 'closed';
      const action = closed
        ? { kind: 'status' as const, key, status: TicketStatus.RESOLVED, unlessIn: [...CLOSED] as TicketStatus[] }
        : { kind: 'status' as const, key, status: TicketStatus.IN_PROGRESS, unlessIn: OPEN };
      return { actions: [action], callId, reply: () => ok(true) };
    }
    if (event === 'issue_comment' && body.action === 'created') {
      const comment = body.comment as { id?: number; body?: string; user?: { login?: string } } | undefined;
      if (!comment?.id || !comment.body) return { actions: [], reply: () => ok(false) };
      return {
        actions: [{ kind: 'comment', key, content: comment.body, author: `github:${comment.user?.login ?? 'unknown'}`, externalId: String(comment.id) }],
        callId,
        reply: () => ok(true),
      };
    }
    return { actions: [], reply: () => ok(false) };
  },
};
