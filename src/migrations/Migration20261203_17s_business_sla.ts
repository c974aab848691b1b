import { Migration } from '@mikro-orm/migrations';

const values = (list: string[]): string => list.map((v) => `'${v}'`).join(', ');
const EVENT_TYPES = [
  'CREATED', 'UPDATED', 'STATUS_CHANGED', 'COMMENT_ADDED', 'CLASSIFIED', 'ASSIGNED', 'DELETED', 'SLA_BREACHED', 'ATTACHMENT_ADDED', 'ATTACHMENT_PROCESSED',
];

export class Migration20261203_17s_business_sla extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table business_calendars (
        id uuid primary key,
        name text not null unique,
        time_zone text not null,
        -- [{ weekday, start: "HH:MM", end: "HH:MM" }]
        hours jsonb not null,
        -- local dates, YYYY-MM-DD
        holidays text[] not null default '{}',
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now()
      )`);
    // A row overrides the configured targets of one priority; priorities without one count every hour.
    this.addSql(`
      create table sla_policies (
        priority text primary key check (priority in ('URGENT', 'HIGH', 'MEDIUM', 'LOW')),
        calendar_id uuid references business_calendars (id),
        first_response_minutes integer check (first_response_minutes > 0),
        resolution_minutes integer not null check (resolution_minutes > 0),
        warning_minutes integer not null check (warning_minutes >= 0),
        updated_at timestamptz(3) not null default now()
      )`);
    this.addSql(`
      alter table tickets
        add column sla_warned_at timestamptz(3),
        add column first_response_due_at timestamptz(3),
        add column first_responded_at timestamptz(3),
        add column first_response_warned_at timestamptz(3),
        add column first_response_breached_at timestamptz(3)`);
    // The monitor's rounds look for running clocks by due date.
    this.addSql('create index tickets_first_response_due_idx on tickets (first_response_due_at) where first_responded_at is null and resolved_at is null');
    this.addSql('alter table ticket_events drop constraint ticket_events_type_check');
    this.addSql(`alter table ticket_events add constraint ticket_events_type_check check (type in (${values([...EVENT_TYPES, 'SLA_WARNING'])}))`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from ticket_events where type = 'SLA_WARNING'`);
    this.addSql('alter table ticket_events drop constraint ticket_events_type_check');
    this.addSql(`alter table ticket_events add constraint ticket_events_type_check check (type in (${values(EVENT_TYPES)}))`);
    this.addSql('drop index tickets_first_response_due_idx');
    this.addSql(`
      alter table tickets drop column sla_warned_at, drop column first_response_due_at, drop column first_responded_at,
        drop column first_response_warned_at, drop column first_response_breached_at`);
    this.addSql('drop table sla_policies');
    this.addSql('drop table business_calendars');
  }
}
