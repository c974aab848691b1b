import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { Faq } from '../../entities/faq.entity';
import { column, Table, type RecordOf } from '../shared/table';
import { QUERY_TERMS, RANK_WEIGHTS, termColumns, termScore } from '../shared/text-rank';

/** The `faqs` table, declared once; `FaqRecord` and the row mapper derive from it. */
export const FAQS = new Table('faqs', {
  id: column<string>('id', 'uuid'),
  question: column<string>('question', 'text'),
  answer: column<string>('answer', 'text'),
  category: column<string>('category', 'text'),
  viewCount: column<number>('view_count', 'integer'),
  authorId: column<string | null>('author_id', 'uuid'),
  createdAt: column<Date>('created_at', 'timestamptz'),
  updatedAt: column<Date>('updated_at', 'timestamptz'),
});

export interface FaqRecord extends RecordOf<typeof FAQS.spec> {}

/** A knowledge-base entry found by a search, with how well it matches. */
export interface FaqHit {
  faq: FaqRecord;
  /** Relevance from 0 to 1. */
  score: number;
  /** The answer's best passages, matched words between `**`. */
  snippet: string;
  /** Distinct lexemes of the search text that the entry contains. */
  matchedTerms: number;
  /** Distinct lexemes of the search text (stop words removed). */
  queryTerms: number;
  /** Lexemes of the focus text (the latest message) that the entry contains. */
  focusMatched: number;
  /** Distinct lexemes of the focus text. */
  focusTerms: number;
}

const FAQ_COLUMNS = FAQS.select();
const faqFromRow = (row: Record<string, unknown>): FaqRecord => FAQS.fromRow(row);

export interface NewFaq {
  id: string;
  question: string;
  answer: string;
  category: string;
  authorId: string | null;
  createdAt: Date;
}

export interface FaqSearch {
  /** The text whose words find and rank entries (for a follow-up, with the earlier question). */
  text: string;
  /** The words that must weigh most (the latest message); `text` when absent. */
  focus?: string;
  first: number;
  /** ts_headline snippets of the answers (the assistant reads whole answers and needs none). */
  snippets?: boolean;
}

/** Candidates taken by ts_rank (cheap: word frequencies) before the finer ranking. */
const CANDIDATES = 100;
const HEADLINE_OPTIONS = 'MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=3, FragmentDelimiter=" … ", StartSel=**, StopSel=**';

