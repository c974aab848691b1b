import { DomainError } from '../../errors';

/** Why a whole file was refused; clients may branch on it (`extensions.reason`). */
export type ImportFileProblem =
  | 'UNSUPPORTED_FORMAT'
  | 'EMPTY_FILE'
  | 'INVALID_ENCODING'
  | 'BINARY_FILE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'FIELD_TOO_LONG'
  | 'ROW_TOO_LONG'
  | 'NESTING_TOO_DEEP'
  | 'DTD_NOT_ALLOWED'
  | 'UNKNOWN_COLUMNS'
  | 'WRONG_STRUCTURE'
  | 'MALFORMED'
  | 'DUPLICATE_ISSUE_KEY';

/**
 * A file that cannot be imported at all, as opposed to a row with invalid values (a row error,
 * which is data). The message names the problem and is safe to show to the client.
 */
export class ImportFileError extends DomainError {
  constructor(
    readonly reason: ImportFileProblem,
    message: string,
  ) {
    super('BAD_USER_INPUT', message, { reason });
  }
}
