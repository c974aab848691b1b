import { Migration } from '@mikro-orm/migrations';

export class Migration20261122130000_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table users (
        id uuid primary key,
        username text not null,
        email text not null unique,
        password_hash text not null,
        role text not null check (role in ('ADMIN', 'AGENT', 'CUSTOMER')),
        is_active boolean not null default true,
        last_login_at timestamptz(3),
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql('create unique index users_username_idx on users (lower(username))');

    this.addSql(`
      create table refresh_tokens (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        family_id uuid not null,
        token_hash text not null unique,
        expires_at timestamptz(3) not null,
        used_at timestamptz(3),
        revoked_at timestamptz(3),
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql('create index refresh_tokens_family_idx on refresh_tokens (family_id)');

    this.addSql(`
      create table integration_tokens (
        id uuid primary key,
        name text not null,
        token_hash text not null unique,
        token_prefix text not null,
        created_by_id uuid references users (id) on delete set null,
        hourly_limit integer not null check (hourly_limit > 0),
        expires_at timestamptz(3),
        enabled boolean not null default true,
        revoked_at timestamptz(3),
        last_used_at timestamptz(3),
        request_count bigint not null default 0,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);

    this.addSql(`
      create table app_secrets (
        name text primary key,
        value text not null,
        created_at timestamptz(3) not null default now()
      )`);

    // Who a ticket belongs to: the customer's account, and the integration token that created it.
    this.addSql('alter table tickets add column owner_id uuid references users (id) on delete set null');
    this.addSql('alter table tickets add column created_by_token_id uuid references integration_tokens (id) on delete set null');
    this.addSql('create index tickets_owner_idx on tickets (owner_id, created_at, id) where owner_id is not null');
    this.addSql('create index tickets_token_idx on tickets (created_by_token_id, created_at, id) where created_by_token_id is not null');
  }

  override async down(): Promise<void> {
    this.addSql('alter table tickets drop column created_by_token_id, drop column owner_id');
    this.addSql('drop table app_secrets');
    this.addSql('drop table integration_tokens');
    this.addSql('drop table refresh_tokens');
    this.addSql('drop table users');
  }
}
