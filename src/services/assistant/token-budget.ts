/**
 * Token counts are estimated as one token per four characters (OpenAI's rule of thumb for
 * English), rounded up: no tokenizer to ship, and the same estimate everywhere, for the embedded
 * assistant's `tokensUsed` and for trimming history to the model's budget.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The newest items whose estimated tokens fit the budget, in their original order. */
export function newestWithin<T>(items: readonly T[], budget: number, textOf: (item: T) => string): T[] {
  const kept: T[] = [];
  let used = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const cost = estimateTokens(textOf(items[i]!));
    if (used + cost > budget) break;
    used += cost;
    kept.push(items[i]!);
  }
  return kept.reverse();
}
