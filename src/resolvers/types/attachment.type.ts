import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AttachmentKind, AttachmentStatus, AttachmentTextSource } from '../../entities/enums';
import { toGlobalId } from '../../ids';
import type { AttachmentRecord } from '../../repositories/files/attachment.repository';
import { ConnectionType } from './connection.type';
import { ClassificationView } from './ticket.type';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

@ObjectType('Attachment', {
  implements: NodeInterface,
  description: 'A file on a ticket or on one of its comments, with the text read from it.',
  simpleResolvers: true,
})
export class AttachmentView implements NodeInterface {
  readonly __typename = 'Attachment';
  dbId!: string;
  ticketDbId!: string;
  commentDbId!: string | null;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'The name the file was uploaded with (never used as a path).' })
  fileName!: string;

  @Field(() => String, { description: 'The media type, sniffed from the bytes (not taken from the name or the client).' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of the bytes, hex.' })
  sha256!: string;

  @Field(() => AttachmentKind, { description: 'What the file is, from its bytes.' })
  kind!: AttachmentKind;

  @Field(() => Boolean, { description: 'For agents only: attached as internal, or to an internal comment.' })
  isInternal!: boolean;

  @Field(() => AttachmentStatus, { description: 'Where its processing stands.' })
  status!: AttachmentStatus;

  @Field(() => String, { nullable: true, description: 'Extracted text, OCR result or transcript; null while there is none.' })
  text!: string | null;

  @Field(() => AttachmentTextSource, { nullable: true, description: 'How `text` was obtained.' })
  textSource!: AttachmentTextSource | null;

  @Field(() => Int, { nullable: true, description: 'Pages of a PDF.' })
  pageCount!: number | null;

  @Field(() => Float, { nullable: true, description: 'Length of a recording, in seconds, when known.' })
  durationSeconds!: number | null;

  @Field(() => String, { nullable: true, description: 'Why processing failed (FAILED), naming the limit or the problem.' })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'A remark on a READY file, e.g. that a speech model is needed for a transcript.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Who uploaded it, when known.' })
  uploadedBy!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was uploaded.' })
  createdAt!: Date;

  /** From a record: the fields of the record's own names, and the ids. An instance, as type-graphql wants for field resolvers. */
  static from(attachment: AttachmentRecord): AttachmentView {
    return Object.assign(new AttachmentView(), attachment, {
      dbId: attachment.id,
      ticketDbId: attachment.ticketId,
      commentDbId: attachment.commentId,
      id: toGlobalId('Attachment', attachment.id),
    });
  }
}

@ObjectType('AttachmentConnection', { description: 'A page of attachments, oldest first.', simpleResolvers: true })
export class AttachmentConnection extends ConnectionType(AttachmentView, 'Attachment') {}

@ObjectType('AttachmentAnalysis', { description: 'What a file\'s text says.', simpleResolvers: true })
export class AttachmentAnalysisView {
  @Field(() => AttachmentView, { description: 'The file.' })
  attachment!: AttachmentView;

  @Field(() => String, {
    description: 'A short summary of its text: by the configured model (OPENAI_API_KEY), else its most informative sentences (an extractive summary).',
  })
  summary!: string;

  @Field(() => [String], { description: 'The words that matter most in it, most important first: the model\'s, else the most frequent informative words.' })
  keywords!: string[];

  @Field(() => String, { description: 'Who wrote the summary and keywords: `openai:<model>`, or `extractive@1` offline and when the model failed.' })
  summaryModel!: string;

  @Field(() => ClassificationView, { description: 'The classifier\'s reading of the text, as if it were a ticket (the file name as its subject).' })
  classification!: ClassificationView;
}
