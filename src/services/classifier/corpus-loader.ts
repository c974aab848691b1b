import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Level, Sentiment, TicketCategory, TicketPriority } from '../../entities/enums';
import { parseCsvRecords } from '../import';

/** One training example: the corpus rows and agents' corrections both take this shape. */
export interface LabeledExample {
  subject: string;
  description: string;
  category: TicketCategory;
  priority?: TicketPriority;
  urgency?: Level;
  impact?: Level;
  sentiment?: Sentiment;
  /**
   * Examples sharing a group (the corpus's scenario) land in the same cross-validation fold, so
   * the held-out figures measure new kinds of request, not paraphrases of ones seen in training.
   */
  group?: string;
  /** How much the example counts in training (default 1): an agent's correction may count more than a corpus row. */
  weight?: number;
}

function enumParser<E extends string>(values: Record<string, E>): (raw: string | undefined) => E | undefined {
  const known = new Set<string>(Object.values(values));
  return (raw) => {
    if (raw === undefined) return undefined;
    const key = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
    return known.has(key) ? (key as E) : undefined;
  };
}

const parseCategoryName = enumParser(TicketCategory);

/** Short names other exports use for our categories. */
const CATEGORY_ALIASES: Record<string, TicketCategory> = {
  ACCOUNT: TicketCategory.ACCOUNT_ACCESS,
  LOGIN: TicketCategory.ACCOUNT_ACCESS,
  TECHNICAL: TicketCategory.TECHNICAL_ISSUE,
  TECHNICAL_SUPPORT: TicketCategory.TECHNICAL_ISSUE,
  BILLING: TicketCategory.BILLING_QUESTION,
  BILLING_INQUIRY: TicketCategory.BILLING_QUESTION,
  FEATURE: TicketCategory.FEATURE_REQUEST,
  BUG: TicketCategory.BUG_REPORT,
  GENERAL: TicketCategory.OTHER,
  GENERAL_INQUIRY: TicketCategory.OTHER,
};

/** "billing_question", "Billing Question", "BILLING-QUESTION" and "billing" all read as BILLING_QUESTION. */
export function parseCategory(raw: string | undefined): TicketCategory | undefined {
  if (raw === undefined) return undefined;
  return parseCategoryName(raw) ?? CATEGORY_ALIASES[raw.trim().toUpperCase().replace(/[\s-]+/g, '_')];
}
export const parsePriority = enumParser(TicketPriority);
export const parseLevel = enumParser(Level);
export const parseSentiment = enumParser(Sentiment);

export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

/** Examples of one corpus CSV (columns subject, description, category, and optionally priority, urgency, impact, sentiment, scenario). */
export function parseCorpusCsv(text: string, fileName = 'corpus'): LabeledExample[] {
  const { columns, records } = parseCsvRecords(text);
  for (const required of ['description', 'category']) {
    if (!columns.includes(required)) throw new CorpusError(`${fileName}: missing column "${required}"`);
  }
  return records.map((r, i) => {
    const category = parseCategory(r.category);
    if (!category) throw new CorpusError(`${fileName}: row ${i + 2} has unknown category "${r.category}"`);
    const example: LabeledExample = { subject: r.subject ?? '', description: r.description ?? '', category };
    const priority = parsePriority(r.priority);
    const urgency = parseLevel(r.urgency);
    const impact = parseLevel(r.impact);
    const sentiment = parseSentiment(r.sentiment);
    if (priority) example.priority = priority;
    if (urgency) example.urgency = urgency;
    if (impact) example.impact = impact;
    if (sentiment) example.sentiment = sentiment;
    if (r.scenario) example.group = r.scenario;
    return example;
  });
}

/** Every `*.csv` of a corpus folder, files in name order, rows in file order. */
export function loadCorpus(dir: string): LabeledExample[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  if (files.length === 0) throw new CorpusError(`no .csv files in corpus folder ${dir}`);
  return files.flatMap((f) => parseCorpusCsv(readFileSync(path.join(dir, f), 'utf8'), f));
}
