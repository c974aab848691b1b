import { Migration } from '@mikro-orm/migrations';

export class Migration20261122140000_classification extends Migration {
  override async up(): Promise<void> {
    // The SLA clock pauses while a ticket waits for the customer; a breach is announced once.
    this.addSql('alter table tickets add column sla_paused_at timestamptz(3), add column sla_breached_at timestamptz(3)');
    this.addSql(`create index tickets_sla_due_idx on tickets (sla_due_at)
      where sla_due_at is not null and sla_breached_at is null and sla_paused_at is null and resolved_at is null`);

    // What agents corrected: labeled examples for the next training run.
    this.addSql(`
      create table classification_corrections (
        id uuid primary key,
        ticket_id uuid references tickets (id) on delete set null,
        subject text not null,
        description text not null,
        category text not null,
        priority text not null,
        corrected_by text,
        created_at timestamptz(3) not null default now()
      )`);

    // Models trained inside the API; the newest active one is loaded at start-up on every instance.
    this.addSql(`
      create table classifier_models (
        version text primary key,
        model text not null,
        trained_at timestamptz(3) not null,
        training_size integer not null,
        corrections integer not null,
        active boolean not null default false,
        created_at timestamptz(3) not null default now()
      )`);
    this.addSql('create unique index classifier_models_active_idx on classifier_models (active) where active');
  }

  override async down(): Promise<void> {
    this.addSql('drop table classifier_models');
    this.addSql('drop table classification_corrections');
    this.addSql('alter table tickets drop column sla_breached_at, drop column sla_paused_at');
  }
}
