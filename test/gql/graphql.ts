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
  /** A calendar date without a time or time zone, written `YYYY-MM-DD`, e.g. `2026-12-25`. */
  Date: { input: any; output: any; }
  /** A point in time, written as an ISO-8601 date-time in UTC, e.g. `2026-11-22T09:30:00.000Z`. Inputs may use any offset. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `Upload` scalar type represents a file upload. */
  Upload: { input: any; output: any; }
};

/** The AI models the API uses. */
export type AiModelKind =
  /** The embedded ticket classifier (no network). */
  | 'EMBEDDED_CLASSIFIER'
  /** The OpenAI-compatible model of OPENAI_API_KEY, for classification, drafting and chat. */
  | 'LLM'
  /** Text recognition in attached images (Tesseract, in-process). */
  | 'OCR'
  /** The sentence vectors behind the knowledge base search and similar tickets. */
  | 'SENTENCE_VECTORS';

/** One AI model of the API instance that answers: whether it is loaded or reachable, and how its calls went (figures over this instance's last 200 calls since it started). */
export type AiModelStatus = {
  __typename?: 'AiModelStatus';
  /** Calls since the instance started. */
  calls: Scalars['Int']['output'];
  /** False only for the LLM without OPENAI_API_KEY. */
  configured: Scalars['Boolean']['output'];
  /** Of those, the ones that failed. */
  failures: Scalars['Int']['output'];
  /** Which model. */
  kind: AiModelKind;
  /** When the last call ended. */
  lastCallAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last failed call failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the last failed call ended. */
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  /** In-process models: in memory now (the sentence vectors load at their first use, OCR starts at the first image and stops when idle). Null for the LLM. */
  loaded?: Maybe<Scalars['Boolean']['output']>;
  /** Median duration of the last 200 calls, in milliseconds; null before the first call. */
  p50Ms?: Maybe<Scalars['Float']['output']>;
  /** 95th percentile duration of the last 200 calls, in milliseconds; null before the first call. */
  p95Ms?: Maybe<Scalars['Float']['output']>;
  /** Why the LLM's server did not answer just now, when it did not. */
  probeError?: Maybe<Scalars['String']['output']>;
  /** The LLM: its server answered a request for its model list just now. Null for in-process models and an LLM not configured. */
  reachable?: Maybe<Scalars['Boolean']['output']>;
  /** Its name and version; null for an LLM that is not configured. */
  version?: Maybe<Scalars['String']['output']>;
};

/** A file on a ticket or on one of its comments, with the text read from it. */
export type Attachment = Node & {
  __typename?: 'Attachment';
  /** The comment the file belongs to, if any. */
  comment?: Maybe<Comment>;
  /** The media type, sniffed from the bytes (not taken from the name or the client). */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** A short-lived signed URL (path on this API) that downloads the file without a credential, until `ATTACHMENT_URL_TTL_SECONDS` pass. */
  downloadUrl: Scalars['String']['output'];
  /** Length of a recording, in seconds, when known. */
  durationSeconds?: Maybe<Scalars['Float']['output']>;
  /** Why processing failed (FAILED), naming the limit or the problem. */
  error?: Maybe<Scalars['String']['output']>;
  /** The name the file was uploaded with (never used as a path). */
  fileName: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** For agents only: attached as internal, or to an internal comment. */
  isInternal: Scalars['Boolean']['output'];
  /** What the file is, from its bytes. */
  kind: AttachmentKind;
  /** A remark on a READY file, e.g. that a speech model is needed for a transcript. */
  note?: Maybe<Scalars['String']['output']>;
  /** Pages of a PDF. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** SHA-256 of the bytes, hex. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Where its processing stands. */
  status: AttachmentStatus;
  /** Extracted text, OCR result or transcript; null while there is none. */
  text?: Maybe<Scalars['String']['output']>;
  /** How `text` was obtained. */
  textSource?: Maybe<AttachmentTextSource>;
  /** The ticket the file is on. */
  ticket: Ticket;
  /** Who uploaded it, when known. */
  uploadedBy?: Maybe<Scalars['String']['output']>;
};

/** What a file's text says. */
export type AttachmentAnalysis = {
  __typename?: 'AttachmentAnalysis';
  /** The file. */
  attachment: Attachment;
  /** The classifier's reading of the text, as if it were a ticket (the file name as its subject). */
  classification: Classification;
  /** The words that matter most in it, most important first: the model's, else the most frequent informative words. */
  keywords: Array<Scalars['String']['output']>;
  /** A short summary of its text: by the configured model (OPENAI_API_KEY), else its most informative sentences (an extractive summary). */
  summary: Scalars['String']['output'];
  /** Who wrote the summary and keywords: `openai:<model>`, or `extractive@1` offline and when the model failed. */
  summaryModel: Scalars['String']['output'];
};

/** A page of attachments, oldest first. */
export type AttachmentConnection = {
  __typename?: 'AttachmentConnection';
  /** The items of this page, in order. */
  edges: Array<AttachmentEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Attachment in a list, with its cursor. */
export type AttachmentEdge = {
  __typename?: 'AttachmentEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The Attachment. */
  node: Attachment;
};

/** What a file is, judged from its bytes (not its name). */
export type AttachmentKind =
  /** A sound recording. */
  | 'AUDIO'
  /** Text, PDF, Word (DOCX), HTML, JSON, CSV or an e-mail. */
  | 'DOCUMENT'
  /** A raster image (PNG, JPEG, GIF, WebP, TIFF, BMP). */
  | 'IMAGE'
  /** Anything else (archives, unknown binaries). */
  | 'OTHER'
  /** A video. */
  | 'VIDEO';

/** Where a file's processing stands. */
export type AttachmentStatus =
  /** Processing failed; `error` says why. */
  | 'FAILED'
  /** Stored, waiting for processing. */
  | 'PENDING'
  /** Its text is being read. */
  | 'PROCESSING'
  /** Processed: `text` holds what could be read (null when nothing could). */
  | 'READY';

/** How a file's text was obtained. */
export type AttachmentTextSource =
  /** Read from the document itself. */
  | 'EXTRACTED'
  /** Recognised in an image. */
  | 'OCR'
  /** Transcribed from speech. */
  | 'TRANSCRIPT';

/** A signed-in session. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <accessToken>`; short-lived. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Exchange once for a new pair with `refreshSession`; keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** Who signed in. */
  user: User;
};

/** How many logs have one value of a field. */
export type BreakdownItem = {
  __typename?: 'BreakdownItem';
  /** How many logs have it. */
  count: Scalars['Int']['output'];
  /** The value (`uncategorized` for logs without a category). */
  key: Scalars['String']['output'];
};

