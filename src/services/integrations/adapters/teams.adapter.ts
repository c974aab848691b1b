import { IntegrationPlatform } from '../../../entities/enums';
import { clip, eventBody, eventHeadline, ticketFacts } from '../event-text';
import type { OutboundEvent, PlatformAdapter } from '../platform-adapter';

/** A message carrying one Adaptive Card: what Teams incoming webhooks and Workflows "post to a channel" take. */
export function adaptiveCardMessage(title: string, text: string, facts: [string, string][]): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [{
      contentType: 'application/vnd.microsoft.card.adaptive',
      contentUrl: null,
      content: {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body: [
          { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
          { type: 'TextBlock', text, wrap: true },
          ...(facts.length ? [{ type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) }] : []),
        ],
      },
    }],
  };
}

function card(event: OutboundEvent): Record<string, unknown> {
  return adaptiveCardMessage(clip(eventHeadline(event), 300), clip(eventBody(event), 4000), ticketFacts(event));
}

export const teamsAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.TEAMS,
  description: 'Ticket events as Adaptive Cards to a Teams incoming-webhook or Workflows URL.',
  settings: [{ name: 'webhookUrl', description: 'Incoming-webhook or Workflows ("When a Teams webhook request is received") URL.', secret: true, url: true, required: true }],
  outbound: ['POST <webhookUrl> (message with an Adaptive Card 1.4)'],
  inbound: [],
  ordered: () => false,

  async test(call) {
    const response = await call.http.call(call.settings.webhookUrl!, { json: adaptiveCardMessage('ticketgraph is connected', 'Ticket events will appear here.', []) });
    return { statusCode: response.status, message: 'The webhook took a test card' };
  },

  async deliver(call, event) {
    const response = await call.http.call(call.settings.webhookUrl!, { json: card(event) });
    return { statusCode: response.status };
  },
};
