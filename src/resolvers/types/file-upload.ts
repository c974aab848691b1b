import { GraphQLError, GraphQLScalarType } from 'graphql';
import type { Readable } from 'node:stream';
import { DomainError } from '../../errors';

/** A file of a GraphQL multipart request, handed to the resolver while its bytes are still arriving. */
export interface FileUpload {
  /** The name the client gave ('' when none); never a path on this server. */
  readonly filename: string;
  readonly mimetype: string;
  /**
   * The bytes straight from the request, as they arrive: one reader, nothing kept on disk or in
   * memory. Ends with `UploadTooLargeError` when the file passes the transport's limit.
   */
  stream(): AsyncIterable<Buffer>;
  /**
   * A reader that may be opened again, each from the start: the file is spooled to a temporary
   * file as it arrives, from the first call of either reader on.
   */
  createReadStream(): Readable;
}

/** The file was cut off at the transport's size limit; each resolver names its own limit. */
export class UploadTooLargeError extends Error {
  constructor() {
    super('The file is larger than the request allows');
  }
}

/** A multipart request whose file part is broken: its headers, or the body cut short. */
export class MalformedUploadError extends DomainError {
  constructor(problem: string) {
    super('BAD_USER_INPUT', `Invalid multipart request: ${problem}`);
  }
}

/** An `Upload` variable's value: the file, once its part of the request has arrived. */
export class PendingUpload {
  readonly promise: Promise<FileUpload>;
  resolve!: (file: FileUpload) => void;
  reject!: (error: Error) => void;
  settled = false;

  constructor() {
    this.promise = new Promise<FileUpload>((resolve, reject) => {
      this.resolve = (file) => {
        this.settled = true;
        resolve(file);
      };
      this.reject = (error) => {
        this.settled = true;
        reject(error);
      };
    });
    // A resolver that never awaits its file (it failed first) must not leave an unhandled rejection.
    this.promise.catch(() => undefined);
  }
}

/** The bytes of a reader, with a file cut off at the transport's limit refused by the resolver's own error. */
export async function* uploadBytes(source: AsyncIterable<Buffer>, tooLarge: () => Error): AsyncGenerator<Buffer, void, undefined> {
  try {
    yield* source;
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw tooLarge();
    throw error;
  }
}

export const GraphQLUpload = new GraphQLScalarType<Promise<FileUpload>, never>({
  name: 'Upload',
  description: 'The `Upload` scalar type represents a file upload.',
  parseValue(value) {
    if (value instanceof PendingUpload) return value.promise;
    throw new GraphQLError('An Upload is sent as a file of a GraphQL multipart request, in place of its variable');
  },
  parseLiteral() {
    throw new GraphQLError('An Upload cannot be written in the document: send the file as a variable of a GraphQL multipart request');
  },
  serialize() {
    throw new GraphQLError('An Upload is never returned');
  },
});
