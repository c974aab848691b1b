/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time, written as an ISO-8601 date-time in UTC, e.g. `2026-11-22T09:30:00.000Z`. Inputs may use any offset. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** What the classifier concluded about a ticket. */
export type Classification = {
  __typename?: 'Classification';
  /** Suggested category. */
  category: TicketCategory;
  /** When the classification was made. */
  classifiedAt: Scalars['DateTime']['output'];
  /** Calibrated probability (0-1) that the category is right. */
  confidence: Scalars['Float']['output'];
  /** How many people or how much money it affects. */
  impact: Level;
  /** The words that weighed most. */
  keywords: Array<Scalars['String']['output']>;
  /** Name and version of the model that classified. */
  model: Scalars['String']['output'];
  /** Priority, from the urgency x impact matrix. */
  priority: TicketPriority;
  /** One sentence on which signals decided the result. */
  reasoning: Scalars['String']['output'];
  /** Tone of the customer's message. */
  sentiment: Sentiment;
  /** How time-critical the request is. */
  urgency: Level;
};

/** A message on a ticket: public (the customer sees it) or internal (agents only). */
export type Comment = Node & {
  __typename?: 'Comment';
  /** Who wrote it, when known. */
  author?: Maybe<Scalars['String']['output']>;
  /** The text. */
  content: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Visible to agents only. */
  isInternal: Scalars['Boolean']['output'];
  /** The ticket the comment is on. */
  ticket: Ticket;
};

/** A page of comments, oldest first. */
export type CommentConnection = {
  __typename?: 'CommentConnection';
  /** The items of this page, in order. */
  edges: Array<CommentEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Comment in a list, with its cursor. */
export type CommentEdge = {
  __typename?: 'CommentEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The Comment. */
  node: Comment;
};

/** A new ticket. */
export type CreateTicketInput = {
  /** Omit to let the classifier decide. */
  category?: InputMaybe<TicketCategory>;
  /** Who raises it. */
  customer: CustomerInput;
  /** The request in full, 10-2000 characters. */
  description: Scalars['String']['input'];
  /** Where it was submitted; source defaults to API. */
  metadata?: InputMaybe<TicketMetadataInput>;
  /** Omit to let the classifier decide. */
  priority?: InputMaybe<TicketPriority>;
  /** Defaults to NEW. */
  status?: InputMaybe<TicketStatus>;
  /** One-line summary, 1-200 characters. */
  subject: Scalars['String']['input'];
  /** Free-form labels. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The customer who raised a ticket. */
export type Customer = {
  __typename?: 'Customer';
  /** Email address. */
  email: Scalars['String']['output'];
  /** The customer's id in the client's own system. */
  id: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** The customer who raises a ticket. */
export type CustomerInput = {
  /** A valid email address. */
  email: Scalars['String']['input'];
  /** The customer's id in your own system; not empty. */
  id: Scalars['String']['input'];
  /** Display name; not empty. */
  name: Scalars['String']['input'];
};

/** The kind of device the customer used. */
export type DeviceType =
  /** A desktop or laptop computer. */
  | 'DESKTOP'
  /** A phone. */
  | 'MOBILE'
  /** A tablet. */
  | 'TABLET';

/** One field's change within a ticket event. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The field, e.g. `status` or `customer.email`. */
  field: Scalars['String']['output'];
  /** Value after the change; null when it was cleared. */
  newValue?: Maybe<Scalars['JSON']['output']>;
  /** Value before the change; null when it was unset. */
  oldValue?: Maybe<Scalars['JSON']['output']>;
};

/** A three-step scale, used for urgency and impact. */
export type Level =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM';

/** Everything that changes data. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a comment to a ticket: public, or internal for agents only. */
  addComment: Comment;
  /** Creates a ticket. Without category or priority, the classifier decides them. */
  createTicket: Ticket;
  /** Deletes a ticket with its comments and history; returns its id. */
  deleteTicket: Scalars['ID']['output'];
  /** Moves a ticket to a status; entering RESOLVED or CLOSED sets `resolvedAt`. */
  setTicketStatus: Ticket;
  /** Changes the given fields of a ticket and records each change in its history. */
  updateTicket: Ticket;
};


/** Everything that changes data. */
export type MutationAddCommentArgs = {
  content: Scalars['String']['input'];
  isInternal?: Scalars['Boolean']['input'];
  ticketId: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


/** Everything that changes data. */
export type MutationDeleteTicketArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationSetTicketStatusArgs = {
  id: Scalars['ID']['input'];
  status: TicketStatus;
};


/** Everything that changes data. */
export type MutationUpdateTicketArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
};

/** An object with a global id, which `node(id:)` fetches whatever its type. */
export type Node = {
  /** Opaque global id, unique across all types. */
  id: Scalars['ID']['output'];
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest or oldest first. */
  | 'ASC'
  /** Largest or newest first. */
  | 'DESC';

/** Where a page sits in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page; fetch them with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede this page (true when `after` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Everything that can be read. */
export type Query = {
  __typename?: 'Query';
  /** Any object by its global id. */
  node?: Maybe<Node>;
  /** A ticket by its global id or its key (e.g. `TICKET-000042`). */
  ticket?: Maybe<Ticket>;
  /** Tickets matching a filter, a page at a time; newest first by default. */
  tickets: TicketConnection;
};


/** Everything that can be read. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. */
export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. */
export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
};

/** The tone of the customer's message. */
export type Sentiment =
  /** Frustrated, angry or worried. */
  | 'NEGATIVE'
  /** Matter-of-fact. */
  | 'NEUTRAL'
  /** Friendly or pleased. */
  | 'POSITIVE';

/** Live events, over graphql-ws at the same /graphql address. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Pushes each change to tickets once it is committed: CREATED, UPDATED, STATUS_CHANGED, COMMENT_ADDED, CLASSIFIED, ASSIGNED, DELETED, SLA_BREACHED. */
  ticketEvents: TicketEvent;
};


