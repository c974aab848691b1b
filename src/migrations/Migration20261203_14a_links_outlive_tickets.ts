import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_14a_links_outlive_tickets extends Migration {
  override async up(): Promise<void> {
    // A deleted ticket's links stay until each integration has been told (its DELETED call closes
    // the issue, incident or case); then they go.
    this.addSql('alter table ticket_external_links drop constraint ticket_external_links_ticket_id_fkey');
  }

  override async down(): Promise<void> {
    this.addSql('delete from ticket_external_links l where not exists (select 1 from tickets t where t.id = l.ticket_id)');
    this.addSql('alter table ticket_external_links add constraint ticket_external_links_ticket_id_fkey foreign key (ticket_id) references tickets (id) on delete cascade');
  }
}
