/**
 * Measures the embedded assistant on a paraphrase set (by default the project's own,
 * `test/fixtures/assistant-paraphrases.json`, over the starter help centre; a set with `faqs`
 * brings its own help centre, as `assistant-paraphrases-shop.json` does): how often search
 * ranks the right entry first, how often the assistant answers from it, and how many off-topic
 * questions it declines. Uses a scratch database on the PostgreSQL server of DATABASE_URL.
 *
 *   npm run eval:assistant [-- --set <file.json> [--set <another.json> ...]] [--measure <file.json> ...] [--all] [--tune] [--ask "a question"]
 *
 * `--ask` prints the entries one question finds, with their scores by meaning and by words, and
 * the support concepts (support-lexicon.ts) it expresses.
 * `--tune` also searches the lexical weight and thresholds that do best on the sets' `tune` rows
 * (a set without such rows: all of them), each help centre counting the same; sets given with
 * `--measure`, and those marked `measureOnly` (the blind ones), are measured, never tuned on.
 * `--all` takes every set in test/fixtures and ends with a line per set.
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrate, openOrm } from '../src/db/orm';
import { query } from '../src/db/sql';
import { Faq } from '../src/entities/faq.entity';
import { newId } from '../src/ids';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { askAll, figuresOf, type Asked, type AssistantFigures, type ParaphraseSet } from '../src/services/assistant/assistant-evaluation';
import { FaqVectorIndex } from '../src/services/assistant/faq-vector-index';
import { retrieve, type Thresholds } from '../src/services/assistant/retrieval';
import { SentenceEncoder } from '../src/services/assistant/sentence-encoder';
import { conceptNames } from '../src/services/assistant/support-lexicon';
import { STARTER_FAQS } from '../src/services/seed/starter-data';
import { scratchDatabase } from '../bench/lib/scratch-database';

const DATABASE = 'ticketgraph_eval_assistant';
const FIXTURES = 'test/fixtures';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const percent = (n: number, of: number): string => `${n}/${of} (${of ? ((100 * n) / of).toFixed(1) : '-'}%)`;

function lines(subset: string, f: AssistantFigures): string[] {
  return [
    `== ${subset} ==`,
    `  search ranks the right entry first      ${percent(f.searchFirst, f.paraphrases)}`,
    `  assistant answers from the right entry  ${percent(f.answeredRight, f.paraphrases)}`,
    `  assistant cites it first (or offers it) ${percent(f.citedFirst, f.paraphrases)}`,
    `  assistant answers from a wrong entry    ${percent(f.answeredWrong, f.paraphrases)}`,
    `  off-topic questions declined            ${percent(f.declined, f.offTopic)}`,
  ];
}

/** How far apart the two kinds of question score: the thresholds must fall between them. */
function separation(rows: readonly Asked[]): string[] {
  const found = rows.filter((r) => r.wanted !== null && r.ranked[0]?.faq.question === r.wanted).map((r) => r.ranked[0]!.score);
  const offTopic = rows.filter((r) => r.wanted === null).map((r) => r.ranked[0]?.score ?? 0);
  if (!found.length || !offTopic.length) return [];
  return [`  lowest score of a right first entry ${Math.min(...found).toFixed(3)}, highest of an off-topic question ${Math.max(...offTopic).toFixed(3)}`];
}

/**
 * What the thresholds are chosen for: the right entry cited first (an answer counting more than
 * an offer), off-topic questions declined (as many in weight as the paraphrases), and wrong
 * answers against.
 */
function utility(f: AssistantFigures): number {
  const paraphrases = f.paraphrases ? (f.answeredRight + 0.5 * (f.citedFirst - f.answeredRight) - f.answeredWrong) / f.paraphrases : 0;
  return paraphrases + (f.offTopic ? f.declined / f.offTopic : 0);
}

