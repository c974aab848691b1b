import { TicketPriority } from '../../entities/enums';
import { parseCsvRecords } from '../import';
import { CATEGORIES, classificationReport, type ClassificationReport, type ScoredPrediction } from './classification-metrics';
import { parseCategory, parsePriority } from './corpus-loader';
import type { EmbeddedClassifier } from './embedded-classifier';

const PRIORITIES: readonly TicketPriority[] = [TicketPriority.URGENT, TicketPriority.HIGH, TicketPriority.MEDIUM, TicketPriority.LOW];

export interface PriorityReport {
  count: number;
  accuracy: number;
  /** `matrix[actual][predicted]` over URGENT, HIGH, MEDIUM, LOW. */
  confusion: { labels: string[]; matrix: number[][] };
}

export interface DatasetEvaluation {
  model: string;
  rows: number;
  /** Rows left out because their category is missing or not one of ours, with the reason. */
  skipped: { row: number; reason: string }[];
  overall: ClassificationReport;
  /** Present when the CSV has a `source` column. */
  bySource: Record<string, ClassificationReport> | null;
  /** Present when some rows have a priority. */
  priority: PriorityReport | null;
  prioritySource: Record<string, PriorityReport> | null;
  millisecondsPerTicket: number;
}

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

function priorityReport(pairs: readonly [TicketPriority, TicketPriority][]): PriorityReport {
  const index = new Map(PRIORITIES.map((p, i) => [p, i]));
  const matrix = PRIORITIES.map(() => PRIORITIES.map(() => 0));
  let correct = 0;
  for (const [a, p] of pairs) {
    matrix[index.get(a)!]![index.get(p)!]!++;
    if (a === p) correct++;
  }
  return {
    count: pairs.length,
    accuracy: pairs.length > 0 ? Math.round((correct / pairs.length) * 10_000) / 10_000 : 0,
    confusion: { labels: [...PRIORITIES], matrix },
  };
}

/**
 * Classifies every row of a labelled CSV (columns subject, description, category, optionally
 * priority and source; other columns are ignored) and measures the results.
 */
export function evaluateCsv(classifier: EmbeddedClassifier, csvText: string): DatasetEvaluation {
  const { columns, records } = parseCsvRecords(csvText);
  for (const required of ['description', 'category']) {
    if (!columns.includes(required)) throw new DatasetError(`the CSV has no "${required}" column (columns: ${columns.join(', ') || 'none'})`);
  }
  const hasSource = columns.includes('source');
  const skipped: DatasetEvaluation['skipped'] = [];
  const predictions: (ScoredPrediction & { source: string })[] = [];
  const priorities: { source: string; pair: [TicketPriority, TicketPriority] }[] = [];
  const started = process.hrtime.bigint();
  records.forEach((r, i) => {
    const category = parseCategory(r.category);
    if (!category) {
      skipped.push({ row: i + 2, reason: r.category ? `unknown category "${r.category}"` : 'no category' });
      return;
    }
    const result = classifier.classifySync({ subject: r.subject ?? '', description: r.description ?? '' });
    const source = hasSource ? r.source || '(none)' : '';
    predictions.push({ actual: category, predicted: result.category, confidence: result.confidence, source });
    const priority = parsePriority(r.priority);
    if (priority) priorities.push({ source, pair: [priority, result.priority] });
  });
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

  let bySource: DatasetEvaluation['bySource'] = null;
  let prioritySource: DatasetEvaluation['prioritySource'] = null;
  if (hasSource) {
    const sources = [...new Set(predictions.map((p) => p.source))].sort();
    bySource = Object.fromEntries(sources.map((s) => [s, classificationReport(predictions.filter((p) => p.source === s), CATEGORIES)]));
    const prioritySources = [...new Set(priorities.map((p) => p.source))].sort();
    if (prioritySources.length > 0) {
      prioritySource = Object.fromEntries(prioritySources.map((s) => [s, priorityReport(priorities.filter((p) => p.source === s).map((p) => p.pair))]));
    }
  }
  return {
    model: classifier.model,
    rows: records.length,
    skipped,
    overall: classificationReport(predictions, CATEGORIES),
    bySource,
    priority: priorities.length > 0 ? priorityReport(priorities.map((p) => p.pair)) : null,
    prioritySource,
    millisecondsPerTicket: predictions.length > 0 ? Math.round((elapsedMs / predictions.length) * 1000) / 1000 : 0,
  };
}
