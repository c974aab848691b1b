import type { DeviceType, TicketCategory, TicketEventType, TicketPriority, TicketSource, TicketStatus } from '../../entities/enums';
import type { FieldChange } from '../../entities/ticket-event.entity';
import type { ClassificationResult } from '../../services/classifier/classifier';

// Plain, read-only data that services return: cheap to build from rows, safe to publish.

export interface CustomerRecord {
  id: string;
  email: string;
  name: string;
}

export interface TicketMetadataRecord {
  source: TicketSource;
  browser: string | null;
  deviceType: DeviceType | null;
  extra: unknown;
}

/** What the classifier concluded, as stored with the ticket. */
export interface ClassificationRecord extends ClassificationResult {
  /** ISO-8601: stored as JSON. */
  classifiedAt: string;
}

export interface TicketRecord {
  id: string;
  number: number;
  customer: CustomerRecord;
  subject: string;
  description: string;
  category: TicketCategory;
  priority: TicketPriority;
  status: TicketStatus;
  tags: string[];
  metadata: TicketMetadataRecord;
  assignedTo: string | null;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  slaDueAt: Date | null;
  slaPausedAt: Date | null;
  slaBreachedAt: Date | null;
  classification: ClassificationRecord | null;
  manualOverride: boolean;
  ownerId: string | null;
  createdByTokenId: string | null;
}

export interface CommentRecord {
  id: string;
  ticketId: string;
  content: string;
  isInternal: boolean;
  author: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TicketEventRecord {
  id: string;
  ticketId: string;
  type: TicketEventType;
  actor: string | null;
  occurredAt: Date;
  changes: FieldChange[];
}

/** One page of a keyset-paginated list, in order. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}
