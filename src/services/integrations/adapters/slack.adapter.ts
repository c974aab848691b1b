import { IntegrationPlatform } from '../../../entities/enums';
import type { FieldError } from '../../../errors';
import { clip, eventBody, eventHeadline, ticketFacts } from '../event-text';
import { header, requireHmac } from '../inbound-signature';
import {
  InboundRefused, type AdapterCall, type DeliveryOutcome, type InboundRequest, type InboundResult, type OutboundEvent, type PlatformAdapter,
} from '../platform-adapter';
import { PlatformError } from '../platform-http';

/** Slack refuses requests whose timestamp is more than five minutes off (replay protection). */
const TIMESTAMP_WINDOW_SECONDS = 300;

/** Slack's mrkdwn needs &, < and > escaped; everything else is text. */
function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A ticket event as Block Kit: a header, the body, the facts as context. */
export function slackMessage(event: OutboundEvent): { text: string; blocks: unknown[] } {
  const text = eventHeadline(event);
  return {
    text,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: clip(text, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: clip(escape(eventBody(event)), 3000) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: ticketFacts(event).map(([k, v]) => `*${k}:* ${escape(v)}`).join('  ·  ') }] },
    ],
  };
}

interface SlackAnswer {
  ok: boolean;
  error?: string;
  channel?: string;
  ts?: string;
  team?: string;
  user?: string;
  permalink?: string;
}

/**
 * A Web API method: JSON posted, or for a read method (`get`) the arguments in the query string.
 * Slack answers HTTP 200 with `ok: false` for refusals: those are not worth retrying, except a rate limit.
 */
async function slackApi(call: AdapterCall, method: string, args: Record<string, unknown>, get = false): Promise<{ status: number; body: SlackAnswer }> {
  const url = `${call.settings.baseUrl!.replace(/\/$/, '')}/api/${method}`;
  const authorization = { Authorization: `Bearer ${call.settings.botToken}` };
  const response = get
    ? await call.http.call<SlackAnswer>(`${url}?${new URLSearchParams(args as Record<string, string>)}`, { headers: authorization })
    : await call.http.call<SlackAnswer>(url, { headers: { ...authorization, 'Content-Type': 'application/json; charset=utf-8' }, json: args });
  if (!response.body.ok) throw new PlatformError(`Slack ${method} refused: ${response.body.error ?? 'unknown error'}`, response.status);
  return response;
}

/** The message's permalink (`chat.getPermalink`); null when Slack will not say: the message is posted, the link is kept without it. */
async function permalink(call: AdapterCall, channel: string, ts: string): Promise<string | null> {
  try {
    return (await slackApi(call, 'chat.getPermalink', { channel, message_ts: ts }, true)).body.permalink ?? null;
  } catch (error) {
    if (error instanceof PlatformError) return null;
    throw error;
  }
}