/** When a support team works. SLA policies that use it count only these hours. */
export type BusinessCalendar = Node & {
  __typename?: 'BusinessCalendar';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Local dates on which nobody works, in order. */
  holidays: Array<Scalars['Date']['output']>;
  /** The working periods of the week, Monday first. */
  hours: Array<WorkingHours>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its IANA time zone. */
  timeZone: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A business calendar, written whole. */
export type BusinessCalendarInput = {
  /** Local dates on which nobody works (at most 1000). */
  holidays?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** The working periods of the week (1-50; several per day allowed, not overlapping). */
  hours: Array<WorkingHoursInput>;
  /** A name, unique among calendars (1-100 characters). */
  name: Scalars['String']['input'];
  /** An IANA time zone, e.g. `Europe/Berlin`: hours and holidays are local to it, daylight saving included. */
  timeZone: Scalars['String']['input'];
};

/** How well the model does on one category. */
export type CategoryMetrics = {
  __typename?: 'CategoryMetrics';
  /** The category. */
  category: TicketCategory;
  /** Harmonic mean of precision and recall. */
  f1: Scalars['Float']['output'];
  /** Of the tickets it put in this category, the share that belonged there. */
  precision: Scalars['Float']['output'];
  /** Of the tickets of this category, the share it found. */
  recall: Scalars['Float']['output'];
  /** Tickets of this category in the evaluation. */
  support: Scalars['Int']['output'];
};

/** The assistant's answer to a message. */
export type ChatReply = {
  __typename?: 'ChatReply';
  /** Every source the answer is based on, best first: FAQ entries (as in `sources`) and passages of files on the conversation's ticket, or on your own tickets, that you may see; empty when nothing matched. */
  citations: Array<MessageSource>;
  /** The conversation, new or continued. */
  conversation: Conversation;
  /** The configured model failed, so the FAQ search answered instead (the answer says so). */
  fallback: Scalars['Boolean']['output'];
  /** The stored answer. */
  message: Message;
  /** Which assistant answered: `embedded-retrieval@1` (FAQ search) or `openai:<model>`. */
  model: Scalars['String']['output'];
  /** The answer's text (as `message.content`). */
  response: Scalars['String']['output'];
  /** Milliseconds to answer (as `message.responseTimeMs`). */
  responseTimeMs: Scalars['Int']['output'];
  /** The FAQ entries the answer is based on, best first; empty when nothing matched. */
  sources: Array<Faq>;
  /** Tokens the answer cost (as `message.tokensUsed`). */
  tokensUsed: Scalars['Int']['output'];
};

/** A piece of an assistant answer as it is written. The deltas of one message add up to its content; the last chunk has `done` and the whole `content`. */
export type ChatReplyChunk = {
  __typename?: 'ChatReplyChunk';
  /** The complete answer, on the final chunk only (for a subscriber that joined late). */
  content?: Maybe<Scalars['String']['output']>;
  /** Global id of the conversation. */
  conversationId: Scalars['ID']['output'];
  /** Text to append; may be empty on the final chunk. */
  delta: Scalars['String']['output'];
  /** The answer is complete and stored. */
  done: Scalars['Boolean']['output'];
  /** Global id of the assistant message being written. */
  messageId: Scalars['ID']['output'];
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
  /** Name and version of the model that classified, e.g. `embedded-linear@2.37cd4c3df135` or `openai:gpt-4o-mini`. */
  model: Scalars['String']['output'];
  /** Priority, from the urgency x impact matrix. */
  priority: TicketPriority;
  /** One sentence on which signals decided the result. */
  reasoning: Scalars['String']['output'];
  /** Tone of the customer's message. */
  sentiment: Sentiment;
  /** Tokens the model used (prompt and answer); 0 for the embedded model. */
  tokensUsed: Scalars['Int']['output'];
  /** How time-critical the request is. */
  urgency: Level;
};

/** Tickets being classified in the background: those of a signed CSV upload, or of an import. Readable by its id (a signed upload's session id), watchable with `classificationJobUpdated`. */
export type ClassificationJob = Node & {
  __typename?: 'ClassificationJob';
  /** Where the final state is POSTed, signed, when the job ends. */
  callbackUrl?: Maybe<Scalars['String']['output']>;
  /** When the job finished (COMPLETED or FAILED). */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the file was accepted. */
  createdAt: Scalars['DateTime']['output'];
  /** Why the job FAILED. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  /** Tickets the classifier could not classify; they keep their fields and stay unclassified. */
  failedTickets: Scalars['Int']['output'];
  /** The name of the uploaded file. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; for a signed upload, the session id of its file. */
  id: Scalars['ID']['output'];
  /** Tickets classified so far. */
  processedTickets: Scalars['Int']['output'];
  /** Milliseconds from start to finish. */
  processingTimeMs?: Maybe<Scalars['Int']['output']>;
  /** Rows of the file that were not imported (the first 1000), with their errors. */
  rowErrors: Array<ImportRowError>;
  /** When a worker first took the job. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job stands. */
  status: JobStatus;
  /** The job's tickets, in the order of the file. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  tickets: TicketConnection;
  /** Tickets the job classifies. */
  totalTickets: Scalars['Int']['output'];
  /** When the job last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** Tickets being classified in the background: those of a signed CSV upload, or of an import. Readable by its id (a signed upload's session id), watchable with `classificationJobUpdated`. */
export type ClassificationJobTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of classification jobs, newest first. */
export type ClassificationJobConnection = {
  __typename?: 'ClassificationJobConnection';
  /** The items of this page, in order. */
  edges: Array<ClassificationJobEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ClassificationJob in a list, with its cursor. */
export type ClassificationJobEdge = {
  __typename?: 'ClassificationJobEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The ClassificationJob. */
  node: ClassificationJob;
};

/** Conditions on classification jobs; every condition given must hold. */
export type ClassificationJobFilter = {
  /** Created at or after this time. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<JobStatus>>;
};

/** How the training run measured itself on examples it did not train on. */
export type ClassifierEvaluation = {
  __typename?: 'ClassifierEvaluation';
  /** Share of categories right. */
  accuracy: Scalars['Float']['output'];
  /** Expected calibration error: the mean gap between confidence and accuracy (0 is perfect). */
  calibrationError: Scalars['Float']['output'];
  /** Share of impact judgements that agree with the corpus labels. */
  impactAccuracy?: Maybe<Scalars['Float']['output']>;
  /** Mean F1 over the categories. */
  macroF1: Scalars['Float']['output'];
  /** How the examples were held out. */
  method: Scalars['String']['output'];
  /** Figures per category. */
  perCategory: Array<CategoryMetrics>;
  /** The reliability table. */
  reliability: Array<ReliabilityBin>;
  /** Share of sentiment judgements that agree with the corpus labels. */
  sentimentAccuracy?: Maybe<Scalars['Float']['output']>;
  /** Share of urgency judgements that agree with the corpus labels. */
  urgencyAccuracy?: Maybe<Scalars['Float']['output']>;
};

/** The classifier in use. */
export type ClassifierInfo = {
  __typename?: 'ClassifierInfo';
  /** Agents' corrections among its training examples. */
  corrections: Scalars['Int']['output'];
  /** Corrections stored so far; retraining learns from all of them. */
  correctionsAvailable: Scalars['Int']['output'];
  /** Figures of its training run, on held-out examples. */
  evaluation?: Maybe<ClassifierEvaluation>;
  /** The LLM that classifies first, when one is configured (`OPENAI_*`). */
  llmModel?: Maybe<Scalars['String']['output']>;
  /** Name and version of the active embedded model, as classifications report it. */
  model: Scalars['String']['output'];
  /** Shipped or retrained. */
  source: ClassifierSource;
  /** When it was trained. */
  trainedAt: Scalars['DateTime']['output'];
  /** Examples it was trained on. */
  trainingSize: Scalars['Int']['output'];
  /** Version of the active embedded model. */
  version: Scalars['String']['output'];
};

/** Where the active embedded model came from. */
export type ClassifierSource =
  /** Retrained inside the API from the corpus and agents' corrections (`retrainClassifier`). */
  | 'RETRAINED'
  /** The model file shipped with the API (`npm run train`). */
  | 'SHIPPED';

/** A ticket and the classification just made for it. */
export type ClassifyTicketPayload = {
  __typename?: 'ClassifyTicketPayload';
  /** What the classifier concluded. */
  classification: Classification;
  /** The ticket as it is now; category and priority changed unless set by hand. */
  ticket: Ticket;
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

/** A new integration. */
export type ConnectIntegrationInput = {
  /** The event types to send; all when omitted or empty. */
  events?: InputMaybe<Array<TicketEventType>>;
  /** Only events of tickets that match; all when omitted. */
  filter?: InputMaybe<IntegrationFilterInput>;
  /** Also send internal comments; false by default (customer-visible channels never see them). */
  includeInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** A name, unique among integrations (1-100 characters). */
  name: Scalars['String']['input'];
  /** The platform; see `integrationPlatforms` for its settings. */
  platform: IntegrationPlatform;
  /** The platform's settings, a JSON object of strings; secret ones are encrypted and never shown again. */
  settings: Scalars['JSON']['input'];
};

/** A chat between a user and the AI assistant. Users see their own; agents and admins see all. */
export type Conversation = Node & {
  __typename?: 'Conversation';
  /** When it started. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Open for new messages; false once `closeConversation` ended it. */
  isActive: Scalars['Boolean']['output'];
  /** The messages, oldest first. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  messages: MessageConnection;
  /** The ticket opened from this conversation, if any. */
  ticket?: Maybe<Ticket>;
  /** The start of the first message (`New conversation` until there is one). */
  title: Scalars['String']['output'];
  /** When the last message was written; conversations are listed by it. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whose conversation it is. */
  user: User;
};


/** A chat between a user and the AI assistant. Users see their own; agents and admins see all. */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of conversations, most recently active first. */
export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  /** The items of this page, in order. */
  edges: Array<ConversationEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Conversation in a list, with its cursor. */
export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The Conversation. */
  node: Conversation;
};

/** A new customer log, for the signed-in user. */
export type CreateCustomerLogInput = {
  /** Free-form topic, at most 100 characters. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The details, 1-5000 characters. */
  description: Scalars['String']['input'];
  /** What kind of contact it records. */
  logType: LogType;
  /** MEDIUM when omitted. */
  priority?: InputMaybe<TicketPriority>;
  /** One-line summary, 1-200 characters. */
  title: Scalars['String']['input'];
};

/** A new integration token. */
export type CreateIntegrationTokenInput = {
  /** When it stops working; never by default. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Requests per clock hour; INTEGRATION_TOKEN_HOURLY_LIMIT (1000 unless configured) by default. */
  hourlyLimit?: InputMaybe<Scalars['Int']['input']>;
  /** What the token is for, 1-100 characters. */
  name: Scalars['String']['input'];
};

/** A new routing rule: a name, its agents and its conditions (none: every classified ticket). */
export type CreateRoutingRuleInput = {
  /** Switch the rule off (false) or on (true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global ids of the agents (active agents or admins, 1 to 50): one takes every ticket, more take turns. */
  agentIds: Array<Scalars['ID']['input']>;
  /** Categories to match; empty for any. */
  categories?: InputMaybe<Array<TicketCategory>>;
  /** What the rule is for (1-200 characters). */
  name: Scalars['String']['input'];
  /** A PostgreSQL regular expression the subject or description matches, any case (up to 200 characters, no back references); empty to remove it. */
  pattern?: InputMaybe<Scalars['String']['input']>;
  /** Where the rule goes, from 1 to the number of rules plus one; last by default. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Priorities to match; empty for any. */
  priorities?: InputMaybe<Array<TicketPriority>>;
  /** Sources to match; empty for any. */
  sources?: InputMaybe<Array<TicketSource>>;
  /** Tags, at least one of which the ticket has (up to 50, each up to 100 characters); empty for any. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Words or phrases, at least one of which the subject or description holds, any case (up to 50, each up to 100 characters); empty for any. */
  words?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new ticket. */
export type CreateTicketInput = {
  /** Omit to let the classifier decide. */
  category?: InputMaybe<TicketCategory>;
  /** The category as free text, instead of `category`: text naming a category (any case, e.g. "billing question") sets it; any other text is kept as a tag and the classifier picks the category. */
  categoryText?: InputMaybe<Scalars['String']['input']>;
  /** Who raises it: required of agents and admins; a customer's own account stands in for it; an integration token that names none is the requester itself. */
  customer?: InputMaybe<CustomerInput>;
  /** The request in full, 10-2000 characters; integration tokens may leave it out (or send 1-2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
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

/** A new webhook. */
export type CreateWebhookInput = {
  /** What it is for (up to 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types to send; all when omitted or empty. */
  events?: InputMaybe<Array<TicketEventType>>;
  /** Also send COMMENT_ADDED for internal comments; false by default. */
  includeInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** http(s) URL; private and loopback addresses only where ALLOW_PRIVATE_CALLBACKS is on. */
  url: Scalars['String']['input'];
};

/** A new integration token, with the secret shown this once. */
export type CreatedIntegrationToken = {
  __typename?: 'CreatedIntegrationToken';
  /** The token's settings. */
  integrationToken: IntegrationToken;
  /** The bearer token, `stk_...`. Store it now: it cannot be shown again. */
  token: Scalars['String']['output'];
};

/** A new webhook, with its signing secret shown this once. */
export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** The signing secret, `whsec_...`: each delivery's `X-Webhook-Signature` is `t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with it. Store it now: it cannot be shown again. */
  secret: Scalars['String']['output'];
  /** The webhook. */
  webhook: Webhook;
};

/** The customer who raised a ticket (a value of the ticket: it has no identity of its own). */
export type Customer = {
  __typename?: 'Customer';
  /** The customer's id in the client's own system (`CustomerInput.id`). */
  customerId: Scalars['String']['output'];
  /** Email address. */
  email: Scalars['String']['output'];
  /**
   * The same as `customerId`.
   * @deprecated Use `customerId`: a normalised cache (Apollo, urql Graphcache) takes `id` for identity and merges the customers of two tickets that share it.
   */
  id: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** New contact details of a ticket's customer; the customer id stays. */
export type CustomerChangeInput = {
  /** A valid email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Display name; not empty. */
  name?: InputMaybe<Scalars['String']['input']>;
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

/** Something a customer reported, asked or said. Users see and change their own; agents and admins all. */
export type CustomerLog = Node & {
  __typename?: 'CustomerLog';
  /** Free-form topic, e.g. `billing`. */
  category?: Maybe<Scalars['String']['output']>;
  /** When it was logged. */
  createdAt: Scalars['DateTime']['output'];
  /** The details, 1-5000 characters. */
  description: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What kind of contact it records. */
  logType: LogType;
  /** How soon it needs attention. */
  priority: TicketPriority;
  /** When it entered RESOLVED or CLOSED; null while open. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is in its life cycle. */
  status: LogStatus;
  /** One-line summary, 1-200 characters. */
  title: Scalars['String']['output'];
  /** When it last changed; null until the first change. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whose log it is. */
  user: User;
};

/** A page of customer logs, newest first. */
export type CustomerLogConnection = {
  __typename?: 'CustomerLogConnection';
  /** The items of this page, in order. */
  edges: Array<CustomerLogEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A CustomerLog in a list, with its cursor. */
export type CustomerLogEdge = {
  __typename?: 'CustomerLogEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The CustomerLog. */
  node: CustomerLog;
};

/** Conditions on customer logs; every condition given must hold. */
export type CustomerLogFilter = {
  /** This category (case-insensitive). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Logged in the last this many hours (1-8760); 24 when omitted. */
  hours?: InputMaybe<Scalars['Int']['input']>;
  /** This kind. */
  logType?: InputMaybe<LogType>;
  /** This priority. */
  priority?: InputMaybe<TicketPriority>;
  /** This status. */
  status?: InputMaybe<LogStatus>;
};

/** Totals of the customer logs of a time window (the caller's own, or all for staff). */
export type CustomerLogSummary = {
  __typename?: 'CustomerLogSummary';
  /** Per category present, most logs first. */
  categoryBreakdown: Array<BreakdownItem>;
  /** Per priority, URGENT to LOW (zeros included). */
  priorityBreakdown: Array<BreakdownItem>;
  /** Per status, every status in life-cycle order (zeros included). */
  statusBreakdown: Array<BreakdownItem>;
  /** The window: the last this many hours. */
  timeframeHours: Scalars['Int']['output'];
  /** Logs in the window. */
  totalLogs: Scalars['Int']['output'];
};

/** Where a webhook delivery stands. */
export type DeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed, or the webhook was disabled meanwhile; `redeliverWebhookDelivery` tries again. */
  | 'FAILED'
  /** Not delivered yet: waiting for its first attempt or a retry. */
  | 'PENDING';

/** The kind of device the customer used. */
export type DeviceType =
  /** A desktop or laptop computer. */
  | 'DESKTOP'
  /** A phone. */
  | 'MOBILE'
  /** A tablet. */
  | 'TABLET';

/** What a ticket is on another platform: the Jira issue, the GitHub issue, the Slack thread. */
export type ExternalLink = {
  __typename?: 'ExternalLink';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Its name there: `SUP-12`, `owner/repo#7`, `<channel>:<thread ts>`. */
  key: Scalars['String']['output'];
  /** The platform. */
  platform: IntegrationPlatform;
  /** Where to open it; null when the platform gives no address. */
  url?: Maybe<Scalars['String']['output']>;
};

/** An entry of the FAQ knowledge base, which the assistant answers from. Every signed-in caller reads it. */
export type Faq = Node & {
  __typename?: 'Faq';
  /** The answer (10-10000 characters). */
  answer: Scalars['String']['output'];
  /** Free-form topic, e.g. `billing`; `faqs(category:)` matches it case-insensitively. */
  category: Scalars['String']['output'];
  /** When the entry was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The question, as customers would ask it (5-500 characters, unique). */
  question: Scalars['String']['output'];
  /** When the entry last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** How often the entry was read with `faq(id:)`. */
  viewCount: Scalars['Int']['output'];
};

/** An FAQ entry, written whole. */
export type FaqInput = {
  /** The answer, 10-10000 characters. */
  answer: Scalars['String']['input'];
  /** Topic, 1-100 characters, e.g. `billing`. */
  category: Scalars['String']['input'];
  /** The question, 5-500 characters; no other entry may have it (case-insensitive). */
  question: Scalars['String']['input'];
};

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

/** A ticket file format. */
export type ImportFormat =
  /** A header row, then one ticket per row (RFC 4180 quoting; `;` or `,` between tags; `summary` for `subject`). */
  | 'CSV'
  /** An array of ticket objects. */
  | 'JSON'
  /** `<tickets><ticket>...</ticket></tickets>`, one element per field; no DTDs. */
  | 'XML';

/** One import of a ticket file (`importTickets` or a signed CSV upload), kept with every row it refused. */
export type ImportRecord = Node & {
  __typename?: 'ImportRecord';
  /** When it was imported. */
  createdAt: Scalars['DateTime']['output'];
  /** Every refused row, in file order, each with all of its errors. */
  errors: ImportRowErrorConnection;
  /** Rows refused; every one is kept in `errors`. */
  failed: Scalars['Int']['output'];
  /** Downloads the refused rows as CSV, without a credential until the link expires (ATTACHMENT_URL_TTL_SECONDS): the import's own columns and an `errors` column. Fix the rows and import the file again. Null when no row was refused. */
  failedRowsUrl?: Maybe<Scalars['String']['output']>;
  /** The file's name, as uploaded. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** The format the file was read as. */
  format: ImportFormat;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Who imported it: a user, an integration token; null for an anonymous signed upload. */
  importedBy?: Maybe<Scalars['String']['output']>;
  /** The job classifying the imported tickets, if there is one. */
  job?: Maybe<ClassificationJob>;
  /** Rows stored as tickets. */
  successful: Scalars['Int']['output'];
  /** Rows in the file. */
  total: Scalars['Int']['output'];
};


/** One import of a ticket file (`importTickets` or a signed CSV upload), kept with every row it refused. */
export type ImportRecordErrorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of imports, newest first. */
export type ImportRecordConnection = {
  __typename?: 'ImportRecordConnection';
  /** The items of this page, in order. */
  edges: Array<ImportRecordEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ImportRecord in a list, with its cursor. */
export type ImportRecordEdge = {
  __typename?: 'ImportRecordEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The ImportRecord. */
  node: ImportRecord;
};

/** What an import stored and what it refused. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** The refused rows (the first 1000; `importRecord.errors` has all), each with all of its errors. */
  errors: Array<ImportRowError>;
  /** Rows refused. */
  failed: Scalars['Int']['output'];
  /** The kept record of this import: every refused row, and its failed rows as a CSV to fix. */
  importRecord: ImportRecord;
  /** The job classifying the imported tickets: with `classify: true`, or when rows left category or priority open. */
  job?: Maybe<ClassificationJob>;
  /** Rows stored as tickets. */
  successful: Scalars['Int']['output'];
  /** Rows in the file. */
  total: Scalars['Int']['output'];
};

/** A row of a file that was not imported, with everything wrong with it. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Every problem of the row, each naming its field. */
  errors: Array<Scalars['String']['output']>;
  /** The row, counting tickets from 1 (the CSV header and comment lines are not rows). */
  row: Scalars['Int']['output'];
};

/** A page of an import's refused rows, in file order. */
export type ImportRowErrorConnection = {
  __typename?: 'ImportRowErrorConnection';
  /** The items of this page, in order. */
  edges: Array<ImportRowErrorEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ImportRowError in a list, with its cursor. */
export type ImportRowErrorEdge = {
  __typename?: 'ImportRowErrorEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The ImportRowError. */
  node: ImportRowError;
};

/** A connection to another platform that gets ticket events through the delivery engine (ADMIN only). Secret settings are write-only. */
export type Integration = Node & {
  __typename?: 'Integration';
  /** Failed calls in a row; the breaker opens at INTEGRATION_BREAKER_THRESHOLD. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was connected. */
  createdAt: Scalars['DateTime']['output'];
  /** Its calls to the platform, newest first: one per ticket event, with attempts and the last answer. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  deliveries: WebhookDeliveryConnection;
  /** The event types it gets; empty for all. */
  events: Array<TicketEventType>;
  /** The tickets whose events it gets; null for all. */
  filter?: Maybe<TicketFilterValue>;
  /** Opaque global id; platforms call `POST /integrations/<id>/inbound` with it. */
  id: Scalars['ID']['output'];
  /** The path platforms send their calls to (slash commands, webhooks), on this API's address. */
  inboundPath: Scalars['String']['output'];
  /** Also gets COMMENT_ADDED for internal comments. */
  includeInternal: Scalars['Boolean']['output'];
  /** When a call to the platform last went through. */
  lastDeliveryAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the last failed call said; cleared by the next success. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Its name, unique; changes it makes through inbound calls are recorded as `<who> via <name>`. */
  name: Scalars['String']['output'];
  /** The platform. */
  platform: IntegrationPlatform;
  /** The settings it was given, defaults filled in; secret ones read `********`. */
  settings: Scalars['JSON']['output'];
  /** ACTIVE, DISABLED, or FAILING while its circuit breaker is open. */
  status: IntegrationStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A connection to another platform that gets ticket events through the delivery engine (ADMIN only). Secret settings are write-only. */
export type IntegrationDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Which tickets an integration hears about (statuses as the ticket is after the event); every condition given must hold. */
export type IntegrationFilterInput = {
  /** Assigned to exactly this agent or team. */
  assignedTo?: InputMaybe<Scalars['String']['input']>;
  /** Any of these categories. */
  category?: InputMaybe<Array<TicketCategory>>;
  /** Raised by this customer email (case-insensitive). */
  customerEmail?: InputMaybe<Scalars['String']['input']>;
  /** Any of these priorities. */
  priority?: InputMaybe<Array<TicketPriority>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<TicketStatus>>;
  /** Carrying all of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A platform an integration connects to. */
export type IntegrationPlatform =
  /** GitHub or GitHub Enterprise: issues created, commented, closed and reopened; inbound webhooks. */
  | 'GITHUB'
  /** Jira Cloud (REST v3): issues, comments and transitions; inbound Jira webhooks. */
  | 'JIRA'
  /** Salesforce Cases through the REST sObjects API. */
  | 'SALESFORCE'
  /** ServiceNow Table API incidents. */
  | 'SERVICENOW'
  /** Slack: Block Kit messages by bot token or incoming webhook; the `/ticket` slash command. */
  | 'SLACK'
  /** Microsoft Teams: Adaptive Cards to an incoming-webhook or Workflows URL. */
  | 'TEAMS'
  /** Zendesk Tickets API. */
  | 'ZENDESK'
  /** Zoom meetings by Server-to-Server OAuth. */
  | 'ZOOM';

/** A platform integrations can connect to: its settings and what it does. */
export type IntegrationPlatformInfo = {
  __typename?: 'IntegrationPlatformInfo';
  /** False while this server has no adapter for it: connecting it is refused. */
  available: Scalars['Boolean']['output'];
  /** What an integration with it does. */
  description: Scalars['String']['output'];
  /** The calls it takes at `POST /integrations/<id>/inbound`; empty when none. */
  inbound: Array<Scalars['String']['output']>;
  /** The platform API calls ticket events become. */
  outbound: Array<Scalars['String']['output']>;
  /** The platform. */
  platform: IntegrationPlatform;
  /** The settings it takes. */
  settings: Array<IntegrationSettingInfo>;
};

/** One setting a platform takes. */
export type IntegrationSettingInfo = {
  __typename?: 'IntegrationSettingInfo';
  /** The value when it is not given. */
  defaultValue?: Maybe<Scalars['String']['output']>;
  /** What it is. */
  description: Scalars['String']['output'];
  /** Its name in `settings`. */
  name: Scalars['String']['output'];
  /** Required in every configuration (some platforms take one of two sets; see `description`). */
  required: Scalars['Boolean']['output'];
  /** Secret: encrypted at rest and never shown again. */
  secret: Scalars['Boolean']['output'];
};

/** Where an integration stands. */
export type IntegrationStatus =
  /** Events are sent. */
  | 'ACTIVE'
  /** Switched off by an admin: nothing is sent, pending deliveries fail. */
  | 'DISABLED'
  /** The circuit breaker is open after repeated failures: deliveries wait; a probe now and then tries one, and a success makes it ACTIVE again. */
  | 'FAILING';

/** How one real call to the platform went. */
export type IntegrationTestResult = {
  __typename?: 'IntegrationTestResult';
  /** What it said, or why the call failed. */
  message: Scalars['String']['output'];
  /** The platform took the call. */
  ok: Scalars['Boolean']['output'];
  /** HTTP status of its answer; null when none came. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** A bearer token (`stk_...`) for another system. The token itself is shown only when created. */
export type IntegrationToken = Node & {
  __typename?: 'IntegrationToken';
  /** When it was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** False while disabled (it can be enabled again). */
  enabled: Scalars['Boolean']['output'];
  /** When the token stops working; null for never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Requests allowed per clock hour. */
  hourlyLimit: Scalars['Int']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Last request made with it (recorded within seconds). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for. */
  name: Scalars['String']['output'];
  /** Requests made with it so far (recorded within seconds). */
  requestCount: Scalars['Int']['output'];
  /** When it was revoked, for good. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first characters of the token, to tell tokens apart. */
  tokenPrefix: Scalars['String']['output'];
  /** Requests per clock hour over the last `hours` hours (the current one included), oldest first; hours without requests count 0. */
  usage: Array<TokenUsage>;
};


/** A bearer token (`stk_...`) for another system. The token itself is shown only when created. */
export type IntegrationTokenUsageArgs = {
  hours?: InputMaybe<Scalars['Int']['input']>;
};

/** What one job queue holds now and what it finished in the last hour. */
export type JobQueueStats = {
  __typename?: 'JobQueueStats';
  /** Jobs a worker is running. */
  active: Scalars['Int']['output'];
  /** Jobs completed in the last hour. */
  completedLastHour: Scalars['Int']['output'];
  /** Jobs that failed for good (retries used up) in the last hour. */
  failedLastHour: Scalars['Int']['output'];
  /** Seconds the job running the longest has run; null when none runs. */
  oldestActiveSeconds?: Maybe<Scalars['Float']['output']>;
  /** Seconds the job ready the longest has waited for a worker; null when none is waiting. */
  oldestWaitingSeconds?: Maybe<Scalars['Float']['output']>;
  /** The queue: `classification-jobs`, `deliveries` (webhooks, callbacks, integrations) or `attachment-processing` (files' text). */
  queue: Scalars['String']['output'];
  /** Jobs waiting for a worker, retries waiting out their delay included. */
  queued: Scalars['Int']['output'];
};

/** Where a classification job stands. */
export type JobStatus =
  /** Stopped by `cancelClassificationJob`; tickets classified until then keep theirs. `retryClassificationJob` resumes it. */
  | 'CANCELLED'
  /** Every ticket was handled; `failedTickets` counts those the classifier could not. */
  | 'COMPLETED'
  /** The job stopped for good; `errorMessage` says why. Tickets classified until then keep their classification. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'PENDING'
  /** A worker is classifying its tickets; `processedTickets` grows. */
  | 'PROCESSING';

/** An FAQ entry found by `searchKnowledgeBase`, with its relevance. */
export type KnowledgeBaseHit = {
  __typename?: 'KnowledgeBaseHit';
  /** The entry. */
  faq: Faq;
  /** Relevance from 0 to 1: mostly the share of the query's words (stemmed, stop words left out) that the entry contains, the rest PostgreSQL's cover-density rank with the question weighted above the answer. */
  score: Scalars['Float']['output'];
  /** The best passages of the answer, matched words marked `**like this**`, passages joined by ` … `. */
  snippet: Scalars['String']['output'];
};

/** A three-step scale, used for urgency and impact. */
export type Level =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM';

/** Where a customer log is in its life cycle. */
export type LogStatus =
  /** Finished for good; `resolvedAt` is set. */
  | 'CLOSED'
  /** Being handled. */
  | 'IN_PROGRESS'
  /** Not handled yet. */
  | 'OPEN'
  /** Handled; `resolvedAt` is set. */
  | 'RESOLVED';

/** What kind of contact a customer log records. */
export type LogType =
  /** A complaint. */
  | 'COMPLAINT'
  /** Feedback or a suggestion. */
  | 'FEEDBACK'
  /** A question. */
  | 'INQUIRY'
  /** A request for help. */
  | 'SUPPORT';

/** One message of a conversation. */
export type Message = Node & {
  __typename?: 'Message';
  /** For assistant messages, every source the answer cites, in order: FAQ entries and passages of files (those deleted since, or that you may not see, are left out). */
  citations: Array<MessageSource>;
  /** The text. */
  content: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** For assistant messages, milliseconds from receiving the question to the complete answer; 0 otherwise. */
  responseTimeMs: Scalars['Int']['output'];
  /** Who wrote it. */
  role: MessageRole;
  /** For assistant messages, the FAQ entries the answer cites (entries deleted since are left out). */
  sources: Array<Faq>;
  /** Tokens it cost: as the model reported them, or estimated (characters / 4) for the prompt and reply of the embedded assistant and for user messages. */
  tokensUsed: Scalars['Int']['output'];
};

/** A page of messages, oldest first. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The items of this page, in order. */
  edges: Array<MessageEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Message in a list, with its cursor. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The Message. */
  node: Message;
};

/** Who wrote a message of a conversation. */
export type MessageRole =
  /** The assistant. */
  | 'ASSISTANT'
  /** A note from the system, e.g. that a ticket was opened from the conversation. */
  | 'SYSTEM'
  /** The person chatting. */
  | 'USER';

/** A source an assistant answer cites: an FAQ entry, or a passage of a file attached to a ticket the asker may see. Exactly one of `faq` and `attachment` is set. */
export type MessageSource = {
  __typename?: 'MessageSource';
  /** The file, when the source is a passage of its text. */
  attachment?: Maybe<Attachment>;
  /** For a file, the passage of its text the answer drew on (at most 400 characters, whitespace tidied); null for an FAQ entry. */
  excerpt?: Maybe<Scalars['String']['output']>;
  /** The FAQ entry, when the source is one. */
  faq?: Maybe<Faq>;
};

/** Everything that changes data. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a comment to a ticket: public, or internal for agents only. With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer. */
  addComment: Comment;
  /** Summarises and classifies the text read from a file (READY with text); nothing is stored. */
  analyzeAttachment: AttachmentAnalysis;
  /** Stops a PENDING or PROCESSING job (CONFLICT otherwise); it ends CANCELLED and tickets classified so far keep their classification. Staff, or the job's importer. */
  cancelClassificationJob: ClassificationJob;
  /** Classifies a ticket (staff, or the integration token that created it) and publishes CLASSIFIED. Category and priority change only if no person set them by hand. */
  classifyTicket: ClassifyTicketPayload;
  /** Ends a conversation (`isActive` false): its owner, an agent or an admin. Messages stay readable; `sendMessage` to it is refused with CONFLICT, so start a new conversation instead. Closing it again changes nothing. */
  closeConversation: Conversation;
  /** Connects a platform (ADMIN only): settings checked, secrets encrypted. With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer. */
  connectIntegration: Integration;
  /** Creates a business calendar (admins); attach it to priorities with setSlaPolicy. */
  createBusinessCalendar: BusinessCalendar;
  /** Logs something for the signed-in user; it starts OPEN. With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer. */
  createCustomerLog: CustomerLog;
  /** Adds an FAQ entry (agents and admins). With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer. */
  createFaq: Faq;
  /** Issues an integration token (ADMIN only); the `stk_...` token is shown this once, and again to a repeat with the same `Idempotency-Key` header (for 24 hours). */
  createIntegrationToken: CreatedIntegrationToken;
  /** Makes a routing rule (ADMIN only); it routes the tickets classified from then on. */
  createRoutingRule: RoutingRule;
  /** Creates a ticket. Without category or priority, the classifier decides them. Send an `Idempotency-Key` header to make a retry safe: a repeat returns the first ticket. */
  createTicket: Ticket;
  /** Opens a ticket for the conversation's owner, with subject and description drafted from the conversation and category and priority left to the classifier, and links the two. Asking again returns the same ticket. */
  createTicketFromConversation: Ticket;
  /** Creates a ticket from a message in plain words; the caller (a signed-in person) is the customer. Subject, description and tags are drafted by the configured LLM, else taken from the message; category and priority come from the classifier. With an `Idempotency-Key` header a repeat returns the first ticket. */
  createTicketFromText: Ticket;
  /** Makes a webhook (ADMIN only); its signing secret is shown this once, and again to a repeat with the same `Idempotency-Key` header (for 24 hours). */
  createWebhook: CreatedWebhook;
  /** Deactivates a user (ADMIN only): sessions end and live connections close at once. */
  deactivateUser: User;
  /** Deletes an attachment and its stored file (staff, or the integration that created the ticket); returns its id. */
  deleteAttachment: Scalars['ID']['output'];
  /** Deletes a business calendar no SLA policy uses (admins); returns its id. */
  deleteBusinessCalendar: Scalars['ID']['output'];
  /** Deletes an FAQ entry (agents and admins); returns its id. */
  deleteFaq: Scalars['ID']['output'];
  /** Deletes a routing rule (ADMIN only); the rules after it move up. Returns its id. */
  deleteRoutingRule: Scalars['ID']['output'];
  /** Deletes a ticket with its comments and history; returns its id. */
  deleteTicket: Scalars['ID']['output'];
  /** Deletes a webhook and its delivery log (ADMIN only); returns its id. */
  deleteWebhook: Scalars['ID']['output'];
  /** Removes an integration and its delivery log (ADMIN only); tickets keep their external links. Returns its id. */
  disconnectIntegration: Scalars['ID']['output'];
  /** Realistic test tickets as a signed, base64-encoded CSV, for trying out `uploadTicketCsv`. */
  generateTestCsv: TestCsv;
  /** Imports a ticket file sent as a GraphQL multipart request (staff and integration tokens). Valid rows are stored, invalid ones reported with their row number and every error. Send an `Idempotency-Key` header to make a retry safe. */
  importTickets: ImportResult;
  /** Signs in. Any failure says only "Invalid credentials". */
  login: AuthPayload;
  /** Ends the session of this refresh token; its access tokens stop working at once. False for an unknown token. */
  logout: Scalars['Boolean']['output'];
  /** Sends an integration's logged call again, from a fresh attempt count (ADMIN only). */
  redeliverIntegrationDelivery: WebhookDelivery;
  /** Sends a delivery again, with its original id and body (ADMIN only): for a receiver that was down longer than the retries lasted. */
  redeliverWebhookDelivery: WebhookDelivery;
  /** Exchanges a refresh token for a new access and refresh token. Each refresh token works once; reusing one revokes the whole session. */
  refreshSession: AuthPayload;
  /** Creates an account and signs it in. The first account becomes ADMIN. */
  register: AuthPayload;
  /** Retrains the embedded model from the corpus and every correction agents made (ADMIN only), then switches every API instance to it without a restart. Takes seconds. */
  retrainClassifier: ClassifierInfo;
  /** Runs a FAILED or CANCELLED job again (CONFLICT otherwise): tickets it classified keep their classification, the rest are tried again. Staff, or the job's importer. */
  retryClassificationJob: ClassificationJob;
  /** Revokes an integration token for good (ADMIN only); requests with it fail at once. */
  revokeIntegrationToken: IntegrationToken;
  /** Issues a new secret for an integration token (ADMIN only), shown this once; the old secret keeps working for `graceSeconds` (0 to 604800; 0, the default, ends it at once). */
  rotateIntegrationToken: CreatedIntegrationToken;
  /** Schedules a Zoom meeting about a ticket (agents and admins) and posts its join link on the ticket: an external link and a public comment. */
  scheduleMeeting: ScheduledMeeting;
  /** Sends a message to the assistant and returns its answer: in a new conversation (titled after the message) when no id is given, else in your conversation. With a model configured the answer also streams to `chatReplyStream`. With an `Idempotency-Key` header a retry is safe: a repeat returns the first reply without asking again. */
  sendMessage: ChatReply;
  /** Sets the SLA policy of a priority (admins): its calendar and targets. Due dates computed from then on use it; those already set stay. */
  setSlaPolicy: SlaPolicy;
  /** Moves a ticket to a status; entering RESOLVED or CLOSED sets `resolvedAt`. */
  setTicketStatus: Ticket;
  /** Changes a user's role (ADMIN only); takes effect at once. The last admin cannot be demoted. */
  setUserRole: User;
  /** Starts an empty conversation, so you can subscribe to `chatReplyStream` before sending the first message. With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer. */
  startConversation: Conversation;
  /** Makes one real call to the platform with the stored settings (ADMIN only); not queued, not counted by the breaker. */
  testIntegration: IntegrationTestResult;
  /** Rewrites a business calendar (admins). Due dates computed from then on use it; those already set stay. */
  updateBusinessCalendar: BusinessCalendar;
  /** Changes the given fields of a log: your own, or any for agents and admins. */
  updateCustomerLog: CustomerLog;
  /** Rewrites an FAQ entry (agents and admins); its view count stays. */
  updateFaq: Faq;
  /** Changes an integration, or disables and enables it (ADMIN only). */
  updateIntegration: Integration;
  /** Renames, re-limits, re-dates (expiry), disables or enables an integration token (ADMIN only). */
  updateIntegrationToken: IntegrationToken;
  /** Changes the signed-in user's own full name and email address; a new email address needs the current password. */
  updateProfile: User;
  /** Changes, moves, or switches off and on a routing rule (ADMIN only). */
  updateRoutingRule: RoutingRule;
  /** Changes the given fields of a ticket and records each change in its history. */
  updateTicket: Ticket;
  /** Changes a webhook, or disables and enables it (ADMIN only). */
  updateWebhook: Webhook;
  /** Attaches a file to a ticket, sent as a GraphQL multipart request, up to `ATTACHMENT_MAX_BYTES`. The file is stored at once (PENDING); its text is read in the background (see `attachmentUpdated`). With an `Idempotency-Key` header a retry is safe: a repeat of the same file returns the first attachment. */
  uploadAttachment: Attachment;
  /** Checks a signed CSV (signature, single-use nonce, timestamp window) and creates a PENDING job that classifies its tickets; the job's id is the file's session id. Signature, nonce and timestamp come from the input, else the X-Signature, X-Nonce and X-Timestamp headers, else the file's comment lines. */
  uploadTicketCsv: ClassificationJob;
};


/** Everything that changes data. */
export type MutationAddCommentArgs = {
  content: Scalars['String']['input'];
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
  ticketId: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationAnalyzeAttachmentArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationCancelClassificationJobArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationClassifyTicketArgs = {
  id: Scalars['ID']['input'];
  llmOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Everything that changes data. */
export type MutationCloseConversationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationConnectIntegrationArgs = {
  input: ConnectIntegrationInput;
};


/** Everything that changes data. */
export type MutationCreateBusinessCalendarArgs = {
  input: BusinessCalendarInput;
};


/** Everything that changes data. */
export type MutationCreateCustomerLogArgs = {
  input: CreateCustomerLogInput;
};


/** Everything that changes data. */
export type MutationCreateFaqArgs = {
  input: FaqInput;
};


/** Everything that changes data. */
export type MutationCreateIntegrationTokenArgs = {
  input: CreateIntegrationTokenInput;
};


/** Everything that changes data. */
export type MutationCreateRoutingRuleArgs = {
  input: CreateRoutingRuleInput;
};


/** Everything that changes data. */
export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


/** Everything that changes data. */
export type MutationCreateTicketFromConversationArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationCreateTicketFromTextArgs = {
  text: Scalars['String']['input'];
};


/** Everything that changes data. */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/** Everything that changes data. */
export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationDeleteAttachmentArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationDeleteBusinessCalendarArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationDeleteFaqArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationDeleteRoutingRuleArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationDeleteTicketArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationDisconnectIntegrationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationGenerateTestCsvArgs = {
  ticketCount: Scalars['Int']['input'];
};


/** Everything that changes data. */
export type MutationImportTicketsArgs = {
  classify?: InputMaybe<Scalars['Boolean']['input']>;
  file: Scalars['Upload']['input'];
  format?: InputMaybe<ImportFormat>;
};


/** Everything that changes data. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  usernameOrEmail: Scalars['String']['input'];
};


/** Everything that changes data. */
export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Everything that changes data. */
export type MutationRedeliverIntegrationDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationRedeliverWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Everything that changes data. */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/** Everything that changes data. */
export type MutationRetryClassificationJobArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationRevokeIntegrationTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationRotateIntegrationTokenArgs = {
  graceSeconds?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationScheduleMeetingArgs = {
  durationMinutes: Scalars['Int']['input'];
  integrationId?: InputMaybe<Scalars['ID']['input']>;
  startAt: Scalars['DateTime']['input'];
  ticketId: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationSendMessageArgs = {
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  message: Scalars['String']['input'];
};


/** Everything that changes data. */
export type MutationSetSlaPolicyArgs = {
  input: SlaPolicyInput;
};


/** Everything that changes data. */
export type MutationSetTicketStatusArgs = {
  id: Scalars['ID']['input'];
  status: TicketStatus;
};


/** Everything that changes data. */
export type MutationSetUserRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationTestIntegrationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationUpdateBusinessCalendarArgs = {
  id: Scalars['ID']['input'];
  input: BusinessCalendarInput;
};


/** Everything that changes data. */
export type MutationUpdateCustomerLogArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerLogInput;
};


/** Everything that changes data. */
export type MutationUpdateFaqArgs = {
  id: Scalars['ID']['input'];
  input: FaqInput;
};


/** Everything that changes data. */
export type MutationUpdateIntegrationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIntegrationInput;
};


/** Everything that changes data. */
export type MutationUpdateIntegrationTokenArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIntegrationTokenInput;
};


/** Everything that changes data. */
export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


/** Everything that changes data. */
export type MutationUpdateRoutingRuleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRoutingRuleInput;
};


/** Everything that changes data. */
export type MutationUpdateTicketArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
};


/** Everything that changes data. */
export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};


/** Everything that changes data. */
export type MutationUploadAttachmentArgs = {
  commentId?: InputMaybe<Scalars['ID']['input']>;
  file: Scalars['Upload']['input'];
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
  ticketId: Scalars['ID']['input'];
};


/** Everything that changes data. */
export type MutationUploadTicketCsvArgs = {
  input: UploadTicketCsvInput;
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
  /** More items follow this page; fetch them with `after: endCursor` (when paging backwards: true when `before` was given). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede this page (true when `after` was given; when paging backwards, whether more items come before). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Everything that can be read. */
export type Query = {
  __typename?: 'Query';
  /** Each AI model in use (embedded classifier, sentence vectors, OCR, LLM): version, loaded or reachable, last error and latency (ADMIN and AGENT). The LLM is probed on each call. The figures are those of the API instance that answers, since it started: calls made by other instances and by worker processes are not in them. */
  aiStatus: Array<AiModelStatus>;
  /** Business calendars, by name (agents and admins). */
  businessCalendars: Array<BusinessCalendar>;
  /** A classification job, for clients that poll. Its id is the credential for a signed upload's job; an import's job is for staff and its importer. */
  classificationJob?: Maybe<ClassificationJob>;
  /** Classification jobs, newest first: every job for agents and admins, the jobs of your own imports for everyone else. */
  classificationJobs: ClassificationJobConnection;
  /** The classifier in use and its evaluation figures (ADMIN and AGENT). */
  classifierInfo: ClassifierInfo;
  /** Classifies text without storing a ticket (any signed-in caller): the configured LLM, else the embedded model. The texts are checked as a new ticket's are. */
  classifyText: Classification;
  /** A conversation you may see, by its global id. */
  conversation?: Maybe<Conversation>;
  /** Conversations with the assistant, most recently active first: your own, or everyone's for agents and admins. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  conversations: ConversationConnection;
  /** Totals by status, category and priority of the logs of the last `hours` hours (yours, or all for staff). */
  customerLogSummary: CustomerLogSummary;
  /** Customer logs of the last 24 hours (or `filter.hours`), newest first: your own, or everyone's for agents and admins. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  customerLogs: CustomerLogConnection;
  /** The tickets matching a filter as CSV (the columns importTickets reads, then key, assignment, dates and the names of the files attached, one per line), as the caller may see them. Text a spreadsheet would run as a formula is written with a leading `'`. */
  exportTickets: Scalars['String']['output'];
  /** One FAQ entry; reading it counts a view. Public: no sign-in needed. */
  faq?: Maybe<Faq>;
  /** FAQ entries, optionally of one category and matching a search: best matches first, else by category and question. Public: no sign-in needed. */
  faqs: Array<Faq>;
  /** Imports, newest first: who imported which file when, the counts, every refused row. Staff see all; an integration token sees its own. */
  imports: ImportRecordConnection;
  /** Every platform: its settings, what it sends and takes, and whether this server has its adapter (anyone signed in). */
  integrationPlatforms: Array<IntegrationPlatformInfo>;
  /** Every integration token, newest first (ADMIN only). */
  integrationTokens: Array<IntegrationToken>;
  /** Every integration, newest first (ADMIN only). */
  integrations: Array<Integration>;
  /** The job queues (classification, deliveries, file processing): waiting, running, finished in the last hour, and the oldest wait. Agents and admins. */
  jobQueueStats: Array<JobQueueStats>;
  /** The signed-in user; null for anonymous callers and integration tokens. */
  me?: Maybe<User>;
  /** Any object by its global id. */
  node?: Maybe<Node>;
  /** The caller's request budget and what this request costs. */
  rateLimit: RateLimit;
  /** Every routing rule, in the order they are tried (ADMIN only). */
  routingRules: Array<RoutingRule>;
  /** Searches the knowledge base for a question in plain words: ranked entries with snippets, best first. Public: no sign-in needed. */
  searchKnowledgeBase: Array<KnowledgeBaseHit>;
  /** The SLA policy of each priority, URGENT first (agents and admins). */
  slaPolicies: Array<SlaPolicy>;
  /** How well SLAs were kept for the tickets created from `from` up to `to` (at most 366 days), per group, by key (agents and admins). Counted in the database. */
  slaReport: Array<SlaReportRow>;
  /** A ticket by its global id or its key (e.g. `TICKET-000042`). */
  ticket?: Maybe<Ticket>;
  /** The change feed for sync: every committed change to the tickets you may see, deletions included, in commit order. Keep the last `endCursor` and pass it as `after` to catch up: no change is missed or repeated, also when writers commit out of order; `last`/`before` page back through what is committed. Staff read every ticket's changes; an integration token those of the tickets it created; a customer those of their own tickets, without internal comments and attachments. A deleted ticket's earlier changes leave the feed with it; its DELETED entry stays. */
  ticketChanges: TicketEventConnection;
  /** Tickets matching a filter, a page at a time; newest first by default. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  tickets: TicketConnection;
  /** The words most customer logs mention (English stemming, stop words left out), most first. Counted per UTC hour: the window starts at the top of the hour `hours` hours ago. ADMIN only. */
  trendingIssues: Array<TrendingIssue>;
  /** All users (ADMIN only), oldest first. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  users: UserConnection;
  /** Every webhook, newest first (ADMIN only). */
  webhooks: Array<Webhook>;
};


/** Everything that can be read. */
export type QueryClassificationJobArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. */
export type QueryClassificationJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClassificationJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. */
export type QueryClassifyTextArgs = {
  description: Scalars['String']['input'];
  subject?: InputMaybe<Scalars['String']['input']>;
};


/** Everything that can be read. */
export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. */
export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. */
export type QueryCustomerLogSummaryArgs = {
  hours?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. */
export type QueryCustomerLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. */
export type QueryExportTicketsArgs = {
  filter?: InputMaybe<TicketFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
};


/** Everything that can be read. */
export type QueryFaqArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. */
export type QueryFaqsArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Everything that can be read. */
export type QueryImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. */
export type QuerySearchKnowledgeBaseArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Everything that can be read. */
export type QuerySlaReportArgs = {
  from: Scalars['DateTime']['input'];
  groupBy: SlaReportGrouping;
  to: Scalars['DateTime']['input'];
};


/** Everything that can be read. */
export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. */
export type QueryTicketChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. */
export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
};


/** Everything that can be read. */
export type QueryTrendingIssuesArgs = {
  hours?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The caller's request budget, as counted for this request. */
export type RateLimit = {
  __typename?: 'RateLimit';
  /** The cost of this request: how many objects it may return. */
  cost: Scalars['Int']['output'];
  /** Requests allowed in the current window (a minute for users and anonymous callers, the clock hour for integration tokens). */
  limit: Scalars['Int']['output'];
  /** Requests left in the current window, this one counted. */
  remaining: Scalars['Int']['output'];
  /** When the window ends and the budget is full again. */
  resetAt: Scalars['DateTime']['output'];
};

/** A new account. The first account becomes ADMIN, later ones CUSTOMER. */
export type RegisterInput = {
  /** A valid email address; one account per address. */
  email: Scalars['String']['input'];
  /** The name the person goes by (up to 100 characters); optional. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** At least 8 characters (configurable). */
  password: Scalars['String']['input'];
  /** 3-50 letters, digits, dots, dashes or underscores. */
  username: Scalars['String']['input'];
};

/** Tickets classified with a confidence in [from, to), and how often they were right. */
export type ReliabilityBin = {
  __typename?: 'ReliabilityBin';
  /** The share of them classified right; close to the mean confidence when calibrated. */
  accuracy: Scalars['Float']['output'];
  /** Tickets in the bin. */
  count: Scalars['Int']['output'];
  /** Lower bound of the confidence. */
  from: Scalars['Float']['output'];
  /** Their mean confidence. */
  meanConfidence: Scalars['Float']['output'];
  /** Upper bound of the confidence. */
  to: Scalars['Float']['output'];
};

/** What a user may do. */
export type Role =
  /** Everything, including users, integration tokens and webhooks. */
  | 'ADMIN'
  /** All tickets and comments; no user, token or webhook management. */
  | 'AGENT'
  /** Their own tickets, conversations and logs; never internal comments. */
  | 'CUSTOMER';

/** Where classified tickets without an assignee go (ADMIN only). The first active rule, by position, whose conditions all hold assigns the ticket to its agent, or to the next active agent of its rotation. An empty condition places no condition. */
export type RoutingRule = Node & {
  __typename?: 'RoutingRule';
  /** False while switched off: the rule routes nothing. */
  active: Scalars['Boolean']['output'];
  /** The agents, in rotation order; deactivated ones are skipped until they are active again. */
  agents: Array<User>;
  /** The ticket's category is one of these. */
  categories: Array<TicketCategory>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What the rule is for; history names it in the ASSIGNED entries it makes. */
  name: Scalars['String']['output'];
  /** A regular expression (PostgreSQL syntax, any case) that the subject or description matches. */
  pattern?: Maybe<Scalars['String']['output']>;
  /** Rules are tried in ascending position, from 1. */
  position: Scalars['Int']['output'];
  /** The ticket's priority is one of these. */
  priorities: Array<TicketPriority>;
  /** The ticket came from one of these sources. */
  sources: Array<TicketSource>;
  /** The ticket has at least one of these tags. */
  tags: Array<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The subject or description holds at least one of these words or phrases (any case). */
  words: Array<Scalars['String']['output']>;
};

/** A Zoom meeting made for a ticket; its join link is also on the ticket, as an external link and a comment. */
export type ScheduledMeeting = {
  __typename?: 'ScheduledMeeting';
  /** How long it is planned to last. */
  durationMinutes: Scalars['Int']['output'];
  /** Where participants join. */
  joinUrl: Scalars['String']['output'];
  /** Zoom's meeting id. */
  meetingId: Scalars['String']['output'];
  /** When it starts. */
  startAt: Scalars['DateTime']['output'];
  /** The topic: the ticket's key and subject. */
  topic: Scalars['String']['output'];
};

/** The tone of the customer's message. */
export type Sentiment =
  /** Frustrated, angry or worried. */
  | 'NEGATIVE'
  /** Matter-of-fact. */
  | 'NEUTRAL'
  /** Friendly or pleased. */
  | 'POSITIVE';

/** A ticket close in meaning to another, with how close. */
export type SimilarTicket = {
  __typename?: 'SimilarTicket';
  /** How close in meaning, from 0 to 1 (sentence vectors' cosine). */
  score: Scalars['Float']['output'];
  /** The similar ticket. */
  ticket: Ticket;
};

/** What the tickets of one priority are held to. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  /** The calendar its clock counts in; null: every hour counts. */
  calendar?: Maybe<BusinessCalendar>;
  /** Time to the first public answer by staff, in the calendar's working minutes; null: no such target. */
  firstResponseMinutes?: Maybe<Scalars['Float']['output']>;
  /** The priority. */
  priority: TicketPriority;
  /** Time to resolution, in the calendar's working minutes (`SLA_<PRIORITY>_HOURS` until a policy is set). */
  resolutionMinutes: Scalars['Float']['output'];
  /** How many minutes before a due date SLA_WARNING comes. */
  warningMinutes: Scalars['Int']['output'];
};

/** The SLA policy of one priority, written whole. */
export type SlaPolicyInput = {
  /** The business calendar its clock counts in; omitted or null: every hour counts. */
  calendarId?: InputMaybe<Scalars['ID']['input']>;
  /** Working minutes to the first public answer by staff (1-600000); omitted: no such target. */
  firstResponseMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The priority it is for. */
  priority: TicketPriority;
  /** Working minutes to resolution (1-600000). */
  resolutionMinutes: Scalars['Int']['input'];
  /** Minutes before a due date that SLA_WARNING comes (0-600000). */
  warningMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** What an SLA report groups tickets by. */
export type SlaReportGrouping =
  /** Who it is assigned to; unassigned tickets form the group with the empty key. */
  | 'ASSIGNEE'
  /** The ticket's category. */
  | 'CATEGORY'
  /** The ticket's priority. */
  | 'PRIORITY';

/** How well SLAs were kept for one group of tickets. */
export type SlaReportRow = {
  __typename?: 'SlaReportRow';
  /** A due date (first response or resolution) passed before it was met; resolved or not. */
  breached: Scalars['Int']['output'];
  /** The group: a priority, a category, or an assignee (empty for unassigned tickets). */
  key: Scalars['String']['output'];
  /** Median wall-clock minutes from creation to the first public comment by staff; null when none was answered. */
  medianFirstResponseMinutes?: Maybe<Scalars['Float']['output']>;
  /** Median wall-clock minutes from creation to resolution; null when none was resolved. */
  medianResolutionMinutes?: Maybe<Scalars['Float']['output']>;
  /** Resolved with every due date kept. */
  met: Scalars['Int']['output'];
  /** met / (met + breached); null when neither. */
  metShare?: Maybe<Scalars['Float']['output']>;
  /** Not resolved, no due date passed yet. */
  open: Scalars['Int']['output'];
};

/** Live events, over graphql-ws at the same /graphql address. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each change of a ticket's files as it happens: a new file, and each step of its processing (PROCESSING, READY, FAILED). */
  attachmentUpdated: Attachment;
  /** The assistant's answers in a conversation you may see, as they are written: deltas, then a final chunk with `done` (also when the model fails and the FAQ search answers). Without a configured model each answer arrives as one final chunk. */
  chatReplyStream: ChatReplyChunk;
  /** The job now, then its progress while it runs (at most a few updates a second), then its final state, then the stream completes. A job that already finished gives its final state at once. */
  classificationJobUpdated: ClassificationJob;
  /** Pushes each change to tickets once it is committed: CREATED, UPDATED, STATUS_CHANGED, COMMENT_ADDED, CLASSIFIED, ASSIGNED, DELETED, SLA_BREACHED, ATTACHMENT_ADDED, ATTACHMENT_PROCESSED. */
  ticketEvents: TicketEvent;
};


/** Live events, over graphql-ws at the same /graphql address. */
export type SubscriptionAttachmentUpdatedArgs = {
  ticketId: Scalars['ID']['input'];
};


/** Live events, over graphql-ws at the same /graphql address. */
export type SubscriptionChatReplyStreamArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Live events, over graphql-ws at the same /graphql address. */
export type SubscriptionClassificationJobUpdatedArgs = {
  id: Scalars['ID']['input'];
};


/** Live events, over graphql-ws at the same /graphql address. */
export type SubscriptionTicketEventsArgs = {
  filter?: InputMaybe<TicketFilter>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};

/** Generated test tickets as a signed CSV, ready for `uploadTicketCsv`. */
export type TestCsv = {
  __typename?: 'TestCsv';
  /** The CSV, base64-encoded: `# X-Session-Id`, `# X-Signature`, `# X-Nonce` and `# X-Timestamp` comment lines, a header row, then the tickets. */
  csvContent: Scalars['String']['output'];
  /** A name for the file. */
  fileName: Scalars['String']['output'];
  /** Single-use random value covered by the signature. */
  nonce: Scalars['String']['output'];
  /** Tickets in the file. */
  rowCount: Scalars['Int']['output'];
  /** The session: the id of the job the upload of this file creates. */
  sessionId: Scalars['ID']['output'];
  /** Hex HMAC-SHA256 of `<timestamp>.<nonce>.<CSV rows>` with the server's signing secret. */
  signature: Scalars['String']['output'];
  /** Unix seconds when the file was signed, covered by the signature. */
  timestamp: Scalars['String']['output'];
};

/** A support request from a customer. */
export type Ticket = Node & {
  __typename?: 'Ticket';
  /** The agent or team working on it. */
  assignedTo?: Maybe<Scalars['String']['output']>;
  /** Files on the ticket and its comments, oldest first; internal ones for agents only. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  attachments: AttachmentConnection;
  /** What the ticket is about. */
  category: TicketCategory;
  /** The classifier's result; null until classified. */
  classification?: Maybe<Classification>;
  /** Comments on the ticket, oldest first. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  comments: CommentConnection;
  /** The conversation with the assistant the ticket was opened from, when there is one and you may see it. */
  conversation?: Maybe<Conversation>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who raised the ticket. */
  customer: Customer;
  /** The request in full, 10-2000 characters. */
  description: Scalars['String']['output'];
  /** The client's own key for the row this ticket was imported from (the `issue_key` column of an import or signed CSV upload); unique within one import. */
  externalKey?: Maybe<Scalars['String']['output']>;
  /** What the ticket is on other platforms (the Jira issue, the GitHub issue, ...), oldest first; empty for customers. */
  externalLinks: Array<ExternalLink>;
  /** When staff first answered in a public comment; null until then. */
  firstRespondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first-response clock is breached: `firstResponseDueAt` passed before the first public answer by staff (resolving the ticket stops the clock; time waiting for the customer does not count). False where the policy sets no first-response target. */
  firstResponseBreached: Scalars['Boolean']['output'];
  /** When the first public answer by staff is due; null when the priority's SLA policy sets no such target. */
  firstResponseDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Everything that happened to the ticket, oldest first. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  history: TicketEventConnection;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Human-readable key, e.g. `TICKET-000042`; also accepted by `ticket(id:)`. */
  key: Scalars['String']['output'];
  /** A person set category or priority by hand; classification will not overwrite them. */
  manualOverride: Scalars['Boolean']['output'];
  /** Where and how it was submitted. */
  metadata: TicketMetadata;
  /** Open tickets of the same customer (by email) that say nearly the same as this one (score at least 0.9): ask for it on createTicket to warn of a repeat. */
  possibleDuplicates: Array<SimilarTicket>;
  /** How soon it must be handled. */
  priority: TicketPriority;
  /** The resolution clock is breached: `slaDueAt` passed before the ticket was resolved (time waiting for the customer does not count). */
  resolutionBreached: Scalars['Boolean']['output'];
  /** When it entered RESOLVED or CLOSED; null while open. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The tickets closest in meaning to this one that the caller may see, open and resolved alike, best first. Candidates share at least one word with it; meaning (sentence vectors) ranks them. */
  similar: Array<SimilarTicket>;
  /** Either SLA clock is breached: `firstResponseBreached` or `resolutionBreached` (time waiting for the customer does not count). */
  slaBreached: Scalars['Boolean']['output'];
  /** When the SLA for its priority runs out: its resolution target counted in its policy's business hours. */
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
export type TicketAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A support request from a customer. */
export type TicketCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A support request from a customer. */
export type TicketHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A support request from a customer. */
export type TicketSimilarArgs = {
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
  /** A file was attached. */
  | 'ATTACHMENT_ADDED'
  /** A file's processing ended: its text was read (READY) or it could not be (FAILED). */
  | 'ATTACHMENT_PROCESSED'
  /** The classifier set category, priority and the other classification fields. */
  | 'CLASSIFIED'
  /** A comment was added. */
  | 'COMMENT_ADDED'
  /** The ticket was created. */
  | 'CREATED'
  /** The ticket was deleted. */
  | 'DELETED'
  /** A due date of the SLA (resolution, or first response where the policy sets one) passed before it was met. */
  | 'SLA_BREACHED'
  /** A due date of the SLA is at most the policy's warning time away (once per due date, never after its breach). */
  | 'SLA_WARNING'
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
  /** Imported with exactly this key of the client's own (the `issue_key` column). */
  externalKey?: InputMaybe<Scalars['String']['input']>;
  /** Any of these priorities. */
  priority?: InputMaybe<Array<TicketPriority>>;
  /** Full-text search over subject and description, with English stemming; supports "quoted phrases", `or` and `-excluded` words. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** true: only tickets whose SLA is breached (either clock, first response or resolution, as `Ticket.slaBreached`); false: only those whose SLA is not. */
  slaBreached?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<TicketStatus>>;
  /** Carrying all of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A stored ticket filter: the tickets whose events an integration gets. Every condition given must hold. */
export type TicketFilterValue = {
  __typename?: 'TicketFilterValue';
  /** Assigned to exactly this agent or team. */
  assignedTo?: Maybe<Scalars['String']['output']>;
  /** Any of these categories. */
  category?: Maybe<Array<TicketCategory>>;
  /** Raised by this customer email (case-insensitive). */
  customerEmail?: Maybe<Scalars['String']['output']>;
  /** Any of these priorities. */
  priority?: Maybe<Array<TicketPriority>>;
  /** Any of these statuses. */
  status?: Maybe<Array<TicketStatus>>;
  /** Carrying all of these tags. */
  tags?: Maybe<Array<Scalars['String']['output']>>;
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
  /** The channel it came in through; API when omitted. */
  source?: InputMaybe<TicketSource>;
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

/** Requests an integration token made in one clock hour. */
export type TokenUsage = {
  __typename?: 'TokenUsage';
  /** Start of the hour (UTC). */
  hour: Scalars['DateTime']['output'];
  /** Requests made with the token in that hour (recorded within seconds). */
  requests: Scalars['Int']['output'];
};

/** A word that many customer logs of a window mention. */
export type TrendingIssue = {
  __typename?: 'TrendingIssue';
  /** How many logs of the window mention it. */
  count: Scalars['Int']['output'];
  /** The word, in the form customers used most (e.g. `refunds`). */
  issue: Scalars['String']['output'];
  /** The English stem the logs were counted by (e.g. `refund` for refund, refunds, refunded). */
  stem: Scalars['String']['output'];
};

/** Changes to a customer log: only the fields given change. */
export type UpdateCustomerLogInput = {
  /** New topic; an empty string clears it. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** New details, 1-5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New priority. */
  priority?: InputMaybe<TicketPriority>;
  /** New status; RESOLVED or CLOSED sets `resolvedAt`, leaving them clears it. */
  status?: InputMaybe<LogStatus>;
  /** New summary, 1-200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an integration; omitted fields stay. */
export type UpdateIntegrationInput = {
  /** False disables it (pending calls fail, nothing new is sent); true enables it with a fresh circuit breaker. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The event types to send; empty for all. */
  events?: InputMaybe<Array<TicketEventType>>;
  /** A new filter; an empty one for all tickets. */
  filter?: InputMaybe<IntegrationFilterInput>;
  /** Whether internal comments are sent. */
  includeInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Settings to change, merged over the current ones; an empty string removes one. */
  settings?: InputMaybe<Scalars['JSON']['input']>;
};

/** Changes to an integration token; only the fields given change. */
export type UpdateIntegrationTokenInput = {
  /** Disable (false) or enable (true) the token. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new expiry (in the future); null removes the expiry; omit to keep it. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New hourly limit. */
  hourlyLimit?: InputMaybe<Scalars['Int']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to the signed-in user's own account; fields left out stay as they are. */
export type UpdateProfileInput = {
  /** The account's current password: required to change the email address. */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  /** The new email address; needs `currentPassword`. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The new full name (up to 100 characters); an empty string removes it. */
  fullName?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a routing rule; omitted fields stay, an empty list removes a condition. */
export type UpdateRoutingRuleInput = {
  /** Switch the rule off (false) or on (true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global ids of the agents (active agents or admins, 1 to 50): one takes every ticket, more take turns. */
  agentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Categories to match; empty for any. */
  categories?: InputMaybe<Array<TicketCategory>>;
  /** A new name (1-200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A PostgreSQL regular expression the subject or description matches, any case (up to 200 characters, no back references); empty to remove it. */
  pattern?: InputMaybe<Scalars['String']['input']>;
  /** Where the rule goes, from 1 to the number of rules; the others move to make room. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Priorities to match; empty for any. */
  priorities?: InputMaybe<Array<TicketPriority>>;
  /** Sources to match; empty for any. */
  sources?: InputMaybe<Array<TicketSource>>;
  /** Tags, at least one of which the ticket has (up to 50, each up to 100 characters); empty for any. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Words or phrases, at least one of which the subject or description holds, any case (up to 50, each up to 100 characters); empty for any. */
  words?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a ticket: only the fields given change. A category or priority set here marks the ticket as a manual override. */
export type UpdateTicketInput = {
  /** New assignee; an empty string unassigns. */
  assignedTo?: InputMaybe<Scalars['String']['input']>;
  /** New category (sets `manualOverride`). */
  category?: InputMaybe<TicketCategory>;
  /** Changes the customer's email address or name (staff and the ticket's integration token). */
  customer?: InputMaybe<CustomerChangeInput>;
  /** New description, 10-2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** False hands the ticket back to the classifier: an overridden ticket is classified again at once and its category and priority follow the classifier from then on. True keeps category and priority as they are. */
  manualOverride?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Changes to a webhook; omitted fields stay. */
export type UpdateWebhookInput = {
  /** False disables it: pending deliveries fail and nothing new is sent. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new description; empty to clear it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types to send; empty for all. */
  events?: InputMaybe<Array<TicketEventType>>;
  /** Whether internal comments are sent. */
  includeInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A signed CSV of tickets to classify. */
export type UploadTicketCsvInput = {
  /** An http(s) URL that receives the job's final state as a signed POST when it ends. */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** The CSV, as text or base64 (as `generateTestCsv` returns it); or send it as `file`. A JSON body is limited to `REQUEST_BODY_LIMIT_BYTES`. */
  csvContent?: InputMaybe<Scalars['String']['input']>;
  /** The CSV (UTF-8 text, not base64) as a file of a GraphQL multipart request, up to `IMPORT_MAX_BYTES`: for files too large for a JSON body, such as the decoded content of `generateTestCsv`'s largest. */
  file?: InputMaybe<Scalars['Upload']['input']>;
  /** A name for the file; shown as the job's `fileName`. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** The signed nonce; else the X-Nonce header, else the file's `# X-Nonce` line. */
  nonce?: InputMaybe<Scalars['String']['input']>;
  /** Hex HMAC-SHA256 signature; else the X-Signature header, else the file's `# X-Signature` line. */
  signature?: InputMaybe<Scalars['String']['input']>;
  /** The signed timestamp (unix seconds or ISO-8601); else the X-Timestamp header, else the file's `# X-Timestamp` line. */
  timestamp?: InputMaybe<Scalars['String']['input']>;
};

/** A person with an account. */
export type User = Node & {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Email address (lower case). */
  email: Scalars['String']['output'];
  /** The name the person goes by, if they gave one. */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** False once deactivated: the user can no longer sign in. */
  isActive: Scalars['Boolean']['output'];
  /** Last successful sign-in. */
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the user may do. */
  role: Role;
  /** Unique user name. */
  username: Scalars['String']['output'];
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page, in order. */
  edges: Array<UserEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A User in a list, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The User. */
  node: User;
};

/** Another system that gets ticket events as signed POSTs (ADMIN only). Its secret is shown only when it is made. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** False while disabled: nothing is sent. */
  active: Scalars['Boolean']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, newest first. Page forwards with `first`/`after`, backwards with `last`/`before`. */
  deliveries: WebhookDeliveryConnection;
  /** What it is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** The event types it gets; empty for all. */
  events: Array<TicketEventType>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Also gets COMMENT_ADDED for internal comments. */
  includeInternal: Scalars['Boolean']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The http(s) URL events are POSTed to. */
  url: Scalars['String']['output'];
};


/** Another system that gets ticket events as signed POSTs (ADMIN only). Its secret is shown only when it is made. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One signed POST of an event to a webhook, with how it went. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the event was queued for this webhook. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver took it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event, e.g. `ticket.created`; also the `X-Webhook-Event` header. */
  event: Scalars['String']['output'];
  /** Opaque global id; the body's `id` and the `X-Webhook-Id` header carry the same id, on every attempt. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last answer; null when none came. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** The `data` the body carries: the event and the ticket after it. */
  payload: Scalars['JSON']['output'];
  /** Where it stands. */
  status: DeliveryStatus;
  /** Where it was sent. */
  url: Scalars['String']['output'];
};

/** A page of deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page, in order. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A WebhookDelivery in a list, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** A period of work on one weekday, in the calendar's local time. */
export type WorkingHours = {
  __typename?: 'WorkingHours';
  /** When work ends, `HH:MM` (`24:00` for midnight). */
  end: Scalars['String']['output'];
  /** When work starts, `HH:MM`. */
  start: Scalars['String']['output'];
  /** The day. */
  weekday: Weekday;
};

/** A period of work on one weekday, in the calendar's local time. */
export type WorkingHoursInput = {
  /** When work ends, `HH:MM`, later than start (`24:00` for midnight). */
  end: Scalars['String']['input'];
  /** When work starts, `HH:MM` (00:00-23:59). */
  start: Scalars['String']['input'];
  /** The day. */
  weekday: Weekday;
};

export type AiStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AiStatusQuery = { __typename?: 'Query', aiStatus: Array<{ __typename?: 'AiModelStatus', kind: AiModelKind, version?: string | null, configured: boolean, loaded?: boolean | null, reachable?: boolean | null, probeError?: string | null, calls: number, failures: number, lastCallAt?: string | null, lastError?: string | null, lastErrorAt?: string | null, p50Ms?: number | null, p95Ms?: number | null }> };

export type ClassifyTextQueryVariables = Exact<{
  subject?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
}>;


export type ClassifyTextQuery = { __typename?: 'Query', classifyText: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, urgency: Level, impact: Level, sentiment: Sentiment, confidence: number, reasoning: string, keywords: Array<string>, model: string, tokensUsed: number } };

export type CreateTicketFromTextMutationVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type CreateTicketFromTextMutation = { __typename?: 'Mutation', createTicketFromText: { __typename?: 'Ticket', id: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, customer: { __typename?: 'Customer', customerId: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, extra?: unknown | null }, classification?: { __typename?: 'Classification', model: string, category: TicketCategory } | null } };

export type SimilarTicketsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SimilarTicketsQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, similar: Array<{ __typename?: 'SimilarTicket', score: number, ticket: { __typename?: 'Ticket', id: string, subject: string, status: TicketStatus } }>, possibleDuplicates: Array<{ __typename?: 'SimilarTicket', score: number, ticket: { __typename?: 'Ticket', id: string, subject: string } }> } | null };

export type CreateTicketWithDuplicatesMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketWithDuplicatesMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', id: string, possibleDuplicates: Array<{ __typename?: 'SimilarTicket', score: number, ticket: { __typename?: 'Ticket', id: string, subject: string } }> } };

export type FaqFieldsFragment = { __typename?: 'Faq', id: string, question: string, answer: string, category: string, viewCount: number };

export type SendMessageMutationVariables = Exact<{
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  message: Scalars['String']['input'];
}>;


export type SendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'ChatReply', response: string, tokensUsed: number, responseTimeMs: number, model: string, fallback: boolean, conversation: { __typename?: 'Conversation', id: string, title: string, isActive: boolean, createdAt: string, updatedAt: string }, message: { __typename?: 'Message', id: string, role: MessageRole, content: string, tokensUsed: number, responseTimeMs: number, createdAt: string, sources: Array<{ __typename?: 'Faq', id: string, question: string }> }, sources: Array<{ __typename?: 'Faq', id: string, question: string, category: string }> } };

export type StartConversationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartConversationMutation = { __typename?: 'Mutation', startConversation: { __typename?: 'Conversation', id: string, title: string } };

export type ConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', id: string, title: string, user: { __typename?: 'User', username: string }, ticket?: { __typename?: 'Ticket', id: string, key: string } | null, messages: { __typename?: 'MessageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MessageEdge', cursor: string, node: { __typename?: 'Message', id: string, role: MessageRole, content: string, tokensUsed: number, responseTimeMs: number, sources: Array<{ __typename?: 'Faq', question: string }> } }> } } | null };

export type ConversationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationsQuery = { __typename?: 'Query', conversations: { __typename?: 'ConversationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ConversationEdge', node: { __typename?: 'Conversation', id: string, title: string, user: { __typename?: 'User', username: string }, messages: { __typename?: 'MessageConnection', totalCount: number, edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', role: MessageRole } }> } } }> } };

export type CreateTicketFromConversationMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type CreateTicketFromConversationMutation = { __typename?: 'Mutation', createTicketFromConversation: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, customer: { __typename?: 'Customer', customerId: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, extra?: unknown | null }, conversation?: { __typename?: 'Conversation', id: string, title: string } | null } };

export type ChatReplyStreamSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type ChatReplyStreamSubscription = { __typename?: 'Subscription', chatReplyStream: { __typename?: 'ChatReplyChunk', conversationId: string, messageId: string, delta: string, done: boolean, content?: string | null } };

export type FaqsQueryVariables = Exact<{
  category?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FaqsQuery = { __typename?: 'Query', faqs: Array<{ __typename?: 'Faq', id: string, question: string, answer: string, category: string, viewCount: number }> };

export type FaqQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FaqQuery = { __typename?: 'Query', faq?: { __typename?: 'Faq', id: string, question: string, answer: string, category: string, viewCount: number } | null };

export type SearchKnowledgeBaseQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchKnowledgeBaseQuery = { __typename?: 'Query', searchKnowledgeBase: Array<{ __typename?: 'KnowledgeBaseHit', score: number, snippet: string, faq: { __typename?: 'Faq', id: string, question: string } }> };

export type CreateFaqMutationVariables = Exact<{
  input: FaqInput;
}>;


export type CreateFaqMutation = { __typename?: 'Mutation', createFaq: { __typename?: 'Faq', createdAt: string, updatedAt: string, id: string, question: string, answer: string, category: string, viewCount: number } };

export type UpdateFaqMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FaqInput;
}>;


export type UpdateFaqMutation = { __typename?: 'Mutation', updateFaq: { __typename?: 'Faq', id: string, question: string, answer: string, category: string, viewCount: number } };

export type DeleteFaqMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteFaqMutation = { __typename?: 'Mutation', deleteFaq: string };

export type CustomerLogFieldsFragment = { __typename?: 'CustomerLog', id: string, title: string, description: string, logType: LogType, status: LogStatus, priority: TicketPriority, category?: string | null, createdAt: string, updatedAt?: string | null, resolvedAt?: string | null, user: { __typename?: 'User', username: string } };

export type CreateCustomerLogMutationVariables = Exact<{
  input: CreateCustomerLogInput;
}>;


export type CreateCustomerLogMutation = { __typename?: 'Mutation', createCustomerLog: { __typename?: 'CustomerLog', id: string, title: string, description: string, logType: LogType, status: LogStatus, priority: TicketPriority, category?: string | null, createdAt: string, updatedAt?: string | null, resolvedAt?: string | null, user: { __typename?: 'User', username: string } } };

export type UpdateCustomerLogMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCustomerLogInput;
}>;


export type UpdateCustomerLogMutation = { __typename?: 'Mutation', updateCustomerLog: { __typename?: 'CustomerLog', id: string, title: string, description: string, logType: LogType, status: LogStatus, priority: TicketPriority, category?: string | null, createdAt: string, updatedAt?: string | null, resolvedAt?: string | null, user: { __typename?: 'User', username: string } } };

export type CustomerLogsQueryVariables = Exact<{
  filter?: InputMaybe<CustomerLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerLogsQuery = { __typename?: 'Query', customerLogs: { __typename?: 'CustomerLogConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomerLogEdge', node: { __typename?: 'CustomerLog', id: string, title: string, description: string, logType: LogType, status: LogStatus, priority: TicketPriority, category?: string | null, createdAt: string, updatedAt?: string | null, resolvedAt?: string | null, user: { __typename?: 'User', username: string } } }> } };

export type CustomerLogSummaryQueryVariables = Exact<{
  hours?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CustomerLogSummaryQuery = { __typename?: 'Query', customerLogSummary: { __typename?: 'CustomerLogSummary', timeframeHours: number, totalLogs: number, statusBreakdown: Array<{ __typename?: 'BreakdownItem', key: string, count: number }>, categoryBreakdown: Array<{ __typename?: 'BreakdownItem', key: string, count: number }>, priorityBreakdown: Array<{ __typename?: 'BreakdownItem', key: string, count: number }> } };

export type TrendingIssuesQueryVariables = Exact<{
  hours?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TrendingIssuesQuery = { __typename?: 'Query', trendingIssues: Array<{ __typename?: 'TrendingIssue', issue: string, stem: string, count: number }> };

export type AssistantNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssistantNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Attachment', id: string }
    | { __typename: 'BusinessCalendar', id: string }
    | { __typename: 'ClassificationJob', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Conversation', title: string, id: string }
    | { __typename: 'CustomerLog', title: string, id: string }
    | { __typename: 'Faq', question: string, viewCount: number, id: string }
    | { __typename: 'ImportRecord', id: string }
    | { __typename: 'Integration', id: string }
    | { __typename: 'IntegrationToken', id: string }
    | { __typename: 'Message', content: string, id: string }
    | { __typename: 'RoutingRule', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketEvent', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
   | null };

export type ConversationsDeepQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConversationsDeepQuery = { __typename?: 'Query', conversations: { __typename?: 'ConversationConnection', edges: Array<{ __typename?: 'ConversationEdge', node: { __typename?: 'Conversation', title: string, user: { __typename?: 'User', username: string }, ticket?: { __typename?: 'Ticket', key: string } | null, messages: { __typename?: 'MessageConnection', totalCount: number, edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', role: MessageRole, sources: Array<{ __typename?: 'Faq', question: string }>, citations: Array<{ __typename?: 'MessageSource', faq?: { __typename?: 'Faq', question: string } | null, attachment?: { __typename?: 'Attachment', id: string } | null }> } }> } } }> } };

export type CitationFieldsFragment = { __typename?: 'MessageSource', excerpt?: string | null, faq?: { __typename?: 'Faq', question: string } | null, attachment?: { __typename?: 'Attachment', id: string, fileName: string, isInternal: boolean } | null };

export type SendMessageCitingMutationVariables = Exact<{
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  message: Scalars['String']['input'];
}>;


export type SendMessageCitingMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'ChatReply', response: string, model: string, conversation: { __typename?: 'Conversation', id: string }, sources: Array<{ __typename?: 'Faq', question: string }>, citations: Array<{ __typename?: 'MessageSource', excerpt?: string | null, faq?: { __typename?: 'Faq', question: string } | null, attachment?: { __typename?: 'Attachment', id: string, fileName: string, isInternal: boolean } | null }>, message: { __typename?: 'Message', id: string, citations: Array<{ __typename?: 'MessageSource', excerpt?: string | null, faq?: { __typename?: 'Faq', question: string } | null, attachment?: { __typename?: 'Attachment', id: string, fileName: string, isInternal: boolean } | null }> } } };

export type ConversationCitationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationCitationsQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', role: MessageRole, content: string, citations: Array<{ __typename?: 'MessageSource', excerpt?: string | null, faq?: { __typename?: 'Faq', question: string } | null, attachment?: { __typename?: 'Attachment', id: string, fileName: string, isInternal: boolean } | null }> } }> } } | null };

export type AttachmentFieldsFragment = { __typename?: 'Attachment', id: string, fileName: string, contentType: string, size: number, sha256: string, kind: AttachmentKind, isInternal: boolean, status: AttachmentStatus, text?: string | null, textSource?: AttachmentTextSource | null, pageCount?: number | null, durationSeconds?: number | null, error?: string | null, note?: string | null, uploadedBy?: string | null, downloadUrl: string, ticket: { __typename?: 'Ticket', id: string }, comment?: { __typename?: 'Comment', id: string } | null };

export type UploadAttachmentMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
  commentId?: InputMaybe<Scalars['ID']['input']>;
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type UploadAttachmentMutation = { __typename?: 'Mutation', uploadAttachment: { __typename?: 'Attachment', id: string, fileName: string, contentType: string, size: number, sha256: string, kind: AttachmentKind, isInternal: boolean, status: AttachmentStatus, text?: string | null, textSource?: AttachmentTextSource | null, pageCount?: number | null, durationSeconds?: number | null, error?: string | null, note?: string | null, uploadedBy?: string | null, downloadUrl: string, ticket: { __typename?: 'Ticket', id: string }, comment?: { __typename?: 'Comment', id: string } | null } };

export type DeleteAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAttachmentMutation = { __typename?: 'Mutation', deleteAttachment: string };

export type TicketAttachmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketAttachmentsQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, attachments: { __typename?: 'AttachmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AttachmentEdge', node: { __typename?: 'Attachment', id: string, fileName: string, isInternal: boolean, status: AttachmentStatus, kind: AttachmentKind, text?: string | null } }> } } | null };

export type TicketListAttachmentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TicketListAttachmentsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, attachments: { __typename?: 'AttachmentConnection', totalCount: number, edges: Array<{ __typename?: 'AttachmentEdge', node: { __typename?: 'Attachment', id: string, fileName: string } }> } } }> } };

export type AttachmentNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AttachmentNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string, fileName: string, contentType: string, size: number, sha256: string, kind: AttachmentKind, isInternal: boolean, status: AttachmentStatus, text?: string | null, textSource?: AttachmentTextSource | null, pageCount?: number | null, durationSeconds?: number | null, error?: string | null, note?: string | null, uploadedBy?: string | null, downloadUrl: string, ticket: { __typename?: 'Ticket', id: string }, comment?: { __typename?: 'Comment', id: string } | null }
    | { __typename?: 'BusinessCalendar' }
    | { __typename?: 'ClassificationJob' }
    | { __typename?: 'Comment' }
    | { __typename?: 'Conversation' }
    | { __typename?: 'CustomerLog' }
    | { __typename?: 'Faq' }
    | { __typename?: 'ImportRecord' }
    | { __typename?: 'Integration' }
    | { __typename?: 'IntegrationToken' }
    | { __typename?: 'Message' }
    | { __typename?: 'RoutingRule' }
    | { __typename?: 'Ticket' }
    | { __typename?: 'TicketEvent' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type AttachmentUpdatedSubscriptionVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type AttachmentUpdatedSubscription = { __typename?: 'Subscription', attachmentUpdated: { __typename?: 'Attachment', id: string, fileName: string, status: AttachmentStatus, isInternal: boolean, text?: string | null, textSource?: AttachmentTextSource | null, error?: string | null } };

export type AnalyzeAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnalyzeAttachmentMutation = { __typename?: 'Mutation', analyzeAttachment: { __typename?: 'AttachmentAnalysis', summary: string, keywords: Array<string>, summaryModel: string, attachment: { __typename?: 'Attachment', id: string, fileName: string }, classification: { __typename?: 'Classification', category: TicketCategory, model: string } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, email: string, role: Role, isActive: boolean } } };

export type LoginMutationVariables = Exact<{
  usernameOrEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, role: Role } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, username: string, email: string, role: Role, isActive: boolean, lastLoginAt?: string | null } | null };

export type UsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, username: string, role: Role, isActive: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SetUserRoleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  role: Role;
}>;


export type SetUserRoleMutation = { __typename?: 'Mutation', setUserRole: { __typename?: 'User', id: string, role: Role } };

export type DeactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, isActive: boolean } };

export type CreateIntegrationTokenMutationVariables = Exact<{
  input: CreateIntegrationTokenInput;
}>;


export type CreateIntegrationTokenMutation = { __typename?: 'Mutation', createIntegrationToken: { __typename?: 'CreatedIntegrationToken', token: string, integrationToken: { __typename?: 'IntegrationToken', id: string, name: string, tokenPrefix: string, hourlyLimit: number, expiresAt?: string | null, enabled: boolean, revokedAt?: string | null, lastUsedAt?: string | null, requestCount: number, createdAt: string } } };

export type UpdateIntegrationTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateIntegrationTokenInput;
}>;


export type UpdateIntegrationTokenMutation = { __typename?: 'Mutation', updateIntegrationToken: { __typename?: 'IntegrationToken', id: string, name: string, hourlyLimit: number, enabled: boolean } };

export type RevokeIntegrationTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeIntegrationTokenMutation = { __typename?: 'Mutation', revokeIntegrationToken: { __typename?: 'IntegrationToken', id: string, enabled: boolean, revokedAt?: string | null } };

export type IntegrationTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationTokensQuery = { __typename?: 'Query', integrationTokens: Array<{ __typename?: 'IntegrationToken', id: string, name: string, tokenPrefix: string, hourlyLimit: number, enabled: boolean, revokedAt?: string | null, lastUsedAt?: string | null, requestCount: number }> };

export type RateLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitQuery = { __typename?: 'Query', rateLimit: { __typename?: 'RateLimit', cost: number, limit: number, remaining: number, resetAt: string } };

export type ClassifyTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  llmOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ClassifyTicketMutation = { __typename?: 'Mutation', classifyTicket: { __typename?: 'ClassifyTicketPayload', ticket: { __typename?: 'Ticket', id: string, category: TicketCategory, priority: TicketPriority, manualOverride: boolean, slaDueAt?: string | null, updatedAt: string, assignedTo?: string | null }, classification: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, urgency: Level, impact: Level, sentiment: Sentiment, confidence: number, reasoning: string, keywords: Array<string>, model: string, tokensUsed: number, classifiedAt: string } } };

export type ClassifierInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ClassifierInfoQuery = { __typename?: 'Query', classifierInfo: { __typename?: 'ClassifierInfo', model: string, version: string, trainedAt: string, trainingSize: number, source: ClassifierSource, corrections: number, correctionsAvailable: number, llmModel?: string | null, evaluation?: { __typename?: 'ClassifierEvaluation', method: string, accuracy: number, macroF1: number, calibrationError: number, urgencyAccuracy?: number | null, perCategory: Array<{ __typename?: 'CategoryMetrics', category: TicketCategory, precision: number, recall: number, f1: number, support: number }>, reliability: Array<{ __typename?: 'ReliabilityBin', from: number, to: number, count: number, meanConfidence: number, accuracy: number }> } | null } };

export type RetrainClassifierMutationVariables = Exact<{ [key: string]: never; }>;


export type RetrainClassifierMutation = { __typename?: 'Mutation', retrainClassifier: { __typename?: 'ClassifierInfo', model: string, version: string, source: ClassifierSource, corrections: number, correctionsAvailable: number, trainingSize: number } };

export type TicketClassificationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketClassificationQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, manualOverride: boolean, slaDueAt?: string | null, slaBreached: boolean, resolvedAt?: string | null, createdAt: string, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, urgency: Level, impact: Level, sentiment: Sentiment, confidence: number, reasoning: string, keywords: Array<string>, model: string, tokensUsed: number, classifiedAt: string } | null } | null };

