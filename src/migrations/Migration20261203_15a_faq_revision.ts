import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_15a_faq_revision extends Migration {
  override async up(): Promise<void> {
    // A counter of changes to the knowledge base's texts: each API instance keeps the entries'
    // sentence vectors in memory and reads this one row before a search to know whether they are
    // still current. Counting views (view_count) changes no text and leaves it alone.
    // The value comes from a sequence, so a revision is never seen twice, even after the table
    // is emptied; the row keeps it transactional (a sequence alone is visible before commit).
    this.addSql('create sequence faq_revision_seq');
    this.addSql(`
      create table faq_revision (
        singleton boolean primary key default true check (singleton),
        revision bigint not null
      )`);
    this.addSql(`insert into faq_revision (revision) values (nextval('faq_revision_seq'))`);
    this.addSql(`
      create function faq_revision_bump() returns trigger language plpgsql as $$
      begin
        insert into faq_revision (singleton, revision) values (true, nextval('faq_revision_seq'))
        on conflict (singleton) do update set revision = excluded.revision;
        return null;
      end $$`);
    this.addSql(`create trigger faq_revision_bump after insert or delete or truncate or update of question, answer on faqs
      for each statement execute function faq_revision_bump()`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger faq_revision_bump on faqs');
    this.addSql('drop function faq_revision_bump');
    this.addSql('drop table faq_revision');
    this.addSql('drop sequence faq_revision_seq');
  }
}
