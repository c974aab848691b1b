import { Migration } from '@mikro-orm/migrations';

export class Migration20261123100000_jobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table classification_jobs (
        id uuid primary key,
        status text not null check (status in ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED')),
        file_name text,
        total_tickets integer not null default 0,
        processed_tickets integer not null default 0,
        failed_tickets integer not null default 0,
        row_errors jsonb not null default '[]',
        error_message text,
        callback_url text,
        created_by text,
        -- The worker running the job holds a lease it renews; an expired lease means the worker died.
        lease_owner text,
        lease_until timestamptz(3),
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        started_at timestamptz(3),
        completed_at timestamptz(3),
        processing_time_ms integer
      )`);
    this.addSql(`create index classification_jobs_unfinished_idx on classification_jobs (lease_until) where status in ('PENDING', 'PROCESSING')`);
    // A job's ticket keeps what its file gave: the job's classifier decides only the fields listed here (comma-separated).
    this.addSql(`alter table tickets add column classification_job_id uuid references classification_jobs (id) on delete set null,
      add column classify_fields text`);
    this.addSql('create index tickets_job_idx on tickets (classification_job_id, number) where classification_job_id is not null');

    // A nonce of a signed upload works once within the time window.
    this.addSql('create table used_nonces (nonce text primary key, used_at timestamptz(3) not null default now())');

    // The first answer to an Idempotency-Key, replayed for the same request.
    this.addSql(`
      create table idempotency_keys (
        scope text not null,
        key text not null,
        request_hash text not null,
        response jsonb,
        created_at timestamptz(3) not null default now(),
        primary key (scope, key)
      )`);

    // Signed POSTs to other systems (job callbacks, webhooks): the delivery log.
    this.addSql(`
      create table webhook_deliveries (
        id uuid primary key,
        kind text not null,
        subject_id uuid,
        url text not null,
        event text not null,
        payload jsonb not null,
        status text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer not null default 0,
        last_status_code integer,
        last_error text,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        delivered_at timestamptz(3)
      )`);
    this.addSql('create index webhook_deliveries_subject_idx on webhook_deliveries (subject_id, created_at)');
  }

  override async down(): Promise<void> {
    this.addSql('drop table webhook_deliveries');
    this.addSql('drop table idempotency_keys');
    this.addSql('drop table used_nonces');
    this.addSql('alter table tickets drop column classification_job_id, drop column classify_fields');
    this.addSql('drop table classification_jobs');
  }
}