export type IntegrationPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationPlatformsQuery = { __typename?: 'Query', integrationPlatforms: Array<{ __typename?: 'IntegrationPlatformInfo', platform: IntegrationPlatform, available: boolean, description: string, outbound: Array<string>, inbound: Array<string>, settings: Array<{ __typename?: 'IntegrationSettingInfo', name: string, description: string, required: boolean, secret: boolean, defaultValue?: string | null }> }> };

export type IntegrationFieldsFragment = { __typename?: 'Integration', id: string, platform: IntegrationPlatform, name: string, status: IntegrationStatus, events: Array<TicketEventType>, includeInternal: boolean, settings: unknown, inboundPath: string, lastDeliveryAt?: string | null, lastError?: string | null, consecutiveFailures: number, createdAt: string, filter?: { __typename?: 'TicketFilterValue', status?: Array<TicketStatus> | null, priority?: Array<TicketPriority> | null, category?: Array<TicketCategory> | null, assignedTo?: string | null, customerEmail?: string | null, tags?: Array<string> | null } | null };

export type ConnectIntegrationMutationVariables = Exact<{
  input: ConnectIntegrationInput;
}>;


export type ConnectIntegrationMutation = { __typename?: 'Mutation', connectIntegration: { __typename?: 'Integration', id: string, platform: IntegrationPlatform, name: string, status: IntegrationStatus, events: Array<TicketEventType>, includeInternal: boolean, settings: unknown, inboundPath: string, lastDeliveryAt?: string | null, lastError?: string | null, consecutiveFailures: number, createdAt: string, filter?: { __typename?: 'TicketFilterValue', status?: Array<TicketStatus> | null, priority?: Array<TicketPriority> | null, category?: Array<TicketCategory> | null, assignedTo?: string | null, customerEmail?: string | null, tags?: Array<string> | null } | null } };

