import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_13c_message_files extends Migration {
  override async up(): Promise<void> {
    // The files an assistant answer was made from (cited, or given to the model), so that deleting
    // a file finds the answers that may quote it. Earlier answers: the files they cite.
    this.addSql(`alter table messages add column file_ids uuid[] not null default '{}'`);
    this.addSql(
      `update messages set file_ids = array(select distinct (c->>'attachmentId')::uuid from jsonb_array_elements(citations) as c where c->>'attachmentId' is not null)
       where jsonb_path_exists(citations, '$[*].attachmentId')`,
    );
    this.addSql('create index messages_file_ids_idx on messages using gin (file_ids)');
    // A development build of this migration indexed citations instead; nothing uses that index.
    this.addSql('drop index if exists messages_citations_idx');
  }

  override async down(): Promise<void> {
    this.addSql('drop index messages_file_ids_idx');
    this.addSql('alter table messages drop column file_ids');
  }
}
