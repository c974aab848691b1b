/**
 * A run of letters and digits, possibly joined inside by `-`, `.`, `_` or `/`: "INV-2291", "4.2.1",
 * "0x80070005", "SKU-AB12-9". A sentence's final full stop is not part of it.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[-._/][\p{L}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;

/**
 * The identifier-like tokens of a text, lower-cased: those holding a digit, at least 3 characters
 * long (an invoice or order number, a part number, an error code, a version), so that a count or
 * a day of the month ("3 times", "24 hours") is not one. A question's identifier names the line
 * it asks about, but moves its sentence vector and word score very little: ranking reads it apart.
 */
export function identifiersOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const [token] of text.matchAll(TOKEN)) if (token.length >= 3 && DIGIT.test(token)) found.add(token.toLowerCase());
  return found;
}

/**
 * The identifiers a search asks about: those of the latest message, else (a follow-up such as
 * "and how do I pay it?") those of the earlier question searched with it.
 */
export function askedIdentifiers(search: { text: string; focus?: string }): Set<string> {
  const latest = identifiersOf(search.focus ?? search.text);
  return latest.size > 0 || search.focus === undefined ? latest : identifiersOf(search.text);
}

/** Share (0-1) of the asked identifiers that `text` holds exactly, as whole tokens. */
export function namedShare(asked: ReadonlySet<string>, text: string): number {
  if (asked.size === 0) return 0;
  const held = identifiersOf(text);
  let named = 0;
  for (const identifier of asked) if (held.has(identifier)) named++;
  return named / asked.size;
}