/** Live events, over graphql-ws at the same /graphql address. */
export type SubscriptionTicketEventsArgs = {
  filter?: InputMaybe<TicketFilter>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};

/** A support request from a customer. */
export type Ticket = Node & {
  __typename?: 'Ticket';
  /** The agent or team working on it. */
  assignedTo?: Maybe<Scalars['String']['output']>;
  /** What the ticket is about. */
  category: TicketCategory;
  /** The classifier's result; null until classified. */
  classification?: Maybe<Classification>;
  /** Comments on the ticket, oldest first. */
  comments: CommentConnection;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who raised the ticket. */
  customer: Customer;
  /** The request in full, 10-2000 characters. */
  description: Scalars['String']['output'];
  /** Everything that happened to the ticket, oldest first. */
  history: TicketEventConnection;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Human-readable key, e.g. `TICKET-000042`; also accepted by `ticket(id:)`. */
  key: Scalars['String']['output'];
  /** A person set category or priority by hand; classification will not overwrite them. */
  manualOverride: Scalars['Boolean']['output'];
  /** Where and how it was submitted. */
  metadata: TicketMetadata;
  /** How soon it must be handled. */
  priority: TicketPriority;
  /** When it entered RESOLVED or CLOSED; null while open. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The SLA due date passed before the ticket was resolved. */
  slaBreached: Scalars['Boolean']['output'];
  /** When the SLA for its priority runs out. */
  slaDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is in its life cycle. */
  status: TicketStatus;
  /** One-line summary, 1-200 characters. */
  subject: Scalars['String']['output'];
  /** Free-form labels. */
  tags: Array<Scalars['String']['output']>;
  /** When it last changed, including new comments. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A support request from a customer. */
export type TicketCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A support request from a customer. */
export type TicketHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a ticket is about. */
export type TicketCategory =
  /** Logging in, passwords, two-factor, locked or lost accounts. */
  | 'ACCOUNT_ACCESS'
  /** Invoices, charges, refunds, plans and payment methods. */
  | 'BILLING_QUESTION'
  /** A defect in the product, with steps to reproduce. */
  | 'BUG_REPORT'
  /** A wish for something the product does not do yet. */
  | 'FEATURE_REQUEST'
  /** Anything else. */
  | 'OTHER'
  /** Something does not work as configured: errors, outages, integrations. */
  | 'TECHNICAL_ISSUE';

/** A page of tickets. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The items of this page, in order. */
  edges: Array<TicketEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Ticket in a list, with its cursor. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The Ticket. */
  node: Ticket;
};

