import { DomainError } from '../../errors';

/** Why a file was refused; clients may branch on it (`extensions.reason`). */
export type AttachmentFileProblem = 'FILE_TOO_LARGE' | 'TICKET_FULL' | 'EMPTY_FILE' | 'UNSUPPORTED_TYPE' | 'INVALID_FILE_NAME';

/** A file that is not stored, with a message that names the limit or the problem, safe to show to the client. */
export class AttachmentFileError extends DomainError {
  constructor(
    readonly reason: AttachmentFileProblem,
    message: string,
  ) {
    super('BAD_USER_INPUT', message, { reason });
  }
}
