import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z, type ZodRawShape, type ZodTypeAny } from 'zod';
import { OrderDirection, TicketCategory, TicketOrderField, TicketPriority, TicketStatus } from '../entities/enums';
import { domainErrorOf, type DomainError } from '../errors';
import { ticketKey, toGlobalId } from '../ids';
import type { Logger } from '../logger';
import type { CommentRecord } from '../repositories/tickets/comment.repository';
import { ticketCursor, type TicketOrdering } from '../repositories/tickets/ticket.repository';
import { FaqService } from '../services/assistant/faq.service';
import { ClassificationService } from '../services/classifier/classification.service';
import type { ServiceContext } from '../services/shared/service-context';
import { CommentService } from '../services/tickets/comment.service';
import { publicTicket } from '../services/tickets/public-ticket';
import { TicketService } from '../services/tickets/ticket.service';
import { LIMITS } from '../services/tickets/ticket-validation';

/** The product's name and version, as the MCP handshake reports them. */
export const MCP_SERVER_INFO = { name: 'ticketgraph', title: 'ticketgraph support tickets', version: '0.1.0' } as const;

const INSTRUCTIONS = `Support tickets of ticketgraph, as the credential you connected with may see them.
A ticket is named by its key (TICKET-000042) or its global id (tkt_...); either works wherever a tool asks for a ticket.
Read with search_tickets and get_ticket (or the ticket:// resources); search_knowledge_base finds answers to send customers.
Every call counts against the credential's request budget.`;

/** Newest first, as the GraphQL `tickets` query lists them by default. */
const NEWEST_FIRST: TicketOrdering = { field: TicketOrderField.CREATED_AT, direction: OrderDirection.DESC };

/**
 * The most values (array items and object keys, at any depth) a tool's arguments may hold: the
 * largest valid call has about 30. Counted before any schema runs, so a huge or deep argument costs
 * next to nothing.
 */
const MAX_ARGUMENT_ELEMENTS = 200;

/** How many tickets `resources/list` names: the newest the caller sees. */
const LISTED_RESOURCES = 50;

const ticketReference = z.string().min(1).max(200)
  .describe('The ticket: its key (e.g. TICKET-000042) or its global id (tkt_...).');
const statuses = z.nativeEnum(TicketStatus);
const priorities = z.nativeEnum(TicketPriority);
const categories = z.nativeEnum(TicketCategory);

/** What a tool call runs in, and where unexpected errors are reported. */
export interface McpServerOptions {
  /** A service context for the caller: a fresh unit of work for each call. */
  context: () => ServiceContext;
  logger: Logger;
}

/**
 * The MCP server of ticketgraph: tools and `ticket://` resources over the same services, and so
 * the same permissions, as the GraphQL API. Transports (HTTP at /mcp, stdio) authenticate the
 * caller and make one for it.
 */
