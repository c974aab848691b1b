/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line
 * ends; a UTF-8 byte-order mark is ignored. Returns every record as an array of fields.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fieldStarted = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // Copy the run up to the next quote in one slice: long descriptions are common.
      const next = text.indexOf('"', i);
      const end = next === -1 ? n : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // A blank line is not a record.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Records keyed by the header row's names, lower-cased and trimmed. */
export function parseCsvRecords(text: string): { columns: string[]; records: Record<string, string>[] } {
  const rows = parseCsv(text);
  if (rows.length === 0) return { columns: [], records: [] };
  const columns = rows[0]!.map((c) => c.trim().toLowerCase());
  const records = rows.slice(1).map((r) => {
    const record: Record<string, string> = {};
    columns.forEach((c, i) => {
      record[c] = r[i] ?? '';
    });
    return record;
  });
  return { columns, records };
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(columns: readonly string[], records: readonly Record<string, string | undefined>[]): string {
  const lines = [columns.join(',')];
  for (const r of records) lines.push(columns.map((c) => csvField(r[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
