/** Line break between CSV records (RFC 4180). */
export const CSV_LINE_BREAK = '\r\n';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection); a leading tab
 * or CR is stripped by some of them before they look.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell: RFC 4180 quoting, and text that a spreadsheet would run as a formula is prefixed
 * with `'` so that it shows as text. Only what the API writes is neutralised; stored data is kept
 * as given. Lists (tags) are joined with `;`, objects written as JSON, dates as ISO-8601.
 */
export function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') text = value;
  else if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = value.map((item) => (item === null || item === undefined ? '' : String(item))).join(';');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, line break included. */
export function csvRow(values: readonly unknown[], lineBreak = CSV_LINE_BREAK): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += i === 0 ? csvCell(values[i]) : `,${csvCell(values[i])}`;
  return line + lineBreak;
}

/** Records as a CSV table, the header row first; a record's missing values are empty cells. */
export function csvTable(columns: readonly string[], records: readonly Record<string, unknown>[], lineBreak = CSV_LINE_BREAK): string {
  let csv = csvRow(columns, lineBreak);
  for (const record of records) csv += csvRow(columns.map((column) => record[column]), lineBreak);
  return csv;
}