export type UpdateIntegrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateIntegrationInput;
}>;


export type UpdateIntegrationMutation = { __typename?: 'Mutation', updateIntegration: { __typename?: 'Integration', id: string, platform: IntegrationPlatform, name: string, status: IntegrationStatus, events: Array<TicketEventType>, includeInternal: boolean, settings: unknown, inboundPath: string, lastDeliveryAt?: string | null, lastError?: string | null, consecutiveFailures: number, createdAt: string, filter?: { __typename?: 'TicketFilterValue', status?: Array<TicketStatus> | null, priority?: Array<TicketPriority> | null, category?: Array<TicketCategory> | null, assignedTo?: string | null, customerEmail?: string | null, tags?: Array<string> | null } | null } };

export type TestIntegrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestIntegrationMutation = { __typename?: 'Mutation', testIntegration: { __typename?: 'IntegrationTestResult', ok: boolean, statusCode?: number | null, message: string } };

export type DisconnectIntegrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisconnectIntegrationMutation = { __typename?: 'Mutation', disconnectIntegration: string };

export type IntegrationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type IntegrationsQuery = { __typename?: 'Query', integrations: Array<{ __typename?: 'Integration', id: string, platform: IntegrationPlatform, name: string, status: IntegrationStatus, events: Array<TicketEventType>, includeInternal: boolean, settings: unknown, inboundPath: string, lastDeliveryAt?: string | null, lastError?: string | null, consecutiveFailures: number, createdAt: string, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, event: string, url: string, status: DeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, payload: unknown, deliveredAt?: string | null } }> }, filter?: { __typename?: 'TicketFilterValue', status?: Array<TicketStatus> | null, priority?: Array<TicketPriority> | null, category?: Array<TicketCategory> | null, assignedTo?: string | null, customerEmail?: string | null, tags?: Array<string> | null } | null }> };

