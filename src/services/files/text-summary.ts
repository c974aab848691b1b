/** Words too common to tell texts apart. */
const STOPWORDS = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between both but by can cannot could ' +
   'did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself ' +
   'just me more most my no nor not now of off on once only or other our ours out over own please same she should so some such than that the ' +
   'their them then there these they this those through to too under until up very was we were what when where which while who whom why will ' +
   'with would you your yours also get got hi hello dear thanks thank regards').split(' '),
);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).filter((word) => word.length > 2 && !STOPWORDS.has(word) && !/^\d+$/.test(word));
}

/** The most frequent informative words of a text, most frequent first (ties by first appearance). */
export function keywordsOf(text: string, count = 8): string[] {
  const frequency = new Map<string, number>();
  for (const word of words(text)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return [...frequency].sort((a, b) => b[1] - a[1]).slice(0, count).map(([word]) => word);
}

/**
 * An extractive summary: the `count` sentences whose words are most frequent in the whole text
 * (per word, so long sentences gain nothing by length), in the order they appear.
 */
export function summaryOf(text: string, count = 2): string {
  const sentences = text.replace(/\s+/g, ' ').match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()).filter((s) => words(s).length > 0) ?? [];
  if (sentences.length <= count) return sentences.join(' ');
  const frequency = new Map<string, number>();
  for (const word of words(text)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const scored = sentences.map((sentence, index) => {
    const own = words(sentence);
    return { index, sentence, score: own.reduce((sum, word) => sum + (frequency.get(word) ?? 0), 0) / Math.sqrt(own.length) };
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, count).sort((a, b) => a.index - b.index).map((s) => s.sentence).join(' ');
}
