import { TicketCategory } from '../../entities/enums';

export const CATEGORIES: readonly TicketCategory[] = Object.freeze([
  TicketCategory.ACCOUNT_ACCESS,
  TicketCategory.TECHNICAL_ISSUE,
  TicketCategory.BILLING_QUESTION,
  TicketCategory.FEATURE_REQUEST,
  TicketCategory.BUG_REPORT,
  TicketCategory.OTHER,
]);

export interface ScoredPrediction<L extends string = TicketCategory> {
  actual: L;
  predicted: L;
  /** The model's probability that `predicted` is right. */
  confidence: number;
}

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Rows whose actual label is this class. */
  support: number;
  /** Rows predicted as this class. */
  predicted: number;
}

export interface ReliabilityBin {
  /** Confidence range [from, to). The last bin includes 1. */
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface ClassificationReport {
  count: number;
  correct: number;
  accuracy: number;
  /** Mean F1 over the classes that occur as actual or predicted label (as scikit-learn does). */
  macroF1: number;
  perClass: ClassMetrics[];
  /** `labels` in order; `matrix[actual][predicted]` counts. */
  confusion: { labels: string[]; matrix: number[][] };
  reliability: ReliabilityBin[];
  /** Expected calibration error: the count-weighted mean gap between confidence and accuracy per bin. */
  expectedCalibrationError: number;
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function reliabilityTable(predictions: readonly ScoredPrediction<string>[], bins = 10): ReliabilityBin[] {
  const table = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, count: 0, conf: 0, correct: 0 }));
  for (const p of predictions) {
    const c = Math.min(Math.max(p.confidence, 0), 1);
    const bin = table[Math.min(bins - 1, Math.floor(c * bins))]!;
    bin.count++;
    bin.conf += c;
    if (p.actual === p.predicted) bin.correct++;
  }
  return table.map((b) => ({
    from: round(b.from, 2),
    to: round(b.to, 2),
    count: b.count,
    meanConfidence: b.count > 0 ? round(b.conf / b.count) : 0,
    accuracy: b.count > 0 ? round(b.correct / b.count) : 0,
  }));
}

/** Accuracy, per-class and macro F1, confusion matrix and reliability of scored predictions. */
export function classificationReport<L extends string>(
  predictions: readonly ScoredPrediction<L>[],
  labels: readonly L[],
): ClassificationReport {
  const index = new Map<string, number>(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  let correct = 0;
  for (const p of predictions) {
    const a = index.get(p.actual);
    const q = index.get(p.predicted);
    if (a === undefined || q === undefined) throw new Error(`label outside the taxonomy: ${p.actual} / ${p.predicted}`);
    matrix[a]![q]!++;
    if (a === q) correct++;
  }
  const perClass: ClassMetrics[] = labels.map((label, i) => {
    const tp = matrix[i]![i]!;
    const support = matrix[i]!.reduce((s, x) => s + x, 0);
    const predicted = matrix.reduce((s, row) => s + row[i]!, 0);
    const precision = predicted > 0 ? tp / predicted : 0;
    const recall = support > 0 ? tp / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision: round(precision), recall: round(recall), f1: round(f1), support, predicted };
  });
  const present = perClass.filter((m) => m.support > 0 || m.predicted > 0);
  const macroF1 = present.length > 0 ? present.reduce((s, m) => s + m.f1, 0) / present.length : 0;
  const reliability = reliabilityTable(predictions);
  const n = predictions.length;
  const ece = n > 0 ? reliability.reduce((s, b) => s + (b.count / n) * Math.abs(b.accuracy - b.meanConfidence), 0) : 0;
  return {
    count: n,
    correct,
    accuracy: n > 0 ? round(correct / n) : 0,
    macroF1: round(macroF1),
    perClass,
    confusion: { labels: [...labels], matrix },
    reliability,
    expectedCalibrationError: round(ece),
  };
}
