import { EntityRepositoryType, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { newId } from '../ids';
import { CustomerLogRepository } from '../repositories/customer-logs/customer-log.repository';
import { TIMESTAMP } from './base.entity';
import { LogStatus, LogType, TicketPriority } from './enums';
import { User } from './user.entity';

/**
 * Something a customer reported or asked, as the seed's customer logs. Not a BaseEntity: as in the
 * seed, `updatedAt` stays null until the first change. Triggers keep the hourly term counts that
 * trending issues read (see the migration).
 */
@Entity({ tableName: 'customer_logs', repository: () => CustomerLogRepository })
export class CustomerLog {
  [EntityRepositoryType]?: CustomerLogRepository;

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  description: string;

  @Enum({ items: () => LogType, type: 'text' })
  logType: LogType;

  @Enum({ items: () => LogStatus, type: 'text' })
  status: LogStatus = LogStatus.OPEN;

  @Enum({ items: () => TicketPriority, type: 'text' })
  priority: TicketPriority;

  @Property({ type: 'text', nullable: true })
  category: string | null;

  @Property({ ...TIMESTAMP })
  createdAt: Date = new Date();

  @Property({ ...TIMESTAMP, nullable: true })
  updatedAt: Date | null = null;

  @Property({ ...TIMESTAMP, nullable: true })
  resolvedAt: Date | null = null;

  constructor(fields: { user: Ref<User>; title: string; description: string; logType: LogType; priority: TicketPriority; category: string | null }) {
    this.user = fields.user;
    this.title = fields.title;
    this.description = fields.description;
    this.logType = fields.logType;
    this.priority = fields.priority;
    this.category = fields.category;
  }
}