export class FaqRepository extends EntityRepository<Faq> {
  /** Inserts an entry; undefined when another has the same question (case-insensitive). */
  async insertRecord(faq: NewFaq): Promise<FaqRecord | undefined> {
    const insert = FAQS.insertOf({ ...faq, updatedAt: faq.createdAt }, ['id', 'question', 'answer', 'category', 'authorId', 'createdAt', 'updatedAt']);
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `insert into faqs (${insert.columns}) values (${insert.placeholders})
       on conflict (lower(question)) do nothing
       returning ${FAQ_COLUMNS}`,
      insert.values,
    );
    return row && faqFromRow(row);
  }

  /** Replaces question, answer and category; undefined when no such entry. Throws pg's 23505 on a duplicate question. */
  async replace(id: string, fields: { question: string; answer: string; category: string }, now: Date): Promise<FaqRecord | undefined> {
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update faqs set question = ?, answer = ?, category = ?, updated_at = ? where id = ? returning ${FAQ_COLUMNS}`,
      [fields.question, fields.answer, fields.category, now, id],
    );
    return row && faqFromRow(row);
  }

  async remove(id: string): Promise<boolean> {
    const rows = await query<{ id: string }>(this.getEntityManager(), 'delete from faqs where id = ? returning id', [id]);
    return rows.length > 0;
  }

  async findRecords(ids: readonly string[]): Promise<FaqRecord[]> {
    const rows = await query<Record<string, unknown>>(this.getEntityManager(), `select ${FAQ_COLUMNS} from faqs where id = any(?::uuid[])`, [ids]);
    return rows.map(faqFromRow);
  }

  /** Counts a view and returns the entry as it is after it: one atomic statement, so no count is lost. */
  async view(id: string): Promise<FaqRecord | undefined> {
    const [row] = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `update faqs set view_count = view_count + 1 where id = ? returning ${FAQ_COLUMNS}`,
      [id],
    );
    return row && faqFromRow(row);
  }

  /**
   * Entries of a category (case-insensitive), matching a web-search style query (every word, with
   * stemming; "phrases", `or`, `-word`): best matches first, else by category and question.
   */
  async list(filter: { category?: string | null; search?: string | null }, limit: number): Promise<FaqRecord[]> {
    const conditions: string[] = [];
    const bindings: unknown[] = [];
    const search = filter.search?.trim();
    if (filter.category?.trim()) {
      conditions.push('lower(category) = lower(?)');
      bindings.push(filter.category.trim());
    }
    let order = 'lower(category), question, id';
    if (search) {
      conditions.push(`search @@ websearch_to_tsquery('english', ?)`);
      bindings.push(search);
      order = `ts_rank_cd('${RANK_WEIGHTS}', search, websearch_to_tsquery('english', ?)) desc, id`;
      bindings.push(search);
    }
    bindings.push(limit);
    const rows = await query<Record<string, unknown>>(
      this.getEntityManager(),
      `select ${FAQ_COLUMNS} from faqs ${conditions.length ? `where ${conditions.join(' and ')}` : ''} order by ${order} limit ?`,
      bindings,
    );
    return rows.map(faqFromRow);
  }

  /**
   * The knowledge base's revision: a trigger counts every statement that adds, edits or removes
   * entries, so a process that keeps vectors of the entries knows when to read them again.
   */
  async revision(): Promise<string> {
    const [row] = await query<{ revision: string }>(
      this.getEntityManager(),
      `select coalesce((select revision::text from faq_revision), 'none') as revision`,
    );
    return row!.revision;
  }

  /** Every entry's id, texts and last change, to build vectors from. */
  async texts(): Promise<{ id: string; question: string; answer: string; version: string }[]> {
    return query(this.getEntityManager(), 'select id, question, answer, updated_at::text as version from faqs');
  }

  /**
   * Ranked retrieval for natural-language questions (text-rank.ts): the best `CANDIDATES` by
   * ts_rank are scored by the share of the text's words each contains and by cover density, both
   * with the question weighted above the answer.
   * ts_rank_cd runs on the candidates only: over thousands of matches it costs tens of
   * milliseconds. Snippets come from ts_headline over the answer.
   */
  async search(search: FaqSearch): Promise<FaqHit[]> {
    const rows = await query<Record<string, unknown> & { score: number; snippet: string; matched: number; terms: number; focus_matched: number; focus_terms: number }>(
      this.getEntityManager(),
      `with ${QUERY_TERMS}, candidates as (
         select f.id, f.search
         from faqs f, q
         where f.search @@ q.query
         order by ts_rank('${RANK_WEIGHTS}', f.search, q.query) desc, f.id
         limit ${CANDIDATES}
       ), scored as (
         select c.id, ${termColumns('c')}
         from candidates c, q
       ), ranked as (
         select s.*, ${termScore('s')} as score
         from scored s
         order by score desc, s.id
         limit ?
       )
       select ${FAQS.select(undefined, 'f')}, r.score::float8 as score, r.matched::int as matched,
              r.terms::int as terms, r.focus_matched::int as focus_matched, r.focus_terms::int as focus_terms,
              ${search.snippets === false ? `''` : `ts_headline('english', f.answer, q.query, '${HEADLINE_OPTIONS}')`} as snippet
       from ranked r join faqs f on f.id = r.id, q
       order by r.score desc, r.id`,
      [search.text, search.focus ?? search.text, search.first],
    );
    return rows.map((row) => ({
      faq: faqFromRow(row),
      score: Math.round(row.score * 10_000) / 10_000,
      snippet: row.snippet,
      matchedTerms: row.matched,
      queryTerms: row.terms,
      focusMatched: row.focus_matched,
      focusTerms: row.focus_terms,
    }));
  }
}
