import { IntegrationPlatform, IntegrationStatus, Role } from '../../entities/enums';
import { Integration } from '../../entities/integration.entity';
import { ServiceUnavailableError, ValidationError, type FieldError } from '../../errors';
import { newId, ticketKey, toGlobalId } from '../../ids';
import { requireRole } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';
import { CommentService } from '../tickets/comment.service';
import { TicketService } from '../tickets/ticket.service';
import { createZoomMeeting } from './adapters/zoom.adapter';
import { platformHttp } from './integration-delivery.service';
import { settingsOf } from './integration-settings';
import { PlatformError } from './platform-http';

export interface ScheduledMeeting {
  meetingId: string;
  topic: string;
  joinUrl: string;
  startAt: Date;
  durationMinutes: number;
}

const MAX_DURATION_MINUTES = 24 * 60;

/**
 * Zoom meetings for tickets (staff): made through the Zoom integration, then posted on the ticket
 * as an external link and a public comment with the join link, which other integrations hear of.
 */
export class MeetingService {
  constructor(private readonly ctx: ServiceContext) {}

  async schedule(ticketId: string, startAt: Date, durationMinutes: number, integrationId?: string | null): Promise<ScheduledMeeting> {
    requireRole(this.ctx.viewer, [Role.ADMIN, Role.AGENT], 'schedule meetings');
    const errors: FieldError[] = [];
    if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
      errors.push({ field: 'durationMinutes', message: `must be 1 to ${MAX_DURATION_MINUTES} minutes` });
    }
    if (startAt.getTime() < Date.now() - 60_000) errors.push({ field: 'startAt', message: 'must not be in the past' });
    if (errors.length) throw new ValidationError(errors);
    const ticket = await new TicketService(this.ctx).get(ticketId);
    const integration = await this.zoomIntegration(integrationId);

    const call = { settings: await settingsOf(this.ctx, integration), http: platformHttp(this.ctx), link: null, saveLink: async () => undefined };
    const key = ticketKey(ticket.number);
    let meeting;
    try {
      meeting = await createZoomMeeting(call, { topic: `${key}: ${ticket.subject}`, agenda: ticket.description, startAt, durationMinutes });
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      throw new ServiceUnavailableError(`Zoom did not schedule the meeting: ${error.message}`);
    }
    const meetingId = String(meeting.id);
    await this.ctx.em.getRepository(Integration).saveLink(
      { id: newId(), integrationId: integration.id, ticketId, platform: IntegrationPlatform.ZOOM, key: meetingId, url: meeting.join_url }, false,
    );
    const at = new Date(meeting.start_time ?? startAt);
    await new CommentService(this.ctx).add(ticketId, `Zoom meeting scheduled for ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC (${durationMinutes} minutes): ${meeting.join_url}`, false);
    return { meetingId, topic: meeting.topic, joinUrl: meeting.join_url, startAt: at, durationMinutes: meeting.duration ?? durationMinutes };
  }

  /** The one Zoom integration that is not disabled, or the one named. */
  private async zoomIntegration(integrationId?: string | null): Promise<Integration> {
    const found = await this.ctx.em.find(Integration, {
      platform: IntegrationPlatform.ZOOM, status: { $ne: IntegrationStatus.DISABLED }, ...(integrationId ? { id: integrationId } : {}),
    });
    if (found.length === 1) return found[0]!;
    const message = integrationId
      ? `${toGlobalId('Integration', integrationId)} is not a connected Zoom integration`
      : found.length === 0 ? 'no Zoom integration is connected' : 'several Zoom integrations are connected: name one';
    throw new ValidationError([{ field: 'integrationId', message }]);
  }
}
