/** The p-th percentile (0-100) of a sample, by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty sample');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds for the report: whole numbers from 100 up, else two decimals. */
export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** A ratio and whether it meets a minimum, as report columns. */
export function verdict(value: number, min: number): string {
  return value >= min ? `met (>= ${min})` : `MISSED (< ${min}, by ${round(((min - value) / min) * 100)}%)`;
}
