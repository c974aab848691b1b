import { Migration } from '@mikro-orm/migrations';

export class Migration20261123120000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table webhooks (
        id uuid primary key,
        url text not null,
        description text,
        -- Ticket event types it wants; empty: every type.
        events text[] not null default '{}',
        include_internal boolean not null default false,
        -- Signs every delivery; shown once, when the webhook is made.
        secret text not null,
        active boolean not null default true,
        created_by_id uuid references users (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql('alter table webhook_deliveries add column webhook_id uuid references webhooks (id) on delete cascade');
    this.addSql('create index webhook_deliveries_webhook_idx on webhook_deliveries (webhook_id, created_at, id) where webhook_id is not null');
  }

  override async down(): Promise<void> {
    this.addSql('alter table webhook_deliveries drop column webhook_id');
    this.addSql('drop table webhooks');
  }
}