function options(name: string): string[] {
  return process.argv.flatMap((arg, i) => {
    if (arg !== name) return [];
    const value = process.argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a file after it`);
    return [value];
  });
}

/** Asks a set's questions against its help centre, in a scratch database of its own. */
async function askSet(set: ParaphraseSet, ask: string | undefined): Promise<Map<string, Asked[]> | undefined> {
  const database = await scratchDatabase(DATABASE);
  const logger = createLogger(loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent' }));
  const orm = await openOrm(database.url, 2, logger);
  try {
    await migrate(orm, logger);
    const em = orm.em.fork();
    await query(
      em,
      `insert into faqs (id, question, answer, category)
       select id, question, answer, category from jsonb_to_recordset(?::jsonb) as f (id uuid, question text, answer text, category text)`,
      [JSON.stringify((set.faqs ?? STARTER_FAQS).map((f) => ({ id: newId(), ...f })))],
    );
    // An index of its own: each scratch database starts the knowledge base's revision afresh.
    const index = new FaqVectorIndex(SentenceEncoder.shipped());
    if (ask) {
      const retrieval = await retrieve(em.getRepository(Faq), ask, [], index);
      console.log(`confidence: ${retrieval.confidence}; concepts: ${conceptNames(ask).join(', ') || 'none'}`);
      for (const hit of retrieval.ranked) console.log(`  ${hit.score.toFixed(3)}  meaning ${hit.semantic.toFixed(3)}  words ${hit.lexical.toFixed(3)}  ${hit.faq.question}`);
      return undefined;
    }
    return await askAll(em.getRepository(Faq), set, index);
  } finally {
    await orm.close(true);
    await database.drop();
  }
}

async function main(): Promise<void> {
  const measured = new Set(options('--measure'));
  const files = process.argv.includes('--all') ? allSets() : [...options('--set'), ...measured];
  if (!files.length) files.push('test/fixtures/assistant-paraphrases.json');
  const tuneRows: Asked[][] = [];
  const holdouts: Asked[][] = [];
  const summary: string[] = [];
  for (const file of files) {
    const set = JSON.parse(readFileSync(file, 'utf8')) as ParaphraseSet;
    const asked = await askSet(set, option('--ask'));
    if (!asked) continue;
    const all = [...asked.values()].flat();
    if (set.measureOnly) measured.add(file);
    summary.push(summaryLine(file, set, figuresOf(all)));
    const out = [`${file}: ${(set.faqs ?? STARTER_FAQS).length} entries; ${set.paraphrases.length} paraphrases, ${set.offTopic.length} off-topic questions`, ''];
    for (const [subset, rows] of [...asked, ['all', all] as const]) out.push(...lines(subset, figuresOf(rows)), ...separation(rows), '');
    const { misses, notDeclined } = figuresOf(all);
    if (misses.length) out.push('search misses:', ...misses.map((m) => `  "${m.question}" -> "${m.found}" ${m.score.toFixed(3)} (wanted "${m.wanted}")`), '');
    if (notDeclined.length) out.push('off-topic, not declined:', ...notDeclined.map((m) => `  "${m.question}" -> "${m.found}" ${m.score.toFixed(3)}`), '');
    console.log(out.join('\n'));
    if (measured.has(file)) continue;
    tuneRows.push(asked.get('tune') ?? all);
    const holdout = asked.get('holdout');
    if (holdout) holdouts.push(holdout);
  }
  if (summary.length > 1) console.log(['set (search first / answers right / cites first / wrong answers / off-topic declined)', ...summary, ''].join('\n'));
  if (process.argv.includes('--tune') && tuneRows.length) {
    // Each help centre counts the same, whatever its number of questions.
    const best = bestSettings((weight, thresholds) => tuneRows.reduce((sum, rows) => sum + utility(figuresOf(rows, weight, thresholds)), 0));
    const out = [`best on tune: lexical weight ${best.weight.toFixed(1)}, answer ${best.answer.toFixed(2)}, suggest ${best.suggest.toFixed(2)}, margin ${best.margin.toFixed(2)}`];
    for (const holdout of holdouts) out.push(...lines('holdout with those', figuresOf(holdout, best.weight, best)));
    console.log(out.join('\n'));
  }
}

/** Every paraphrase set in test/fixtures. */
function allSets(): string[] {
  return readdirSync(FIXTURES).filter((name) => /^assistant-paraphrases.*\.json$/.test(name)).sort().map((name) => path.join(FIXTURES, name));
}

function summaryLine(file: string, set: ParaphraseSet, f: AssistantFigures): string {
  const name = `${path.basename(file, '.json').replace(/^assistant-paraphrases-?/, '') || 'own'}${set.measureOnly ? ' (blind)' : ''}`;
  const of = (n: number, total: number) => `${n}/${total}`.padStart(7);
  return `  ${name.padEnd(18)}${of(f.searchFirst, f.paraphrases)}${of(f.answeredRight, f.paraphrases)}${of(f.citedFirst, f.paraphrases)}${String(f.answeredWrong).padStart(5)}${of(f.declined, f.offTopic)}`;
}

/** The lexical weight and thresholds of the highest `score`. */
function bestSettings(score: (weight: number, thresholds: Thresholds) => number): Thresholds & { weight: number } {
  let best: (Thresholds & { weight: number; score: number }) | undefined;
  for (const weight of [0, 0.2, 0.4, 0.6, 1]) {
    for (let suggest = 0.1; suggest <= 0.5; suggest += 0.01) {
      for (let answer = suggest; answer <= 0.6; answer += 0.01) {
        for (const margin of [0, 0.01, 0.02, 0.04, 0.06]) {
          const value = score(weight, { answer, suggest, margin });
          if (!best || value > best.score) best = { weight, answer, suggest, margin, score: value };
        }
      }
    }
  }
  return best!;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
