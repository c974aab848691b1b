import type { Channel } from '../../pubsub';
import type { AttachmentRecord } from '../../repositories/files/attachment.repository';
import type { ServiceContext } from '../shared/service-context';

/** What `attachmentUpdated` hears: which attachment changed; subscribers read it as it is now. */
export interface AttachmentUpdate {
  attachmentId: string;
  ticketId: string;
  isInternal: boolean;
}

export const attachmentUpdatesChannel: Channel<AttachmentUpdate> = {
  topic: 'attachment-updates',
  encode: (message) => JSON.stringify(message),
  decode: (text) => JSON.parse(text) as AttachmentUpdate,
};

/** Tells subscribers an attachment changed; after the commit, and never failing the change. */
export async function publishAttachment(ctx: ServiceContext, attachment: Pick<AttachmentRecord, 'id' | 'ticketId' | 'isInternal'>): Promise<void> {
  const message: AttachmentUpdate = { attachmentId: attachment.id, ticketId: attachment.ticketId, isInternal: attachment.isInternal };
  await ctx.pubsub.publish(attachmentUpdatesChannel, message).catch((error: unknown) => {
    ctx.logger.error({ err: error, attachmentId: attachment.id }, 'publishing an attachment update failed');
  });
}
