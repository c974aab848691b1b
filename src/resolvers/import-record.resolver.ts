import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { importCursor, rowErrorCursor } from '../repositories/import/file-import.repository';
import { ImportService } from '../services/import/import.service';
import { ClassificationJobService } from '../services/jobs/classification-job.service';
import { ClassificationJobView, ImportResultView, type ImportRowErrorView } from './types/classification-job.type';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import { ImportRecordConnection, ImportRecordView, ImportRowErrorConnection } from './types/import-record.type';

@Resolver(() => ImportResultView)
export class ImportResultResolver {
  @FieldResolver(() => ImportRecordView, { description: 'The kept record of this import: every refused row, and its failed rows as a CSV to fix.' })
  async importRecord(@Root() result: ImportResultView, @Ctx() ctx: Context): Promise<ImportRecordView> {
    return ImportRecordView.from(await new ImportService(ctx).get(result.importId));
  }
}

@Resolver(() => ImportRecordView)
export class ImportRecordResolver {
  @Query(() => ImportRecordConnection, {
    description: 'Imports, newest first: who imported which file when, the counts, every refused row. Staff see all; an integration token sees its own.',
  })
  async imports(@Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() ctx: Context): Promise<Connection<ImportRecordView>> {
    const service = new ImportService(ctx);
    const page = await service.list(pageRequest(args));
    return toConnection(page, args.after, importCursor, ImportRecordView.from, () => service.count());
  }

  @FieldResolver(() => ImportRowErrorConnection, { description: 'Every refused row, in file order, each with all of its errors.' })
  async errors(
    @Root() record: ImportRecordView,
    @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<ImportRowErrorView>> {
    const page = await new ImportService(ctx).rowErrors(record.record.id, pageRequest(args));
    return toConnection(page, args.after, rowErrorCursor, (error) => error, () => Promise.resolve(record.failed));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Downloads the refused rows as CSV, without a credential until the link expires (ATTACHMENT_URL_TTL_SECONDS): the import\'s own columns and an `errors` column. Fix the rows and import the file again. Null when no row was refused.',
  })
  failedRowsUrl(@Root() record: ImportRecordView, @Ctx() ctx: Context): Promise<string | null> {
    return new ImportService(ctx).failedRowsUrl(record.record);
  }

  @FieldResolver(() => ClassificationJobView, { nullable: true, description: 'The job classifying the imported tickets, if there is one.' })
  async job(@Root() record: ImportRecordView, @Ctx() ctx: Context): Promise<ClassificationJobView | null> {
    const { jobId } = record.record;
    return jobId === null ? null : ClassificationJobView.from(await new ClassificationJobService(ctx).get(jobId));
  }
}