export type RedeliverIntegrationDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverIntegrationDeliveryMutation = { __typename?: 'Mutation', redeliverIntegrationDelivery: { __typename?: 'WebhookDelivery', id: string, status: DeliveryStatus, attempts: number } };

export type TicketExternalLinksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketExternalLinksQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, key: string, status: TicketStatus, externalLinks: Array<{ __typename?: 'ExternalLink', platform: IntegrationPlatform, key: string, url?: string | null, createdAt: string }>, comments: { __typename?: 'CommentConnection', edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', content: string, author?: string | null, isInternal: boolean } }> } } | null };

export type ScheduleMeetingMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  startAt: Scalars['DateTime']['input'];
  durationMinutes: Scalars['Int']['input'];
  integrationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ScheduleMeetingMutation = { __typename?: 'Mutation', scheduleMeeting: { __typename?: 'ScheduledMeeting', meetingId: string, topic: string, joinUrl: string, startAt: string, durationMinutes: number } };

export type JobFieldsFragment = { __typename?: 'ClassificationJob', id: string, status: JobStatus, fileName?: string | null, totalTickets: number, processedTickets: number, failedTickets: number, createdAt: string, startedAt?: string | null, completedAt?: string | null, processingTimeMs?: number | null, errorMessage?: string | null, callbackUrl?: string | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, errors: Array<string> }> };

export type ImportTicketsMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  format?: InputMaybe<ImportFormat>;
  classify?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ImportTicketsMutation = { __typename?: 'Mutation', importTickets: { __typename?: 'ImportResult', total: number, successful: number, failed: number, errors: Array<{ __typename?: 'ImportRowError', row: number, errors: Array<string> }>, job?: { __typename?: 'ClassificationJob', id: string, status: JobStatus, fileName?: string | null, totalTickets: number, processedTickets: number, failedTickets: number, createdAt: string, startedAt?: string | null, completedAt?: string | null, processingTimeMs?: number | null, errorMessage?: string | null, callbackUrl?: string | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, errors: Array<string> }> } | null } };

export type GenerateTestCsvMutationVariables = Exact<{
  ticketCount: Scalars['Int']['input'];
}>;


export type GenerateTestCsvMutation = { __typename?: 'Mutation', generateTestCsv: { __typename?: 'TestCsv', sessionId: string, fileName: string, rowCount: number, csvContent: string, signature: string, nonce: string, timestamp: string } };

export type UploadTicketCsvMutationVariables = Exact<{
  input: UploadTicketCsvInput;
}>;


export type UploadTicketCsvMutation = { __typename?: 'Mutation', uploadTicketCsv: { __typename?: 'ClassificationJob', id: string, status: JobStatus, fileName?: string | null, totalTickets: number, processedTickets: number, failedTickets: number, createdAt: string, startedAt?: string | null, completedAt?: string | null, processingTimeMs?: number | null, errorMessage?: string | null, callbackUrl?: string | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, errors: Array<string> }> } };

export type ClassificationJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClassificationJobQuery = { __typename?: 'Query', classificationJob?: { __typename?: 'ClassificationJob', id: string, status: JobStatus, fileName?: string | null, totalTickets: number, processedTickets: number, failedTickets: number, createdAt: string, startedAt?: string | null, completedAt?: string | null, processingTimeMs?: number | null, errorMessage?: string | null, callbackUrl?: string | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, errors: Array<string> }> } | null };

export type ClassificationJobTicketsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClassificationJobTicketsQuery = { __typename?: 'Query', classificationJob?: { __typename?: 'ClassificationJob', id: string, tickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, subject: string, category: TicketCategory, priority: TicketPriority, slaDueAt?: string | null, tags: Array<string>, customer: { __typename?: 'Customer', customerId: string, email: string, name: string }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, urgency: Level, impact: Level, sentiment: Sentiment, confidence: number, reasoning: string, keywords: Array<string>, model: string, classifiedAt: string } | null } }> } } | null };

export type ClassificationJobUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClassificationJobUpdatedSubscription = { __typename?: 'Subscription', classificationJobUpdated: { __typename?: 'ClassificationJob', id: string, status: JobStatus, totalTickets: number, processedTickets: number, failedTickets: number, completedAt?: string | null, processingTimeMs?: number | null } };

export type ExportTicketsQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExportTicketsQuery = { __typename?: 'Query', exportTickets: string };

export type ClassificationJobsQueryVariables = Exact<{
  filter?: InputMaybe<ClassificationJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClassificationJobsQuery = { __typename?: 'Query', classificationJobs: { __typename?: 'ClassificationJobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClassificationJobEdge', cursor: string, node: { __typename?: 'ClassificationJob', id: string, status: JobStatus, fileName?: string | null, totalTickets: number, processedTickets: number, errorMessage?: string | null } }> } };

export type JobQueueStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobQueueStatsQuery = { __typename?: 'Query', jobQueueStats: Array<{ __typename?: 'JobQueueStats', queue: string, queued: number, active: number, completedLastHour: number, failedLastHour: number, oldestWaitingSeconds?: number | null, oldestActiveSeconds?: number | null }> };

export type RetryClassificationJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryClassificationJobMutation = { __typename?: 'Mutation', retryClassificationJob: { __typename?: 'ClassificationJob', id: string, status: JobStatus, fileName?: string | null, totalTickets: number, processedTickets: number, failedTickets: number, createdAt: string, startedAt?: string | null, completedAt?: string | null, processingTimeMs?: number | null, errorMessage?: string | null, callbackUrl?: string | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, errors: Array<string> }> } };

export type CancelClassificationJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelClassificationJobMutation = { __typename?: 'Mutation', cancelClassificationJob: { __typename?: 'ClassificationJob', id: string, status: JobStatus, fileName?: string | null, totalTickets: number, processedTickets: number, failedTickets: number, createdAt: string, startedAt?: string | null, completedAt?: string | null, processingTimeMs?: number | null, errorMessage?: string | null, callbackUrl?: string | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, errors: Array<string> }> } };

