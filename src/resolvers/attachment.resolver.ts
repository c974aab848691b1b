import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { NotFoundError } from '../errors';
import { fileTooLarge } from '../services/files/attachment-file.error';
import { AttachmentService } from '../services/files/attachment.service';
import { CommentService } from '../services/tickets/comment.service';
import type { AttachmentRecord } from '../repositories/files/attachment.repository';
import { dbIdOf } from './node-id';
import { AttachmentAnalysisView, AttachmentView } from './types/attachment.type';
import { GraphQLUpload, uploadBytes, type FileUpload } from './types/file-upload';
import { CommentView } from './types/comment.type';
import { TicketView } from './types/ticket.type';

interface AttachmentUpdatedArgs {
  ticketId: string;
}

@Resolver(() => AttachmentView)
export class AttachmentResolver {
  @Mutation(() => AttachmentView, {
    description:
      'Attaches a file to a ticket, sent as a GraphQL multipart request, up to `ATTACHMENT_MAX_BYTES`. The file is stored at once (PENDING); its text is read in the background (see `attachmentUpdated`). With an `Idempotency-Key` header a retry is safe: a repeat of the same file returns the first attachment.',
  })
  async uploadAttachment(
    @Arg('ticketId', () => ID, { description: 'Global id of the ticket.' }) ticketId: string,
    @Arg('file', () => GraphQLUpload, { description: 'The file.' }) file: Promise<FileUpload>,
    @Arg('commentId', () => ID, { nullable: true, description: 'A comment of the ticket the file belongs to.' }) commentId: string | null,
    @Arg('isInternal', () => Boolean, { nullable: true, defaultValue: false, description: 'For agents only (not for customers to set).' })
    isInternal: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<AttachmentView> {
    const upload = await file;
    const idempotencyKey = headerOf(ctx, 'idempotency-key');
    const attachment = await new AttachmentService(ctx).upload({
      ticketId: dbIdOf(ticketId, 'Ticket'),
      commentId: commentId ? dbIdOf(commentId, 'Comment') : null,
      isInternal,
      fileName: upload.filename,
      // Without an Idempotency-Key the bytes go straight to storage; with one, they are read first
      // for the request's fingerprint, so they come through a spool that can be read again.
      open: () => uploadBytes(idempotencyKey === undefined ? upload.stream() : upload.createReadStream(), () => fileTooLarge(ctx.config.attachments.maxBytes)),
    }, idempotencyKey);
    return AttachmentView.from(attachment);
  }

  @Mutation(() => ID, { description: 'Deletes an attachment and its stored file (staff, or the integration that created the ticket); returns its id.' })
  async deleteAttachment(@Arg('id', () => ID, { description: 'Global id of the attachment.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    await new AttachmentService(ctx).delete(dbIdOf(id, 'Attachment'));
    return id;
  }

  @Mutation(() => AttachmentAnalysisView, {
    description: 'Summarises and classifies the text read from a file (READY with text); nothing is stored.',
  })
  async analyzeAttachment(@Arg('id', () => ID, { description: 'Global id of the attachment.' }) id: string, @Ctx() ctx: Context): Promise<AttachmentAnalysisView> {
    const { attachment, summary, classification } = await new AttachmentService(ctx).analyze(dbIdOf(id, 'Attachment'));
    return { attachment: AttachmentView.from(attachment), summary: summary.summary, keywords: summary.keywords, summaryModel: summary.model, classification };
  }

  @Subscription(() => AttachmentView, {
    description: 'Each change of a ticket\'s files as it happens: a new file, and each step of its processing (PROCESSING, READY, FAILED).',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, AttachmentUpdatedArgs, Context>) =>
      new AttachmentService(context).updates(dbIdOf(args.ticketId, 'Ticket')),
  })
  attachmentUpdated(
    @Root() attachment: AttachmentRecord,
    @Arg('ticketId', () => ID, { description: 'Global id of the ticket.' }) _ticketId: string,
    @Ctx() ctx: Context,
  ): AttachmentView {
    ctx.renew();
    return AttachmentView.from(attachment);
  }

  @FieldResolver(() => TicketView, { description: 'The ticket the file is on.' })
  async ticket(@Root() attachment: AttachmentView, @Ctx() { loaders }: Context): Promise<TicketView> {
    const ticket = await loaders.ticket.load(attachment.ticketDbId);
    if (!ticket) throw new NotFoundError('Ticket', attachment.ticketDbId);
    return TicketView.from(ticket);
  }

  @FieldResolver(() => CommentView, { nullable: true, description: 'The comment the file belongs to, if any.' })
  async comment(@Root() attachment: AttachmentView, @Ctx() ctx: Context): Promise<CommentView | null> {
    return attachment.commentDbId ? CommentView.from(await new CommentService(ctx).get(attachment.commentDbId)) : null;
  }

  @FieldResolver(() => String, {
    description: 'A short-lived signed URL (path on this API) that downloads the file without a credential, until `ATTACHMENT_URL_TTL_SECONDS` pass.',
  })
  downloadUrl(@Root() attachment: AttachmentView, @Ctx() ctx: Context): Promise<string> {
    return new AttachmentService(ctx).downloadUrl({ id: attachment.dbId });
  }
}
