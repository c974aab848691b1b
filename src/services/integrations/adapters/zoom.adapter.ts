import { IntegrationPlatform } from '../../../entities/enums';
import { clip } from '../event-text';
import { expiresIn, OAuthTokens } from '../oauth-tokens';
import type { AdapterCall, PlatformAdapter } from '../platform-adapter';
import type { PlatformRequest, PlatformResponse } from '../platform-http';

const tokens = new OAuthTokens<string>();

/** A call with the account's current token (Server-to-Server OAuth, `account_credentials`, renewed before `expires_in`); a 401 gets a new token and one more try. */
function zoom<T>(call: AdapterCall, path: string, request: PlatformRequest = {}): Promise<PlatformResponse<T>> {
  const { oauthUrl, accountId, clientId, clientSecret, baseUrl } = call.settings;
  const fetchToken = () => call.http.call<{ access_token: string; expires_in?: number }>(
    `${oauthUrl!.replace(/\/$/, '')}/oauth/token?grant_type=account_credentials&account_id=${encodeURIComponent(accountId!)}`,
    { method: 'POST', headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` } },
  ).then(({ body }) => ({ value: body.access_token, expiresInSeconds: expiresIn(body) }));
  return tokens.use([oauthUrl!, accountId!, clientId!, clientSecret!], fetchToken, (token) =>
    call.http.call<T>(`${baseUrl!.replace(/\/$/, '')}${path}`, { ...request, headers: { Authorization: `Bearer ${token}` } }));
}

export interface ZoomMeeting {
  id: number;
  topic: string;
  join_url: string;
  start_time: string;
  duration: number;
}

/** Schedules a meeting for the account's own user: `POST /users/me/meetings`, type 2 (scheduled), in UTC. */
export async function createZoomMeeting(call: AdapterCall, meeting: { topic: string; agenda: string; startAt: Date; durationMinutes: number }): Promise<ZoomMeeting> {
  const response = await zoom<ZoomMeeting>(call, '/users/me/meetings', {
    json: {
      topic: clip(meeting.topic, 200),
      type: 2,
      start_time: meeting.startAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      duration: meeting.durationMinutes,
      timezone: 'UTC',
      agenda: clip(meeting.agenda, 2000),
    },
  });
  return response.body;
}

/** Zoom gets no ticket events: `scheduleMeeting` makes a meeting for a ticket when an agent asks. */
export const zoomAdapter: PlatformAdapter = {
  platform: IntegrationPlatform.ZOOM,
  description: 'Meetings for tickets by Server-to-Server OAuth: `scheduleMeeting` creates one and posts its join link on the ticket (an external link and a comment). Ticket events are not sent.',
  settings: [
    { name: 'baseUrl', description: 'Zoom API address.', url: true, default: 'https://api.zoom.us/v2' },
    { name: 'oauthUrl', description: 'Zoom OAuth address.', url: true, default: 'https://zoom.us' },
    { name: 'accountId', description: 'Account ID of the Server-to-Server OAuth app.', required: true },
    { name: 'clientId', description: 'Client ID of the app.', required: true },
    { name: 'clientSecret', description: 'Client secret of the app.', secret: true, required: true },
  ],
  outbound: ['POST /oauth/token (account_credentials)', 'POST /users/me/meetings (scheduleMeeting)'],
  inbound: [],
  takesEvents: false,
  ordered: () => false,

  async test(call) {
    const response = await zoom<{ email?: string }>(call, '/users/me');
    return { statusCode: response.status, message: `Signed in as ${response.body.email ?? 'the account user'}` };
  },

  async deliver() {
    return { statusCode: null };
  },
};
