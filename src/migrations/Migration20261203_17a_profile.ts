import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_17a_profile extends Migration {
  override async up(): Promise<void> {
    // The name a person goes by, as the replaced assistant's accounts showed it; optional.
    this.addSql('alter table users add column full_name text');
  }

  override async down(): Promise<void> {
    this.addSql('alter table users drop column full_name');
  }
}
