import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_17k_imports_and_changes extends Migration {
  override async up(): Promise<void> {
    // Every import is kept: who, when, which file, the counts, and each failed row as it was read.
    this.addSql(`
      create table imports (
        id uuid primary key,
        file_name text,
        format text not null,
        imported_by text,
        imported_by_key text,
        total integer not null default 0,
        successful integer not null default 0,
        failed integer not null default 0,
        columns text[] not null default '{}',
        job_id uuid references classification_jobs (id) on delete set null deferrable initially deferred,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql('create index imports_created_idx on imports (created_at, id)');
    this.addSql('create index imports_imported_by_key_idx on imports (imported_by_key, created_at, id)');
    this.addSql(`
      create table import_row_errors (
        import_id uuid not null references imports (id) on delete cascade,
        row integer not null,
        errors text[] not null,
        fields jsonb not null,
        primary key (import_id, row)
      )`);

    // The client's own key of an imported row (a signed CSV's issue_key): one per key within an import.
    this.addSql('alter table tickets add column external_key text, add column import_id uuid references imports (id) on delete set null');
    this.addSql('create index tickets_external_key_idx on tickets (external_key) where external_key is not null');
    this.addSql('create unique index tickets_import_external_key_idx on tickets (import_id, external_key) where external_key is not null');

    // The change feed: a position per entry and the transaction that wrote it. A deleted ticket's
    // history goes, but its DELETED entry stays, so the history no longer cascades from the ticket.
    this.addSql('alter table ticket_events drop constraint ticket_events_ticket_id_fkey');
    this.addSql(`alter table ticket_events
      add column position bigint generated always as identity,
      add column txid xid8 not null default pg_current_xact_id()`);
    this.addSql('create index ticket_events_feed_idx on ticket_events (txid, position)');
  }

  override async down(): Promise<void> {
    this.addSql('drop index ticket_events_feed_idx');
    this.addSql('alter table ticket_events drop column txid, drop column position');
    this.addSql('delete from ticket_events e where not exists (select 1 from tickets t where t.id = e.ticket_id)');
    this.addSql('alter table ticket_events add constraint ticket_events_ticket_id_fkey foreign key (ticket_id) references tickets (id) on delete cascade');
    this.addSql('alter table tickets drop column import_id, drop column external_key');
    this.addSql('drop table import_row_errors');
    this.addSql('drop table imports');
  }
}