export type MatrixTicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixTicketQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', key: string } | null };

export type MatrixNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'BusinessCalendar', id: string }
    | { __typename?: 'ClassificationJob', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Conversation', id: string }
    | { __typename?: 'CustomerLog', id: string }
    | { __typename?: 'Faq', id: string }
    | { __typename?: 'ImportRecord', id: string }
    | { __typename?: 'Integration', id: string }
    | { __typename?: 'IntegrationToken', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'RoutingRule', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'TicketEvent', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type MatrixTicketsQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
}>;


export type MatrixTicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number } };

export type MatrixMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixMeQuery = { __typename?: 'Query', me?: { __typename?: 'User', username: string } | null };

export type MatrixUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number } };

export type MatrixIntegrationTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixIntegrationTokensQuery = { __typename?: 'Query', integrationTokens: Array<{ __typename?: 'IntegrationToken', name: string }> };

export type MatrixRateLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixRateLimitQuery = { __typename?: 'Query', rateLimit: { __typename?: 'RateLimit', limit: number } };

export type MatrixCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type MatrixCreateTicketMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', id: string, key: string } };

export type MatrixUpdateTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixUpdateTicketMutation = { __typename?: 'Mutation', updateTicket: { __typename?: 'Ticket', key: string } };

export type MatrixSetTicketStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixSetTicketStatusMutation = { __typename?: 'Mutation', setTicketStatus: { __typename?: 'Ticket', key: string } };

export type MatrixDeleteTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixDeleteTicketMutation = { __typename?: 'Mutation', deleteTicket: string };

export type MatrixAddCommentMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  isInternal: Scalars['Boolean']['input'];
}>;


export type MatrixAddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', isInternal: boolean } };

export type MatrixRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type MatrixRegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', user: { __typename?: 'User', role: Role } } };

export type MatrixLoginMutationVariables = Exact<{
  usernameOrEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type MatrixLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', user: { __typename?: 'User', username: string } } };

export type MatrixSetUserRoleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type MatrixSetUserRoleMutation = { __typename?: 'Mutation', setUserRole: { __typename?: 'User', role: Role } };

export type MatrixDeactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type MatrixDeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', isActive: boolean } };

export type MatrixCreateIntegrationTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixCreateIntegrationTokenMutation = { __typename?: 'Mutation', createIntegrationToken: { __typename?: 'CreatedIntegrationToken', integrationToken: { __typename?: 'IntegrationToken', name: string } } };

export type MatrixUpdateIntegrationTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixUpdateIntegrationTokenMutation = { __typename?: 'Mutation', updateIntegrationToken: { __typename?: 'IntegrationToken', hourlyLimit: number } };

export type MatrixRevokeIntegrationTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixRevokeIntegrationTokenMutation = { __typename?: 'Mutation', revokeIntegrationToken: { __typename?: 'IntegrationToken', enabled: boolean } };

export type MatrixClassifyTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixClassifyTicketMutation = { __typename?: 'Mutation', classifyTicket: { __typename?: 'ClassifyTicketPayload', classification: { __typename?: 'Classification', model: string } } };

export type MatrixClassifierInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixClassifierInfoQuery = { __typename?: 'Query', classifierInfo: { __typename?: 'ClassifierInfo', model: string } };

export type MatrixRetrainClassifierMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixRetrainClassifierMutation = { __typename?: 'Mutation', retrainClassifier: { __typename?: 'ClassifierInfo', source: ClassifierSource } };

export type MatrixSendMessageMutationVariables = Exact<{
  conversationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MatrixSendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'ChatReply', response: string, conversation: { __typename?: 'Conversation', id: string } } };

export type MatrixStartConversationMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixStartConversationMutation = { __typename?: 'Mutation', startConversation: { __typename?: 'Conversation', id: string } };

export type MatrixConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixConversationsQuery = { __typename?: 'Query', conversations: { __typename?: 'ConversationConnection', edges: Array<{ __typename?: 'ConversationEdge', node: { __typename?: 'Conversation', id: string } }> } };

export type MatrixConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixConversationQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', title: string } | null };

export type MatrixCreateTicketFromConversationMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type MatrixCreateTicketFromConversationMutation = { __typename?: 'Mutation', createTicketFromConversation: { __typename?: 'Ticket', key: string } };

export type MatrixChatReplyStreamSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type MatrixChatReplyStreamSubscription = { __typename?: 'Subscription', chatReplyStream: { __typename?: 'ChatReplyChunk', done: boolean } };

export type MatrixFaqsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixFaqsQuery = { __typename?: 'Query', faqs: Array<{ __typename?: 'Faq', question: string }> };

export type MatrixFaqQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixFaqQuery = { __typename?: 'Query', faq?: { __typename?: 'Faq', question: string } | null };

export type MatrixSearchKnowledgeBaseQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixSearchKnowledgeBaseQuery = { __typename?: 'Query', searchKnowledgeBase: Array<{ __typename?: 'KnowledgeBaseHit', score: number }> };

export type MatrixCreateFaqMutationVariables = Exact<{
  input: FaqInput;
}>;


export type MatrixCreateFaqMutation = { __typename?: 'Mutation', createFaq: { __typename?: 'Faq', id: string } };

export type MatrixUpdateFaqMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FaqInput;
}>;


export type MatrixUpdateFaqMutation = { __typename?: 'Mutation', updateFaq: { __typename?: 'Faq', id: string } };

export type MatrixDeleteFaqMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixDeleteFaqMutation = { __typename?: 'Mutation', deleteFaq: string };

export type MatrixCreateCustomerLogMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixCreateCustomerLogMutation = { __typename?: 'Mutation', createCustomerLog: { __typename?: 'CustomerLog', id: string } };

export type MatrixUpdateCustomerLogMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixUpdateCustomerLogMutation = { __typename?: 'Mutation', updateCustomerLog: { __typename?: 'CustomerLog', status: LogStatus } };

export type MatrixCustomerLogsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixCustomerLogsQuery = { __typename?: 'Query', customerLogs: { __typename?: 'CustomerLogConnection', totalCount: number } };

export type MatrixCustomerLogSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixCustomerLogSummaryQuery = { __typename?: 'Query', customerLogSummary: { __typename?: 'CustomerLogSummary', totalLogs: number } };

export type MatrixTrendingIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixTrendingIssuesQuery = { __typename?: 'Query', trendingIssues: Array<{ __typename?: 'TrendingIssue', issue: string }> };

export type MatrixGenerateTestCsvMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixGenerateTestCsvMutation = { __typename?: 'Mutation', generateTestCsv: { __typename?: 'TestCsv', sessionId: string, csvContent: string } };

export type MatrixUploadTicketCsvMutationVariables = Exact<{
  csvContent: Scalars['String']['input'];
}>;


export type MatrixUploadTicketCsvMutation = { __typename?: 'Mutation', uploadTicketCsv: { __typename?: 'ClassificationJob', id: string, status: JobStatus } };

export type MatrixClassificationJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixClassificationJobQuery = { __typename?: 'Query', classificationJob?: { __typename?: 'ClassificationJob', id: string, status: JobStatus, tickets: { __typename?: 'TicketConnection', totalCount: number } } | null };

export type MatrixClassificationJobUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixClassificationJobUpdatedSubscription = { __typename?: 'Subscription', classificationJobUpdated: { __typename?: 'ClassificationJob', id: string, status: JobStatus } };

export type MatrixExportTicketsQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
}>;


export type MatrixExportTicketsQuery = { __typename?: 'Query', exportTickets: string };

export type MatrixWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixWebhooksQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number } }> };

export type MatrixCreateWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixCreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreatedWebhook', webhook: { __typename?: 'Webhook', id: string } } };

export type MatrixUpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixUpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'Webhook', id: string } };

export type MatrixDeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixDeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: string };

export type MatrixRedeliverWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixRedeliverWebhookDeliveryMutation = { __typename?: 'Mutation', redeliverWebhookDelivery: { __typename?: 'WebhookDelivery', id: string } };

export type MatrixUpdateProfileMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixUpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', fullName?: string | null } };

export type MatrixCloseConversationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixCloseConversationMutation = { __typename?: 'Mutation', closeConversation: { __typename?: 'Conversation', isActive: boolean } };

export type MatrixRotateIntegrationTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixRotateIntegrationTokenMutation = { __typename?: 'Mutation', rotateIntegrationToken: { __typename?: 'CreatedIntegrationToken', token: string } };

export type MatrixIntegrationPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixIntegrationPlatformsQuery = { __typename?: 'Query', integrationPlatforms: Array<{ __typename?: 'IntegrationPlatformInfo', platform: IntegrationPlatform, available: boolean }> };

export type MatrixIntegrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixIntegrationsQuery = { __typename?: 'Query', integrations: Array<{ __typename?: 'Integration', id: string, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number } }> };

export type MatrixConnectIntegrationMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type MatrixConnectIntegrationMutation = { __typename?: 'Mutation', connectIntegration: { __typename?: 'Integration', id: string } };

export type MatrixUpdateIntegrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixUpdateIntegrationMutation = { __typename?: 'Mutation', updateIntegration: { __typename?: 'Integration', id: string } };

export type MatrixTestIntegrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixTestIntegrationMutation = { __typename?: 'Mutation', testIntegration: { __typename?: 'IntegrationTestResult', ok: boolean } };

export type MatrixDisconnectIntegrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixDisconnectIntegrationMutation = { __typename?: 'Mutation', disconnectIntegration: string };

export type MatrixRedeliverIntegrationDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixRedeliverIntegrationDeliveryMutation = { __typename?: 'Mutation', redeliverIntegrationDelivery: { __typename?: 'WebhookDelivery', id: string } };

export type MatrixTicketExternalLinksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixTicketExternalLinksQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', externalLinks: Array<{ __typename?: 'ExternalLink', key: string }> } | null };

export type MatrixScheduleMeetingMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type MatrixScheduleMeetingMutation = { __typename?: 'Mutation', scheduleMeeting: { __typename?: 'ScheduledMeeting', joinUrl: string } };

export type MatrixDeleteAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixDeleteAttachmentMutation = { __typename?: 'Mutation', deleteAttachment: string };

export type MatrixAttachmentUpdatedSubscriptionVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type MatrixAttachmentUpdatedSubscription = { __typename?: 'Subscription', attachmentUpdated: { __typename?: 'Attachment', id: string, status: AttachmentStatus } };

export type MatrixClassifyTextQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixClassifyTextQuery = { __typename?: 'Query', classifyText: { __typename?: 'Classification', category: TicketCategory } };

export type MatrixCreateTicketFromTextMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixCreateTicketFromTextMutation = { __typename?: 'Mutation', createTicketFromText: { __typename?: 'Ticket', id: string } };

export type MatrixSimilarTicketsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixSimilarTicketsQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', similar: Array<{ __typename?: 'SimilarTicket', score: number }> } | null };

export type MatrixIntegrationTokenUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixIntegrationTokenUsageQuery = { __typename?: 'Query', integrationTokens: Array<{ __typename?: 'IntegrationToken', usage: Array<{ __typename?: 'TokenUsage', requests: number }> }> };

export type MatrixAnalyzeAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixAnalyzeAttachmentMutation = { __typename?: 'Mutation', analyzeAttachment: { __typename?: 'AttachmentAnalysis', summary: string } };

export type MatrixRoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixRoutingRulesQuery = { __typename?: 'Query', routingRules: Array<{ __typename?: 'RoutingRule', name: string }> };

export type MatrixCreateRoutingRuleMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type MatrixCreateRoutingRuleMutation = { __typename?: 'Mutation', createRoutingRule: { __typename?: 'RoutingRule', id: string } };

export type MatrixUpdateRoutingRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixUpdateRoutingRuleMutation = { __typename?: 'Mutation', updateRoutingRule: { __typename?: 'RoutingRule', id: string } };

export type MatrixDeleteRoutingRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixDeleteRoutingRuleMutation = { __typename?: 'Mutation', deleteRoutingRule: string };

export type MatrixAiStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixAiStatusQuery = { __typename?: 'Query', aiStatus: Array<{ __typename?: 'AiModelStatus', kind: AiModelKind }> };

export type MatrixClassificationJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixClassificationJobsQuery = { __typename?: 'Query', classificationJobs: { __typename?: 'ClassificationJobConnection', totalCount: number, edges: Array<{ __typename?: 'ClassificationJobEdge', node: { __typename?: 'ClassificationJob', id: string } }> } };

export type MatrixJobQueueStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixJobQueueStatsQuery = { __typename?: 'Query', jobQueueStats: Array<{ __typename?: 'JobQueueStats', queue: string, queued: number }> };

export type MatrixRetryClassificationJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixRetryClassificationJobMutation = { __typename?: 'Mutation', retryClassificationJob: { __typename?: 'ClassificationJob', id: string, status: JobStatus } };

export type MatrixCancelClassificationJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixCancelClassificationJobMutation = { __typename?: 'Mutation', cancelClassificationJob: { __typename?: 'ClassificationJob', id: string, status: JobStatus } };

export type MatrixImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixImportsQuery = { __typename?: 'Query', imports: { __typename?: 'ImportRecordConnection', totalCount: number, edges: Array<{ __typename?: 'ImportRecordEdge', node: { __typename?: 'ImportRecord', id: string, fileName?: string | null } }> } };

export type MatrixTicketChangesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixTicketChangesQuery = { __typename?: 'Query', ticketChanges: { __typename?: 'TicketEventConnection', totalCount: number } };

export type MatrixBusinessCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixBusinessCalendarsQuery = { __typename?: 'Query', businessCalendars: Array<{ __typename?: 'BusinessCalendar', id: string }> };

export type MatrixCreateBusinessCalendarMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type MatrixCreateBusinessCalendarMutation = { __typename?: 'Mutation', createBusinessCalendar: { __typename?: 'BusinessCalendar', id: string } };

export type MatrixUpdateBusinessCalendarMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type MatrixUpdateBusinessCalendarMutation = { __typename?: 'Mutation', updateBusinessCalendar: { __typename?: 'BusinessCalendar', id: string } };

export type MatrixDeleteBusinessCalendarMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixDeleteBusinessCalendarMutation = { __typename?: 'Mutation', deleteBusinessCalendar: string };

export type MatrixSlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixSlaPoliciesQuery = { __typename?: 'Query', slaPolicies: Array<{ __typename?: 'SlaPolicy', priority: TicketPriority }> };

export type MatrixSetSlaPolicyMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixSetSlaPolicyMutation = { __typename?: 'Mutation', setSlaPolicy: { __typename?: 'SlaPolicy', priority: TicketPriority } };

export type MatrixSlaReportQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixSlaReportQuery = { __typename?: 'Query', slaReport: Array<{ __typename?: 'SlaReportRow', key: string }> };

export type MatrixSendMessageCitingMutationVariables = Exact<{
  message: Scalars['String']['input'];
}>;


export type MatrixSendMessageCitingMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'ChatReply', conversation: { __typename?: 'Conversation', id: string }, citations: Array<{ __typename?: 'MessageSource', attachment?: { __typename?: 'Attachment', isInternal: boolean } | null }> } };

export type MatrixConversationCitationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatrixConversationCitationsQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', citations: Array<{ __typename?: 'MessageSource', attachment?: { __typename?: 'Attachment', isInternal: boolean } | null }> } }> } } | null };

export type BackwardPageInfoFragment = { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null };

export type CommentsBackwardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommentsBackwardQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', comments: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CommentEdge', cursor: string, node: { __typename?: 'Comment', content: string } }> } } | null };

export type HistoryBackwardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type HistoryBackwardQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', history: { __typename?: 'TicketEventConnection', pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEventEdge', node: { __typename?: 'TicketEvent', type: TicketEventType } }> } } | null };

export type TicketListCommentsBackwardQueryVariables = Exact<{
  tag: Scalars['String']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TicketListCommentsBackwardQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', subject: string, comments: { __typename?: 'CommentConnection', pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', content: string } }> } } }> } };

export type ConversationsBackwardQueryVariables = Exact<{
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  messagesLast?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConversationsBackwardQuery = { __typename?: 'Query', conversations: { __typename?: 'ConversationConnection', pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ConversationEdge', node: { __typename?: 'Conversation', title: string, messages: { __typename?: 'MessageConnection', pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', role: MessageRole, content: string } }> } } }> } };

