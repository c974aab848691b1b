import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { RowError } from '../../entities/classification-job.entity';
import { JobStatus } from '../../entities/enums';
import { toGlobalId } from '../../ids';
import type { ImportOutcome } from '../../services/import/import.service';
import type { QueueFigures } from '../../repositories/jobs/job-queue-stats.repository';
import type { JobSnapshot } from '../../services/jobs/classification-job.service';
import type { TestCsv } from '../../services/jobs/signed-csv.service';
import { ConnectionType } from './connection.type';
import { GraphQLUpload, type FileUpload } from './file-upload';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

@ObjectType('ImportRowError', { description: 'A row of a file that was not imported, with everything wrong with it.', simpleResolvers: true })
export class ImportRowErrorView {
  @Field(() => Int, { description: 'The row, counting tickets from 1 (the CSV header and comment lines are not rows).' })
  row!: number;

  @Field(() => [String], { description: 'Every problem of the row, each naming its field.' })
  errors!: string[];
}

@ObjectType('ClassificationJob', {
  implements: NodeInterface,
  description:
    'Tickets being classified in the background: those of a signed CSV upload, or of an import. Readable by its id (a signed upload\'s session id), watchable with `classificationJobUpdated`.',
  simpleResolvers: true,
})
export class ClassificationJobView implements NodeInterface {
  readonly __typename = 'ClassificationJob';
  dbId!: string;

  @Field(() => ID, { description: 'Opaque global id; for a signed upload, the session id of its file.' })
  id!: string;

  @Field(() => JobStatus, { description: 'Where the job stands.' })
  status!: JobStatus;

  @Field(() => String, { nullable: true, description: 'The name of the uploaded file.' })
  fileName!: string | null;

  @Field(() => Int, { description: 'Tickets the job classifies.' })
  totalTickets!: number;

  @Field(() => Int, { description: 'Tickets classified so far.' })
  processedTickets!: number;

  @Field(() => Int, { description: 'Tickets the classifier could not classify; they keep their fields and stay unclassified.' })
  failedTickets!: number;

  @Field(() => DateTimeScalar, { description: 'When the file was accepted.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the job last changed.' })
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a worker first took the job.' })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the job finished (COMPLETED or FAILED).' })
  completedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds from start to finish.' })
  processingTimeMs!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the job FAILED.' })
  errorMessage!: string | null;

  @Field(() => [ImportRowErrorView], { description: 'Rows of the file that were not imported (the first 1000), with their errors.' })
  rowErrors!: RowError[];

  @Field(() => String, { nullable: true, description: 'Where the final state is POSTed, signed, when the job ends.' })
  callbackUrl!: string | null;

  static from(job: JobSnapshot): ClassificationJobView {
    return {
      __typename: 'ClassificationJob',
      dbId: job.id,
      id: toGlobalId('ClassificationJob', job.id),
      status: job.status,
      fileName: job.fileName,
      totalTickets: job.totalTickets,
      processedTickets: job.processedTickets,
      failedTickets: job.failedTickets,
      createdAt: job.createdAt,
      updatedAt: job.updatedAt,
      startedAt: job.startedAt,
      completedAt: job.completedAt,
      processingTimeMs: job.processingTimeMs,
      errorMessage: job.errorMessage,
      rowErrors: job.rowErrors,
      callbackUrl: job.callbackUrl,
    };
  }
}

@ObjectType('ClassificationJobConnection', { description: 'A page of classification jobs, newest first.', simpleResolvers: true })
export class ClassificationJobConnection extends ConnectionType(ClassificationJobView, 'ClassificationJob') {}

