import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_17t_feed_for_owners extends Migration {
  override async up(): Promise<void> {
    // Whose a deleted ticket was, kept on its DELETED entry: the change feed shows that entry to the
    // ticket's customer and to the token that created it once the ticket row is gone. Other entries
    // leave both null (their ticket says it). Entries of tickets deleted before this stay staff-only.
    this.addSql('alter table ticket_events add column owner_id uuid, add column created_by_token_id uuid');
    this.addSql('create index ticket_events_owner_feed_idx on ticket_events (owner_id, txid, position) where owner_id is not null');
    this.addSql('create index ticket_events_token_feed_idx on ticket_events (created_by_token_id, txid, position) where created_by_token_id is not null');
  }

  override async down(): Promise<void> {
    this.addSql('drop index ticket_events_token_feed_idx');
    this.addSql('drop index ticket_events_owner_feed_idx');
    this.addSql('alter table ticket_events drop column created_by_token_id, drop column owner_id');
  }
}
