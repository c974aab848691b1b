import { DomainError } from '../../errors';
import { formatBytes } from '../import/import-limits';

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

/** A file over ATTACHMENT_MAX_BYTES, refused while it streams in. */
export function fileTooLarge(maxBytes: number): AttachmentFileError {
  return new AttachmentFileError('FILE_TOO_LARGE', `The file is larger than the limit of ${formatBytes(maxBytes)} (ATTACHMENT_MAX_BYTES)`);
}
