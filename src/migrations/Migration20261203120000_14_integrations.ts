import { Migration } from '@mikro-orm/migrations';

export class Migration20261203120000_14_integrations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table integrations (
        id uuid primary key,
        platform text not null check (platform in ('SLACK', 'TEAMS', 'JIRA', 'GITHUB', 'SERVICENOW', 'SALESFORCE', 'ZENDESK', 'ZOOM')),
        name text not null unique,
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED', 'FAILING')),
        -- Ticket event types it wants; empty: every type.
        events text[] not null default '{}',
        filter jsonb,
        include_internal boolean not null default false,
        -- Settings that are not secret; the secret ones are in credentials, AES-256-GCM encrypted.
        settings jsonb not null,
        credentials text not null,
        consecutive_failures integer not null default 0,
        breaker_retry_at timestamptz(3),
        paused_until timestamptz(3),
        last_delivery_at timestamptz(3),
        last_error text,
        created_by_id uuid references users (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql(`
      create table ticket_external_links (
        id uuid primary key,
        ticket_id uuid not null references tickets (id) on delete cascade,
        integration_id uuid references integrations (id) on delete set null,
        platform text not null,
        key text not null,
        url text,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        -- Issue-like platforms keep one link per ticket (see saveLink); Zoom adds one per meeting.
        unique (integration_id, ticket_id, key)
      )`);
    this.addSql('create index ticket_external_links_ticket_idx on ticket_external_links (ticket_id, created_at)');
    this.addSql('create index ticket_external_links_key_idx on ticket_external_links (integration_id, key)');
    // Integrations' calls share the delivery log; external_id is what the platform named the thing a call made (an echo check for inbound calls).
    this.addSql('alter table webhook_deliveries add column integration_id uuid references integrations (id) on delete cascade');
    this.addSql('alter table webhook_deliveries add column external_id text');
    this.addSql('create index webhook_deliveries_integration_idx on webhook_deliveries (integration_id, created_at, id) where integration_id is not null');
    this.addSql('create index webhook_deliveries_external_idx on webhook_deliveries (integration_id, external_id) where external_id is not null');
  }

  override async down(): Promise<void> {
    this.addSql('alter table webhook_deliveries drop column external_id');
    this.addSql('alter table webhook_deliveries drop column integration_id');
    this.addSql('drop table ticket_external_links');
    this.addSql('drop table integrations');
  }
}
