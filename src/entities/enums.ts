// Stored and exposed as the same UPPER_CASE strings; import files may use lower case.

export enum TicketCategory {
  ACCOUNT_ACCESS = 'ACCOUNT_ACCESS',
  TECHNICAL_ISSUE = 'TECHNICAL_ISSUE',
  BILLING_QUESTION = 'BILLING_QUESTION',
  FEATURE_REQUEST = 'FEATURE_REQUEST',
  BUG_REPORT = 'BUG_REPORT',
  OTHER = 'OTHER',
}

export enum TicketPriority {
  URGENT = 'URGENT',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum TicketStatus {
  NEW = 'NEW',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_CUSTOMER = 'WAITING_CUSTOMER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export enum TicketSource {
  WEB_FORM = 'WEB_FORM',
  EMAIL = 'EMAIL',
  API = 'API',
  CHAT = 'CHAT',
  PHONE = 'PHONE',
}

export enum DeviceType {
  DESKTOP = 'DESKTOP',
  MOBILE = 'MOBILE',
  TABLET = 'TABLET',
}

export enum TicketEventType {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  CLASSIFIED = 'CLASSIFIED',
  ASSIGNED = 'ASSIGNED',
  DELETED = 'DELETED',
  SLA_BREACHED = 'SLA_BREACHED',
  ATTACHMENT_ADDED = 'ATTACHMENT_ADDED',
  ATTACHMENT_PROCESSED = 'ATTACHMENT_PROCESSED',
}

/** Higher is more urgent; used for ordering by priority. */
export const PRIORITY_WEIGHT: Readonly<Record<TicketPriority, number>> = {
  URGENT: 4,
  HIGH: 3,
  MEDIUM: 2,
  LOW: 1,
};

/** Statuses in which a ticket counts as resolved (`resolvedAt` is set). */
export const RESOLVED_STATUSES: ReadonlySet<TicketStatus> = new Set([TicketStatus.RESOLVED, TicketStatus.CLOSED]);

/** Urgency and impact of a ticket, as the classifier judges them. */
export enum Level {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum Sentiment {
  POSITIVE = 'POSITIVE',
  NEUTRAL = 'NEUTRAL',
  NEGATIVE = 'NEGATIVE',
}

export enum Role {
  ADMIN = 'ADMIN',
  AGENT = 'AGENT',
  CUSTOMER = 'CUSTOMER',
}

/** Who wrote a message of a conversation with the assistant. */
export enum MessageRole {
  USER = 'USER',
  ASSISTANT = 'ASSISTANT',
  SYSTEM = 'SYSTEM',
}

export enum LogType {
  SUPPORT = 'SUPPORT',
  INQUIRY = 'INQUIRY',
  COMPLAINT = 'COMPLAINT',
  FEEDBACK = 'FEEDBACK',
}

export enum LogStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export enum JobStatus {
  PENDING = 'PENDING',
  PROCESSING = 'PROCESSING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

/** What a ticket list is sorted by. */
export enum TicketOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  PRIORITY = 'PRIORITY',
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** Where a signed POST to another system stands. */
export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** The platforms an integration connects to. */
export enum IntegrationPlatform {
  SLACK = 'SLACK',
  TEAMS = 'TEAMS',
  JIRA = 'JIRA',
  GITHUB = 'GITHUB',
  SERVICENOW = 'SERVICENOW',
  SALESFORCE = 'SALESFORCE',
  ZENDESK = 'ZENDESK',
  ZOOM = 'ZOOM',
}

/** Where an integration stands: sending, switched off, or its circuit breaker open after repeated failures. */
export enum IntegrationStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
  FAILING = 'FAILING',
}

/** What a file is, judged from its bytes. */
export enum AttachmentKind {
  DOCUMENT = 'DOCUMENT',
  IMAGE = 'IMAGE',
  AUDIO = 'AUDIO',
  VIDEO = 'VIDEO',
  OTHER = 'OTHER',
}

/** Where a file's processing stands. */
export enum AttachmentStatus {
  PENDING = 'PENDING',
  PROCESSING = 'PROCESSING',
  READY = 'READY',
  FAILED = 'FAILED',
}

/** How a file's text was obtained. */
export enum AttachmentTextSource {
  EXTRACTED = 'EXTRACTED',
  OCR = 'OCR',
  TRANSCRIPT = 'TRANSCRIPT',
}
