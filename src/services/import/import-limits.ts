/** Bounds on what one import may hold; anything past them refuses the file with an `ImportFileError`. */
export interface ImportLimits {
  /** Size of the file as uploaded, in bytes. */
  maxBytes: number;
  /** Data rows (tickets), not counting a CSV header or comment lines. */
  maxRows: number;
  /** One value (cell, JSON string, XML text or attribute), in UTF-8 bytes. */
  maxFieldBytes: number;
  /** Nesting of JSON arrays/objects or XML elements, the outer array or root element included. */
  maxDepth: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxBytes: 200 * 1024 * 1024,
  maxRows: 1_000_000,
  maxFieldBytes: 64 * 1024,
  maxDepth: 32,
});

/**
 * A row may hold many fields, so its own bound is a multiple of the field bound: generous for any
 * real ticket, yet it keeps a parser from buffering a whole file while it waits for a row to end.
 */
export function maxRowChars(limits: ImportLimits): number {
  return limits.maxFieldBytes * 16;
}

/** `65536` -> `64 KB`, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
