import { ref } from '@mikro-orm/core';
import path from 'node:path';
import { Attachment } from '../../entities/attachment.entity';
import { AttachmentKind, AttachmentStatus, AttachmentTextSource, TicketEventType } from '../../entities/enums';
import { TicketEvent } from '../../entities/ticket-event.entity';
import { Ticket } from '../../entities/ticket.entity';
import { QUEUES } from '../../queue/job-queue';
import { attachmentFromEntity } from '../../repositories/files/attachment.repository';
import { ticketEventFromEntity } from '../../repositories/ticket-events/ticket-event.repository';
import { ticketFromEntity } from '../../repositories/tickets/ticket.repository';
import { ClassificationService } from '../classifier/classification.service';
import type { ServiceContext } from '../shared/service-context';
import { runInWorkerThread } from '../shared/worker-thread';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';
import { publishAttachment } from './attachment-update.channel';
import { fileStorage } from './file-storage';
import { mediaDuration } from './media-duration';
import { imageDimensions, MAX_IMAGE_PIXELS, OcrTimeoutError, recognizeText } from './image-text';
import { transcribe } from './speech-transcription';
import type { Extracted } from './text-extraction';

/** Heap of the thread that reads one file: a file that needs more is FAILED, the API unharmed. */
const EXTRACTION_HEAP_MB = 512;
const FINISHED: ReadonlySet<AttachmentStatus> = new Set([AttachmentStatus.READY, AttachmentStatus.FAILED]);
export const SPEECH_MODEL_NEEDED = 'A speech model is needed for a transcript: set OPENAI_API_KEY (an OpenAI-compatible /audio/transcriptions endpoint)';

/** What processing found, beyond the text. */
interface Outcome {
  status: AttachmentStatus.READY | AttachmentStatus.FAILED;
  text?: string | null;
  textSource?: AttachmentTextSource | null;
  pageCount?: number | null;
  durationSeconds?: number | null;
  note?: string | null;
  error?: string | null;
}

/**
 * Reads an attached file's text on the durable job queue: PENDING -> PROCESSING -> READY or
 * FAILED, each step published to `attachmentUpdated`, the end recorded as ATTACHMENT_PROCESSED.
 * Running it again is harmless: a finished file is left as it is, and one a dead worker left
 * PROCESSING is read again.
 */
