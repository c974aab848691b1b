import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CreateIntegrationTokenDocument, MatrixAddCommentDocument, MatrixClassifierInfoDocument, MatrixClassifyTextDocument, MatrixCreateTicketFromTextDocument, MatrixSimilarTicketsDocument, MatrixClassifyTicketDocument,
  MatrixCreateIntegrationTokenDocument, MatrixRetrainClassifierDocument,
  MatrixCreateTicketDocument, MatrixDeactivateUserDocument, MatrixDeleteTicketDocument, MatrixIntegrationTokensDocument,
  MatrixLoginDocument, MatrixMeDocument, MatrixNodeDocument, MatrixRateLimitDocument, MatrixRegisterDocument,
  MatrixRevokeIntegrationTokenDocument, MatrixSetTicketStatusDocument, MatrixSetUserRoleDocument, MatrixTicketDocument,
  MatrixTicketsDocument, MatrixUpdateIntegrationTokenDocument, MatrixUpdateTicketDocument, MatrixUsersDocument,
  LogoutDocument, RefreshSessionDocument, TicketEventsDocument,
  CreateCustomerLogDocument, MatrixChatReplyStreamDocument, MatrixConversationDocument, MatrixConversationsDocument,
  MatrixCreateCustomerLogDocument, MatrixCreateFaqDocument, MatrixCreateTicketFromConversationDocument, MatrixCustomerLogsDocument,
  MatrixCustomerLogSummaryDocument, MatrixDeleteFaqDocument, MatrixFaqDocument, MatrixFaqsDocument, MatrixSearchKnowledgeBaseDocument,
  MatrixSendMessageDocument, MatrixSendMessageCitingDocument, MatrixConversationCitationsDocument, MatrixStartConversationDocument, MatrixTrendingIssuesDocument, MatrixUpdateCustomerLogDocument,
  MatrixUpdateFaqDocument, MatrixGenerateTestCsvDocument, MatrixUploadTicketCsvDocument, MatrixClassificationJobDocument,
  MatrixClassificationJobUpdatedDocument, ImportTicketsDocument, MatrixExportTicketsDocument, MatrixWebhooksDocument,
  MatrixCreateWebhookDocument, MatrixUpdateWebhookDocument, MatrixDeleteWebhookDocument, MatrixRedeliverWebhookDeliveryDocument,
  CreateWebhookDocument, UpdateWebhookDocument, WebhooksDocument, MatrixUpdateProfileDocument, MatrixCloseConversationDocument, MatrixRotateIntegrationTokenDocument,
  MatrixIntegrationPlatformsDocument, MatrixIntegrationsDocument,
  MatrixConnectIntegrationDocument, MatrixUpdateIntegrationDocument, MatrixTestIntegrationDocument, MatrixDisconnectIntegrationDocument,
  MatrixRedeliverIntegrationDeliveryDocument, MatrixTicketExternalLinksDocument, MatrixScheduleMeetingDocument, IntegrationsDocument, UpdateIntegrationDocument,
  MatrixDeleteAttachmentDocument, MatrixAttachmentUpdatedDocument,
  UploadAttachmentDocument,
  MatrixIntegrationTokenUsageDocument,
  MatrixAnalyzeAttachmentDocument, AttachmentNodeDocument,
  MeDocument, MatrixRoutingRulesDocument, MatrixCreateRoutingRuleDocument, MatrixUpdateRoutingRuleDocument, MatrixDeleteRoutingRuleDocument,
  MatrixAiStatusDocument,
  MatrixClassificationJobsDocument, MatrixJobQueueStatsDocument, MatrixRetryClassificationJobDocument, MatrixCancelClassificationJobDocument,
  MatrixImportsDocument, MatrixTicketChangesDocument,
  MatrixBusinessCalendarsDocument, MatrixCreateBusinessCalendarDocument, MatrixUpdateBusinessCalendarDocument, MatrixDeleteBusinessCalendarDocument,
  MatrixSlaPoliciesDocument, MatrixSetSlaPolicyDocument, MatrixSlaReportDocument,
} from './gql/graphql';
import { toGlobalId } from '../src/ids';
import { CALLERS, signInEveryCaller, type Caller } from './helpers/callers';
import { customerTicketInput, ticketInput } from './helpers/factories';
import { startTestServer, TEST_PASSWORD } from './helpers/harness';
import { register, request, run, upload, wsClient } from './helpers/http-client';
import { waitFor } from './helpers/wait';

// Every operation, as every kind of caller, over HTTP and over graphql-ws: the exact outcome.
// `ok` is success (with the value where it differs between callers); a code is the error's
// extensions.code; REFUSED is a refusal of the whole request (HTTP 401, or the WebSocket closed).

type Row = [string, string, string, string, string, string, string, string, string];

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const R = 'REFUSED';

