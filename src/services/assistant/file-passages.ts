/** A passage of a file's text, the unit the assistant ranks and cites. */
export interface Passage {
  attachmentId: string;
  ticketId: string;
  fileName: string;
  /** The passage as the file says it, whitespace tidied. */
  text: string;
}

/** Characters of a passage: a few sentences, about what an FAQ answer holds. */
const PASSAGE_CHARS = 400;

/**
 * A file's text cut into passages: each paragraph (text between blank lines) whole when it is
 * short, else its sentences (or lines, for logs and lists) gathered up to `PASSAGE_CHARS`; a
 * sentence longer than that is cut between words. Passages do not overlap, so two of one file
 * never say the same thing.
 */
export function passagesOf(file: { id: string; ticketId: string; fileName: string; text: string }): Passage[] {
  const passages: Passage[] = [];
  const add = (text: string) => passages.push({ attachmentId: file.id, ticketId: file.ticketId, fileName: file.fileName, text });
  for (const paragraph of file.text.split(/\n\s*\n/)) {
    const tidy = paragraph.replace(/\s+/g, ' ').trim();
    if (!tidy) continue;
    if (tidy.length <= PASSAGE_CHARS) {
      add(tidy);
      continue;
    }
    let current = '';
    for (const sentence of paragraph.split(/(?<=[.!?])\s+|\n/).flatMap((s) => wordsWithin(s.replace(/\s+/g, ' ').trim()))) {
      if (current && current.length + 1 + sentence.length > PASSAGE_CHARS) {
        add(current);
        current = '';
      }
      current = current ? `${current} ${sentence}` : sentence;
    }
    if (current) add(current);
  }
  return passages;
}

/** A sentence in pieces of at most `PASSAGE_CHARS`, cut between words. */
function wordsWithin(sentence: string): string[] {
  if (sentence.length <= PASSAGE_CHARS) return sentence ? [sentence] : [];
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > PASSAGE_CHARS) {
    const cut = rest.lastIndexOf(' ', PASSAGE_CHARS);
    const at = cut > 0 ? cut : PASSAGE_CHARS;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
