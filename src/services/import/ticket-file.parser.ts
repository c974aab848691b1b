import { CsvRecordParser } from './csv-record.parser';
import type { ImportFormat } from './import-format';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits';
import { RowCollector, type ImportRecord, type RecordParser } from './import-rows';
import { JsonRecordParser } from './json-record.parser';
import { decodeUtf8Text, type ByteSource } from './utf8-text.decoder';
import { XmlRecordParser } from './xml-record.parser';

/**
 * The rows of an uploaded ticket file, parsed as they stream in. The file is read only as fast as
 * the caller consumes rows, and never held whole, so memory stays flat whatever its size.
 * Anything that makes the whole file unusable (see `ImportFileError`) rejects the iteration at the
 * point where it is found; rows before that point have been yielded by then.
 */
export async function* parseTicketFile(
  input: ByteSource,
  format: ImportFormat,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): AsyncGenerator<ImportRecord, void, undefined> {
  const rows = new RowCollector(limits.maxRows);
  const parser = createParser(format, rows, limits);
  for await (const text of decodeUtf8Text(input, limits.maxBytes)) {
    try {
      parser.push(text);
    } finally {
      // Rows completed before a problem in the same piece of text still come first.
      yield* rows.take();
    }
  }
  try {
    parser.end();
  } finally {
    yield* rows.take();
  }
}

function createParser(format: ImportFormat, rows: RowCollector, limits: ImportLimits): RecordParser {
  switch (format) {
    case 'CSV':
      return new CsvRecordParser(rows, limits);
    case 'JSON':
      return new JsonRecordParser(rows, limits);
    case 'XML':
      return new XmlRecordParser(rows, limits);
  }
}