export type CustomerLogsBackwardQueryVariables = Exact<{
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerLogsBackwardQuery = { __typename?: 'Query', customerLogs: { __typename?: 'CustomerLogConnection', pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomerLogEdge', node: { __typename?: 'CustomerLog', title: string } }> } };

export type UsersBackwardQueryVariables = Exact<{
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersBackwardQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', username: string } }> } };

export type WebhookDeliveriesBackwardQueryVariables = Exact<{
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesBackwardQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', event: string } }> } }> };

export type JobsBackwardQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type JobsBackwardQuery = { __typename?: 'Query', classificationJobs: { __typename?: 'ClassificationJobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ClassificationJobEdge', cursor: string, node: { __typename?: 'ClassificationJob', fileName?: string | null } }> } };

export type ImportsBackwardQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportsBackwardQuery = { __typename?: 'Query', imports: { __typename?: 'ImportRecordConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRecordEdge', cursor: string, node: { __typename?: 'ImportRecord', id: string, fileName?: string | null } }> } };

export type ImportErrorsBackwardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportErrorsBackwardQuery = { __typename?: 'Query', node?:
    | { __typename: 'Attachment' }
    | { __typename: 'BusinessCalendar' }
    | { __typename: 'ClassificationJob' }
    | { __typename: 'Comment' }
    | { __typename: 'Conversation' }
    | { __typename: 'CustomerLog' }
    | { __typename: 'Faq' }
    | { __typename: 'ImportRecord', errors: { __typename?: 'ImportRowErrorConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowErrorEdge', cursor: string, node: { __typename?: 'ImportRowError', row: number } }> } }
    | { __typename: 'Integration' }
    | { __typename: 'IntegrationToken' }
    | { __typename: 'Message' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketEvent' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type ChangesBackwardQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChangesBackwardQuery = { __typename?: 'Query', ticketChanges: { __typename?: 'TicketEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEventEdge', cursor: string, node: { __typename?: 'TicketEvent', type: TicketEventType, ticketId: string } }> } };

export type RegisterWithNameMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterWithNameMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', accessToken: string, user: { __typename?: 'User', id: string, username: string, email: string, fullName?: string | null, role: Role } } };

export type MeProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MeProfileQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, username: string, email: string, fullName?: string | null } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', id: string, username: string, email: string, fullName?: string | null } };

export type CloseConversationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseConversationMutation = { __typename?: 'Mutation', closeConversation: { __typename?: 'Conversation', id: string, isActive: boolean, updatedAt: string, messages: { __typename?: 'MessageConnection', totalCount: number } } };

export type ConversationStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationStateQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', isActive: boolean, messages: { __typename?: 'MessageConnection', totalCount: number } } | null };

export type IntegrationCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type IntegrationCreateTicketMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', id: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, tags: Array<string>, manualOverride: boolean, customer: { __typename?: 'Customer', customerId: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, model: string } | null } };

export type TicketsBackwardQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  orderBy?: InputMaybe<TicketOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketsBackwardQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEdge', cursor: string, node: { __typename?: 'Ticket', id: string, subject: string } }> } };

export type RotateIntegrationTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  graceSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RotateIntegrationTokenMutation = { __typename?: 'Mutation', rotateIntegrationToken: { __typename?: 'CreatedIntegrationToken', token: string, integrationToken: { __typename?: 'IntegrationToken', id: string, tokenPrefix: string, expiresAt?: string | null } } };

export type UpdateIntegrationTokenExpiryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type UpdateIntegrationTokenExpiryMutation = { __typename?: 'Mutation', updateIntegrationToken: { __typename?: 'IntegrationToken', id: string, expiresAt?: string | null } };

export type IntegrationTokenUsageQueryVariables = Exact<{
  hours?: InputMaybe<Scalars['Int']['input']>;
}>;


export type IntegrationTokenUsageQuery = { __typename?: 'Query', integrationTokens: Array<{ __typename?: 'IntegrationToken', id: string, name: string, usage: Array<{ __typename?: 'TokenUsage', hour: string, requests: number }> }> };

export type RoutingRuleFieldsFragment = { __typename?: 'RoutingRule', id: string, name: string, position: number, categories: Array<TicketCategory>, priorities: Array<TicketPriority>, sources: Array<TicketSource>, tags: Array<string>, words: Array<string>, pattern?: string | null, active: boolean, agents: Array<{ __typename?: 'User', username: string, isActive: boolean }> };

export type RoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingRulesQuery = { __typename?: 'Query', routingRules: Array<{ __typename?: 'RoutingRule', id: string, name: string, position: number, categories: Array<TicketCategory>, priorities: Array<TicketPriority>, sources: Array<TicketSource>, tags: Array<string>, words: Array<string>, pattern?: string | null, active: boolean, agents: Array<{ __typename?: 'User', username: string, isActive: boolean }> }> };

export type CreateRoutingRuleMutationVariables = Exact<{
  input: CreateRoutingRuleInput;
}>;


export type CreateRoutingRuleMutation = { __typename?: 'Mutation', createRoutingRule: { __typename?: 'RoutingRule', id: string, name: string, position: number, categories: Array<TicketCategory>, priorities: Array<TicketPriority>, sources: Array<TicketSource>, tags: Array<string>, words: Array<string>, pattern?: string | null, active: boolean, agents: Array<{ __typename?: 'User', username: string, isActive: boolean }> } };

export type UpdateRoutingRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRoutingRuleInput;
}>;


export type UpdateRoutingRuleMutation = { __typename?: 'Mutation', updateRoutingRule: { __typename?: 'RoutingRule', id: string, name: string, position: number, categories: Array<TicketCategory>, priorities: Array<TicketPriority>, sources: Array<TicketSource>, tags: Array<string>, words: Array<string>, pattern?: string | null, active: boolean, agents: Array<{ __typename?: 'User', username: string, isActive: boolean }> } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRoutingRuleMutation = { __typename?: 'Mutation', deleteRoutingRule: string };

export type RoutingRuleNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoutingRuleNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'BusinessCalendar', id: string }
    | { __typename?: 'ClassificationJob', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Conversation', id: string }
    | { __typename?: 'CustomerLog', id: string }
    | { __typename?: 'Faq', id: string }
    | { __typename?: 'ImportRecord', id: string }
    | { __typename?: 'Integration', id: string }
    | { __typename?: 'IntegrationToken', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'RoutingRule', name: string, id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'TicketEvent', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type CalendarFieldsFragment = { __typename?: 'BusinessCalendar', id: string, name: string, timeZone: string, holidays: Array<any>, hours: Array<{ __typename?: 'WorkingHours', weekday: Weekday, start: string, end: string }> };

export type CreateBusinessCalendarMutationVariables = Exact<{
  input: BusinessCalendarInput;
}>;


export type CreateBusinessCalendarMutation = { __typename?: 'Mutation', createBusinessCalendar: { __typename?: 'BusinessCalendar', id: string, name: string, timeZone: string, holidays: Array<any>, hours: Array<{ __typename?: 'WorkingHours', weekday: Weekday, start: string, end: string }> } };

export type UpdateBusinessCalendarMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BusinessCalendarInput;
}>;


export type UpdateBusinessCalendarMutation = { __typename?: 'Mutation', updateBusinessCalendar: { __typename?: 'BusinessCalendar', id: string, name: string, timeZone: string, holidays: Array<any>, hours: Array<{ __typename?: 'WorkingHours', weekday: Weekday, start: string, end: string }> } };

export type DeleteBusinessCalendarMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteBusinessCalendarMutation = { __typename?: 'Mutation', deleteBusinessCalendar: string };

export type BusinessCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessCalendarsQuery = { __typename?: 'Query', businessCalendars: Array<{ __typename?: 'BusinessCalendar', id: string, name: string, timeZone: string, holidays: Array<any>, hours: Array<{ __typename?: 'WorkingHours', weekday: Weekday, start: string, end: string }> }> };

export type CalendarNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CalendarNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'BusinessCalendar', name: string, id: string }
    | { __typename?: 'ClassificationJob', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Conversation', id: string }
    | { __typename?: 'CustomerLog', id: string }
    | { __typename?: 'Faq', id: string }
    | { __typename?: 'ImportRecord', id: string }
    | { __typename?: 'Integration', id: string }
    | { __typename?: 'IntegrationToken', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'RoutingRule', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'TicketEvent', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type SetSlaPolicyMutationVariables = Exact<{
  input: SlaPolicyInput;
}>;


export type SetSlaPolicyMutation = { __typename?: 'Mutation', setSlaPolicy: { __typename?: 'SlaPolicy', priority: TicketPriority, firstResponseMinutes?: number | null, resolutionMinutes: number, warningMinutes: number, calendar?: { __typename?: 'BusinessCalendar', name: string } | null } };

export type SlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaPoliciesQuery = { __typename?: 'Query', slaPolicies: Array<{ __typename?: 'SlaPolicy', priority: TicketPriority, firstResponseMinutes?: number | null, resolutionMinutes: number, warningMinutes: number, calendar?: { __typename?: 'BusinessCalendar', name: string } | null }> };

export type SlaTicketFieldsFragment = { __typename?: 'Ticket', id: string, status: TicketStatus, priority: TicketPriority, createdAt: string, slaDueAt?: string | null, slaBreached: boolean, firstResponseBreached: boolean, resolutionBreached: boolean, firstResponseDueAt?: string | null, firstRespondedAt?: string | null };

export type SlaBreachedTicketsQueryVariables = Exact<{
  filter: TicketFilter;
}>;


export type SlaBreachedTicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', subject: string, slaBreached: boolean, firstResponseBreached: boolean, resolutionBreached: boolean } }> } };

export type SlaCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type SlaCreateTicketMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', id: string, status: TicketStatus, priority: TicketPriority, createdAt: string, slaDueAt?: string | null, slaBreached: boolean, firstResponseBreached: boolean, resolutionBreached: boolean, firstResponseDueAt?: string | null, firstRespondedAt?: string | null } };

export type SlaUpdateTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
}>;


export type SlaUpdateTicketMutation = { __typename?: 'Mutation', updateTicket: { __typename?: 'Ticket', id: string, status: TicketStatus, priority: TicketPriority, createdAt: string, slaDueAt?: string | null, slaBreached: boolean, firstResponseBreached: boolean, resolutionBreached: boolean, firstResponseDueAt?: string | null, firstRespondedAt?: string | null } };

export type SlaTicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SlaTicketQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, status: TicketStatus, priority: TicketPriority, createdAt: string, slaDueAt?: string | null, slaBreached: boolean, firstResponseBreached: boolean, resolutionBreached: boolean, firstResponseDueAt?: string | null, firstRespondedAt?: string | null, history: { __typename?: 'TicketEventConnection', edges: Array<{ __typename?: 'TicketEventEdge', node: { __typename?: 'TicketEvent', type: TicketEventType, changes: Array<{ __typename?: 'FieldChange', field: string, oldValue?: unknown | null, newValue?: unknown | null }> } }> } } | null };

export type SlaReportQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  groupBy: SlaReportGrouping;
}>;


export type SlaReportQuery = { __typename?: 'Query', slaReport: Array<{ __typename?: 'SlaReportRow', key: string, met: number, breached: number, open: number, metShare?: number | null, medianFirstResponseMinutes?: number | null, medianResolutionMinutes?: number | null }> };

export type TicketChangesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketChangesQuery = { __typename?: 'Query', ticketChanges: { __typename?: 'TicketEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEventEdge', cursor: string, node: { __typename?: 'TicketEvent', id: string, type: TicketEventType, ticketId: string, actor?: string | null, changes: Array<{ __typename?: 'FieldChange', field: string, newValue?: unknown | null }> } }> } };

export type ImportWithRecordMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  format?: InputMaybe<ImportFormat>;
}>;


export type ImportWithRecordMutation = { __typename?: 'Mutation', importTickets: { __typename?: 'ImportResult', total: number, successful: number, failed: number, importRecord: { __typename?: 'ImportRecord', id: string, fileName?: string | null, format: ImportFormat, importedBy?: string | null, total: number, successful: number, failed: number, failedRowsUrl?: string | null, errors: { __typename?: 'ImportRowErrorConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowErrorEdge', node: { __typename?: 'ImportRowError', row: number, errors: Array<string> } }> }, job?: { __typename?: 'ClassificationJob', id: string } | null } } };

export type ImportsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportsQuery = { __typename?: 'Query', imports: { __typename?: 'ImportRecordConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRecordEdge', node: { __typename?: 'ImportRecord', id: string, fileName?: string | null, importedBy?: string | null, total: number, successful: number, failed: number } }> } };

export type ImportErrorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportErrorsQuery = { __typename?: 'Query', node?:
    | { __typename: 'Attachment' }
    | { __typename: 'BusinessCalendar' }
    | { __typename: 'ClassificationJob' }
    | { __typename: 'Comment' }
    | { __typename: 'Conversation' }
    | { __typename: 'CustomerLog' }
    | { __typename: 'Faq' }
    | { __typename: 'ImportRecord', failedRowsUrl?: string | null, errors: { __typename?: 'ImportRowErrorConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowErrorEdge', node: { __typename?: 'ImportRowError', row: number, errors: Array<string> } }> } }
    | { __typename: 'Integration' }
    | { __typename: 'IntegrationToken' }
    | { __typename: 'Message' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'Ticket' }
    | { __typename: 'TicketEvent' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type TicketsByExternalKeyQueryVariables = Exact<{
  externalKey: Scalars['String']['input'];
}>;


export type TicketsByExternalKeyQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, subject: string, externalKey?: string | null } }> } };

export type JobTicketKeysQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobTicketKeysQuery = { __typename?: 'Query', classificationJob?: { __typename?: 'ClassificationJob', tickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', externalKey?: string | null, subject: string, category: TicketCategory } }> } } | null };

export type TicketKeysQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
}>;


export type TicketKeysQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', key: string, customer: { __typename?: 'Customer', email: string } } }> } };

export type TicketWithCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketWithCommentsQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', key: string, comments: { __typename?: 'CommentConnection', totalCount: number, edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', content: string, isInternal: boolean, author?: string | null } }> } } | null };

export type TicketFieldsFragment = { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', customerId: string, id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', customerId: string, id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null } };

export type UpdateTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
}>;


export type UpdateTicketMutation = { __typename?: 'Mutation', updateTicket: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', customerId: string, id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null } };

export type SetTicketStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: TicketStatus;
}>;


export type SetTicketStatusMutation = { __typename?: 'Mutation', setTicketStatus: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', customerId: string, id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null } };

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


export type TicketQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, key: string, subject: string, description: string, category: TicketCategory, priority: TicketPriority, status: TicketStatus, tags: Array<string>, assignedTo?: string | null, createdAt: string, updatedAt: string, resolvedAt?: string | null, slaDueAt?: string | null, slaBreached: boolean, manualOverride: boolean, customer: { __typename?: 'Customer', customerId: string, id: string, email: string, name: string }, metadata: { __typename?: 'TicketMetadata', source: TicketSource, browser?: string | null, deviceType?: DeviceType | null, extra?: unknown | null }, classification?: { __typename?: 'Classification', category: TicketCategory, priority: TicketPriority, model: string } | null } | null };

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
    | { __typename: 'Attachment', id: string }
    | { __typename: 'BusinessCalendar', id: string }
    | { __typename: 'ClassificationJob', id: string }
    | { __typename: 'Comment', content: string, isInternal: boolean, id: string }
    | { __typename: 'Conversation', id: string }
    | { __typename: 'CustomerLog', id: string }
    | { __typename: 'Faq', id: string }
    | { __typename: 'ImportRecord', id: string }
    | { __typename: 'Integration', id: string }
    | { __typename: 'IntegrationToken', name: string, id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'RoutingRule', id: string }
    | { __typename: 'Ticket', key: string, id: string }
    | { __typename: 'TicketEvent', type: TicketEventType, ticketId: string, id: string }
    | { __typename: 'User', username: string, id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
   | null };

export type TicketEventsSubscriptionVariables = Exact<{
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<TicketFilter>;
}>;


export type TicketEventsSubscription = { __typename?: 'Subscription', ticketEvents: { __typename?: 'TicketEvent', type: TicketEventType, ticketId: string, actor?: string | null, changes: Array<{ __typename?: 'FieldChange', field: string, oldValue?: unknown | null, newValue?: unknown | null }>, ticket?: { __typename?: 'Ticket', key: string, status: TicketStatus, subject: string, comments: { __typename?: 'CommentConnection', totalCount: number } } | null } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreatedWebhook', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, description?: string | null, events: Array<TicketEventType>, includeInternal: boolean, active: boolean, createdAt: string } } };

export type UpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'Webhook', id: string, url: string, events: Array<TicketEventType>, includeInternal: boolean, active: boolean } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: string };

export type WebhooksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebhooksQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, url: string, active: boolean, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, event: string, status: DeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, payload: unknown, deliveredAt?: string | null } }> } }> };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverWebhookDeliveryMutation = { __typename?: 'Mutation', redeliverWebhookDelivery: { __typename?: 'WebhookDelivery', id: string, status: DeliveryStatus, attempts: number } };

