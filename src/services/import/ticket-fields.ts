/**
 * The ticket fields an import file may hold, named by their path in the API input (which is also
 * how row errors name them) and listed in the order row errors are reported, and every spelling
 * the seeds' files use for them.
 */
export const TICKET_FIELDS = [
  'customer.id',
  'customer.name',
  'customer.email',
  'subject',
  'description',
  'category',
  'priority',
  'status',
  'tags',
  'metadata.source',
  'metadata.browser',
  'metadata.deviceType',
  'metadata.extra',
  'externalKey',
] as const;

export type TicketField = (typeof TICKET_FIELDS)[number];

/** The columns of the seed's CSV files, in their order: what test files and exports write. */
export const TICKET_CSV_COLUMNS = [
  'customer_id', 'customer_email', 'customer_name', 'subject', 'description', 'category', 'priority', 'status',
  'tags', 'source', 'browser', 'device_type',
] as const;

/** The columns a CSV header is expected to use, for messages. */
export const KNOWN_COLUMNS =
  'customer_id, customer_email, customer_name, subject (or summary), description, category, priority, status, tags, source, browser, device_type, issue_key';

// Keyed by the normalized spelling: snake_case, camelCase, dotted and spaced names all meet here,
// and a nested object's keys are joined to their parent's (customer + email).
const BY_NORMALIZED_NAME: ReadonlyMap<string, TicketField> = new Map<string, TicketField>([
  ['customerid', 'customer.id'],
  ['customeremail', 'customer.email'],
  ['customername', 'customer.name'],
  ['subject', 'subject'],
  ['summary', 'subject'],
  ['description', 'description'],
  ['category', 'category'],
  ['priority', 'priority'],
  ['status', 'status'],
  ['tags', 'tags'],
  ['source', 'metadata.source'],
  ['metadatasource', 'metadata.source'],
  ['browser', 'metadata.browser'],
  ['metadatabrowser', 'metadata.browser'],
  ['devicetype', 'metadata.deviceType'],
  ['metadatadevicetype', 'metadata.deviceType'],
  ['extra', 'metadata.extra'],
  ['metadataextra', 'metadata.extra'],
  ['issuekey', 'externalKey'],
  ['externalkey', 'externalKey'],
]);

/** `Customer_Email`, `customerEmail`, `customer.email` -> `customeremail`. */
export function normalizeFieldName(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, '');
}

/** The ticket field a column or key names, if any (a normalized parent name may be given as prefix). */
export function ticketFieldOf(name: string, normalizedPrefix = ''): TicketField | undefined {
  return BY_NORMALIZED_NAME.get(normalizedPrefix + normalizeFieldName(name));
}
