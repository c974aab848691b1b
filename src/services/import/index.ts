// The import toolkit: formats, parsing, row mapping, CSV writing and test data.
export { csvCell, csvRow, CSV_LINE_BREAK } from './csv.writer';
export { ImportFileError, type ImportFileProblem } from './import-file.error';
export { detectImportFormat, IMPORT_FORMATS, type ImportFormat, type ImportFormatHints } from './import-format';
export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits';
export type { ImportRecord } from './import-rows';
export { jsonTicket, testTicketsJson, testTicketsXml, xmlTicket } from './test-tickets.formats';
export { generateTestTickets, testTicketsCsv, TEST_TICKET_COLUMNS, type TestTicket } from './test-tickets.generator';
export { parseTicketFile } from './ticket-file.parser';
export { ticketFromRecord, type ImportedTicket, type MappedTicket } from './ticket-record.mapper';
export type { ByteSource } from './utf8-text.decoder';
