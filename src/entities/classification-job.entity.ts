import { Entity, EntityRepositoryType, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../ids';
import { ClassificationJobRepository } from '../repositories/jobs/classification-job.repository';
import { TIMESTAMP } from './base.entity';
import { JobStatus } from './enums';

export interface RowError {
  /** 1-based row of the file (the first ticket is row 1). */
  row: number;
  errors: string[];
}

/**
 * A batch of tickets to classify: the tickets of a signed CSV upload or of an import. It is
 * durable: the worker that runs it holds a lease, and another takes over if that worker dies.
 */
@Entity({ tableName: 'classification_jobs', repository: () => ClassificationJobRepository })
export class ClassificationJob {
  [EntityRepositoryType]?: ClassificationJobRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Enum({ items: () => JobStatus, type: 'text' })
  status: JobStatus = JobStatus.PENDING;

  @Property({ type: 'text', nullable: true })
  fileName: string | null;

  @Property({ type: 'integer' })
  totalTickets = 0;

  @Property({ type: 'integer' })
  processedTickets = 0;

  @Property({ type: 'integer' })
  failedTickets = 0;

  @Property({ type: 'json' })
  rowErrors: RowError[] = [];

  @Property({ type: 'text', nullable: true })
  errorMessage: string | null = null;

  @Property({ type: 'text', nullable: true })
  callbackUrl: string | null;

  @Property({ type: 'text', nullable: true })
  createdBy: string | null;

  @Property({ type: 'text', nullable: true })
  leaseOwner: string | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  leaseUntil: Date | null = null;

  @Property({ ...TIMESTAMP })
  createdAt: Date = new Date();

  @Property({ ...TIMESTAMP })
  updatedAt: Date = new Date();

  @Property({ ...TIMESTAMP, nullable: true })
  startedAt: Date | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  processingTimeMs: number | null = null;

  constructor(fields: { id?: string; fileName: string | null; callbackUrl: string | null; createdBy: string | null }) {
    this.id = fields.id ?? newId();
    this.fileName = fields.fileName;
    this.callbackUrl = fields.callbackUrl;
    this.createdBy = fields.createdBy;
  }
}
