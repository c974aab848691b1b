import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_17b_token_rotation extends Migration {
  override async up(): Promise<void> {
    // After a rotation the replaced secret keeps working until its grace period ends.
    this.addSql('alter table integration_tokens add column previous_token_hash text unique');
    this.addSql('alter table integration_tokens add column previous_token_expires_at timestamptz(3)');
  }

  override async down(): Promise<void> {
    this.addSql('alter table integration_tokens drop column previous_token_expires_at, drop column previous_token_hash');
  }
}