export const slackAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.SLACK,
  description: 'Ticket events as Block Kit messages (comments and later events as replies in the ticket\'s thread, whose permalink is its link) by bot token, or to an incoming webhook; `/ticket <text>` makes a ticket.',
  settings: [
    { name: 'baseUrl', description: 'Slack Web API address.', url: true, default: 'https://slack.com' },
    { name: 'botToken', description: 'Bot token (`xoxb-...`) with chat:write; with `channel`.', secret: true },
    { name: 'channel', description: 'Channel id the bot posts to (e.g. C0123456789).' },
    { name: 'webhookUrl', description: 'Incoming-webhook URL, instead of botToken and channel (no threads).', secret: true, url: true },
    { name: 'signingSecret', description: 'Signing secret of the Slack app, for the `/ticket` slash command.', secret: true },
  ],
  outbound: ['chat.postMessage (Block Kit; thread replies for later events of a ticket)', 'chat.getPermalink (the thread as the ticket\'s link)', 'incoming webhook'],
  inbound: ['slash command `/ticket <text>` (v0 signature, 5-minute timestamp window)'],

  check(settings) {
    const errors: FieldError[] = [];
    const bot = Boolean(settings.botToken || settings.channel);
    if (bot && settings.webhookUrl) errors.push({ field: 'settings.webhookUrl', message: 'is for webhook mode: give either webhookUrl, or botToken and channel' });
    else if (bot) {
      if (!settings.botToken) errors.push({ field: 'settings.botToken', message: 'is required with channel' });
      if (!settings.channel) errors.push({ field: 'settings.channel', message: 'is required with botToken' });
    } else if (!settings.webhookUrl) errors.push({ field: 'settings', message: 'needs botToken and channel, or webhookUrl' });
    return errors;
  },

  ordered: (settings) => Boolean(settings.botToken),

  async test(call) {
    if (!call.settings.botToken) {
      const response = await call.http.call(call.settings.webhookUrl!, { json: { text: 'ticketgraph is connected to this channel.' } });
      return { statusCode: response.status, message: 'The incoming webhook took a test message' };
    }
    const response = await slackApi(call, 'auth.test', {});
    return { statusCode: response.status, message: `Signed in to ${response.body.team ?? 'Slack'} as ${response.body.user ?? 'the bot'}` };
  },

  async deliver(call, event): Promise<DeliveryOutcome> {
    const message = slackMessage(event);
    if (!call.settings.botToken) {
      const response = await call.http.call(call.settings.webhookUrl!, { json: message });
      return { statusCode: response.status };
    }
    // The link is `<channel>:<ts>` of the thread's first message: replies go there, even after the channel setting changed.
    const [threadChannel, thread] = call.link?.key.split(':') ?? [];
    const response = await slackApi(call, 'chat.postMessage', { channel: thread ? threadChannel : call.settings.channel, ...message, ...(thread ? { thread_ts: thread } : {}) });
    // The first message about a ticket starts its thread (the ticket's link, to its permalink); later events reply in it.
    if (!thread && response.body.ts) {
      const channel = response.body.channel ?? call.settings.channel!;
      await call.saveLink({ key: `${channel}:${response.body.ts}`, url: await permalink(call, channel, response.body.ts) });
    }
    return { statusCode: response.status, externalId: response.body.ts };
  },

  receive(request: InboundRequest, settings): InboundResult {
    const timestamp = header(request.headers, 'x-slack-request-timestamp');
    if (!/^\d+$/.test(timestamp)) throw new InboundRefused('The X-Slack-Request-Timestamp header is missing');
    if (Math.abs(request.now / 1000 - Number(timestamp)) > TIMESTAMP_WINDOW_SECONDS) {
      throw new InboundRefused('The request timestamp is more than 5 minutes from the server clock');
    }
    requireHmac(settings.signingSecret, `v0:${timestamp}:${request.body.toString('utf8')}`, header(request.headers, 'x-slack-signature'), 'v0=', 'X-Slack-Signature');
    const form = new URLSearchParams(request.body.toString('utf8'));
    const text = (form.get('text') ?? '').trim();
    const ephemeral = (message: string) => ({ status: 200, body: { response_type: 'ephemeral', text: message } });
    if (form.get('command') !== '/ticket') {
      return { actions: [], reply: () => ephemeral(`Unknown command ${form.get('command') ?? ''}; this app knows /ticket`) };
    }
    if (text.length < 10) {
      return { actions: [], reply: () => ephemeral('Usage: /ticket <what is wrong, at least 10 characters>; the first line is the subject') };
    }
    const user = form.get('user_id') ?? 'unknown';
    const team = form.get('team_id') ?? 'unknown';
    const firstLine = text.split('\n')[0]!.trim();
    return {
      actions: [{
        kind: 'createTicket',
        subject: clip(firstLine, 200),
        description: clip(text, 2000),
        // Slash commands carry no e-mail address; `.invalid` (RFC 2606) never delivers mail.
        customer: { id: `slack:${team}:${user}`, email: `${user.toLowerCase()}@${team.toLowerCase()}.slack.invalid`, name: form.get('user_name') || user },
      }],
      reply: (created) => ephemeral(created ? `Created ${created.key}: ${created.subject}` : 'No ticket was created'),
    };
  },
};