export class AttachmentProcessingService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Queues the processing of a stored file. */
  async enqueue(attachmentId: string): Promise<void> {
    await this.ctx.jobs.send(QUEUES.attachmentProcessing.name, { attachmentId });
  }

  async process(id: string, options: { lastAttempt: boolean }): Promise<void> {
    const em = this.ctx.em;
    const attachment = await em.findOne(Attachment, id, { populate: ['text'] });
    if (!attachment || FINISHED.has(attachment.status)) return;
    attachment.status = AttachmentStatus.PROCESSING;
    attachment.updatedAt = new Date();
    await em.flush();
    await publishAttachment(this.ctx, attachmentFromEntity(attachment));

    let outcome: Outcome;
    try {
      outcome = await this.read(attachment);
    } catch (error) {
      if (!options.lastAttempt) throw error;
      this.ctx.logger.error({ err: error, attachmentId: id }, 'processing an attachment failed');
      outcome = { status: AttachmentStatus.FAILED, error: 'The file could not be processed' };
    }
    await this.finish(attachment, outcome);
    if (outcome.text) await this.reclassify(attachment.ticket.id);
  }

  /** The ticket classified again with its files' text (category and priority change only where no person set them). */
  private async reclassify(ticketId: string): Promise<void> {
    await new ClassificationService(this.ctx).classifyTicket(ticketId).catch((error: unknown) => {
      this.ctx.logger.warn({ err: error, ticketId }, 'classifying a ticket with its files\' text failed');
    });
  }

  /** Files a dead worker left unprocessed, sent to the queue again; returns how many. */
  async recover(): Promise<number> {
    const staleSeconds = Math.ceil(this.ctx.config.attachments.processingTimeoutMs / 1000) + QUEUES.attachmentProcessing.expireInSeconds;
    const stale = await this.ctx.em.find(
      Attachment,
      { status: { $in: [AttachmentStatus.PENDING, AttachmentStatus.PROCESSING] }, updatedAt: { $lt: new Date(Date.now() - staleSeconds * 1000) } },
      { fields: ['id'], limit: 1000 },
    );
    if (stale.length === 0) return 0;
    // Touched first, so the next round leaves them to this one's jobs.
    await this.ctx.em.nativeUpdate(Attachment, { id: { $in: stale.map((a) => a.id) } }, { updatedAt: new Date() });
    for (const attachment of stale) await this.enqueue(attachment.id);
    return stale.length;
  }

  private async read(attachment: Attachment): Promise<Outcome> {
    switch (attachment.kind) {
      case AttachmentKind.DOCUMENT:
        return this.extract(attachment);
      case AttachmentKind.AUDIO:
      case AttachmentKind.VIDEO:
        return this.transcribe(attachment);
      case AttachmentKind.IMAGE:
        return this.ocr(attachment);
      case AttachmentKind.OTHER:
        return { status: AttachmentStatus.READY, note: `No text is read from ${attachment.contentType} files` };
    }
  }

  /** A document's text, read on a worker thread within the time and memory limits. */
  private async extract(attachment: Attachment): Promise<Outcome> {
    const bytes = await this.bytes(attachment);
    const timeoutMs = this.ctx.config.attachments.processingTimeoutMs;
    let extracted: Extracted;
    try {
      extracted = await runInWorkerThread<Extracted>(
        path.join(__dirname, 'text-extraction.worker.ts'),
        { bytes, contentType: attachment.contentType, maxPages: this.ctx.config.attachments.maxPages },
        timeoutMs,
        { maxOldGenerationSizeMb: EXTRACTION_HEAP_MB },
      );
    } catch (error) {
      const message = (error as Error).message;
      if (/gave no answer within/.test(message)) {
        return { status: AttachmentStatus.FAILED, error: timedOut(timeoutMs) };
      }
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return { status: AttachmentStatus.FAILED, error: `Reading the file needed more than ${EXTRACTION_HEAP_MB} MB of memory` };
      }
      throw error;
    }
    if (!extracted.ok) return { status: AttachmentStatus.FAILED, error: extracted.error };
    return {
      status: AttachmentStatus.READY,
      text: extracted.text,
      textSource: extracted.text === null ? null : AttachmentTextSource.EXTRACTED,
      pageCount: extracted.pageCount,
      note: extracted.note,
    };
  }

  /** The speech in a recording, when a speech model is configured; READY with a note saying so otherwise. */
  private async transcribe(attachment: Attachment): Promise<Outcome> {
    const bytes = await this.bytes(attachment);
    const durationSeconds = mediaDuration(bytes, attachment.contentType) ?? null;
    if (!this.ctx.config.openai) return { status: AttachmentStatus.READY, durationSeconds, note: SPEECH_MODEL_NEEDED };
    let text: string | undefined;
    try {
      text = await transcribe(this.ctx.config, this.ctx.logger, { bytes, fileName: attachment.fileName, contentType: attachment.contentType });
    } catch (error) {
      // An answer that refuses the file (4xx) will not change on a retry; anything else may.
      const status = (error as { status?: number }).status;
      if (status === undefined || status >= 500 || status === 408 || status === 429) throw error;
      return { status: AttachmentStatus.FAILED, durationSeconds, error: `The speech model refused the file (HTTP ${status}): ${(error as Error).message}` };
    }
    const trimmed = text?.trim() ?? '';
    if (!trimmed) return { status: AttachmentStatus.READY, durationSeconds, note: 'No speech was found in the recording' };
    return { status: AttachmentStatus.READY, durationSeconds, text: trimmed, textSource: AttachmentTextSource.TRANSCRIPT };
  }

  /** The text in an image, when its header shows a size within the limit. */
  private async ocr(attachment: Attachment): Promise<Outcome> {
    const bytes = await this.bytes(attachment);
    const size = imageDimensions(bytes, attachment.contentType);
    if (size && size.width * size.height > MAX_IMAGE_PIXELS) {
      return {
        status: AttachmentStatus.FAILED,
        error: `The image is ${size.width} x ${size.height} pixels; text is read from images of at most ${MAX_IMAGE_PIXELS.toLocaleString('en')} pixels`,
      };
    }
    const timeoutMs = this.ctx.config.attachments.processingTimeoutMs;
    try {
      const { text } = await recognizeText(bytes, timeoutMs);
      const trimmed = text.trim();
      if (!trimmed) return { status: AttachmentStatus.READY, note: 'No text was found in the image' };
      return { status: AttachmentStatus.READY, text: trimmed, textSource: AttachmentTextSource.OCR };
    } catch (error) {
      if (error instanceof OcrTimeoutError) return { status: AttachmentStatus.FAILED, error: timedOut(timeoutMs) };
      return { status: AttachmentStatus.FAILED, error: `The image could not be read: ${String((error as Error).message ?? error)}` };
    }
  }

  private async bytes(attachment: Attachment): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await fileStorage(this.ctx.config).read(attachment.storageKey)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  private async finish(attachment: Attachment, outcome: Outcome): Promise<void> {
    const { ticket, event } = await this.ctx.em.transactional(async (em) => {
      const now = new Date();
      Object.assign(attachment, {
        status: outcome.status,
        text: outcome.text ?? null,
        textSource: outcome.textSource ?? null,
        pageCount: outcome.pageCount ?? null,
        durationSeconds: outcome.durationSeconds ?? null,
        note: outcome.note ?? null,
        error: outcome.error ?? null,
        updatedAt: now,
      });
      em.persist(attachment);
      const ticket = await em.findOneOrFail(Ticket, attachment.ticket.id);
      const event = new TicketEvent(ref(ticket), TicketEventType.ATTACHMENT_PROCESSED, 'system', [
        {
          field: 'attachments',
          oldValue: null,
          newValue: { id: attachment.id, fileName: attachment.fileName, status: attachment.status, textSource: attachment.textSource, isInternal: attachment.isInternal },
        },
      ]);
      event.occurredAt = now;
      em.persist(event);
      return { ticket, event };
    });
    await announceTicketEvents(this.ctx, [{ event: ticketEventFromEntity(event), ticket: ticketFromEntity(ticket) }]);
    await publishAttachment(this.ctx, attachmentFromEntity(attachment));
  }
}

function timedOut(timeoutMs: number): string {
  return `Reading the file took longer than ${timeoutMs} ms (ATTACHMENT_PROCESSING_TIMEOUT_MS)`;
}
