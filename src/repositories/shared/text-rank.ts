import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';

// How a text is ranked against a question in plain words, the same for knowledge-base entries
// and for passages of files: every non-stop word of the question may match (an OR query, English
// stemming); the score is mostly the share of the question's words a text contains (a text with
// all of them beats one repeating a single word), the rest cover density (ts_rank_cd).

/** ts_rank_cd weights for D, C, B (an entry's answer, a passage), A (an entry's question). */
export const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
/** Share of the score from how many query words a text contains; the rest is ts_rank_cd. */
const COVERAGE_SHARE = 0.7;

/**
 * The CTE `q`: the lexemes of the search text and of the focus (two bindings, in that order) and
 * their OR query. It has no row when the text has no searchable word, so nothing matches.
 */
export const QUERY_TERMS = `q as (
         select lexemes, focus,
                array_to_string(array(select quote_literal(l) from unnest(lexemes) l), ' | ')::tsquery as query
         from (select tsvector_to_array(to_tsvector('english', ?)) as lexemes,
                      tsvector_to_array(to_tsvector('english', ?)) as focus) t
         where cardinality(lexemes) > 0
       )`;

/** The columns `rank`, `matched`, `focus_matched`, `terms`, `focus_terms` of the document `<alias>.search` against `q`. */
export function termColumns(alias: string): string {
  return `ts_rank_cd('${RANK_WEIGHTS}', ${alias}.search, q.query, 32) as rank,
                cardinality(array(select unnest(tsvector_to_array(${alias}.search)) intersect select unnest(q.lexemes))) as matched,
                cardinality(array(select unnest(tsvector_to_array(${alias}.search)) intersect select unnest(q.focus))) as focus_matched,
                cardinality(q.lexemes) as terms, cardinality(q.focus) as focus_terms`;
}

/** The score (0-1) of a row `termColumns` made. */
export function termScore(alias: string): string {
  return `${COVERAGE_SHARE} * ${alias}.matched / ${alias}.terms + ${1 - COVERAGE_SHARE} * ${alias}.rank`;
}

/**
 * Ranks free texts (passages of files) as knowledge-base entries are ranked, each as an answer's
 * words: the score (0-1) by position in `texts`, for those sharing a word with the search.
 */
export async function rankTexts(em: EntityManager, search: { text: string; focus?: string }, texts: readonly string[]): Promise<Map<number, number>> {
  if (texts.length === 0) return new Map();
  const rows = await query<{ position: number; score: number }>(
    em,
    `with ${QUERY_TERMS}, p as (
       select position::int as position, setweight(to_tsvector('english', body), 'B') as search
       from unnest(?::text[]) with ordinality as p (body, position)
     ), scored as (
       select p.position, ${termColumns('p')}
       from p, q
       where p.search @@ q.query
     )
     select s.position, (${termScore('s')})::float8 as score
     from scored s`,
    [search.text, search.focus ?? search.text, [...texts]],
  );
  return new Map(rows.map((row) => [row.position - 1, row.score]));
}
