import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_17c_token_usage extends Migration {
  override async up(): Promise<void> {
    // Requests of each integration token per clock hour, for `IntegrationToken.usage`.
    this.addSql(`
      create table integration_token_usage (
        token_id uuid not null references integration_tokens (id) on delete cascade,
        hour timestamptz(3) not null,
        requests bigint not null,
        primary key (token_id, hour)
      )`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table integration_token_usage');
  }
}
