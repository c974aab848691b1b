import { registerEnumType } from 'type-graphql';
import {
  AttachmentKind, AttachmentStatus, AttachmentTextSource, DeliveryStatus, DeviceType, IntegrationPlatform, IntegrationStatus, JobStatus, Level, OrderDirection, Role, Sentiment, TicketCategory, TicketEventType, TicketOrderField, TicketPriority,
  TicketSource, TicketStatus,
} from '../../entities/enums';

registerEnumType(TicketCategory, {
  name: 'TicketCategory',
  description: 'What a ticket is about.',
  valuesConfig: {
    ACCOUNT_ACCESS: { description: 'Logging in, passwords, two-factor, locked or lost accounts.' },
    TECHNICAL_ISSUE: { description: 'Something does not work as configured: errors, outages, integrations.' },
    BILLING_QUESTION: { description: 'Invoices, charges, refunds, plans and payment methods.' },
    FEATURE_REQUEST: { description: 'A wish for something the product does not do yet.' },
    BUG_REPORT: { description: 'A defect in the product, with steps to reproduce.' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(TicketPriority, {
  name: 'TicketPriority',
  description: 'How soon a ticket must be handled; it decides the SLA due date.',
  valuesConfig: {
    URGENT: { description: 'Handle now: outage, security or money at stake.' },
    HIGH: { description: 'Handle today.' },
    MEDIUM: { description: 'Handle within a day.' },
    LOW: { description: 'Handle when time allows.' },
  },
});

registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'Where a ticket is in its life cycle.',
  valuesConfig: {
    NEW: { description: 'Not looked at yet.' },
    IN_PROGRESS: { description: 'An agent is working on it.' },
    WAITING_CUSTOMER: { description: 'Waiting for the customer to answer; the SLA clock is paused.' },
    RESOLVED: { description: 'Solved; `resolvedAt` is set.' },
    CLOSED: { description: 'Finished for good; `resolvedAt` is set.' },
  },
});

registerEnumType(TicketSource, {
  name: 'TicketSource',
  description: 'The channel a ticket came in through.',
  valuesConfig: {
    WEB_FORM: { description: 'A form on a web site.' },
    EMAIL: { description: 'An email to the support address.' },
    API: { description: 'Another system, through this API.' },
    CHAT: { description: 'A chat conversation.' },
    PHONE: { description: 'A phone call, logged by an agent.' },
  },
});

registerEnumType(DeviceType, {
  name: 'DeviceType',
  description: 'The kind of device the customer used.',
  valuesConfig: {
    DESKTOP: { description: 'A desktop or laptop computer.' },
    MOBILE: { description: 'A phone.' },
    TABLET: { description: 'A tablet.' },
  },
});

registerEnumType(TicketEventType, {
  name: 'TicketEventType',
  description: 'What happened to a ticket.',
  valuesConfig: {
    CREATED: { description: 'The ticket was created.' },
    UPDATED: { description: 'Fields other than status and assignee changed.' },
    STATUS_CHANGED: { description: 'The status changed.' },
    COMMENT_ADDED: { description: 'A comment was added.' },
    CLASSIFIED: { description: 'The classifier set category, priority and the other classification fields.' },
    ASSIGNED: { description: 'The assignee changed.' },
    DELETED: { description: 'The ticket was deleted.' },
    SLA_BREACHED: { description: 'The SLA due date passed before the ticket was resolved.' },
    ATTACHMENT_ADDED: { description: 'A file was attached.' },
    ATTACHMENT_PROCESSED: { description: 'A file\'s processing ended: its text was read (READY) or it could not be (FAILED).' },
  },
});

registerEnumType(AttachmentKind, {
  name: 'AttachmentKind',
  description: 'What a file is, judged from its bytes (not its name).',
  valuesConfig: {
    DOCUMENT: { description: 'Text, PDF, Word (DOCX), HTML, JSON, CSV or an e-mail.' },
    IMAGE: { description: 'A raster image (PNG, JPEG, GIF, WebP, TIFF, BMP).' },
    AUDIO: { description: 'A sound recording.' },
    VIDEO: { description: 'A video.' },
    OTHER: { description: 'Anything else (archives, unknown binaries).' },
  },
});

registerEnumType(AttachmentStatus, {
  name: 'AttachmentStatus',
  description: 'Where a file\'s processing stands.',
  valuesConfig: {
    PENDING: { description: 'Stored, waiting for processing.' },
    PROCESSING: { description: 'Its text is being read.' },
    READY: { description: 'Processed: `text` holds what could be read (null when nothing could).' },
    FAILED: { description: 'Processing failed; `error` says why.' },
  },
});

registerEnumType(AttachmentTextSource, {
  name: 'AttachmentTextSource',
  description: 'How a file\'s text was obtained.',
  valuesConfig: {
    EXTRACTED: { description: 'Read from the document itself.' },
    OCR: { description: 'Recognised in an image.' },
    TRANSCRIPT: { description: 'Transcribed from speech.' },
  },
});

registerEnumType(Level, {
  name: 'Level',
  description: 'A three-step scale, used for urgency and impact.',
  valuesConfig: { HIGH: { description: 'High.' }, MEDIUM: { description: 'Medium.' }, LOW: { description: 'Low.' } },
});

registerEnumType(Sentiment, {
  name: 'Sentiment',
  description: 'The tone of the customer\'s message.',
  valuesConfig: {
    POSITIVE: { description: 'Friendly or pleased.' },
    NEUTRAL: { description: 'Matter-of-fact.' },
    NEGATIVE: { description: 'Frustrated, angry or worried.' },
  },
});

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Smallest or oldest first.' }, DESC: { description: 'Largest or newest first.' } },
});

