import { ref } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Attachment } from '../../entities/attachment.entity';
import { Comment } from '../../entities/comment.entity';
import { Conversation } from '../../entities/conversation.entity';
import type { ClassificationRecord } from '../../entities/classification.value';
import { AttachmentStatus, TicketEventType } from '../../entities/enums';
import { TicketEvent } from '../../entities/ticket-event.entity';
import type { Ticket } from '../../entities/ticket.entity';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors';
import { newId, toGlobalId } from '../../ids';
import { channelIterator } from '../../pubsub';
import { attachmentFromEntity, type AttachmentRecord } from '../../repositories/files/attachment.repository';
import { ticketEventFromEntity } from '../../repositories/ticket-events/ticket-event.repository';
import { ticketFromEntity } from '../../repositories/tickets/ticket.repository';
import { ClassificationService } from '../classifier/classification.service';
import { requireSignedIn, requireTicketEditor, seesInternalComments } from '../identity/policy';
import { formatBytes } from '../import/import-limits';
import { fingerprint, fingerprintOfBytes, IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { SignedLinks, type LinkSignature } from '../shared/signed-link';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';
import { TicketService } from '../tickets/ticket.service';
import { AttachmentProcessingService } from './attachment-processing.service';
import { attachmentUpdatesChannel, publishAttachment } from './attachment-update.channel';
import { AttachmentFileError, fileTooLarge } from './attachment-file.error';
import { fileStorage, removeStoredFiles, type ByteRange } from './file-storage';
import { SNIFF_BYTES, sniffFileType } from './file-type';
import { summarizeFile, type FileSummary } from './file-summary';
import { uploadsInFlight } from './uploads-in-flight';

const FILE_NAME_MAX_LENGTH = 255;
/** How much of a file's text its classification reads. */
const ANALYSIS_TEXT_CHARS = 4000;

export interface NewAttachment {
  ticketId: string;
  commentId?: string | null;
  isInternal?: boolean | null;
  fileName: string;
  /** Opens the bytes as they arrive; with an Idempotency-Key they are read twice (first to fingerprint them). */
  open: () => AsyncIterable<Buffer>;
}

/**
 * Files on tickets. They have exactly their ticket's visibility, and internal ones (or those on
 * internal comments) are for those who see internal comments only. The bytes stream into the file
 * storage, hashed and measured on the way; a refused file leaves nothing behind.
 */
export class AttachmentService {
  constructor(private readonly ctx: ServiceContext) {}

  private get storage() {
    return fileStorage(this.ctx.config);
  }

  /** An attachment the caller may see; any other is NOT_FOUND, whether or not it exists. */
  get(id: string): Promise<AttachmentRecord> {
    return new TicketService(this.ctx).visibleChild('Attachment', id, (includeInternal) =>
      this.ctx.em.getRepository(Attachment).findRecord(id, includeInternal),
    );
  }

  /**
   * Each change of a visible ticket's attachments, as the attachment is right after it; internal
   * ones only for those who see internal comments. Any other ticket is NOT_FOUND.
   */
  async updates(ticketId: string): Promise<AsyncIterableIterator<AttachmentRecord>> {
    await new TicketService(this.ctx).get(ticketId);
    const internal = seesInternalComments(this.ctx.viewer);
    return channelIterator(this.ctx.pubsub, attachmentUpdatesChannel, async (update) => {
      if (update.ticketId !== ticketId || (update.isInternal && !internal)) return undefined;
      return this.ctx.em.fork().getRepository(Attachment).findRecord(update.attachmentId, internal);
    });
  }

  /** Attaches a file; with an Idempotency-Key, a repeat of the same file and arguments returns the first attachment. */
  upload(input: NewAttachment, idempotencyKey?: string): Promise<AttachmentRecord> {
    const { open, ...args } = input;
    return new IdempotencyService(this.ctx).run<AttachmentRecord, { id: string }>(idempotencyKey, {
      fingerprint: async () => fingerprint('uploadAttachment', args, await fingerprintOfBytes(open())),
      execute: () => this.store(input),
      store: (attachment) => ({ id: attachment.id }),
      replay: ({ id }) => this.get(id),
    });
  }

  private async store(input: NewAttachment): Promise<AttachmentRecord> {
    const viewer = requireSignedIn(this.ctx.viewer);
    if (input.isInternal && !seesInternalComments(viewer)) throw new ForbiddenError('Customers may not attach internal files');
    const fileName = checkFileName(input.fileName);
    const ticket = await new TicketService(this.ctx).get(input.ticketId);
    let commentInternal = false;
    if (input.commentId) {
      const comment = await this.ctx.em.getRepository(Comment).findRecord(input.commentId, seesInternalComments(viewer));
      if (!comment || comment.ticketId !== ticket.id) {
        throw new ValidationError([{ field: 'commentId', message: 'is not a comment on this ticket' }]);
      }
      commentInternal = comment.isInternal;
    }
    const isInternal = Boolean(input.isInternal) || commentInternal;

    const { maxBytes, ticketMaxBytes } = this.ctx.config.attachments;
    const room = ticketMaxBytes - (await this.ctx.em.getRepository(Attachment).totalSize(ticket.id));
    const ticketFull = (): AttachmentFileError =>
      new AttachmentFileError('TICKET_FULL', `The ticket's files would exceed its limit of ${formatBytes(ticketMaxBytes)} (ATTACHMENT_TICKET_MAX_BYTES)`);
    if (room <= 0) throw ticketFull();
    const limit = Math.min(maxBytes, room);
    const meter = new UploadMeter(limit, () =>
      limit < maxBytes ? ticketFull() : fileTooLarge(maxBytes),
    );

    const id = newId();
    const stored = await uploadsInFlight.during(id, async () => {
      await this.storage.put(id, meter.pass(input.open()));
      try {
        if (meter.size === 0) throw new AttachmentFileError('EMPTY_FILE', 'The file is empty');
        const type = sniffFileType(meter.head, fileName);
        if (type.refused) throw new AttachmentFileError('UNSUPPORTED_TYPE', `${type.refused}, whatever their name`);
        const tickets = new TicketService(this.ctx);
        return await this.ctx.em.transactional(async (em) => {
          const locked = await tickets.lockVisible(em, ticket.id);
          // Another upload may have filled the ticket meanwhile: the lock makes this check final.
          if ((await em.getRepository(Attachment).totalSize(ticket.id)) + meter.size > ticketMaxBytes) throw ticketFull();
          const now = new Date();
          const attachment = new Attachment({
            ticket: ref(locked),
            comment: input.commentId ? em.getReference(Comment, input.commentId, { wrapped: true }) : null,
            fileName,
            contentType: type.contentType,
            size: meter.size,
            sha256: meter.sha256(),
            kind: type.kind,
            isInternal,
            storageKey: id,
            uploadedBy: viewer.actor,
          });
          attachment.id = id;
          attachment.createdAt = attachment.updatedAt = locked.updatedAt = now;
          const event = new TicketEvent(ref(locked), TicketEventType.ATTACHMENT_ADDED, viewer.actor, [
            { field: 'attachments', oldValue: null, newValue: { id, fileName, kind: type.kind, size: meter.size, isInternal } },
          ]);
          event.occurredAt = now;
          em.persist([attachment, event]);
          return { attachment, event, locked };
        });
      } catch (error) {
        await this.storage.delete(id);
        throw error;
      }
    });
    // Committed: from here on nothing undoes the upload (a lost job is sent again by the maintenance round).
    const record = attachmentFromEntity(stored.attachment);
    await announceTicketEvents(this.ctx, [{ event: ticketEventFromEntity(stored.event), ticket: ticketFromEntity(stored.locked) }]);
    await publishAttachment(this.ctx, record);
    await new AttachmentProcessingService(this.ctx).enqueue(id).catch((error: unknown) => {
      this.ctx.logger.error({ err: error, attachmentId: id }, 'queueing an attachment\'s processing failed');
    });
    return record;
  }

  /**
   * Removes an attachment and its stored bytes (staff, or the integration that made the ticket), and
   * what the assistant's answers took from it.
   */
  async delete(id: string): Promise<void> {
    requireTicketEditor(this.ctx.viewer, 'delete attachments');
    const attachment = await this.get(id);
    await this.ctx.em.transactional(async (em) => {
      await new TicketService(this.ctx).lockVisible(em, attachment.ticketId);
      await em.nativeDelete(Attachment, { id });
      await em.getRepository(Conversation).forgetFiles(em, [id]);
    });
    await removeStoredFiles(this.ctx, [attachment.storageKey]);
  }

  /**
   * What a file says: a summary and keywords of its text (by the model when one is configured,
   * else extractive), and a classification of it as if it were a ticket's description. For files
   * whose text was read (READY with text).
   */
  async analyze(id: string): Promise<{ attachment: AttachmentRecord; summary: FileSummary; classification: ClassificationRecord }> {
    const attachment = await this.get(id);
    if (!attachment.text) {
      const why = attachment.status === AttachmentStatus.READY ? 'no text could be read from it' : `its processing is ${attachment.status}`;
      throw new ValidationError([{ field: 'id', message: `has no text to analyse: ${why}` }]);
    }
    const summary = await summarizeFile(this.ctx, attachment.fileName, attachment.text);
    const classification = await new ClassificationService(this.ctx).classifyText({
      subject: attachment.fileName, description: attachment.text.slice(0, ANALYSIS_TEXT_CHARS),
    });
    return { attachment, summary, classification };
  }

  /** A URL that downloads the file without a credential until it expires. */
  async downloadUrl(attachment: Pick<AttachmentRecord, 'id'>, now = Date.now()): Promise<string> {
    const signed = await new SignedLinks(this.ctx.secrets).query(attachment.id, this.ctx.config.attachments.urlTtlSeconds, now);
    return `/files/${toGlobalId('Attachment', attachment.id)}?${signed}`;
  }

  /**
   * The attachment a download asks for: with a signature, one that is valid and unexpired (else
   * FORBIDDEN); without, one the caller may see (else NOT_FOUND).
   */
  async forDownload(id: string, signed?: LinkSignature): Promise<AttachmentRecord> {
    if (!signed) return this.get(id);
    if (!(await new SignedLinks(this.ctx.secrets).valid(id, signed))) throw new ForbiddenError('This download link is invalid or has expired');
    const found = await this.ctx.em.getRepository(Attachment).findRecord(id, true);
    if (!found) throw new NotFoundError('Attachment', toGlobalId('Attachment', id));
    return found;
  }

  /** The stored bytes (or a range) of an attachment the caller obtained through `get` or `forDownload`. */
  open(attachment: AttachmentRecord, range?: ByteRange): Promise<Readable> {
    return this.storage.read(attachment.storageKey, range);
  }

}

/** The file name as given, when it is a plain name: no folders, no control characters. */
function checkFileName(name: string): string {
  const problem =
    name.trim() === '' ? 'must not be empty'
    : name.length > FILE_NAME_MAX_LENGTH ? `must be at most ${FILE_NAME_MAX_LENGTH} characters`
    // eslint-disable-next-line no-control-regex
    : /[\u0000-\u001f\u007f-\u009f]/.test(name) ? 'must not contain control characters'
    : /[/\\]/.test(name) || name === '.' || name === '..' ? 'must be a plain file name, without folders'
    : undefined;
  if (problem) throw new AttachmentFileError('INVALID_FILE_NAME', `The file name ${problem}`);
  return name.trim();
}

/** Hashes and counts bytes as they pass, keeps the first few for sniffing, and stops a file over its limit. */
class UploadMeter {
  size = 0;
  private readonly hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headBytes = 0;

  constructor(
    private readonly limit: number,
    private readonly overLimit: () => Error,
  ) {}

  get head(): Buffer {
    return Buffer.concat(this.headChunks).subarray(0, SNIFF_BYTES);
  }

  sha256(): string {
    return this.hash.digest('hex');
  }

  async *pass(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      this.size += chunk.length;
      if (this.size > this.limit) throw this.overLimit();
      this.hash.update(chunk);
      if (this.headBytes < SNIFF_BYTES) {
        this.headChunks.push(chunk.subarray(0, SNIFF_BYTES - this.headBytes));
        this.headBytes += Math.min(chunk.length, SNIFF_BYTES - this.headBytes);
      }
      yield chunk;
    }
  }
}