@InputType('ClassificationJobFilter', { description: 'Conditions on classification jobs; every condition given must hold.' })
export class ClassificationJobFilter {
  @Field(() => [JobStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: JobStatus[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created at or after this time.' })
  createdAfter?: Date | null;
}

@ObjectType('JobQueueStats', { description: 'What one job queue holds now and what it finished in the last hour.', simpleResolvers: true })
export class JobQueueStatsView implements QueueFigures {
  @Field(() => String, { description: 'The queue: `classification-jobs`, `deliveries` (webhooks, callbacks, integrations) or `attachment-processing` (files\' text).' })
  queue!: QueueFigures['queue'];

  @Field(() => Int, { description: 'Jobs waiting for a worker, retries waiting out their delay included.' })
  queued!: number;

  @Field(() => Int, { description: 'Jobs a worker is running.' })
  active!: number;

  @Field(() => Int, { description: 'Jobs completed in the last hour.' })
  completedLastHour!: number;

  @Field(() => Int, { description: 'Jobs that failed for good (retries used up) in the last hour.' })
  failedLastHour!: number;

  @Field(() => Float, { nullable: true, description: 'Seconds the job ready the longest has waited for a worker; null when none is waiting.' })
  oldestWaitingSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'Seconds the job running the longest has run; null when none runs.' })
  oldestActiveSeconds!: number | null;
}

@ObjectType('ImportResult', { description: 'What an import stored and what it refused.', simpleResolvers: true })
export class ImportResultView {
  /** The kept record of the import (`importRecord`). */
  importId!: string;

  @Field(() => Int, { description: 'Rows in the file.' })
  total!: number;

  @Field(() => Int, { description: 'Rows stored as tickets.' })
  successful!: number;

  @Field(() => Int, { description: 'Rows refused.' })
  failed!: number;

  @Field(() => [ImportRowErrorView], { description: 'The refused rows (the first 1000; `importRecord.errors` has all), each with all of its errors.' })
  errors!: RowError[];

  @Field(() => ClassificationJobView, {
    nullable: true,
    description: 'The job classifying the imported tickets: with `classify: true`, or when rows left category or priority open.',
  })
  job!: ClassificationJobView | null;

  static from(outcome: Omit<ImportOutcome, 'job'>, job: JobSnapshot | null): ImportResultView {
    return {
      importId: outcome.importId,
      total: outcome.total,
      successful: outcome.successful,
      failed: outcome.failed,
      errors: outcome.errors,
      job: job && ClassificationJobView.from(job),
    };
  }
}

@ObjectType('TestCsv', { description: 'Generated test tickets as a signed CSV, ready for `uploadTicketCsv`.', simpleResolvers: true })
export class TestCsvView implements TestCsv {
  @Field(() => ID, { description: 'The session: the id of the job the upload of this file creates.' })
  sessionId!: string;

  @Field(() => String, { description: 'A name for the file.' })
  fileName!: string;

  @Field(() => Int, { description: 'Tickets in the file.' })
  rowCount!: number;

  @Field(() => String, {
    description: 'The CSV, base64-encoded: `# X-Session-Id`, `# X-Signature`, `# X-Nonce` and `# X-Timestamp` comment lines, a header row, then the tickets.',
  })
  csvContent!: string;

  @Field(() => String, { description: 'Hex HMAC-SHA256 of `<timestamp>.<nonce>.<CSV rows>` with the server\'s signing secret.' })
  signature!: string;

  @Field(() => String, { description: 'Single-use random value covered by the signature.' })
  nonce!: string;

  @Field(() => String, { description: 'Unix seconds when the file was signed, covered by the signature.' })
  timestamp!: string;
}

@InputType('UploadTicketCsvInput', { description: 'A signed CSV of tickets to classify.' })
export class UploadTicketCsvInput {
  @Field(() => String, {
    nullable: true,
    description: 'The CSV, as text or base64 (as `generateTestCsv` returns it); or send it as `file`. A JSON body is limited to `REQUEST_BODY_LIMIT_BYTES`.',
  })
  csvContent?: string | null;

  @Field(() => GraphQLUpload, {
    nullable: true,
    description: 'The CSV (UTF-8 text, not base64) as a file of a GraphQL multipart request, up to `IMPORT_MAX_BYTES`: for files too large for a JSON body, such as the decoded content of `generateTestCsv`\'s largest.',
  })
  file?: Promise<FileUpload> | null;

  @Field(() => String, { nullable: true, description: 'A name for the file; shown as the job\'s `fileName`.' })
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: 'Hex HMAC-SHA256 signature; else the X-Signature header, else the file\'s `# X-Signature` line.' })
  signature?: string | null;

  @Field(() => String, { nullable: true, description: 'The signed nonce; else the X-Nonce header, else the file\'s `# X-Nonce` line.' })
  nonce?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signed timestamp (unix seconds or ISO-8601); else the X-Timestamp header, else the file\'s `# X-Timestamp` line.',
  })
  timestamp?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL that receives the job\'s final state as a signed POST when it ends.' })
  callbackUrl?: string | null;
}
