import { Migration } from '@mikro-orm/migrations';

const values = (list: string[]): string => list.map((v) => `'${v}'`).join(', ');
const PRIORITIES = values(['URGENT', 'HIGH', 'MEDIUM', 'LOW']);
const ROLES = values(['USER', 'ASSISTANT', 'SYSTEM']);
const LOG_TYPES = values(['SUPPORT', 'INQUIRY', 'COMPLAINT', 'FEEDBACK']);
const LOG_STATUSES = values(['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);

/**
 * Adds the terms of changed logs (rows of `id, created_at, title, description, sign`) to the
 * hourly counts: a log counts once for each lexeme it has (+1 for new text, -1 for old text),
 * under the word form it used (the first in alphabetical order if it used several). Sorted, so
 * concurrent transactions lock count rows in the same order.
 */
function applyDeltas(changed: string): string {
  return `
    insert into customer_log_terms as k (hour, lexeme, word, count)
    select hour, lexeme, word, sum(sign)::integer
    from (
      select date_trunc('hour', c.created_at, 'UTC') as hour, t.lexeme, min(t.word) as word, c.sign
      from (${changed}) c
      cross join lateral customer_log_words(c.title || ' ' || c.description) t
      group by c.id, c.sign, 1, 2
    ) per_log
    group by 1, 2, 3
    having sum(sign) <> 0
    order by 1, 2, 3
    on conflict (hour, lexeme, word) do update set count = k.count + excluded.count;`;
}

/** The AI assistant's conversations, the FAQ knowledge base and customer logs with their hourly term counts. */
export class Migration20261123090000_assistant extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table faqs (
        id uuid primary key,
        question text not null,
        answer text not null,
        category text not null,
        view_count integer not null default 0,
        author_id uuid references users (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        -- The question weighs more than the answer when ranking.
        search tsvector generated always as (
          setweight(to_tsvector('english', question), 'A') || setweight(to_tsvector('english', answer), 'B')
        ) stored
      )`);
    this.addSql('create unique index faqs_question_idx on faqs (lower(question))');
    this.addSql('create index faqs_category_idx on faqs (lower(category), question)');
    this.addSql('create index faqs_search_idx on faqs using gin (search)');

    this.addSql(`
      create table conversations (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        title text not null,
        is_active boolean not null default true,
        ticket_id uuid references tickets (id) on delete set null,
        -- Set while a ticket is being created from the conversation, so a second request waits its turn.
        ticket_claimed_at timestamptz(3),
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql('create index conversations_user_idx on conversations (user_id, updated_at, id)');
    this.addSql('create index conversations_updated_idx on conversations (updated_at, id)');
    this.addSql('create index conversations_ticket_idx on conversations (ticket_id) where ticket_id is not null');

    this.addSql(`
      create table messages (
        id uuid primary key,
        conversation_id uuid not null references conversations (id) on delete cascade,
        role text not null check (role in (${ROLES})),
        content text not null,
        tokens_used integer not null default 0,
        response_time_ms integer not null default 0,
        -- The FAQ entries an assistant message cites, in order.
        source_ids uuid[] not null default '{}',
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql('create index messages_conversation_idx on messages (conversation_id, created_at, id)');

    this.addSql(`
      create table customer_logs (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        title text not null,
        description text not null,
        log_type text not null check (log_type in (${LOG_TYPES})),
        status text not null default 'OPEN' check (status in (${LOG_STATUSES})),
        priority text not null default 'MEDIUM' check (priority in (${PRIORITIES})),
        category text,
        created_at timestamptz(3) not null default now(),
        -- Null until the log is first changed, as in the seed system.
        updated_at timestamptz(3),
        resolved_at timestamptz(3)
      )`);
    this.addSql('create index customer_logs_created_idx on customer_logs (created_at, id)');
    this.addSql('create index customer_logs_user_idx on customer_logs (user_id, created_at, id)');

    // The words of a text that count towards trending issues: PostgreSQL's parser splits the text
    // and the English Snowball stemmer, with its stop-word list, reduces each word to a lexeme
    // (stop words to none). One row per word; a plain SELECT, so the planner inlines it.
    this.addSql(`
      create function customer_log_words(document text) returns table (lexeme text, word text)
      language sql stable parallel safe as $$
        select t.lexeme, t.word
        from ts_parse('default', document) as p (tokid, token)
        cross join lateral (select lower(p.token) as word) w
        cross join lateral (select (ts_lexize('english_stem', w.word))[1] as lexeme, w.word) t
        -- words, words with digits, hyphenated words
        where p.tokid in (1, 2, 3, 15, 16, 17) and length(t.lexeme) > 1
      $$`);

    // Logs per UTC hour (of creation), lexeme and word form, kept by statement triggers in the
    // transaction that changes the logs: trending issues sum a few rows per hour instead of
    // tokenising every log of the window.
    this.addSql(`
      create table customer_log_terms (
        hour timestamptz not null,
        lexeme text not null,
        word text not null,
        count integer not null,
        primary key (hour, lexeme, word)
      )`);
    this.addSql(`
      create function customer_log_terms_apply() returns trigger language plpgsql as $$
      begin
        -- Each branch reads only the transition tables its event has.
        if tg_op = 'INSERT' then
          ${applyDeltas(`select n.id, n.created_at, n.title, n.description, 1 as sign from new_rows n`)}
        elsif tg_op = 'DELETE' then
          ${applyDeltas(`select o.id, o.created_at, o.title, o.description, -1 as sign from old_rows o`)}
        else
          ${applyDeltas(`
            select o.id, x.created_at, x.title, x.description, x.sign
            from old_rows o join new_rows n on n.id = o.id
            cross join lateral (values (o.created_at, o.title, o.description, -1), (n.created_at, n.title, n.description, 1))
              as x (created_at, title, description, sign)
            where (o.title, o.description, o.created_at) is distinct from (n.title, n.description, n.created_at)`)}
        end if;
        return null;
      end $$`);
    // Transition tables allow one event per trigger, hence three triggers on one function.
    for (const [event, tables] of [
      ['insert', 'new table as new_rows'],
      ['update', 'old table as old_rows new table as new_rows'],
      ['delete', 'old table as old_rows'],
    ] as const) {
      this.addSql(`create trigger customer_log_terms_${event} after ${event} on customer_logs
        referencing ${tables} for each statement execute function customer_log_terms_apply()`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop table customer_log_terms');
    this.addSql('drop table customer_logs');
    this.addSql('drop function customer_log_terms_apply, customer_log_words');
    this.addSql('drop table messages');
    this.addSql('drop table conversations');
    this.addSql('drop table faqs');
  }
}
