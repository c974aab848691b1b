/**
 * Bulk ticket import: formats, streaming parsers, row mapping and CSV writing.
 *
 * An importer reads an upload like this, so that memory stays flat whatever the file's size:
 *
 *     const format = detectImportFormat({ format, fileName, contentType });
 *     for await (const { row, fields } of parseTicketFile(upload, format, limits)) {
 *       const mapped = ticketFromRecord(fields);
 *       if (mapped.value) batch.push(mapped.value); // insert in batches
 *       else rowErrors.push({ row, errors: mapped.errors });
 *     }
 *
 * A file that cannot be imported at all rejects with an `ImportFileError` (BAD_USER_INPUT).
 */
export { csvCell, csvRow, csvTable, CSV_LINE_BREAK } from './csv.writer';
export { parseCsvRecords } from './csv-record.parser';
export { ImportFileError, type ImportFileProblem } from './import-file.error';
export { detectImportFormat, IMPORT_FORMATS, type ImportFormat, type ImportFormatHints } from './import-format';
export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits';
export type { ImportRecord } from './import-rows';
export { parseTicketFile } from './ticket-file.parser';
export { ticketFromRecord, type ImportedTicket, type MappedTicket } from './ticket-record.mapper';
export { TICKET_CSV_COLUMNS } from './ticket-fields';
export type { ByteSource } from './utf8-text.decoder';
