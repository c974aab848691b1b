/**
 * Grouped cross-validation of the embedded classifier on the project's own corpus: the way to
 * compare training options and corpus changes without looking at any evaluation set. Folds are
 * grouped by scenario (a held-out fold holds kinds of request never trained on); `--repeats`
 * reshuffles which scenarios share a fold, to average out the luck of one split.
 *
 *   npx tsx scripts/cv-classifier.ts [--corpus corpus] [--folds 4] [--repeats 1] [--json]
 *        [--split domain] [--set epochs=8] [--set features.charMin=3] ...
 *
 * `--split domain` trains on the IT-services scenarios (ids starting "it") and tests on the
 * rest, then the other way round: a harder test of transfer to kinds and registers of ticket
 * the model has not seen, which is what new helpdesks bring. Each direction is also shown on its own:
 * "test rest, train it" keeps the same test rows when IT-services scenarios are added, so it shows
 * what they teach about tickets they were not written for.
 *
 * Prints accuracy, macro-F1, log-loss and ECE of the held-out predictions, overall, per corpus
 * style (short, chat, email, formal) and for long tickets (400+ characters of description).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, classificationReport, type ScoredPrediction } from '../src/services/classifier/classification-metrics';
import { parseCorpusCsv, type LabeledExample } from '../src/services/classifier/corpus-loader';
import { parseCsvRecords } from '../src/services/import';
import { EmbeddedClassifier } from '../src/services/classifier/embedded-classifier';
import { trainModel, type TrainOptions } from '../src/services/classifier/train-model';

interface Row {
  example: LabeledExample;
  style: string;
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function loadRows(dir: string): Row[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  return files.flatMap((f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const examples = parseCorpusCsv(text, f);
    const { records } = parseCsvRecords(text);
    return examples.map((example, i) => ({ example, style: records[i]?.style ?? 'unknown' }));
  });
}

function hash(key: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** "epochs=8", "features.charMin=3", "classWeight=none" into the options object. */
function applySetting(options: Record<string, unknown>, setting: string): void {
  const eq = setting.indexOf('=');
  if (eq < 0) throw new Error(`--set needs key=value, got ${setting}`);
  const keys = setting.slice(0, eq).split('.');
  const raw = setting.slice(eq + 1);
  const value: unknown = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  let target = options;
  for (const k of keys.slice(0, -1)) {
    target[k] ??= {};
    target = target[k] as Record<string, unknown>;
  }
  target[keys[keys.length - 1]!] = value;
}

interface Summary {
  count: number;
  accuracy: number;
  macroF1: number;
  logLoss: number;
  ece: number;
}

function summarise(predictions: ScoredPrediction[], losses: number[]): Summary {
  const r = classificationReport(predictions, CATEGORIES);
  const round = (x: number): number => Math.round(x * 10_000) / 10_000;
  return {
    count: r.count,
    accuracy: round(r.accuracy),
    macroF1: round(r.macroF1),
    logLoss: round(losses.reduce((s, x) => s + x, 0) / Math.max(1, losses.length)),
    ece: round(r.expectedCalibrationError),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = option(args, '--corpus') ?? 'corpus';
  const folds = Number(option(args, '--folds') ?? 4);
  const repeats = Number(option(args, '--repeats') ?? 1);
  const options: Record<string, unknown> = { trainedAt: 'cv', folds: 0 };
  args.forEach((a, i) => {
    if (a === '--set') applySetting(options, args[i + 1]!);
  });
  const rows = loadRows(dir);
  const started = Date.now();
  const buckets = new Map<string, { predictions: ScoredPrediction[]; losses: number[] }>();
  const record = (bucket: string, p: ScoredPrediction, loss: number): void => {
    let b = buckets.get(bucket);
    if (!b) buckets.set(bucket, (b = { predictions: [], losses: [] }));
    b.predictions.push(p);
    b.losses.push(loss);
  };
  for (let r = 0; r < repeats; r++) {
    const byDomain = option(args, '--split') === 'domain';
    const foldOf = rows.map((row, i) => (byDomain ? ((row.example.group ?? '').startsWith('it') ? 0 : 1) : hash(row.example.group ?? `#${i}`, r * 7919) % folds));
    for (let f = 0; f < (byDomain ? 2 : folds); f++) {
      const train = rows.filter((_, i) => foldOf[i] !== f).map((row) => row.example);
      const test = rows.filter((_, i) => foldOf[i] === f);
      const classifier = EmbeddedClassifier.fromModel(trainModel(train, options as unknown as TrainOptions));
      for (const row of test) {
        const { classes, probabilities } = classifier.probabilities(row.example);
        let best = 0;
        for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
        const p: ScoredPrediction = { actual: row.example.category, predicted: classes[best]!, confidence: probabilities[best]! };
        const loss = -Math.log(Math.max(1e-12, probabilities[classes.indexOf(row.example.category)]!));
        record('all', p, loss);
        record(`style ${row.style}`, p, loss);
        if (row.example.description.length >= 400) record('long (400+ chars)', p, loss);
        if (byDomain) record(f === 0 ? 'test it, train rest' : 'test rest, train it', p, loss);
      }
    }
  }
  const result: Record<string, Summary> = {};
  for (const key of ['all', 'long (400+ chars)', 'test it, train rest', 'test rest, train it', ...[...buckets.keys()].filter((k) => k.startsWith('style ')).sort()]) {
    const b = buckets.get(key);
    if (b) result[key] = summarise(b.predictions, b.losses);
  }
  const settings = args.flatMap((a, i) => (a === '--set' ? [args[i + 1]!] : []));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ settings, folds, repeats, seconds: (Date.now() - started) / 1000, result }));
    return;
  }
  console.log(`settings: ${settings.join(' ') || '(defaults)'}; ${folds} folds x ${repeats}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [key, s] of Object.entries(result)) {
    console.log(
      `  ${key.padEnd(20)} n=${String(s.count).padStart(6)}  acc ${s.accuracy.toFixed(4)}  macroF1 ${s.macroF1.toFixed(4)}  logloss ${s.logLoss.toFixed(4)}  ECE ${s.ece.toFixed(4)}`,
    );
  }
}

main();