export const FaqFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Faq"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]} as unknown as DocumentNode<FaqFieldsFragment, unknown>;
export const CustomerLogFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"logType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<CustomerLogFieldsFragment, unknown>;
export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textSource"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const IntegrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"includeInternal"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPath"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<IntegrationFieldsFragment, unknown>;
export const JobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalTickets"}},{"kind":"Field","name":{"kind":"Name","value":"processedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"failedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<JobFieldsFragment, unknown>;
export const BackwardPageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<BackwardPageInfoFragment, unknown>;
export const RoutingRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<RoutingRuleFieldsFragment, unknown>;
export const CalendarFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]} as unknown as DocumentNode<CalendarFieldsFragment, unknown>;
export const SlaTicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}}]} as unknown as DocumentNode<SlaTicketFieldsFragment, unknown>;
export const TicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<TicketFieldsFragment, unknown>;
export const AiStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AiStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"loaded"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"probeError"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"lastCallAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorAt"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p95Ms"}}]}}]}}]} as unknown as DocumentNode<AiStatusQuery, AiStatusQueryVariables>;
export const ClassifyTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifyText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsed"}}]}}]}}]} as unknown as DocumentNode<ClassifyTextQuery, ClassifyTextQueryVariables>;
export const CreateTicketFromTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicketFromText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicketFromText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTicketFromTextMutation, CreateTicketFromTextMutationVariables>;
export const SimilarTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimilarTicketsQuery, SimilarTicketsQueryVariables>;
export const CreateTicketWithDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicketWithDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTicketWithDuplicatesMutation, CreateTicketWithDuplicatesMutationVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const StartConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startConversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StartConversationMutation, StartConversationMutationVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const ConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const CreateTicketFromConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicketFromConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicketFromConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTicketFromConversationMutation, CreateTicketFromConversationMutationVariables>;
export const ChatReplyStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatReplyStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatReplyStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ChatReplyStreamSubscription, ChatReplyStreamSubscriptionVariables>;
export const FaqsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Faqs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Faq"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]} as unknown as DocumentNode<FaqsQuery, FaqsQueryVariables>;
export const FaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Faq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Faq"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]} as unknown as DocumentNode<FaqQuery, FaqQueryVariables>;
export const SearchKnowledgeBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchKnowledgeBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchKnowledgeBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}}]} as unknown as DocumentNode<SearchKnowledgeBaseQuery, SearchKnowledgeBaseQueryVariables>;
export const CreateFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Faq"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]} as unknown as DocumentNode<CreateFaqMutation, CreateFaqMutationVariables>;
export const UpdateFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Faq"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]} as unknown as DocumentNode<UpdateFaqMutation, UpdateFaqMutationVariables>;
export const DeleteFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFaqMutation, DeleteFaqMutationVariables>;
export const CreateCustomerLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomerLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomerLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerLogFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"logType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerLogMutation, CreateCustomerLogMutationVariables>;
export const UpdateCustomerLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomerLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomerLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerLogFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"logType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerLogMutation, UpdateCustomerLogMutationVariables>;
export const CustomerLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerLogFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"logType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<CustomerLogsQuery, CustomerLogsQueryVariables>;
export const CustomerLogSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerLogSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerLogSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeframeHours"}},{"kind":"Field","name":{"kind":"Name","value":"totalLogs"}},{"kind":"Field","name":{"kind":"Name","value":"statusBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categoryBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerLogSummaryQuery, CustomerLogSummaryQueryVariables>;
export const TrendingIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendingIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trendingIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<TrendingIssuesQuery, TrendingIssuesQueryVariables>;
export const AssistantNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistantNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Faq"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AssistantNodeQuery, AssistantNodeQueryVariables>;
export const ConversationsDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsDeepQuery, ConversationsDeepQueryVariables>;
export const SendMessageCitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessageCiting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]} as unknown as DocumentNode<SendMessageCitingMutation, SendMessageCitingMutationVariables>;
export const ConversationCitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationCitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]} as unknown as DocumentNode<ConversationCitationsQuery, ConversationCitationsQueryVariables>;
export const UploadAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isInternal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"commentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"isInternal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isInternal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textSource"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UploadAttachmentMutation, UploadAttachmentMutationVariables>;
export const DeleteAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAttachmentMutation, DeleteAttachmentMutationVariables>;
export const TicketAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketAttachmentsQuery, TicketAttachmentsQueryVariables>;
export const TicketListAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketListAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketListAttachmentsQuery, TicketListAttachmentsQueryVariables>;
export const AttachmentNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textSource"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AttachmentNodeQuery, AttachmentNodeQueryVariables>;
export const AttachmentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AttachmentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textSource"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<AttachmentUpdatedSubscription, AttachmentUpdatedSubscriptionVariables>;
export const AnalyzeAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyzeAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyzeAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"summaryModel"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyzeAttachmentMutation, AnalyzeAttachmentMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usernameOrEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"usernameOrEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usernameOrEmail"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const SetUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const CreateIntegrationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIntegrationToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntegrationTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"integrationToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateIntegrationTokenMutation, CreateIntegrationTokenMutationVariables>;
export const UpdateIntegrationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntegrationToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIntegrationTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpdateIntegrationTokenMutation, UpdateIntegrationTokenMutationVariables>;
export const RevokeIntegrationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeIntegrationToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeIntegrationTokenMutation, RevokeIntegrationTokenMutationVariables>;
export const IntegrationTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrationTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}}]}}]}}]} as unknown as DocumentNode<IntegrationTokensQuery, IntegrationTokensQueryVariables>;
export const RateLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetAt"}}]}}]}}]} as unknown as DocumentNode<RateLimitQuery, RateLimitQueryVariables>;
export const ClassifyTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"llmOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"llmOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"llmOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsed"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifyTicketMutation, ClassifyTicketMutationVariables>;
export const ClassifierInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifierInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifierInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSize"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}},{"kind":"Field","name":{"kind":"Name","value":"correctionsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"llmModel"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"macroF1"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"accuracy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgencyAccuracy"}}]}}]}}]}}]} as unknown as DocumentNode<ClassifierInfoQuery, ClassifierInfoQueryVariables>;
export const RetrainClassifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetrainClassifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retrainClassifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}},{"kind":"Field","name":{"kind":"Name","value":"correctionsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSize"}}]}}]}}]} as unknown as DocumentNode<RetrainClassifierMutation, RetrainClassifierMutationVariables>;
export const TicketClassificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketClassification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsed"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TicketClassificationQuery, TicketClassificationQueryVariables>;
export const IntegrationPlatformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrationPlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationPlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"outbound"}},{"kind":"Field","name":{"kind":"Name","value":"inbound"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationPlatformsQuery, IntegrationPlatformsQueryVariables>;
export const ConnectIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectIntegrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"includeInternal"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPath"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<ConnectIntegrationMutation, ConnectIntegrationMutationVariables>;
export const UpdateIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIntegrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"includeInternal"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPath"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>;
export const TestIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TestIntegrationMutation, TestIntegrationMutationVariables>;
export const DisconnectIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisconnectIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnectIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DisconnectIntegrationMutation, DisconnectIntegrationMutationVariables>;
export const IntegrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Integrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegrationFields"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"includeInternal"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPath"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<IntegrationsQuery, IntegrationsQueryVariables>;
export const RedeliverIntegrationDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverIntegrationDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverIntegrationDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<RedeliverIntegrationDeliveryMutation, RedeliverIntegrationDeliveryMutationVariables>;
export const TicketExternalLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketExternalLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketExternalLinksQuery, TicketExternalLinksQueryVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"integrationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"integrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"integrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const ImportTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFormat"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classify"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"classify"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classify"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalTickets"}},{"kind":"Field","name":{"kind":"Name","value":"processedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"failedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<ImportTicketsMutation, ImportTicketsMutationVariables>;
export const GenerateTestCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateTestCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateTestCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketCount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketCount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"csvContent"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"nonce"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<GenerateTestCsvMutation, GenerateTestCsvMutationVariables>;
export const UploadTicketCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadTicketCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadTicketCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadTicketCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalTickets"}},{"kind":"Field","name":{"kind":"Name","value":"processedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"failedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<UploadTicketCsvMutation, UploadTicketCsvMutationVariables>;
export const ClassificationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalTickets"}},{"kind":"Field","name":{"kind":"Name","value":"processedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"failedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<ClassificationJobQuery, ClassificationJobQueryVariables>;
export const ClassificationJobTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationJobTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassificationJobTicketsQuery, ClassificationJobTicketsQueryVariables>;
export const ClassificationJobUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClassificationJobUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalTickets"}},{"kind":"Field","name":{"kind":"Name","value":"processedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"failedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}}]}}]}}]} as unknown as DocumentNode<ClassificationJobUpdatedSubscription, ClassificationJobUpdatedSubscriptionVariables>;
export const ExportTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}]}]}}]} as unknown as DocumentNode<ExportTicketsQuery, ExportTicketsQueryVariables>;
export const ClassificationJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalTickets"}},{"kind":"Field","name":{"kind":"Name","value":"processedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassificationJobsQuery, ClassificationJobsQueryVariables>;
export const JobQueueStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobQueueStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobQueueStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completedLastHour"}},{"kind":"Field","name":{"kind":"Name","value":"failedLastHour"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"oldestActiveSeconds"}}]}}]}}]} as unknown as DocumentNode<JobQueueStatsQuery, JobQueueStatsQueryVariables>;
export const RetryClassificationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryClassificationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryClassificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalTickets"}},{"kind":"Field","name":{"kind":"Name","value":"processedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"failedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<RetryClassificationJobMutation, RetryClassificationJobMutationVariables>;
export const CancelClassificationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelClassificationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelClassificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalTickets"}},{"kind":"Field","name":{"kind":"Name","value":"processedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"failedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<CancelClassificationJobMutation, CancelClassificationJobMutationVariables>;
export const MatrixTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<MatrixTicketQuery, MatrixTicketQueryVariables>;
export const MatrixNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixNodeQuery, MatrixNodeQueryVariables>;
export const MatrixTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MatrixTicketsQuery, MatrixTicketsQueryVariables>;
export const MatrixMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<MatrixMeQuery, MatrixMeQueryVariables>;
export const MatrixUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MatrixUsersQuery, MatrixUsersQueryVariables>;
export const MatrixIntegrationTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixIntegrationTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatrixIntegrationTokensQuery, MatrixIntegrationTokensQueryVariables>;
export const MatrixRateLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixRateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]} as unknown as DocumentNode<MatrixRateLimitQuery, MatrixRateLimitQueryVariables>;
export const MatrixCreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<MatrixCreateTicketMutation, MatrixCreateTicketMutationVariables>;
export const MatrixUpdateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assignedTo"},"value":{"kind":"StringValue","value":"matrix","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateTicketMutation, MatrixUpdateTicketMutationVariables>;
export const MatrixSetTicketStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixSetTicketStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<MatrixSetTicketStatusMutation, MatrixSetTicketStatusMutationVariables>;
export const MatrixDeleteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixDeleteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatrixDeleteTicketMutation, MatrixDeleteTicketMutationVariables>;
export const MatrixAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isInternal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"StringValue","value":"matrix","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"isInternal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isInternal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]} as unknown as DocumentNode<MatrixAddCommentMutation, MatrixAddCommentMutationVariables>;
export const MatrixRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixRegisterMutation, MatrixRegisterMutationVariables>;
export const MatrixLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usernameOrEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"usernameOrEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usernameOrEmail"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixLoginMutation, MatrixLoginMutationVariables>;
export const MatrixSetUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixSetUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"CUSTOMER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MatrixSetUserRoleMutation, MatrixSetUserRoleMutationVariables>;
export const MatrixDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<MatrixDeactivateUserMutation, MatrixDeactivateUserMutationVariables>;
export const MatrixCreateIntegrationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateIntegrationToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"matrix","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixCreateIntegrationTokenMutation, MatrixCreateIntegrationTokenMutationVariables>;
export const MatrixUpdateIntegrationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateIntegrationToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hourlyLimit"},"value":{"kind":"IntValue","value":"5000"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hourlyLimit"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateIntegrationTokenMutation, MatrixUpdateIntegrationTokenMutationVariables>;
export const MatrixRevokeIntegrationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRevokeIntegrationToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<MatrixRevokeIntegrationTokenMutation, MatrixRevokeIntegrationTokenMutationVariables>;
export const MatrixClassifyTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixClassifyTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixClassifyTicketMutation, MatrixClassifyTicketMutationVariables>;
export const MatrixClassifierInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixClassifierInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifierInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<MatrixClassifierInfoQuery, MatrixClassifierInfoQueryVariables>;
export const MatrixRetrainClassifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRetrainClassifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retrainClassifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<MatrixRetrainClassifierMutation, MatrixRetrainClassifierMutationVariables>;
export const MatrixSendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixSendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"StringValue","value":"How do I reset my password?","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixSendMessageMutation, MatrixSendMessageMutationVariables>;
export const MatrixStartConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixStartConversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startConversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixStartConversationMutation, MatrixStartConversationMutationVariables>;
export const MatrixConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixConversationsQuery, MatrixConversationsQueryVariables>;
export const MatrixConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MatrixConversationQuery, MatrixConversationQueryVariables>;
export const MatrixCreateTicketFromConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateTicketFromConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicketFromConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<MatrixCreateTicketFromConversationMutation, MatrixCreateTicketFromConversationMutationVariables>;
export const MatrixChatReplyStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatrixChatReplyStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatReplyStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<MatrixChatReplyStreamSubscription, MatrixChatReplyStreamSubscriptionVariables>;
export const MatrixFaqsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixFaqs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]} as unknown as DocumentNode<MatrixFaqsQuery, MatrixFaqsQueryVariables>;
export const MatrixFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]} as unknown as DocumentNode<MatrixFaqQuery, MatrixFaqQueryVariables>;
export const MatrixSearchKnowledgeBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixSearchKnowledgeBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchKnowledgeBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"password","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<MatrixSearchKnowledgeBaseQuery, MatrixSearchKnowledgeBaseQueryVariables>;
export const MatrixCreateFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixCreateFaqMutation, MatrixCreateFaqMutationVariables>;
export const MatrixUpdateFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateFaqMutation, MatrixUpdateFaqMutationVariables>;
export const MatrixDeleteFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixDeleteFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatrixDeleteFaqMutation, MatrixDeleteFaqMutationVariables>;
export const MatrixCreateCustomerLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateCustomerLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomerLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"matrix","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"matrix log","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"logType"},"value":{"kind":"EnumValue","value":"FEEDBACK"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixCreateCustomerLogMutation, MatrixCreateCustomerLogMutationVariables>;
export const MatrixUpdateCustomerLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateCustomerLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomerLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateCustomerLogMutation, MatrixUpdateCustomerLogMutationVariables>;
export const MatrixCustomerLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixCustomerLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"StringValue","value":"base","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MatrixCustomerLogsQuery, MatrixCustomerLogsQueryVariables>;
export const MatrixCustomerLogSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixCustomerLogSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerLogSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalLogs"}}]}}]}}]} as unknown as DocumentNode<MatrixCustomerLogSummaryQuery, MatrixCustomerLogSummaryQueryVariables>;
export const MatrixTrendingIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixTrendingIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trendingIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"}}]}}]}}]} as unknown as DocumentNode<MatrixTrendingIssuesQuery, MatrixTrendingIssuesQueryVariables>;
export const MatrixGenerateTestCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixGenerateTestCsv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateTestCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketCount"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"csvContent"}}]}}]}}]} as unknown as DocumentNode<MatrixGenerateTestCsvMutation, MatrixGenerateTestCsvMutationVariables>;
export const MatrixUploadTicketCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUploadTicketCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csvContent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadTicketCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"csvContent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csvContent"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatrixUploadTicketCsvMutation, MatrixUploadTicketCsvMutationVariables>;
export const MatrixClassificationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixClassificationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixClassificationJobQuery, MatrixClassificationJobQueryVariables>;
export const MatrixClassificationJobUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatrixClassificationJobUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatrixClassificationJobUpdatedSubscription, MatrixClassificationJobUpdatedSubscriptionVariables>;
export const MatrixExportTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixExportTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<MatrixExportTicketsQuery, MatrixExportTicketsQueryVariables>;
export const MatrixWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixWebhooksQuery, MatrixWebhooksQueryVariables>;
export const MatrixCreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateWebhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"url"},"value":{"kind":"StringValue","value":"http://127.0.0.1:9/matrix","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"events"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DELETED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixCreateWebhookMutation, MatrixCreateWebhookMutationVariables>;
export const MatrixUpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"matrix","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateWebhookMutation, MatrixUpdateWebhookMutationVariables>;
export const MatrixDeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixDeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatrixDeleteWebhookMutation, MatrixDeleteWebhookMutationVariables>;
export const MatrixRedeliverWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRedeliverWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixRedeliverWebhookDeliveryMutation, MatrixRedeliverWebhookDeliveryMutationVariables>;
export const MatrixUpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fullName"},"value":{"kind":"StringValue","value":"Matrix Person","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateProfileMutation, MatrixUpdateProfileMutationVariables>;
export const MatrixCloseConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCloseConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<MatrixCloseConversationMutation, MatrixCloseConversationMutationVariables>;
export const MatrixRotateIntegrationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRotateIntegrationToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"graceSeconds"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<MatrixRotateIntegrationTokenMutation, MatrixRotateIntegrationTokenMutationVariables>;
export const MatrixIntegrationPlatformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixIntegrationPlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationPlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<MatrixIntegrationPlatformsQuery, MatrixIntegrationPlatformsQueryVariables>;
export const MatrixIntegrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixIntegrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixIntegrationsQuery, MatrixIntegrationsQueryVariables>;
export const MatrixConnectIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixConnectIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"platform"},"value":{"kind":"EnumValue","value":"TEAMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"settings"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"webhookUrl"},"value":{"kind":"StringValue","value":"http://127.0.0.1:9/matrix","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"events"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DELETED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixConnectIntegrationMutation, MatrixConnectIntegrationMutationVariables>;
export const MatrixUpdateIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeInternal"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateIntegrationMutation, MatrixUpdateIntegrationMutationVariables>;
export const MatrixTestIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixTestIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<MatrixTestIntegrationMutation, MatrixTestIntegrationMutationVariables>;
export const MatrixDisconnectIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixDisconnectIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnectIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatrixDisconnectIntegrationMutation, MatrixDisconnectIntegrationMutationVariables>;
export const MatrixRedeliverIntegrationDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRedeliverIntegrationDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverIntegrationDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixRedeliverIntegrationDeliveryMutation, MatrixRedeliverIntegrationDeliveryMutationVariables>;
export const MatrixTicketExternalLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixTicketExternalLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixTicketExternalLinksQuery, MatrixTicketExternalLinksQueryVariables>;
export const MatrixScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"StringValue","value":"2030-01-01T10:00:00Z","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}}]}}]}}]} as unknown as DocumentNode<MatrixScheduleMeetingMutation, MatrixScheduleMeetingMutationVariables>;
export const MatrixDeleteAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixDeleteAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatrixDeleteAttachmentMutation, MatrixDeleteAttachmentMutationVariables>;
export const MatrixAttachmentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatrixAttachmentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatrixAttachmentUpdatedSubscription, MatrixAttachmentUpdatedSubscriptionVariables>;
export const MatrixClassifyTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixClassifyText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"I cannot sign in to my account since this morning","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<MatrixClassifyTextQuery, MatrixClassifyTextQueryVariables>;
export const MatrixCreateTicketFromTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateTicketFromText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicketFromText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"My invoice shows the wrong amount this month","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixCreateTicketFromTextMutation, MatrixCreateTicketFromTextMutationVariables>;
export const MatrixSimilarTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixSimilarTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixSimilarTicketsQuery, MatrixSimilarTicketsQueryVariables>;
export const MatrixIntegrationTokenUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixIntegrationTokenUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixIntegrationTokenUsageQuery, MatrixIntegrationTokenUsageQueryVariables>;
export const MatrixAnalyzeAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixAnalyzeAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyzeAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<MatrixAnalyzeAttachmentMutation, MatrixAnalyzeAttachmentMutationVariables>;
export const MatrixRoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixRoutingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatrixRoutingRulesQuery, MatrixRoutingRulesQueryVariables>;
export const MatrixCreateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"matrix","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"words"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"matrix-routing-never","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"agentIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixCreateRoutingRuleMutation, MatrixCreateRoutingRuleMutationVariables>;
export const MatrixUpdateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"matrix renamed","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateRoutingRuleMutation, MatrixUpdateRoutingRuleMutationVariables>;
export const MatrixDeleteRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixDeleteRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatrixDeleteRoutingRuleMutation, MatrixDeleteRoutingRuleMutationVariables>;
export const MatrixAiStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixAiStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MatrixAiStatusQuery, MatrixAiStatusQueryVariables>;
export const MatrixClassificationJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixClassificationJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixClassificationJobsQuery, MatrixClassificationJobsQueryVariables>;
export const MatrixJobQueueStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixJobQueueStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobQueueStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}}]}}]}}]} as unknown as DocumentNode<MatrixJobQueueStatsQuery, MatrixJobQueueStatsQueryVariables>;
export const MatrixRetryClassificationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRetryClassificationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryClassificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatrixRetryClassificationJobMutation, MatrixRetryClassificationJobMutationVariables>;
export const MatrixCancelClassificationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCancelClassificationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelClassificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatrixCancelClassificationJobMutation, MatrixCancelClassificationJobMutationVariables>;
export const MatrixImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixImportsQuery, MatrixImportsQueryVariables>;
export const MatrixTicketChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixTicketChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MatrixTicketChangesQuery, MatrixTicketChangesQueryVariables>;
export const MatrixBusinessCalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixBusinessCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixBusinessCalendarsQuery, MatrixBusinessCalendarsQueryVariables>;
export const MatrixCreateBusinessCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateBusinessCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBusinessCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"StringValue","value":"Europe/Berlin","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"hours"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"weekday"},"value":{"kind":"EnumValue","value":"MONDAY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"StringValue","value":"09:00","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"end"},"value":{"kind":"StringValue","value":"17:00","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixCreateBusinessCalendarMutation, MatrixCreateBusinessCalendarMutationVariables>;
export const MatrixUpdateBusinessCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateBusinessCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBusinessCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"StringValue","value":"Europe/Berlin","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"hours"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"weekday"},"value":{"kind":"EnumValue","value":"TUESDAY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"StringValue","value":"09:00","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"end"},"value":{"kind":"StringValue","value":"17:00","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateBusinessCalendarMutation, MatrixUpdateBusinessCalendarMutationVariables>;
export const MatrixDeleteBusinessCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixDeleteBusinessCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBusinessCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatrixDeleteBusinessCalendarMutation, MatrixDeleteBusinessCalendarMutationVariables>;
export const MatrixSlaPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixSlaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<MatrixSlaPoliciesQuery, MatrixSlaPoliciesQueryVariables>;
export const MatrixSetSlaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixSetSlaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"priority"},"value":{"kind":"EnumValue","value":"LOW"}},{"kind":"ObjectField","name":{"kind":"Name","value":"resolutionMinutes"},"value":{"kind":"IntValue","value":"4320"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<MatrixSetSlaPolicyMutation, MatrixSetSlaPolicyMutationVariables>;
export const MatrixSlaReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixSlaReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01T00:00:00Z","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-02-01T00:00:00Z","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PRIORITY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<MatrixSlaReportQuery, MatrixSlaReportQueryVariables>;
export const MatrixSendMessageCitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixSendMessageCiting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixSendMessageCitingMutation, MatrixSendMessageCitingMutationVariables>;
export const MatrixConversationCitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixConversationCitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixConversationCitationsQuery, MatrixConversationCitationsQueryVariables>;
export const CommentsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CommentsBackwardQuery, CommentsBackwardQueryVariables>;
export const HistoryBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<HistoryBackwardQuery, HistoryBackwardQueryVariables>;
export const TicketListCommentsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketListCommentsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"tag"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TicketListCommentsBackwardQuery, TicketListCommentsBackwardQueryVariables>;
export const ConversationsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messagesLast"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messagesLast"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ConversationsBackwardQuery, ConversationsBackwardQueryVariables>;
export const CustomerLogsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerLogsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CustomerLogsBackwardQuery, CustomerLogsBackwardQueryVariables>;
export const UsersBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<UsersBackwardQuery, UsersBackwardQueryVariables>;
export const WebhookDeliveriesBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveriesBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesBackwardQuery, WebhookDeliveriesBackwardQueryVariables>;
export const JobsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<JobsBackwardQuery, JobsBackwardQueryVariables>;
export const ImportsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ImportsBackwardQuery, ImportsBackwardQueryVariables>;
export const ImportErrorsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportErrorsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ImportErrorsBackwardQuery, ImportErrorsBackwardQueryVariables>;
export const ChangesBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BackwardPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BackwardPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ChangesBackwardQuery, ChangesBackwardQueryVariables>;
export const RegisterWithNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWithName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWithNameMutation, RegisterWithNameMutationVariables>;
export const MeProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<MeProfileQuery, MeProfileQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const CloseConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<CloseConversationMutation, CloseConversationMutationVariables>;
export const ConversationStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationStateQuery, ConversationStateQueryVariables>;
export const IntegrationCreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IntegrationCreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationCreateTicketMutation, IntegrationCreateTicketMutationVariables>;
export const TicketsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketsBackwardQuery, TicketsBackwardQueryVariables>;
export const RotateIntegrationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateIntegrationToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"graceSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"graceSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"graceSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"integrationToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateIntegrationTokenMutation, RotateIntegrationTokenMutationVariables>;
export const UpdateIntegrationTokenExpiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntegrationTokenExpiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegrationToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<UpdateIntegrationTokenExpiryMutation, UpdateIntegrationTokenExpiryMutationVariables>;
export const IntegrationTokenUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrationTokenUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationTokenUsageQuery, IntegrationTokenUsageQueryVariables>;
export const RoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<RoutingRulesQuery, RoutingRulesQueryVariables>;
export const CreateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<CreateRoutingRuleMutation, CreateRoutingRuleMutationVariables>;
export const UpdateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<UpdateRoutingRuleMutation, UpdateRoutingRuleMutationVariables>;
export const DeleteRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const RoutingRuleNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingRuleNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingRuleNodeQuery, RoutingRuleNodeQueryVariables>;
export const CreateBusinessCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBusinessCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBusinessCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]} as unknown as DocumentNode<CreateBusinessCalendarMutation, CreateBusinessCalendarMutationVariables>;
export const UpdateBusinessCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBusinessCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBusinessCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]} as unknown as DocumentNode<UpdateBusinessCalendarMutation, UpdateBusinessCalendarMutationVariables>;
export const DeleteBusinessCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBusinessCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBusinessCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBusinessCalendarMutation, DeleteBusinessCalendarMutationVariables>;
export const BusinessCalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]} as unknown as DocumentNode<BusinessCalendarsQuery, BusinessCalendarsQueryVariables>;
export const CalendarNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarNodeQuery, CalendarNodeQueryVariables>;
export const SetSlaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSlaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"warningMinutes"}}]}}]}}]} as unknown as DocumentNode<SetSlaPolicyMutation, SetSlaPolicyMutationVariables>;
export const SlaPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"warningMinutes"}}]}}]}}]} as unknown as DocumentNode<SlaPoliciesQuery, SlaPoliciesQueryVariables>;
export const SlaBreachedTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaBreachedTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionBreached"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlaBreachedTicketsQuery, SlaBreachedTicketsQueryVariables>;
export const SlaCreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaCreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}}]} as unknown as DocumentNode<SlaCreateTicketMutation, SlaCreateTicketMutationVariables>;
export const SlaUpdateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaUpdateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaTicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}}]} as unknown as DocumentNode<SlaUpdateTicketMutation, SlaUpdateTicketMutationVariables>;
export const SlaTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaTicketFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaTicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}}]} as unknown as DocumentNode<SlaTicketQuery, SlaTicketQueryVariables>;
export const SlaReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaReportGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"metShare"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"medianResolutionMinutes"}}]}}]}}]} as unknown as DocumentNode<SlaReportQuery, SlaReportQueryVariables>;
export const TicketChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketChangesQuery, TicketChangesQueryVariables>;
export const ImportWithRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportWithRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"importRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"failedRowsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportWithRecordMutation, ImportWithRecordMutationVariables>;
export const ImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Imports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportsQuery, ImportsQueryVariables>;
export const ImportErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedRowsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportErrorsQuery, ImportErrorsQueryVariables>;
export const TicketsByExternalKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsByExternalKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"externalKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalKey"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketsByExternalKeyQuery, TicketsByExternalKeyQueryVariables>;
export const JobTicketKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobTicketKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobTicketKeysQuery, JobTicketKeysQueryVariables>;
export const TicketKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketKeysQuery, TicketKeysQueryVariables>;
export const TicketWithCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketWithComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketWithCommentsQuery, TicketWithCommentsQueryVariables>;
export const CreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const UpdateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<UpdateTicketMutation, UpdateTicketMutationVariables>;
export const SetTicketStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<SetTicketStatusMutation, SetTicketStatusMutationVariables>;
export const DeleteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTicketMutation, DeleteTicketMutationVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isInternal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"isInternal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isInternal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const TicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ticket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"manualOverride"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const TicketHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketHistoryQuery, TicketHistoryQueryVariables>;
export const TicketCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketCommentsQuery, TicketCommentsQueryVariables>;
export const TicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketsQuery, TicketsQueryVariables>;
export const TicketsWithChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsWithChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketsWithChildrenQuery, TicketsWithChildrenQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const TicketEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketEventsSubscription, TicketEventsSubscriptionVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"includeInternal"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"includeInternal"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const RedeliverWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;