registerEnumType(TicketOrderField, {
  name: 'TicketOrderField',
  description: 'What a ticket list is sorted by. Ties are broken by creation time, then id.',
  valuesConfig: {
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: { description: 'Time of the last change.' },
    PRIORITY: { description: 'Priority; descending puts URGENT first.' },
  },
});

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    ADMIN: { description: 'Everything, including users, integration tokens and webhooks.' },
    AGENT: { description: 'All tickets and comments; no user, token or webhook management.' },
    CUSTOMER: { description: 'Their own tickets, conversations and logs; never internal comments.' },
  },
});

registerEnumType(JobStatus, {
  name: 'JobStatus',
  description: 'Where a classification job stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a worker.' },
    PROCESSING: { description: 'A worker is classifying its tickets; `processedTickets` grows.' },
    COMPLETED: { description: 'Every ticket was handled; `failedTickets` counts those the classifier could not.' },
    FAILED: { description: 'The job stopped for good; `errorMessage` says why. Tickets classified until then keep their classification.' },
    CANCELLED: { description: 'Stopped by `cancelClassificationJob`; tickets classified until then keep theirs. `retryClassificationJob` resumes it.' },
  },
});

/** The file formats `importTickets` reads. */
export enum ImportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
  XML = 'XML',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'A ticket file format.',
  valuesConfig: {
    CSV: { description: 'A header row, then one ticket per row (RFC 4180 quoting; `;` or `,` between tags; `summary` for `subject`).' },
    JSON: { description: 'An array of ticket objects.' },
    XML: { description: '`<tickets><ticket>...</ticket></tickets>`, one element per field; no DTDs.' },
  },
});

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: waiting for its first attempt or a retry.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Every attempt failed, or the webhook was disabled meanwhile; `redeliverWebhookDelivery` tries again.' },
  },
});

registerEnumType(IntegrationPlatform, {
  name: 'IntegrationPlatform',
  description: 'A platform an integration connects to.',
  valuesConfig: {
    SLACK: { description: 'Slack: Block Kit messages by bot token or incoming webhook; the `/ticket` slash command.' },
    TEAMS: { description: 'Microsoft Teams: Adaptive Cards to an incoming-webhook or Workflows URL.' },
    JIRA: { description: 'Jira Cloud (REST v3): issues, comments and transitions; inbound Jira webhooks.' },
    GITHUB: { description: 'GitHub or GitHub Enterprise: issues created, commented, closed and reopened; inbound webhooks.' },
    SERVICENOW: { description: 'ServiceNow Table API incidents.' },
    SALESFORCE: { description: 'Salesforce Cases through the REST sObjects API.' },
    ZENDESK: { description: 'Zendesk Tickets API.' },
    ZOOM: { description: 'Zoom meetings by Server-to-Server OAuth.' },
  },
});

registerEnumType(IntegrationStatus, {
  name: 'IntegrationStatus',
  description: 'Where an integration stands.',
  valuesConfig: {
    ACTIVE: { description: 'Events are sent.' },
    DISABLED: { description: 'Switched off by an admin: nothing is sent, pending deliveries fail.' },
    FAILING: { description: 'The circuit breaker is open after repeated failures: deliveries wait; a probe now and then tries one, and a success makes it ACTIVE again.' },
  },
});
