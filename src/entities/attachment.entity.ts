import { BigIntType, EntityRepositoryType, Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { AttachmentRepository } from '../repositories/files/attachment.repository';
import { BaseEntity } from './base.entity';
import { Comment } from './comment.entity';
import { AttachmentKind, AttachmentStatus, AttachmentTextSource } from './enums';
import { Ticket } from './ticket.entity';

/** A file on a ticket (or on one of its comments): its bytes are in the file storage under `storageKey`. */
@Entity({ tableName: 'attachments', repository: () => AttachmentRepository })
export class Attachment extends BaseEntity {
  [EntityRepositoryType]?: AttachmentRepository;

  @ManyToOne({ entity: () => Ticket, ref: true, deleteRule: 'cascade' })
  ticket: Ref<Ticket>;

  @ManyToOne({ entity: () => Comment, ref: true, nullable: true, deleteRule: 'cascade' })
  comment: Ref<Comment> | null = null;

  @Property({ type: 'text' })
  fileName: string;

  @Property({ type: 'text' })
  contentType: string;

  @Property({ type: new BigIntType('number') })
  size: number;

  @Property({ type: 'text' })
  sha256: string;

  @Enum({ items: () => AttachmentKind, type: 'text' })
  kind: AttachmentKind;

  /** Internal itself, or on an internal comment: for those who see internal comments only. */
  @Property({ type: 'boolean' })
  isInternal: boolean;

  @Enum({ items: () => AttachmentStatus, type: 'text' })
  status: AttachmentStatus = AttachmentStatus.PENDING;

  @Property({ type: 'text', nullable: true, lazy: true })
  text: string | null = null;

  @Enum({ items: () => AttachmentTextSource, type: 'text', nullable: true })
  textSource: AttachmentTextSource | null = null;

  @Property({ type: 'integer', nullable: true })
  pageCount: number | null = null;

  @Property({ type: 'double', nullable: true })
  durationSeconds: number | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  storageKey: string;

  @Property({ type: 'text', nullable: true })
  uploadedBy: string | null;

  constructor(fields: {
    ticket: Ref<Ticket>;
    comment: Ref<Comment> | null;
    fileName: string;
    contentType: string;
    size: number;
    sha256: string;
    kind: AttachmentKind;
    isInternal: boolean;
    storageKey: string;
    uploadedBy: string | null;
  }) {
    super();
    this.ticket = fields.ticket;
    this.comment = fields.comment;
    this.fileName = fields.fileName;
    this.contentType = fields.contentType;
    this.size = fields.size;
    this.sha256 = fields.sha256;
    this.kind = fields.kind;
    this.isInternal = fields.isInternal;
    this.storageKey = fields.storageKey;
    this.uploadedBy = fields.uploadedBy;
  }
}