/** Something that happened to a ticket: an entry of its history and what `ticketEvents` pushes. */
export type TicketEvent = Node & {
  __typename?: 'TicketEvent';
  /** Who caused it: a user, an integration token, or `system`. */
  actor?: Maybe<Scalars['String']['output']>;
  /** The fields that changed, with old and new values. */
  changes: Array<FieldChange>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The ticket as it is now; in `ticketEvents`, as it was right after the event (also for DELETED). */
  ticket?: Maybe<Ticket>;
  /** Global id of the ticket. */
  ticketId: Scalars['ID']['output'];
  /** What happened. */
  type: TicketEventType;
};

/** A page of ticket events, oldest first. */
export type TicketEventConnection = {
  __typename?: 'TicketEventConnection';
  /** The items of this page, in order. */
  edges: Array<TicketEventEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A TicketEvent in a list, with its cursor. */
export type TicketEventEdge = {
  __typename?: 'TicketEventEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The TicketEvent. */
  node: TicketEvent;
};

/** What happened to a ticket. */
export type TicketEventType =
  /** The assignee changed. */
  | 'ASSIGNED'
  /** The classifier set category, priority and the other classification fields. */
  | 'CLASSIFIED'
  /** A comment was added. */
  | 'COMMENT_ADDED'
  /** The ticket was created. */
  | 'CREATED'
  /** The ticket was deleted. */
  | 'DELETED'
  /** The SLA due date passed before the ticket was resolved. */
  | 'SLA_BREACHED'
  /** The status changed. */
  | 'STATUS_CHANGED'
  /** Fields other than status and assignee changed. */
  | 'UPDATED';

/** Conditions on tickets; every condition given must hold. */
export type TicketFilter = {
  /** Assigned to exactly this agent or team. */
  assignedTo?: InputMaybe<Scalars['String']['input']>;
  /** Any of these categories. */
  category?: InputMaybe<Array<TicketCategory>>;
  /** Created at or after this time. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before this time. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Raised by this customer email (case-insensitive). */
  customerEmail?: InputMaybe<Scalars['String']['input']>;
  /** Any of these priorities. */
  priority?: InputMaybe<Array<TicketPriority>>;
  /** Full-text search over subject and description, with English stemming; supports "quoted phrases", `or` and `-excluded` words. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<TicketStatus>>;
  /** Carrying all of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Where and how a ticket was submitted. */
export type TicketMetadata = {
  __typename?: 'TicketMetadata';
  /** Browser name and version, when known. */
  browser?: Maybe<Scalars['String']['output']>;
  /** Kind of device, when known. */
  deviceType?: Maybe<DeviceType>;
  /** Any other data the submitting system attached. */
  extra?: Maybe<Scalars['JSON']['output']>;
  /** The channel the ticket came in through. */
  source: TicketSource;
};

/** Where and how a ticket was submitted. */
export type TicketMetadataInput = {
  /** Browser name and version. */
  browser?: InputMaybe<Scalars['String']['input']>;
  /** Kind of device. */
  deviceType?: InputMaybe<DeviceType>;
  /** Any other data to keep with the ticket. */
  extra?: InputMaybe<Scalars['JSON']['input']>;
  /** The channel it came in through. */
  source: TicketSource;
};

/** How to sort a ticket list. */
export type TicketOrder = {
  /** The direction; newest or most urgent first by default. */
  direction?: OrderDirection;
  /** The sort key. */
  field: TicketOrderField;
};

/** What a ticket list is sorted by. Ties are broken by creation time, then id. */
export type TicketOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Priority; descending puts URGENT first. */
  | 'PRIORITY'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** How soon a ticket must be handled; it decides the SLA due date. */
export type TicketPriority =
  /** Handle today. */
  | 'HIGH'
  /** Handle when time allows. */
  | 'LOW'
  /** Handle within a day. */
  | 'MEDIUM'
  /** Handle now: outage, security or money at stake. */
  | 'URGENT';

/** The channel a ticket came in through. */
export type TicketSource =
  /** Another system, through this API. */
  | 'API'
  /** A chat conversation. */
  | 'CHAT'
  /** An email to the support address. */
  | 'EMAIL'
  /** A phone call, logged by an agent. */
  | 'PHONE'
  /** A form on a web site. */
  | 'WEB_FORM';

/** Where a ticket is in its life cycle. */
export type TicketStatus =
  /** Finished for good; `resolvedAt` is set. */
  | 'CLOSED'
  /** An agent is working on it. */
  | 'IN_PROGRESS'
  /** Not looked at yet. */
  | 'NEW'
  /** Solved; `resolvedAt` is set. */
  | 'RESOLVED'
  /** Waiting for the customer to answer; the SLA clock is paused. */
  | 'WAITING_CUSTOMER';

/** Changes to a ticket: only the fields given change. A category or priority set here marks the ticket as a manual override. */
export type UpdateTicketInput = {
  /** New assignee; an empty string unassigns. */
  assignedTo?: InputMaybe<Scalars['String']['input']>;
  /** New category (sets `manualOverride`). */
  category?: InputMaybe<TicketCategory>;
  /** New description, 10-2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the metadata. */
  metadata?: InputMaybe<TicketMetadataInput>;
  /** New priority (sets `manualOverride`). */
  priority?: InputMaybe<TicketPriority>;
  /** New status. */
  status?: InputMaybe<TicketStatus>;
  /** New summary, 1-200 characters. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Replaces all tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type TicketFieldsFragment = { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null } };

export type UpdateTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
}>;


export type UpdateTicketMutation = { __typename?: 'Mutation', updateTicket: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null } };

export type SetTicketStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: TicketStatus;
}>;


export type SetTicketStatusMutation = { __typename?: 'Mutation', setTicketStatus: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null } };

export type DeleteTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTicketMutation = { __typename?: 'Mutation', deleteTicket: string };

export type AddCommentMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string, content: string, isInternal: boolean, author?: string | null, createdAt: string, ticket: { __typename?: 'Ticket', id: string, updatedAt: string } } };

export type TicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null } | null };

export type TicketHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketHistoryQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, history: { __typename?: 'TicketEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEventEdge', node: { __typename?: 'TicketEvent', id: string, type: TicketEventType, ticketId: string, actor?: string | null, occurredAt: string, changes: Array<{ __typename?: 'FieldChange', field: string, oldValue?: unknown | null, newValue?: unknown | null }> } }> } } | null };

export type TicketCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketCommentsQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, comments: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', id: string, content: string, isInternal: boolean, author?: string | null } }> } } | null };

export type TicketsQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  orderBy?: InputMaybe<TicketOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEdge', cursor: string, node: { __typename?: 'Ticket', id: string, key: string, subject: string, status: TicketStatus, priority: TicketPriority, category: TicketCategory, tags: Array<string>, assignedTo?: string | null, createdAt: string, customer: { __typename?: 'Customer', email: string } } }> } };

export type TicketsWithChildrenQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TicketsWithChildrenQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', key: string, tags: Array<string>, comments: { __typename?: 'CommentConnection', totalCount: number, edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', content: string, isInternal: boolean } }> }, history: { __typename?: 'TicketEventConnection', edges: Array<{ __typename?: 'TicketEventEdge', node: { __typename?: 'TicketEvent', type: TicketEventType, changes: Array<{ __typename?: 'FieldChange', field: string }> } }> } } }> } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Comment', id: string }
    | { __typename: 'Ticket', key: string, id: string }
    | { __typename: 'TicketEvent', id: string }
   | null };

export type TicketEventsSubscriptionVariables = Exact<{
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<TicketFilter>;
}>;


export type TicketEventsSubscription = { __typename?: 'Subscription', ticketEvents: { __typename?: 'TicketEvent', type: TicketEventType, ticketId: string, actor?: string | null, changes: Array<{ __typename?: 'FieldChange', field: string, oldValue?: unknown | null, newValue?: unknown | null }>, ticket?: { __typename?: 'Ticket', key: string, status: TicketStatus, subject: string, comments: { __typename?: 'CommentConnection', totalCount: number } } | null } };

export const TicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<TicketFieldsFragment, unknown>;
export const CreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const UpdateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<UpdateTicketMutation, UpdateTicketMutationVariables>;
export const SetTicketStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<SetTicketStatusMutation, SetTicketStatusMutationVariables>;
export const DeleteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTicketMutation, DeleteTicketMutationVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isInternal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"isInternal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isInternal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const TicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ticket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const TicketHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketHistoryQuery, TicketHistoryQueryVariables>;
export const TicketCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketCommentsQuery, TicketCommentsQueryVariables>;
export const TicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketsQuery, TicketsQueryVariables>;
export const TicketsWithChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsWithChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketsWithChildrenQuery, TicketsWithChildrenQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const TicketEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketEventsSubscription, TicketEventsSubscriptionVariables>;