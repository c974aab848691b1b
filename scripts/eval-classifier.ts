/**
 * Measures the embedded classifier on a labelled CSV (columns subject, description, category,
 * optionally priority and source).
 *
 *   npm run eval:classifier -- --data <file.csv> [--model models/classifier.json] [--json]
 */
import { readFileSync } from 'node:fs';
import type { ClassificationReport } from '../src/services/classifier/classification-metrics';
import { evaluateCsv, type DatasetEvaluation, type PriorityReport } from '../src/services/classifier/dataset-evaluation';
import { EmbeddedClassifier } from '../src/services/classifier/embedded-classifier';

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);
const fixed = (x: number): string => x.toFixed(4);

function matrixLines(labels: readonly string[], matrix: readonly number[][]): string[] {
  const short = labels.map((l) => l.slice(0, 10));
  const width = Math.max(7, ...matrix.flat().map((x) => String(x).length + 1));
  const lines = [`  ${'actual \\ predicted'.padEnd(18)}${short.map((s) => pad(s, Math.max(width, s.length + 1))).join('')}`];
  matrix.forEach((row, i) => lines.push(`  ${labels[i]!.padEnd(18)}${row.map((x, j) => pad(x, Math.max(width, short[j]!.length + 1))).join('')}`));
  return lines;
}

function reportLines(title: string, r: ClassificationReport): string[] {
  const lines = [`== ${title} ==`, `  rows ${r.count}   accuracy ${fixed(r.accuracy)}   macro-F1 ${fixed(r.macroF1)}   ECE ${fixed(r.expectedCalibrationError)}`, ''];
  lines.push(`  ${'class'.padEnd(18)}${pad('precision', 10)}${pad('recall', 10)}${pad('F1', 10)}${pad('support', 9)}${pad('predicted', 10)}`);
  for (const m of r.perClass) lines.push(`  ${m.label.padEnd(18)}${pad(fixed(m.precision), 10)}${pad(fixed(m.recall), 10)}${pad(fixed(m.f1), 10)}${pad(m.support, 9)}${pad(m.predicted, 10)}`);
  lines.push('', '  confusion matrix:', ...matrixLines(r.confusion.labels, r.confusion.matrix), '');
  lines.push('  reliability (confidence bin: rows, mean confidence, accuracy):');
  for (const b of r.reliability) {
    if (b.count === 0) continue;
    lines.push(`    [${b.from.toFixed(1)}, ${b.to.toFixed(1)}${b.to === 1 ? ']' : ')'}  ${pad(b.count, 6)}  ${fixed(b.meanConfidence)}  ${fixed(b.accuracy)}`);
  }
  lines.push('');
  return lines;
}

function priorityLines(title: string, p: PriorityReport): string[] {
  return [`== priority, ${title} ==`, `  rows ${p.count}   accuracy ${fixed(p.accuracy)}`, ...matrixLines(p.confusion.labels, p.confusion.matrix), ''];
}

function printText(e: DatasetEvaluation, file: string): void {
  const lines = [`model ${e.model}`, `data ${file}: ${e.rows} rows, ${e.skipped.length} skipped, ${e.millisecondsPerTicket} ms per ticket`, ''];
  for (const s of e.skipped.slice(0, 10)) lines.push(`  skipped row ${s.row}: ${s.reason}`);
  if (e.skipped.length > 0) lines.push('');
  lines.push(...reportLines('all rows', e.overall));
  for (const [source, r] of Object.entries(e.bySource ?? {})) lines.push(...reportLines(`source ${source}`, r));
  if (e.priority) lines.push(...priorityLines('all rows with a priority', e.priority));
  for (const [source, p] of Object.entries(e.prioritySource ?? {})) lines.push(...priorityLines(`source ${source}`, p));
  console.log(lines.join('\n'));
}

function main(): void {
  const args = process.argv.slice(2);
  const data = option(args, '--data');
  if (!data) {
    console.error('usage: npm run eval:classifier -- --data <file.csv> [--model models/classifier.json] [--json]');
    process.exit(2);
  }
  const classifier = EmbeddedClassifier.load(option(args, '--model') ?? 'models/classifier.json');
  const evaluation = evaluateCsv(classifier, readFileSync(data, 'utf8'));
  if (args.includes('--json')) console.log(JSON.stringify(evaluation, null, 2));
  else printText(evaluation, data);
}

main();
