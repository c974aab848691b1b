import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_13c_citations_index extends Migration {
  override async up(): Promise<void> {
    // Deleting a file finds the answers that quoted it (`citations @> [{"attachmentId": ...}]`)
    // without reading every message.
    this.addSql('create index messages_citations_idx on messages using gin (citations jsonb_path_ops)');
  }

  override async down(): Promise<void> {
    this.addSql('drop index messages_citations_idx');
  }
}
