import { Migration } from '@mikro-orm/migrations';

const values = (list: string[]): string => list.map((v) => `'${v}'`).join(', ');
const EVENT_TYPES = [
  'CREATED', 'UPDATED', 'STATUS_CHANGED', 'COMMENT_ADDED', 'CLASSIFIED', 'ASSIGNED', 'DELETED', 'SLA_BREACHED',
];

export class Migration20261203_13a_attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table attachments (
        id uuid primary key,
        ticket_id uuid not null references tickets (id) on delete cascade,
        comment_id uuid references comments (id) on delete cascade,
        file_name text not null,
        content_type text not null,
        size bigint not null check (size > 0),
        sha256 text not null,
        kind text not null check (kind in ('DOCUMENT', 'IMAGE', 'AUDIO', 'VIDEO', 'OTHER')),
        is_internal boolean not null default false,
        status text not null check (status in ('PENDING', 'PROCESSING', 'READY', 'FAILED')),
        text text,
        text_source text check (text_source in ('EXTRACTED', 'OCR', 'TRANSCRIPT')),
        page_count integer,
        duration_seconds double precision,
        error text,
        note text,
        -- Where the bytes are in the storage: never made from the file's name.
        storage_key text not null,
        uploaded_by text,
        search tsvector generated always as (to_tsvector('english', coalesce(text, ''))) stored,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql('create index attachments_ticket_idx on attachments (ticket_id, created_at, id)');
    this.addSql('create index attachments_search_idx on attachments using gin (search)');
    this.addSql('alter table ticket_events drop constraint ticket_events_type_check');
    this.addSql(
      `alter table ticket_events add constraint ticket_events_type_check check (type in (${values([...EVENT_TYPES, 'ATTACHMENT_ADDED', 'ATTACHMENT_PROCESSED'])}))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from ticket_events where type in ('ATTACHMENT_ADDED', 'ATTACHMENT_PROCESSED')`);
    this.addSql('alter table ticket_events drop constraint ticket_events_type_check');
    this.addSql(`alter table ticket_events add constraint ticket_events_type_check check (type in (${values(EVENT_TYPES)}))`);
    this.addSql('drop table attachments');
  }
}
