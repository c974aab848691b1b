import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_13b_message_citations extends Migration {
  override async up(): Promise<void> {
    // What an assistant answer cites, FAQ entries and passages of files alike, in order:
    // [{ "faqId": ... } | { "attachmentId": ..., "excerpt": ... }]. source_ids stays: it is `Message.sources`.
    this.addSql(`alter table messages add column citations jsonb not null default '[]'`);
    this.addSql(`update messages set citations = (select coalesce(jsonb_agg(jsonb_build_object('faqId', id) order by n), '[]') from unnest(source_ids) with ordinality as s (id, n)) where cardinality(source_ids) > 0`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table messages drop column citations');
  }
}