export function createMcpServer({ context, logger }: McpServerOptions): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    instructions: INSTRUCTIONS,
    capabilities: { logging: {} },
    maxToolInputElements: MAX_ARGUMENT_ELEMENTS,
  });
  const tool = <Shape extends ZodRawShape>(
    name: string,
    config: { title: string; description: string; inputSchema: Shape; readOnly: boolean },
    run: (args: z.objectOutputType<Shape, ZodTypeAny>, ctx: ServiceContext) => Promise<Record<string, unknown>>,
  ): void => {
    const annotations = { title: config.title, readOnlyHint: config.readOnly, destructiveHint: false, openWorldHint: false };
    // The SDK types the callback by a conditional type of the shape, which TypeScript cannot
    // resolve for a generic one: the arguments are the shape's output all the same.
    server.registerTool(name, { title: config.title, description: config.description, inputSchema: config.inputSchema, annotations }, (async (
      args: z.objectOutputType<Shape, ZodTypeAny>,
    ): Promise<CallToolResult> => {
      try {
        const result = await run(args, context());
        return { content: [{ type: 'text', text: JSON.stringify(result) }], structuredContent: result };
      } catch (error) {
        const refusal = refusalOf(error, logger, name);
        const { http: _http, ...extensions } = refusal.extensions;
        return {
          isError: true,
          content: [{ type: 'text', text: `${refusal.code}: ${refusal.message}` }],
          structuredContent: { error: { code: refusal.code, message: refusal.message, ...extensions } },
        };
      }
    }) as never);
  };

  tool('search_tickets', {
    title: 'Search tickets',
    description: 'Tickets matching every condition given, newest first, a page at a time. Pass `nextCursor` as `after` for the next page.',
    readOnly: true,
    inputSchema: {
      search: z.string().min(1).max(500).optional()
        .describe('Words to find in subject and description (English stemming; "quoted phrases", `or` and -excluded words work).'),
      status: z.array(statuses).max(5).optional().describe('Any of these statuses.'),
      priority: z.array(priorities).max(4).optional().describe('Any of these priorities.'),
      category: z.array(categories).max(6).optional().describe('Any of these categories.'),
      tags: z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tags).optional().describe('Tickets carrying all of these tags.'),
      assignedTo: z.string().min(1).max(LIMITS.shortText).optional().describe('Assigned to this agent.'),
      slaBreached: z.boolean().optional().describe('true: only tickets whose first-response or resolution deadline is breached; false: only those whose neither is.'),
      customerEmail: z.string().min(3).max(254).optional().describe("The customer's email address."),
      createdAfter: z.string().datetime({ offset: true }).optional().describe('Created at or after this ISO-8601 time.'),
      createdBefore: z.string().datetime({ offset: true }).optional().describe('Created before this ISO-8601 time.'),
      first: z.number().int().min(1).max(50).default(10).describe('How many tickets (1-50, 10 by default).'),
      after: z.string().min(1).max(500).optional().describe('The `nextCursor` of the previous page.'),
    },
  }, async ({ first, after, createdAfter, createdBefore, ...conditions }, ctx) => {
    const service = new TicketService(ctx);
    const filter = {
      ...conditions,
      createdAfter: createdAfter ? new Date(createdAfter) : undefined,
      createdBefore: createdBefore ? new Date(createdBefore) : undefined,
    };
    const page = await service.list(filter, NEWEST_FIRST, first, after);
    const last = page.items.at(-1);
    return {
      totalCount: await service.count(filter),
      tickets: page.items.map(publicTicket),
      nextCursor: page.hasNextPage && last ? ticketCursor(last, NEWEST_FIRST) : null,
    };
  });

  tool('get_ticket', {
    title: 'Get a ticket',
    description: 'One ticket with its comments, oldest first (internal notes only for agents, admins and integration tokens).',
    readOnly: true,
    inputSchema: {
      ticket: ticketReference,
      comments: z.number().int().min(0).max(100).default(20).describe('How many of its comments (0-100, 20 by default; 0 leaves them out).'),
    },
  }, ({ ticket, comments }, ctx) => ticketWithComments(ctx, ticket, comments));

  tool('create_ticket', {
    title: 'Create a ticket',
    description:
      'Files a ticket. Left out, category and priority are decided by the classifier. A customer files for themselves; agents, admins and integration tokens name the customer.',
    readOnly: false,
    inputSchema: {
      subject: z.string().min(LIMITS.subject.min).max(LIMITS.subject.max).describe('One-line summary.'),
      description: z.string().min(LIMITS.description.min).max(LIMITS.description.max).describe('The request in full.'),
      customer: z.object({
        id: z.string().min(1).max(LIMITS.shortText).describe("The customer's id in your own system."),
        email: z.string().min(3).max(254).describe('Their email address.'),
        name: z.string().min(1).max(LIMITS.shortText).describe('Their display name.'),
      }).optional().describe('Who raises it: required of staff and tokens, ignored for a customer (they file as themselves).'),
      category: categories.optional().describe('Leave out to let the classifier decide.'),
      priority: priorities.optional().describe('Leave out to let the classifier decide (customers may not set it).'),
      tags: z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tags).optional().describe('Free-form labels.'),
    },
  }, async (input, ctx) => ({ ticket: publicTicket(await new TicketService(ctx).create(input)) }));

  tool('update_ticket', {
    title: 'Update a ticket',
    description:
      'Changes the fields given (agents, admins, and tokens on their own tickets); each change is recorded in the ticket\'s history. A category or priority set here is a manual override the classifier keeps.',
    readOnly: false,
    inputSchema: {
      ticket: ticketReference,
      subject: z.string().min(LIMITS.subject.min).max(LIMITS.subject.max).optional().describe('New summary.'),
      description: z.string().min(LIMITS.description.min).max(LIMITS.description.max).optional().describe('New description.'),
      category: categories.optional().describe('New category.'),
      priority: priorities.optional().describe('New priority.'),
      status: statuses.optional().describe('New status; RESOLVED or CLOSED sets resolvedAt.'),
      tags: z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tags).optional().describe('Replaces all tags.'),
      assignedTo: z.string().min(1).max(LIMITS.shortText).optional().describe('The agent to assign it to.'),
    },
  }, async ({ ticket, ...changes }, ctx) => {
    const service = new TicketService(ctx);
    const { id } = await service.find(ticket);
    return { ticket: publicTicket(await service.update(id, changes)) };
  });

  tool('add_comment', {
    title: 'Comment on a ticket',
    description: 'Adds a comment to a ticket: public (the customer sees it), or an internal note for the support team.',
    readOnly: false,
    inputSchema: {
      ticket: ticketReference,
      content: z.string().min(1).max(10_000).describe('The text.'),
      internal: z.boolean().default(false).describe('An internal note, seen by agents, admins and integration tokens only.'),
    },
  }, async ({ ticket, content, internal }, ctx) => {
    const { id } = await new TicketService(ctx).find(ticket);
    return { comment: publicComment(await new CommentService(ctx).add(id, content, internal)) };
  });

  tool('classify_text', {
    title: 'Classify a support request',
    description: 'Category, priority, urgency, impact and sentiment of a request, with confidence and reasoning. Stores nothing.',
    readOnly: true,
    inputSchema: {
      subject: z.string().max(LIMITS.subject.max).optional().describe('One-line summary, if there is one.'),
      description: z.string().min(LIMITS.description.min).max(LIMITS.description.max).describe('The request in full.'),
    },
  }, async (text, ctx) => ({ classification: await new ClassificationService(ctx).classifyRequest(text) }));

  tool('search_knowledge_base', {
    title: 'Search the knowledge base',
    description: 'FAQ entries answering a question in plain words, best first, with the matching passage.',
    readOnly: true,
    inputSchema: {
      query: z.string().min(1).max(500).describe('The question or words to look for.'),
      first: z.number().int().min(1).max(20).default(5).describe('How many entries (1-20, 5 by default).'),
    },
  }, async ({ query, first }, ctx) => ({
    hits: (await new FaqService(ctx).search(query, first)).map(({ faq, score, snippet }) => ({
      id: toGlobalId('Faq', faq.id), question: faq.question, answer: faq.answer, category: faq.category, score, snippet,
    })),
  }));

  server.registerResource(
    'ticket',
    new ResourceTemplate('ticket://{key}', {
      list: async () => {
        const page = await new TicketService(context()).list({}, NEWEST_FIRST, LISTED_RESOURCES);
        return {
          resources: page.items.map((ticket) => ({
            uri: `ticket://${ticketKey(ticket.number)}`,
            name: ticketKey(ticket.number),
            title: ticket.subject,
            description: `${ticket.status} ${ticket.priority} ${ticket.category}`,
            mimeType: 'application/json',
          })),
        };
      },
    }),
    {
      title: 'Ticket',
      description: 'A ticket with its first 100 comments, as JSON; resources/list names the 50 newest the caller sees.',
      mimeType: 'application/json',
    },
    async (uri, { key }) => {
      try {
        const ticket = await ticketWithComments(context(), String(key), 100);
        return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(ticket) }] };
      } catch (error) {
        const refusal = refusalOf(error, logger, 'resources/read');
        // MCP's "resource not found" code; other refusals are the request's.
        const code = refusal.code === 'NOT_FOUND' ? -32002 : refusal.code === 'INTERNAL_SERVER_ERROR' ? ErrorCode.InternalError : ErrorCode.InvalidRequest;
        throw new McpError(code, refusal.message, { code: refusal.code, uri: uri.href });
      }
    },
  );
  return server;
}

async function ticketWithComments(ctx: ServiceContext, reference: string, comments: number): Promise<Record<string, unknown>> {
  const ticket = await new TicketService(ctx).find(reference);
  if (comments === 0) return { ticket: publicTicket(ticket) };
  const page = await new CommentService(ctx).list(ticket.id, { size: comments, direction: 'forward' });
  return { ticket: publicTicket(ticket), comments: page.items.map(publicComment), moreComments: page.hasNextPage };
}

function publicComment(comment: CommentRecord): Record<string, unknown> {
  const { id, content, isInternal, author, createdAt } = comment;
  return { id: toGlobalId('Comment', id), ticketId: toGlobalId('Ticket', comment.ticketId), content, isInternal, author, createdAt };
}

/** What a caller is told of a failed call: a domain error as it is, anything else masked and logged. */
function refusalOf(error: unknown, logger: Logger, operation: string): Pick<DomainError, 'code' | 'message' | 'extensions'> {
  const domain = domainErrorOf(error);
  if (domain) return domain;
  logger.error({ err: error, operation }, 'unexpected error in an MCP call');
  return { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', extensions: {} };
}
