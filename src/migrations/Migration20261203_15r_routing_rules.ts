import { Migration } from '@mikro-orm/migrations';

export class Migration20261203_15r_routing_rules extends Migration {
  override async up(): Promise<void> {
    // Routing of classified tickets (issue 15). `turns` is the rule's round-robin counter: taking a
    // turn is an UPDATE of the rule's row, so concurrent tickets queue on its lock and each gets its own turn.
    this.addSql(`
      create table routing_rules (
        id uuid primary key,
        name text not null,
        position integer not null,
        categories text[] not null default '{}',
        priorities text[] not null default '{}',
        sources text[] not null default '{}',
        tags text[] not null default '{}',
        words text[] not null default '{}',
        pattern text,
        agent_ids uuid[] not null,
        turns bigint not null default 0,
        active boolean not null default true,
        created_at timestamptz(3) not null,
        updated_at timestamptz(3) not null
      )`);
    this.addSql('create index routing_rules_position on routing_rules (position, id)');
  }

  override async down(): Promise<void> {
    this.addSql('drop table routing_rules');
  }
}