/** Outcomes in the order of CALLERS. */
const EXPECTED: Record<string, Row> = {
  'ticket (customer A\'s)': [U, 'ok', N, 'ok', 'ok', N, N, R, R],
  'ticket (token A\'s)': [U, N, N, 'ok', 'ok', 'ok', N, R, R],
  'node (customer A\'s ticket)': [U, 'ok', N, 'ok', 'ok', N, N, R, R],
  'ticket.similar (customer A\'s)': [U, 'ok', N, 'ok', 'ok', N, N, R, R],
  tickets: [U, 'ok 1', 'ok 0', 'ok 2', 'ok 2', 'ok 1', 'ok 0', R, R],
  exportTickets: [U, 'ok 1', 'ok 0', 'ok 2', 'ok 2', 'ok 1', 'ok 0', R, R],
  createTicket: [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  // The integrations' shape (no customer, no description) is for integration tokens; users keep the usual rules.
  'createTicket (integration shape)': [U, 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'ok', 'ok', R, R],
  'updateTicket (token A\'s)': [U, F, F, 'ok', 'ok', 'ok', N, R, R],
  'setTicketStatus (token A\'s)': [U, F, F, 'ok', 'ok', 'ok', N, R, R],
  'deleteTicket (token A\'s)': [U, F, F, 'ok', 'ok', F, F, R, R],
  'addComment public (customer A\'s)': [U, 'ok', N, 'ok', 'ok', N, N, R, R],
  'addComment internal (token A\'s)': [U, F, F, 'ok', 'ok', 'ok', N, R, R],
  me: ['ok null', 'ok customer-a', 'ok customer-b', 'ok agent', 'ok admin', 'ok null', 'ok null', R, R],
  rateLimit: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  register: ['ok CUSTOMER', 'ok CUSTOMER', 'ok CUSTOMER', 'ok CUSTOMER', 'ok CUSTOMER', 'ok CUSTOMER', 'ok CUSTOMER', R, R],
  login: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  refreshSession: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  logout: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  updateProfile: [U, 'ok', 'ok', 'ok', 'ok', F, F, R, R],
  users: [U, F, F, F, 'ok', F, F, R, R],
  setUserRole: [U, F, F, F, 'ok', F, F, R, R],
  deactivateUser: [U, F, F, F, 'ok', F, F, R, R],
  integrationTokens: [U, F, F, F, 'ok', F, F, R, R],
  'integrationTokens with usage': [U, F, F, F, 'ok', F, F, R, R],
  createIntegrationToken: [U, F, F, F, 'ok', F, F, R, R],
  updateIntegrationToken: [U, F, F, F, 'ok', F, F, R, R],
  revokeIntegrationToken: [U, F, F, F, 'ok', F, F, R, R],
  rotateIntegrationToken: [U, F, F, F, 'ok', F, F, R, R],
  'classifyTicket (token A\'s)': [U, F, F, 'ok', 'ok', 'ok', N, R, R],
  classifierInfo: [U, F, F, 'ok', 'ok', F, F, R, R],
  aiStatus: [U, F, F, 'ok', 'ok', F, F, R, R],
  // Free text: anyone signed in may classify; a ticket from text makes the caller its customer, so tokens are refused.
  classifyText: [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  createTicketFromText: [U, 'ok', 'ok', 'ok', 'ok', F, F, R, R],
  retrainClassifier: [U, F, F, F, 'ok', F, F, R, R],
  'ticketEvents subscription': [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  // Conversations and logs belong to people: integration tokens are refused. Only the owner
  // writes in a conversation; staff read all of them.
  'sendMessage (new conversation)': [U, 'ok', 'ok', 'ok', 'ok', F, F, R, R],
  'sendMessage (customer A\'s conversation)': [U, 'ok', N, F, F, F, F, R, R],
  startConversation: [U, 'ok', 'ok', 'ok', 'ok', F, F, R, R],
  conversations: [U, 'ok A', 'ok -', 'ok A', 'ok A', F, F, R, R],
  'conversation (customer A\'s)': [U, 'ok', N, 'ok', 'ok', F, F, R, R],
  'node (customer A\'s conversation)': [U, 'ok', N, 'ok', 'ok', F, F, R, R],
  'createTicketFromConversation (customer A\'s)': [U, 'ok', N, 'ok', 'ok', F, F, R, R],
  'closeConversation (customer A\'s)': [U, 'ok', N, 'ok', 'ok', F, F, R, R],
  'chatReplyStream (customer A\'s) subscription': [U, 'ok', N, 'ok', 'ok', F, F, R, R],
  // The assistant cites files of the asker's own tickets (customers, public ones only); staff only
  // those of a conversation's ticket. A stored citation is shown to whoever reads the conversation.
  'sendMessage citing files (customer A has a public and an internal one)': [U, 'ok public', 'ok -', 'ok -', 'ok -', F, F, R, R],
  'conversation citations (customer A\'s, citing a file)': [U, 'ok public', N, 'ok public', 'ok public', F, F, R, R],
  // The FAQ is a public help centre (issue 17): everyone reads it, anonymous callers too; staff write it.
  faqs: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  faq: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  searchKnowledgeBase: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  createFaq: [U, F, F, 'ok', 'ok', F, F, R, R],
  updateFaq: [U, F, F, 'ok', 'ok', F, F, R, R],
  deleteFaq: [U, F, F, 'ok', 'ok', F, F, R, R],
  createCustomerLog: [U, 'ok', 'ok', 'ok', 'ok', F, F, R, R],
  'updateCustomerLog (customer A\'s)': [U, 'ok', N, 'ok', 'ok', F, F, R, R],
  customerLogs: [U, 'ok 1', 'ok 0', 'ok 1', 'ok 1', F, F, R, R],
  customerLogSummary: [U, 'ok', 'ok', 'ok', 'ok', F, F, R, R],
  trendingIssues: [U, F, F, F, 'ok', F, F, R, R],
  // A signed upload's signature is its credential and its job id the key to the job, as in the
  // seed; an import's job is for staff and its importer. (importTickets itself takes a file, which
  // only a multipart request carries: test/import-api.test.ts checks who may send one.)
  generateTestCsv: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  uploadTicketCsv: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  'classificationJob (a signed upload\'s)': ['ok 2', 'ok 2', 'ok 2', 'ok 2', 'ok 2', 'ok 2', 'ok 2', R, R],
  'classificationJob (an agent\'s import)': [N, N, N, 'ok 1', 'ok 1', N, N, R, R],
  'node (an agent\'s import job)': [N, N, N, 'ok', 'ok', N, N, R, R],
  // Import records: staff see every one, others those they made (signed uploads count for whoever sent them).
  imports: [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  'node (an agent\'s import record)': [U, N, N, 'ok', 'ok', N, N, R, R],
  // The change feed: staff read every ticket's changes, a token those of its tickets, a customer their own (no internal entries).
  ticketChanges: [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  'classificationJobUpdated (a signed upload\'s) subscription': ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  // Job monitoring (issue 16): staff see and manage every job, an importer their own; a signed
  // upload's job (readable by its id) is managed by staff only; the queues' figures are for staff.
  classificationJobs: [U, 'ok -', 'ok -', 'ok import', 'ok import', 'ok -', 'ok -', R, R],
  jobQueueStats: [U, F, F, 'ok', 'ok', F, F, R, R],
  'retryClassificationJob (an agent\'s failed import)': [U, N, N, 'ok PENDING', 'ok PENDING', N, N, R, R],
  'cancelClassificationJob (an agent\'s pending import)': [U, N, N, 'ok CANCELLED', 'ok CANCELLED', N, N, R, R],
  'cancelClassificationJob (a signed upload\'s pending job)': [U, F, F, 'ok CANCELLED', 'ok CANCELLED', F, F, R, R],
  // Webhooks are an admin's business.
  webhooks: [U, F, F, F, 'ok', F, F, R, R],
  createWebhook: [U, F, F, F, 'ok', F, F, R, R],
  updateWebhook: [U, F, F, F, 'ok', F, F, R, R],
  deleteWebhook: [U, F, F, F, 'ok', F, F, R, R],
  redeliverWebhookDelivery: [U, F, F, F, 'ok', F, F, R, R],
  // Routing rules too.
  routingRules: [U, F, F, F, 'ok', F, F, R, R],
  createRoutingRule: [U, F, F, F, 'ok', F, F, R, R],
  updateRoutingRule: [U, F, F, F, 'ok', F, F, R, R],
  deleteRoutingRule: [U, F, F, F, 'ok', F, F, R, R],
  // Integrations too; what platforms exist is for anyone signed in, and a ticket's links for staff and tokens.
  integrationPlatforms: [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', R, R],
  integrations: [U, F, F, F, 'ok', F, F, R, R],
  connectIntegration: [U, F, F, F, 'ok', F, F, R, R],
  updateIntegration: [U, F, F, F, 'ok', F, F, R, R],
  testIntegration: [U, F, F, F, 'ok', F, F, R, R],
  disconnectIntegration: [U, F, F, F, 'ok', F, F, R, R],
  redeliverIntegrationDelivery: [U, F, F, F, 'ok', F, F, R, R],
  'ticket externalLinks (token A\'s)': [U, N, N, 'ok 1', 'ok 1', 'ok 1', N, R, R],
  'ticket externalLinks (customer A\'s)': [U, 'ok 0', N, 'ok 1', 'ok 1', N, N, R, R],
  // Staff schedule meetings; with no Zoom integration connected, they are told so.
  'scheduleMeeting (customer A\'s, no Zoom)': [U, F, F, 'BAD_USER_INPUT', 'BAD_USER_INPUT', F, F, R, R],
  // Files have their ticket's visibility; internal ones are for staff and integrations. (uploadAttachment
  // takes a file, which only a multipart request carries: test/attachments.test.ts checks who may send one.)
  'node (customer A\'s attachment)': [U, 'ok', N, 'ok', 'ok', N, N, R, R],
  'node (an internal attachment of customer A\'s ticket)': [U, N, N, 'ok', 'ok', N, N, R, R],
  'deleteAttachment (token A\'s)': [U, F, F, 'ok', 'ok', 'ok', N, R, R],
  'analyzeAttachment (customer A\'s)': [U, 'ok', N, 'ok', 'ok', N, N, R, R],
  'attachmentUpdated (customer A\'s) subscription': [U, 'ok', N, 'ok', 'ok', N, N, R, R],
  // SLA: staff read calendars, policies and reports; admins change them.
  businessCalendars: [U, F, F, 'ok', 'ok', F, F, R, R],
  'node (a business calendar)': [U, F, F, 'ok', 'ok', F, F, R, R],
  createBusinessCalendar: [U, F, F, F, 'ok', F, F, R, R],
  updateBusinessCalendar: [U, F, F, F, 'ok', F, F, R, R],
  deleteBusinessCalendar: [U, F, F, F, 'ok', F, F, R, R],
  slaPolicies: [U, F, F, 'ok', 'ok', F, F, R, R],
  setSlaPolicy: [U, F, F, F, 'ok', F, F, R, R],
  slaReport: [U, F, F, 'ok', 'ok', F, F, R, R],
};

/** Subscriptions: allowed once the server accepts them and no error arrives. */
const SUBSCRIPTIONS = new Set<unknown>([TicketEventsDocument, MatrixChatReplyStreamDocument, MatrixClassificationJobUpdatedDocument, MatrixAttachmentUpdatedDocument]);

let server: Awaited<ReturnType<typeof startTestServer>>;
const credentials = {} as Record<Caller, string | undefined>;
let adminToken: string;
let ticketOfA: string;
let ticketOfTokenA: string;
let tokenOfA: string;
let conversationOfA: string;
let logOfA: string;
let faqTarget: string;
let calendarTarget: string;
let signedJob: string;
let webhookTarget: string;
let deliveryTarget: string;
let integrationTarget: string;
let integrationDeliveryTarget: string;
let importJob: string;
let importRecord: string;
let attachmentOfA: string;
let internalAttachmentOfA: string;
let citingConversationOfA: string;
let agentUserId: string;
let serial = 0;

/** Uploads a small text file to a ticket and returns the attachment's id. */
async function attachTo(ticketId: string, token: string, isInternal = false): Promise<string> {
  const result = await upload(server.url, UploadAttachmentDocument, { ticketId, isInternal }, { name: 'matrix.txt', content: 'matrix file' }, { token });
  return result.data!.uploadAttachment.id;
}

/** A question the matrix's attached file (`matrix file`) answers. */
const MATRIX_FILE_QUESTION = 'matrix file';

/** Which files citations name: `public`, `internal`, both, or `-` for none. */
function citedFiles(citations: { attachment: { isInternal: boolean } | null }[]): string {
  const kinds = [...new Set(citations.flatMap((c) => (c.attachment ? [c.attachment.isInternal ? 'internal' : 'public'] : [])))].sort();
  return kinds.length ? kinds.join(' ') : '-';
}

const faqInput = (id: number) => ({ question: `Matrix question ${id}?`, answer: 'A matrix answer.', category: 'matrix' });

type Operation = { document: TypedDocumentNode<any, any>; variables: Record<string, unknown>; summarise?: (data: any) => string };

/** Builds the operation for a row; fresh targets where a success would use them up. */
async function operation(name: string): Promise<Operation> {
  const id = ++serial;
  switch (name) {
    case 'ticket (customer A\'s)':
      return { document: MatrixTicketDocument, variables: { id: ticketOfA } };
    case 'ticket (token A\'s)':
      return { document: MatrixTicketDocument, variables: { id: ticketOfTokenA } };
    case 'node (customer A\'s ticket)':
      return { document: MatrixNodeDocument, variables: { id: ticketOfA } };
    case 'tickets':
      // Only the two tickets made before the matrix runs, whatever the other rows create.
      return { document: MatrixTicketsDocument, variables: { filter: { tags: ['base'] } }, summarise: (d) => `ok ${d.tickets.totalCount}` };
    case 'exportTickets':
      return {
        document: MatrixExportTicketsDocument,
        variables: { filter: { tags: ['base'] } },
        summarise: (d) => `ok ${d.exportTickets.split('\r\n').length - 2}`,
      };
    case 'createTicket':
      return { document: MatrixCreateTicketDocument, variables: { input: customerTicketInput({ customer: { id: 'm', email: `matrix-${id}@example.net`, name: 'M' } }) } };
    case 'createTicket (integration shape)':
      return { document: MatrixCreateTicketDocument, variables: { input: { subject: `Matrix integration ${id}`, categoryText: 'Matrix' } } };
    case 'updateTicket (token A\'s)':
      return { document: MatrixUpdateTicketDocument, variables: { id: ticketOfTokenA } };
    case 'setTicketStatus (token A\'s)':
      return { document: MatrixSetTicketStatusDocument, variables: { id: ticketOfTokenA } };
    case 'deleteTicket (token A\'s)': {
      const ticket = (await run(server.url, MatrixCreateTicketDocument, { input: ticketInput() }, tokenOfA)).createTicket;
      return { document: MatrixDeleteTicketDocument, variables: { id: ticket.id } };
    }
    case 'addComment public (customer A\'s)':
      return { document: MatrixAddCommentDocument, variables: { ticketId: ticketOfA, isInternal: false } };
    case 'addComment internal (token A\'s)':
      return { document: MatrixAddCommentDocument, variables: { ticketId: ticketOfTokenA, isInternal: true } };
    case 'sendMessage citing files (customer A has a public and an internal one)':
      return { document: MatrixSendMessageCitingDocument, variables: { message: MATRIX_FILE_QUESTION }, summarise: (d) => `ok ${citedFiles(d.sendMessage.citations)}` };
    case 'conversation citations (customer A\'s, citing a file)':
      return {
        document: MatrixConversationCitationsDocument,
        variables: { id: citingConversationOfA },
        summarise: (d) => `ok ${citedFiles(d.conversation.messages.edges.flatMap((e: any) => e.node.citations))}`,
      };
    case 'me':
      return { document: MatrixMeDocument, variables: {}, summarise: (d) => `ok ${d.me?.username ?? 'null'}` };
    case 'rateLimit':
      return { document: MatrixRateLimitDocument, variables: {} };
    case 'register':
      return {
        document: MatrixRegisterDocument,
        variables: { input: { username: `newcomer-${id}`, email: `newcomer-${id}@example.com`, password: TEST_PASSWORD } },
        summarise: (d) => `ok ${d.register.user.role}`,
      };
    case 'login':
      return { document: MatrixLoginDocument, variables: { usernameOrEmail: 'customer-b', password: TEST_PASSWORD } };
    case 'refreshSession':
      return { document: RefreshSessionDocument, variables: { refreshToken: (await register(server.url, `refresher-${id}`)).refreshToken } };
    case 'logout':
      return { document: LogoutDocument, variables: { refreshToken: (await register(server.url, `logger-${id}`)).refreshToken } };
    case 'updateProfile':
      return { document: MatrixUpdateProfileDocument, variables: {} };
    case 'users':
      return { document: MatrixUsersDocument, variables: {} };
    case 'setUserRole':
      return { document: MatrixSetUserRoleDocument, variables: { userId: (await register(server.url, `role-${id}`)).user.id } };
    case 'deactivateUser':
      return { document: MatrixDeactivateUserDocument, variables: { userId: (await register(server.url, `gone-${id}`)).user.id } };
    case 'integrationTokens':
      return { document: MatrixIntegrationTokensDocument, variables: {} };
    case 'integrationTokens with usage':
      return { document: MatrixIntegrationTokenUsageDocument, variables: {} };
    case 'createIntegrationToken':
      return { document: MatrixCreateIntegrationTokenDocument, variables: {} };
    case 'updateIntegrationToken':
    case 'rotateIntegrationToken':
    case 'revokeIntegrationToken': {
      const { integrationToken } = (await run(server.url, CreateIntegrationTokenDocument, { input: { name: `target-${id}` } }, adminToken)).createIntegrationToken;
      const document = {
        updateIntegrationToken: MatrixUpdateIntegrationTokenDocument,
        rotateIntegrationToken: MatrixRotateIntegrationTokenDocument,
        revokeIntegrationToken: MatrixRevokeIntegrationTokenDocument,
      }[name];
      return { document, variables: { id: integrationToken.id } };
    }
    case 'classifyTicket (token A\'s)':
      return { document: MatrixClassifyTicketDocument, variables: { id: ticketOfTokenA } };
    case 'classifierInfo':
      return { document: MatrixClassifierInfoDocument, variables: {} };
    case 'aiStatus':
      return { document: MatrixAiStatusDocument, variables: {} };
    case 'ticket.similar (customer A\'s)':
      return { document: MatrixSimilarTicketsDocument, variables: { id: ticketOfA } };
    case 'classifyText':
      return { document: MatrixClassifyTextDocument, variables: {} };
    case 'createTicketFromText':
      return { document: MatrixCreateTicketFromTextDocument, variables: {} };
    case 'retrainClassifier':
      return { document: MatrixRetrainClassifierDocument, variables: {} };
    case 'ticketEvents subscription':
      return { document: TicketEventsDocument, variables: {} };
    case 'sendMessage (new conversation)':
      return { document: MatrixSendMessageDocument, variables: {} };
    case 'sendMessage (customer A\'s conversation)':
      return { document: MatrixSendMessageDocument, variables: { conversationId: conversationOfA } };
    case 'startConversation':
      return { document: MatrixStartConversationDocument, variables: {} };
    case 'conversations':
      return {
        document: MatrixConversationsDocument,
        variables: {},
        summarise: (d) => `ok ${d.conversations.edges.some((e: { node: { id: string } }) => e.node.id === conversationOfA) ? 'A' : '-'}`,
      };
    case 'conversation (customer A\'s)':
      return { document: MatrixConversationDocument, variables: { id: conversationOfA } };
    case 'node (customer A\'s conversation)':
      return { document: MatrixNodeDocument, variables: { id: conversationOfA } };
    case 'createTicketFromConversation (customer A\'s)':
      return { document: MatrixCreateTicketFromConversationDocument, variables: { conversationId: conversationOfA } };
    case 'closeConversation (customer A\'s)': {
      const target = (await run(server.url, MatrixSendMessageDocument, {}, credentials.customerA)).sendMessage.conversation.id;
      return { document: MatrixCloseConversationDocument, variables: { id: target } };
    }
    case 'chatReplyStream (customer A\'s) subscription':
      return { document: MatrixChatReplyStreamDocument, variables: { conversationId: conversationOfA } };
    case 'faqs':
      return { document: MatrixFaqsDocument, variables: {} };
    case 'faq':
      return { document: MatrixFaqDocument, variables: { id: faqTarget } };
    case 'searchKnowledgeBase':
      return { document: MatrixSearchKnowledgeBaseDocument, variables: {} };
    case 'createFaq':
      return { document: MatrixCreateFaqDocument, variables: { input: faqInput(id) } };
    case 'updateFaq':
      return { document: MatrixUpdateFaqDocument, variables: { id: faqTarget, input: faqInput(id) } };
    case 'deleteFaq': {
      const target = (await run(server.url, MatrixCreateFaqDocument, { input: faqInput(id) }, adminToken)).createFaq.id;
      return { document: MatrixDeleteFaqDocument, variables: { id: target } };
    }
    case 'createCustomerLog':
      return { document: MatrixCreateCustomerLogDocument, variables: {} };
    case 'updateCustomerLog (customer A\'s)':
      return { document: MatrixUpdateCustomerLogDocument, variables: { id: logOfA } };
    case 'customerLogs':
      return { document: MatrixCustomerLogsDocument, variables: {}, summarise: (d) => `ok ${d.customerLogs.totalCount}` };
    case 'customerLogSummary':
      return { document: MatrixCustomerLogSummaryDocument, variables: {} };
    case 'trendingIssues':
      return { document: MatrixTrendingIssuesDocument, variables: {} };
    case 'webhooks':
      return { document: MatrixWebhooksDocument, variables: {} };
    case 'createWebhook':
      return { document: MatrixCreateWebhookDocument, variables: {} };
    case 'updateWebhook':
      return { document: MatrixUpdateWebhookDocument, variables: { id: webhookTarget } };
    case 'deleteWebhook':
      return { document: MatrixDeleteWebhookDocument, variables: { id: (await run(server.url, MatrixCreateWebhookDocument, {}, adminToken)).createWebhook.webhook.id } };
    case 'redeliverWebhookDelivery':
      return { document: MatrixRedeliverWebhookDeliveryDocument, variables: { id: deliveryTarget } };
    case 'routingRules':
      return { document: MatrixRoutingRulesDocument, variables: {} };
    case 'createRoutingRule':
      return { document: MatrixCreateRoutingRuleDocument, variables: { agentId: agentUserId } };
    case 'updateRoutingRule':
    case 'deleteRoutingRule': {
      const target = (await run(server.url, MatrixCreateRoutingRuleDocument, { agentId: agentUserId }, adminToken)).createRoutingRule.id;
      return { document: name === 'updateRoutingRule' ? MatrixUpdateRoutingRuleDocument : MatrixDeleteRoutingRuleDocument, variables: { id: target } };
    }
    case 'integrationPlatforms':
      return { document: MatrixIntegrationPlatformsDocument, variables: {} };
    case 'integrations':
      return { document: MatrixIntegrationsDocument, variables: {} };
    case 'connectIntegration':
      return { document: MatrixConnectIntegrationDocument, variables: { name: `matrix-${id}` } };
    case 'updateIntegration':
      return { document: MatrixUpdateIntegrationDocument, variables: { id: integrationTarget } };
    case 'testIntegration':
      return { document: MatrixTestIntegrationDocument, variables: { id: integrationTarget } };
    case 'disconnectIntegration': {
      const { connectIntegration } = await run(server.url, MatrixConnectIntegrationDocument, { name: `doomed-${id}` }, adminToken);
      return { document: MatrixDisconnectIntegrationDocument, variables: { id: connectIntegration.id } };
    }
    case 'redeliverIntegrationDelivery':
      return { document: MatrixRedeliverIntegrationDeliveryDocument, variables: { id: integrationDeliveryTarget } };
    case 'ticket externalLinks (token A\'s)':
    case 'ticket externalLinks (customer A\'s)':
      return {
        document: MatrixTicketExternalLinksDocument,
        variables: { id: name.includes('token') ? ticketOfTokenA : ticketOfA },
        summarise: (d) => `ok ${d.ticket.externalLinks.length}`,
      };
    case 'scheduleMeeting (customer A\'s, no Zoom)':
      return { document: MatrixScheduleMeetingDocument, variables: { ticketId: ticketOfA } };
    case 'generateTestCsv':
      return { document: MatrixGenerateTestCsvDocument, variables: {} };
    case 'uploadTicketCsv':
      return { document: MatrixUploadTicketCsvDocument, variables: { csvContent: (await run(server.url, MatrixGenerateTestCsvDocument, {})).generateTestCsv.csvContent } };
    case 'classificationJob (a signed upload\'s)':
      return { document: MatrixClassificationJobDocument, variables: { id: signedJob }, summarise: (d) => `ok ${d.classificationJob.tickets.totalCount}` };
    case 'classificationJob (an agent\'s import)':
      return { document: MatrixClassificationJobDocument, variables: { id: importJob }, summarise: (d) => `ok ${d.classificationJob.tickets.totalCount}` };
    case 'node (an agent\'s import job)':
      return { document: MatrixNodeDocument, variables: { id: importJob } };
    case 'imports':
      return { document: MatrixImportsDocument, variables: {} };
    case 'node (an agent\'s import record)':
      return { document: MatrixNodeDocument, variables: { id: importRecord } };
    case 'ticketChanges':
      return { document: MatrixTicketChangesDocument, variables: {} };
    case 'classificationJobUpdated (a signed upload\'s) subscription':
      return { document: MatrixClassificationJobUpdatedDocument, variables: { id: signedJob } };
    case 'classificationJobs':
      return {
        document: MatrixClassificationJobsDocument,
        variables: {},
        summarise: (d) => `ok ${d.classificationJobs.edges.some((e: { node: { id: string } }) => e.node.id === importJob) ? 'import' : d.classificationJobs.totalCount === 0 ? '-' : d.classificationJobs.totalCount}`,
      };
    case 'jobQueueStats':
      return { document: MatrixJobQueueStatsDocument, variables: {} };
    case 'retryClassificationJob (an agent\'s failed import)':
      return { document: MatrixRetryClassificationJobDocument, variables: { id: await jobRow('FAILED', 'agent') }, summarise: (d) => `ok ${d.retryClassificationJob.status}` };
    case 'cancelClassificationJob (an agent\'s pending import)':
      return { document: MatrixCancelClassificationJobDocument, variables: { id: await jobRow('PENDING', 'agent') }, summarise: (d) => `ok ${d.cancelClassificationJob.status}` };
    case 'cancelClassificationJob (a signed upload\'s pending job)':
      return { document: MatrixCancelClassificationJobDocument, variables: { id: await jobRow('PENDING', null) }, summarise: (d) => `ok ${d.cancelClassificationJob.status}` };
    case 'node (customer A\'s attachment)':
      return { document: MatrixNodeDocument, variables: { id: attachmentOfA } };
    case 'node (an internal attachment of customer A\'s ticket)':
      return { document: MatrixNodeDocument, variables: { id: internalAttachmentOfA } };
    case 'deleteAttachment (token A\'s)':
      return { document: MatrixDeleteAttachmentDocument, variables: { id: await attachTo(ticketOfTokenA, tokenOfA) } };
    case 'analyzeAttachment (customer A\'s)':
      return { document: MatrixAnalyzeAttachmentDocument, variables: { id: attachmentOfA } };
    case 'attachmentUpdated (customer A\'s) subscription':
      return { document: MatrixAttachmentUpdatedDocument, variables: { ticketId: ticketOfA } };
    case 'businessCalendars':
      return { document: MatrixBusinessCalendarsDocument, variables: {} };
    case 'node (a business calendar)':
      return { document: MatrixNodeDocument, variables: { id: calendarTarget } };
    case 'createBusinessCalendar':
      return { document: MatrixCreateBusinessCalendarDocument, variables: { name: `matrix-${id}` } };
    case 'updateBusinessCalendar':
      return { document: MatrixUpdateBusinessCalendarDocument, variables: { id: calendarTarget, name: `matrix-${id}` } };
    case 'deleteBusinessCalendar': {
      const target = (await run(server.url, MatrixCreateBusinessCalendarDocument, { name: `matrix-${id}` }, adminToken)).createBusinessCalendar.id;
      return { document: MatrixDeleteBusinessCalendarDocument, variables: { id: target } };
    }
    case 'slaPolicies':
      return { document: MatrixSlaPoliciesDocument, variables: {} };
    case 'setSlaPolicy':
      return { document: MatrixSetSlaPolicyDocument, variables: {} };
    case 'slaReport':
      return { document: MatrixSlaReportDocument, variables: {} };
  }
  throw new Error(`no operation for ${name}`);
}

/**
 * A job of no tickets in the given state, made in the database (a real one finishes too soon to be
 * caught PENDING), created by the user of that name, or by nobody (a signed upload's).
 */
async function jobRow(status: 'FAILED' | 'PENDING', creator: string | null): Promise<string> {
  const db = new Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `insert into classification_jobs (id, status, file_name, created_by)
       select gen_random_uuid(), $1, 'matrix.csv', (select 'user:' || id from users where username = $2) returning id`,
      [status, creator],
    );
    return toGlobalId('ClassificationJob', rows[0]!.id);
  } finally {
    await db.end();
  }
}

function outcome(result: { data?: unknown; errors?: readonly GraphQLFormattedError[] }, summarise?: (data: any) => string): string {
  if (result.errors?.length) return String(result.errors[0]!.extensions?.code);
  return summarise ? summarise(result.data) : 'ok';
}

async function overHttp(caller: Caller, op: Operation): Promise<string> {
  const result = await request(server.url, op.document, op.variables, credentials[caller]);
  if (result.status === 401) return R;
  return outcome(result, op.summarise);
}

/** Subscriptions count as allowed once the server accepts them and no error arrives. */
async function overWebSocket(caller: Caller, op: Operation): Promise<string> {
  const client = wsClient(server.url, credentials[caller]);
  try {
    return await new Promise<string>((resolve) => {
      client.on('closed', (event) => {
        const code = (event as { code: number }).code;
        if (code === 4401 || code === 4403) resolve(R);
      });
      const isSubscription = SUBSCRIPTIONS.has(op.document);
      let timer: NodeJS.Timeout | undefined;
      client.subscribe(
        { query: print(op.document), variables: op.variables },
        {
          next: (result) => {
            clearTimeout(timer);
            resolve(outcome(result as never, op.summarise));
          },
          error: (error) => resolve(Array.isArray(error) ? String(error[0]?.extensions?.code) : R),
          complete: () => undefined,
        },
      );
      if (isSubscription) {
        client.on('connected', () => {
          timer = setTimeout(() => resolve('ok'), 300);
        });
      }
    });
  } finally {
    await client.dispose();
  }
}

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000', RATE_LIMIT_AUTH_PER_MINUTE: '100000' });
  Object.assign(credentials, await signInEveryCaller(server.url));
  adminToken = credentials.admin!;
  tokenOfA = credentials.tokenA!;
  agentUserId = (await run(server.url, MeDocument, {}, credentials.agent)).me!.id;

  ticketOfA = (await run(server.url, MatrixCreateTicketDocument, { input: customerTicketInput({ tags: ['base'] }) }, credentials.customerA)).createTicket.id;
  ticketOfTokenA = (await run(server.url, MatrixCreateTicketDocument, { input: ticketInput({ tags: ['base'] }) }, tokenOfA)).createTicket.id;
  conversationOfA = (await run(server.url, MatrixSendMessageDocument, {}, credentials.customerA)).sendMessage.conversation.id;
  logOfA = (await run(server.url, CreateCustomerLogDocument, {
    input: { title: 'base', description: 'The base log of customer A.', logType: 'SUPPORT', category: 'base' },
  }, credentials.customerA)).createCustomerLog.id;
  faqTarget = (await run(server.url, MatrixCreateFaqDocument, { input: faqInput(0) }, adminToken)).createFaq.id;
  calendarTarget = (await run(server.url, MatrixCreateBusinessCalendarDocument, { name: 'matrix-target' }, adminToken)).createBusinessCalendar.id;
  const csv = (await run(server.url, MatrixGenerateTestCsvDocument, {})).generateTestCsv.csvContent;
  signedJob = (await run(server.url, MatrixUploadTicketCsvDocument, { csvContent: csv })).uploadTicketCsv.id;
  const imported = await upload(server.url, ImportTicketsDocument, { classify: true }, {
    name: 'matrix.csv',
    content: 'customer_id,customer_email,customer_name,subject,description\nm1,m1@example.com,M,Matrix import,A description long enough.\n',
  }, { token: credentials.agent });
  importJob = imported.data!.importTickets.job!.id;
  const records = (await run(server.url, MatrixImportsDocument, {}, adminToken)).imports.edges.map((edge) => edge.node);
  importRecord = records.find((record) => record.fileName === 'matrix.csv')!.id;
  attachmentOfA = await attachTo(ticketOfA, credentials.customerA!);
  internalAttachmentOfA = await attachTo(ticketOfA, credentials.agent!, true);
  // Its text is read before the matrix analyses it.
  await waitFor(
    async () => (await run(server.url, AttachmentNodeDocument, { id: attachmentOfA }, adminToken)).node as { status?: string },
    (node) => node.status === 'READY',
  );
  await waitFor(
    async () => (await run(server.url, AttachmentNodeDocument, { id: internalAttachmentOfA }, adminToken)).node as { status?: string },
    (node) => node.status === 'READY',
  );
  citingConversationOfA = (await run(server.url, MatrixSendMessageCitingDocument, { message: MATRIX_FILE_QUESTION }, credentials.customerA)).sendMessage.conversation.id;
  // A webhook with one logged delivery (to a closed port: it fails, which is all redelivery needs).
  const { createWebhook } = await run(server.url, CreateWebhookDocument, { input: { url: 'http://127.0.0.1:9/matrix', events: ['CREATED'] } }, adminToken);
  webhookTarget = createWebhook.webhook.id;
  await run(server.url, MatrixCreateTicketDocument, { input: ticketInput() }, adminToken);
  deliveryTarget = (await waitFor(
    async () => (await run(server.url, WebhooksDocument, { first: 1 }, adminToken)).webhooks.find((w) => w.id === webhookTarget)!.deliveries.edges[0],
    (edge) => edge !== undefined,
  ))!.node.id;
  await run(server.url, UpdateWebhookDocument, { id: webhookTarget, input: { events: ['DELETED'] } }, adminToken);
  // An integration with one logged call (to a closed port), and links of two tickets to it.
  const { connectIntegration } = await run(server.url, MatrixConnectIntegrationDocument, { name: 'matrix-target' }, adminToken);
  integrationTarget = connectIntegration.id;
  await run(server.url, UpdateIntegrationDocument, { id: integrationTarget, input: { events: ['CREATED'] } }, adminToken);
  await run(server.url, MatrixCreateTicketDocument, { input: ticketInput() }, adminToken);
  integrationDeliveryTarget = (await waitFor(
    async () => (await run(server.url, IntegrationsDocument, { first: 1 }, adminToken)).integrations.find((i) => i.id === integrationTarget)!.deliveries.edges[0],
    (edge) => edge !== undefined,
  ))!.node.id;
  await run(server.url, UpdateIntegrationDocument, { id: integrationTarget, input: { events: ['DELETED'] } }, adminToken);
  const links = new Client({ connectionString: server.databaseUrl });
  await links.connect();
  for (const [ticket, key] of [[ticketOfA, 'SUP-1'], [ticketOfTokenA, 'SUP-2']] as const) {
    await links.query(
      `insert into ticket_external_links (id, ticket_id, integration_id, platform, key, url) values (gen_random_uuid(), $1, $2, 'JIRA', $3, null)`,
      [ticket!.replace(/^tkt_/, ''), integrationTarget.replace(/^int_/, ''), key],
    );
  }
  await links.end();
  await new Promise((resolve) => setTimeout(resolve, 600));
}, 60_000);
afterAll(async () => server?.close());

describe.each([
  ['HTTP', overHttp],
  ['graphql-ws', overWebSocket],
] as const)('permission matrix over %s', (_transport, execute) => {
  // Subscriptions are a WebSocket matter; over HTTP only queries and mutations run.
  const rows = Object.keys(EXPECTED).filter((name) => execute === overWebSocket || !name.endsWith('subscription'));
  test.each(rows)('%s', async (name) => {
    const actual: string[] = [];
    for (const caller of CALLERS) actual.push(await execute(caller, await operation(name)));
    expect(Object.fromEntries(CALLERS.map((caller, i) => [caller, actual[i]]))).toEqual(
      Object.fromEntries(CALLERS.map((caller, i) => [caller, EXPECTED[name]![i]])),
    );
  });
});
