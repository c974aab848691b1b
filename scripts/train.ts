/**
 * Trains the embedded classifier from the shipped corpus and writes the model file.
 *
 *   npm run train -- [--corpus corpus] [--out models/classifier.json] [--trained-at ISO] [--seed N] [--folds N]
 *
 * trainedAt defaults to the corpus manifest's `generatedAt`, so the same corpus gives a
 * byte-identical model file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../src/services/classifier/corpus-loader';
import { serializeModel } from '../src/services/classifier/model-file';
import { trainModel, type TrainOptions } from '../src/services/classifier/train-model';

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const corpusDir = option(args, '--corpus') ?? 'corpus';
  const out = option(args, '--out') ?? 'models/classifier.json';
  const manifestPath = path.join(corpusDir, 'manifest.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { generatedAt?: string }) : {};
  const trainedAt = option(args, '--trained-at') ?? manifest.generatedAt ?? '1970-01-01T00:00:00.000Z';
  const options: TrainOptions = { trainedAt };
  const seed = option(args, '--seed');
  const folds = option(args, '--folds');
  if (seed !== undefined) options.seed = Number(seed);
  if (folds !== undefined) options.folds = Number(folds);

  const started = Date.now();
  const cpuStarted = process.cpuUsage();
  const examples = loadCorpus(corpusDir);
  const model = trainModel(examples, options);
  const seconds = (Date.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = Math.round((cpu.user + cpu.system) / 1e4) / 100;
  mkdirSync(path.dirname(out), { recursive: true });
  const text = serializeModel(model);
  writeFileSync(out, text);
  const report = model.evaluation?.report;
  console.log(
    JSON.stringify(
      {
        out,
        version: model.version,
        trainingSize: model.trainingSize,
        seconds,
        cpuSeconds,
        bytes: Buffer.byteLength(text),
        temperature: model.temperature,
        heldOut: report ? { method: model.evaluation!.method, accuracy: report.accuracy, macroF1: report.macroF1, ece: report.expectedCalibrationError } : null,
        urgencyAccuracy: model.evaluation?.urgencyAccuracy ?? null,
        impactAccuracy: model.evaluation?.impactAccuracy ?? null,
        sentimentAccuracy: model.evaluation?.sentimentAccuracy ?? null,
      },
      null,
      2,
    ),
  );
}

main();
