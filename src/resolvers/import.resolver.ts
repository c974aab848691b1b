import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { ImportFileError, type ByteSource } from '../services/import';
import { formatBytes } from '../services/import/import-limits';
import { ImportService } from '../services/import/import.service';
import { MAX_TEST_TICKETS, SignedCsvService } from '../services/jobs/signed-csv.service';
import { ClassificationJobView, ImportResultView, TestCsvView, UploadTicketCsvInput } from './types/classification-job.type';
import { ImportFormat } from './types/enums';
import { GraphQLUpload, uploadBytes, type FileUpload } from './types/file-upload';

/** The upload as bytes, from the start each time; a file cut off by the size limit is refused like any file over it. */
function uploadedFile(upload: FileUpload, maxBytes: number): ByteSource {
  return uploadBytes(upload.createReadStream(), () => new ImportFileError('FILE_TOO_LARGE', `The file is larger than the limit of ${formatBytes(maxBytes)}`));
}

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResultView, {
    description:
      'Imports a ticket file sent as a GraphQL multipart request (staff and integration tokens). Valid rows are stored, invalid ones reported with their row number and every error. Send an `Idempotency-Key` header to make a retry safe.',
  })
  async importTickets(
    @Arg('file', () => GraphQLUpload, { description: 'The file: CSV, JSON or XML, UTF-8.' }) file: Promise<FileUpload>,
    @Arg('format', () => ImportFormat, { nullable: true, description: 'The format; else the file name\'s extension, else its content type.' })
    format: ImportFormat | null,
    @Arg('classify', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Classify every imported ticket in a job (`result.job`); rows without category or priority are classified anyway.',
    })
    classify: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<ImportResultView> {
    const upload = await file;
    const maxBytes = ctx.config.imports.maxBytes;
    const outcome = await new ImportService(ctx).importTickets(
      {
        open: () => uploadedFile(upload, maxBytes),
        format,
        fileName: upload.filename,
        contentType: upload.mimetype,
        classify: classify ?? false,
      },
      headerOf(ctx, 'idempotency-key'),
    );
    return ImportResultView.from(outcome, outcome.job);
  }

  @Mutation(() => TestCsvView, {
    description: 'Realistic test tickets as a signed, base64-encoded CSV, for trying out `uploadTicketCsv`.',
  })
  generateTestCsv(
    @Arg('ticketCount', () => Int, { description: `How many tickets (1 to ${MAX_TEST_TICKETS}).` }) ticketCount: number,
    @Ctx() ctx: Context,
  ): Promise<TestCsvView> {
    return new SignedCsvService(ctx).generateTestCsv(ticketCount);
  }

  @Mutation(() => ClassificationJobView, {
    description:
      'Checks a signed CSV (signature, single-use nonce, timestamp window) and creates a PENDING job that classifies its tickets; the job\'s id is the file\'s session id. Signature, nonce and timestamp come from the input, else the X-Signature, X-Nonce and X-Timestamp headers, else the file\'s comment lines.',
  })
  async uploadTicketCsv(
    @Arg('input', () => UploadTicketCsvInput, { description: 'The file and its signature.' }) input: UploadTicketCsvInput,
    @Ctx() ctx: Context,
  ): Promise<ClassificationJobView> {
    const headers = { signature: headerOf(ctx, 'x-signature'), nonce: headerOf(ctx, 'x-nonce'), timestamp: headerOf(ctx, 'x-timestamp') };
    const upload = input.file && (await input.file);
    const file = upload && { open: () => uploadedFile(upload, ctx.config.imports.maxBytes), name: upload.filename };
    return ClassificationJobView.from(await new SignedCsvService(ctx).upload({ ...input, file }, headers));
  }
}
