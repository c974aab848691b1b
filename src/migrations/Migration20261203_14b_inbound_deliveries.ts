import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_14b_inbound_deliveries extends Migration {
  override async up(): Promise<void> {
    // Platforms' ids of the inbound calls applied (X-GitHub-Delivery, X-Atlassian-Webhook-Identifier):
    // a platform's retry of a call already applied is not applied again.
    this.addSql(`
      create table integration_inbound_calls (
        integration_id uuid not null references integrations (id) on delete cascade,
        call_id text not null,
        received_at timestamptz(3) not null default now(),
        primary key (integration_id, call_id)
      )`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table integration_inbound_calls');
  }
}
