import { LockMode, ref } from '@mikro-orm/core';
import { Attachment } from '../../entities/attachment.entity';
import { Conversation } from '../../entities/conversation.entity';
import { ClassificationCorrection } from '../../entities/classification-correction.entity';
import type { ClassificationRecord, ClassifiedField } from '../../entities/classification.value';
import {
  RESOLVED_STATUSES, Role, TicketCategory, TicketEventType, TicketPriority, TicketSource, TicketStatus,
} from '../../entities/enums';
import { TicketEvent, type FieldChange } from '../../entities/ticket-event.entity';
import { CustomerInfo, Ticket, type TicketMetadata } from '../../entities/ticket.entity';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors';
import { fromGlobalId, newId, ticketNumberOf, toGlobalId } from '../../ids';
import type { Page, PageDirection } from '../../repositories/shared/page';
import { ticketEventFromEntity, type TicketEventRecord } from '../../repositories/ticket-events/ticket-event.repository';
import { inScope, type TicketQuery } from '../../repositories/tickets/ticket-filter';
import { ticketFromEntity, type NewTicket, type TicketOrdering } from '../../repositories/tickets/ticket.repository';
import type { PartialTicket, TicketProperty, TicketRecord } from '../../repositories/tickets/ticket.table';
import { ClassificationService, classificationSummary } from '../classifier/classification.service';
import { removeStoredFiles } from '../files/file-storage';
import { isCustomer, requireRole, requireSignedIn, requireTicketEditor, seesInternalComments, ticketScope, type SignedInViewer } from '../identity/policy';
import type { Viewer } from '../identity/viewer';
import { IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { routeTickets } from '../routing/ticket-router';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';
import type { SlaRules } from '../sla/sla-policy';
import {
  checkNewTicket, checkTicketChanges, type NewTicketInput, type NormalizedChanges, type NormalizedNewTicket,
  type TicketChangesInput,
} from './ticket-validation';

/** What a customer's new ticket may not set. */
const CUSTOMER_SET_BY_STAFF = ['priority', 'status'] as const;

/** Fields whose changes are recorded as UPDATED (status and assignee have event types of their own). */
const UPDATE_FIELDS = ['subject', 'description', 'category', 'priority', 'tags', 'metadata', 'manualOverride', 'customer'] as const;

/** Tickets: every change is validated, recorded in history and published once committed. */
export class TicketService {
  constructor(private readonly ctx: ServiceContext) {}

  private get tickets() {
    return this.ctx.em.getRepository(Ticket);
  }

  /** A ticket the caller may see; any other is NOT_FOUND, whether or not it exists. */
  async get(id: string): Promise<TicketRecord> {
    const scope = ticketScope(this.ctx.viewer);
    const [ticket] = await this.tickets.findRecords([id]);
    if (!ticket || !inScope(scope, ticket)) throw ticketNotFound(id);
    return ticket;
  }

  /**
   * A comment, history entry or attachment the caller may see: `find` reads it (internal ones only for those
   * who see internal comments), and its ticket must be one the caller sees. Anything else is NOT_FOUND.
   */
  async visibleChild<T extends { ticketId: string }>(
    type: 'Comment' | 'TicketEvent' | 'Attachment',
    id: string,
    find: (includeInternal: boolean) => Promise<T | undefined>,
  ): Promise<T> {
    const scope = ticketScope(this.ctx.viewer);
    const child = await find(seesInternalComments(this.ctx.viewer));
    const [ticket] = child ? await this.tickets.findRecords([child.ticketId]) : [];
    if (!child || !ticket || !inScope(scope, ticket)) throw new NotFoundError(type, toGlobalId(type, id));
    return child;
  }

  /** A ticket the caller may see, by its global id or its key (`TICKET-000042`); any other is NOT_FOUND. */
  async find(reference: string): Promise<TicketRecord> {
    const number = ticketNumberOf(reference);
    if (number === undefined) {
      const parsed = fromGlobalId(reference);
      if (parsed?.type !== 'Ticket') throw new NotFoundError('Ticket', reference);
      return this.get(parsed.id);
    }
    const ticket = await this.tickets.findRecordByNumber(number);
    if (!ticket || !inScope(ticketScope(this.ctx.viewer), ticket)) throw new NotFoundError('Ticket', reference);
    return ticket;
  }

  /** A page of tickets, every property read. */
  list(filter: TicketQuery, ordering: TicketOrdering, first: number, after?: string | null): Promise<Page<TicketRecord>> {
    return this.tickets.findPage(filter, ticketScope(this.ctx.viewer), ordering, first, after ?? undefined);
  }

  /** A page of tickets holding only the given properties (see TicketRepository.findPage). */
  listSelected(
    filter: TicketQuery,
    ordering: TicketOrdering,
    first: number,
    after: string | null | undefined,
    properties: ReadonlySet<TicketProperty> | undefined,
    direction: PageDirection = 'forward',
  ): Promise<Page<PartialTicket>> {
    return this.tickets.findPage(filter, ticketScope(this.ctx.viewer), ordering, first, after ?? undefined, properties, direction);
  }

  count(filter: TicketQuery): Promise<number> {
    return this.tickets.countMatching(filter, ticketScope(this.ctx.viewer));
  }

  /**
   * Creates a ticket. A customer creates it as themselves, whatever customer the input names; a
   * token's tickets are its own; staff create tickets for any customer. With an Idempotency-Key,
   * a repeat of the same input returns the ticket the first request created.
   */
  create(input: NewTicketInput, idempotencyKey?: string): Promise<TicketRecord> {
    return new IdempotencyService(this.ctx).create(idempotencyKey, 'createTicket', input, {
      create: () => this.insert(input),
      idOf: (ticket) => ticket.id,
      read: (id) => this.get(id),
    });
  }

  private async insert(input: NewTicketInput): Promise<TicketRecord> {
    const viewer = requireSignedIn(this.ctx.viewer);
    if (isCustomer(viewer)) {
      // A customer describes the request (and may suggest a category); how urgent it is and where it
      // stands is the support team's and the classifier's call.
      const refused = CUSTOMER_SET_BY_STAFF.filter((field) => input[field] != null);
      if (refused.length) {
        throw new ForbiddenError(`Customers may not set ${refused.join(' or ')} on a new ticket: the priority comes from the classifier, and a new ticket is NEW`);
      }
    }
    const checked = checkNewTicket(withRequester(viewer, input), { descriptionOptional: viewer.kind === 'token' });
    if (!checked.value) throw new ValidationError(checked.errors);
    const fields = checked.value;
    // What the creator left open, the classifier decides.
    const classification =
      fields.category && fields.priority ? null : await new ClassificationService(this.ctx).classifyText(fields);
    const now = new Date();
    const ticket = draftTicket(fields, { viewer, now, sla: await this.ctx.sla.rules(this.ctx.em), classification });
    const changes = createdChanges(ticket);
    const eventId = newId(now.getTime());
    const event = { id: eventId, actor: this.ctx.viewer.actor, changes };
    // A ticket the classifier decided goes where the routing rules send it, in the same transaction.
    const { created, routed } = classification
      ? await this.ctx.em.transactional(async (em) => {
        const created = await em.getRepository(Ticket).insertWithEvent(ticket, event);
        return { created, routed: await routeTickets(em, [created.id], now) };
      })
      : { created: await this.tickets.insertWithEvent(ticket, event), routed: [] };
    await this.publish(
      [{ id: eventId, ticketId: created.id, type: TicketEventType.CREATED, actor: this.ctx.viewer.actor, occurredAt: created.createdAt, changes }],
      created,
    );
    await announceTicketEvents(this.ctx, routed);
    return routed[0]?.ticket ?? created;
  }

  async update(id: string, input: TicketChangesInput): Promise<TicketRecord> {
    requireTicketEditor(this.ctx.viewer, 'change tickets; add a comment instead');
    const checked = checkTicketChanges(input);
    if (!checked.value) throw new ValidationError(checked.errors);
    const changes = checked.value;
    const reclassification = changes.manualOverride === false ? await this.reclassification(id, changes) : undefined;
    const { ticket, events, routed } = await this.ctx.em.transactional(async (em) => {
      const ticket = await this.lockVisible(em, id);
      const now = new Date();
      const sla = await this.ctx.sla.rules(em);
      const changed = this.applyChanges(ticket, changes, now, sla);
      // Handed back to the classifier: its category and priority apply again, as a CLASSIFIED entry.
      if (reclassification) changed.push(new ClassificationService(this.ctx).apply(ticket, reclassification, now, sla));
      const events = changed.map((event) => {
        em.persist(event);
        return event;
      });
      // A person set category or priority: a labeled example for the next training run.
      if (changes.category != null || changes.priority != null) {
        em.persist(new ClassificationCorrection(ticket, this.ctx.viewer.actor));
      }
      // Classified again and left without an assignee (not unassigned by this very change): routed.
      if (!reclassification || changes.assignedTo !== undefined) return { ticket, events, routed: [] };
      await em.flush();
      return { ticket, events, routed: await routeTickets(em, [ticket.id], now) };
    });
    const record = ticketFromEntity(ticket);
    await this.publish(events.map(ticketEventFromEntity), record);
    await announceTicketEvents(this.ctx, routed);
    return routed[0]?.ticket ?? record;
  }

  /**
   * The classifier's answer for a ticket being handed back to it (only one a person overrode),
   * asked before the row is locked: a model may take seconds.
   */
  private async reclassification(id: string, changes: NormalizedChanges): Promise<ClassificationRecord | undefined> {
    const stored = await this.get(id);
    if (!stored.manualOverride) return undefined;
    return new ClassificationService(this.ctx).classifyText({
      subject: changes.subject ?? stored.subject,
      description: changes.description ?? stored.description,
    });
  }

  setStatus(id: string, status: TicketStatus): Promise<TicketRecord> {
    return this.update(id, { status });
  }

  async delete(id: string): Promise<TicketRecord> {
    requireRole(this.ctx.viewer, [Role.ADMIN, Role.AGENT], 'delete tickets');
    const event: TicketEventRecord = {
      id: newId(), ticketId: id, type: TicketEventType.DELETED, actor: this.ctx.viewer.actor, occurredAt: new Date(), changes: [],
    };
    const { ticket, storageKeys } = await this.ctx.em.transactional(async (em) => {
      const ticket = await this.lockVisible(em, id);
      const record = ticketFromEntity(ticket);
      const files = await em.getRepository(Attachment).storedFiles(id);
      await em.getRepository(Conversation).forgetFiles(em, files.map((file) => file.id));
      const storageKeys = files.map((file) => file.storageKey);
      em.remove(ticket);
      // History goes with the ticket; the DELETED entry stays for the change feed.
      await em.getRepository(TicketEvent).replaceHistoryWithDeletion(event, record);
      return { ticket: record, storageKeys };
    });
    // The rows went with the ticket; their files go once that is committed.
    await removeStoredFiles(this.ctx, storageKeys);
    await this.publish([event], ticket);
    return ticket;
  }

  /** Locks a ticket the caller may see for a change; any other is NOT_FOUND. */
  async lockVisible(em: ServiceContext['em'], id: string): Promise<Ticket> {
    const scope = ticketScope(this.ctx.viewer);
    const ticket = await em.findOne(Ticket, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!ticket || !inScope(scope, ticket)) throw ticketNotFound(id);
    return ticket;
  }

  /** Applies validated changes and returns the history entries they make, grouped by kind. */
  private applyChanges(ticket: Ticket, changes: NormalizedChanges, now: Date, rules: SlaRules): TicketEvent[] {
    const byType = new Map<TicketEventType, FieldChange[]>();
    const record = (type: TicketEventType, field: string, oldValue: unknown, newValue: unknown): void => {
      if (canonicalJson(oldValue) === canonicalJson(newValue)) return;
      byType.set(type, [...(byType.get(type) ?? []), { field, oldValue, newValue }]);
    };
    const next = {
      subject: changes.subject ?? ticket.subject,
      description: changes.description ?? ticket.description,
      category: changes.category ?? ticket.category,
      priority: changes.priority ?? ticket.priority,
      tags: changes.tags ?? ticket.tags,
      metadata: plainMetadata(changes.metadata ?? ticket.metadata),
      manualOverride: changes.manualOverride ?? (ticket.manualOverride || changes.category != null || changes.priority != null),
      customer: { id: ticket.customer.id, email: changes.customer?.email ?? ticket.customer.email, name: changes.customer?.name ?? ticket.customer.name },
    };
    for (const field of UPDATE_FIELDS) {
      const oldValue =
        field === 'metadata' ? plainMetadata(ticket.metadata)
        : field === 'customer' ? { id: ticket.customer.id, email: ticket.customer.email, name: ticket.customer.name }
        : ticket[field];
      record(TicketEventType.UPDATED, field, oldValue, next[field]);
    }
    const sla = rules.next(ticket, { priority: next.priority, status: changes.status ?? ticket.status }, now);
    if (changes.status && changes.status !== ticket.status) {
      const resolvedAt = RESOLVED_STATUSES.has(changes.status) ? (ticket.resolvedAt ?? now) : null;
      record(TicketEventType.STATUS_CHANGED, 'status', ticket.status, changes.status);
      record(TicketEventType.STATUS_CHANGED, 'resolvedAt', ticket.resolvedAt?.toISOString() ?? null, resolvedAt?.toISOString() ?? null);
      ticket.status = changes.status;
      ticket.resolvedAt = resolvedAt;
    }
    const slaEvent = changes.status && byType.has(TicketEventType.STATUS_CHANGED) ? TicketEventType.STATUS_CHANGED : TicketEventType.UPDATED;
    record(slaEvent, 'slaDueAt', ticket.slaDueAt?.toISOString() ?? null, sla.slaDueAt?.toISOString() ?? null);
    record(slaEvent, 'firstResponseDueAt', ticket.firstResponseDueAt?.toISOString() ?? null, sla.firstResponseDueAt?.toISOString() ?? null);
    ticket.slaDueAt = sla.slaDueAt;
    ticket.slaPausedAt = sla.slaPausedAt;
    ticket.firstResponseDueAt = sla.firstResponseDueAt;
    if (changes.assignedTo !== undefined) {
      record(TicketEventType.ASSIGNED, 'assignedTo', ticket.assignedTo, changes.assignedTo);
      ticket.assignedTo = changes.assignedTo;
    }
    if (byType.size === 0) return [];

    ticket.subject = next.subject;
    ticket.description = next.description;
    ticket.category = next.category;
    ticket.priority = next.priority;
    ticket.tags = next.tags;
    ticket.manualOverride = next.manualOverride;
    if (changes.customer) ticket.customer = new CustomerInfo(next.customer.id, next.customer.email, next.customer.name);
    if (changes.metadata) Object.assign(ticket.metadata, changes.metadata);
    ticket.updatedAt = now;
    return [...byType].map(([type, fieldChanges]) => {
      const event = new TicketEvent(ref(ticket), type, this.ctx.viewer.actor, fieldChanges);
      event.occurredAt = now;
      return event;
    });
  }

  /** Announcing happens after commit; a failure to announce must not undo a committed change. */
  private publish(events: TicketEventRecord[], ticket: TicketRecord): Promise<void> {
    return announceTicketEvents(this.ctx, events.map((event) => ({ event, ticket })));
  }
}


/**
 * Who raises the ticket: a customer always as themselves; an integration token as itself when it
 * names no customer (as the integration-token API's tickets had none); staff name the customer.
 */
function withRequester(viewer: SignedInViewer, input: NewTicketInput): NewTicketInput {
  if (isCustomer(viewer)) return { ...input, customer: { id: toGlobalId('User', viewer.userId), email: viewer.email, name: viewer.username } };
  if (viewer.kind === 'token' && !input.customer) {
    return { ...input, customer: { id: toGlobalId('IntegrationToken', viewer.tokenId), email: `integration-${viewer.tokenId}@${INTEGRATION_EMAIL_DOMAIN}`, name: viewer.name } };
  }
  return input;
}

/** RFC 2606 reserves `.invalid`: the address of an integration that raised a ticket reaches no one. */
const INTEGRATION_EMAIL_DOMAIN = 'integrations.invalid';

/** Metadata with its keys in one order, so that equal values compare equal as JSON. */
function plainMetadata(metadata: Pick<TicketMetadata, 'source' | 'browser' | 'deviceType' | 'extra'>) {
  return { source: metadata.source, browser: metadata.browser, deviceType: metadata.deviceType, extra: metadata.extra };
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * A new ticket from validated input: whatever the input leaves open comes from the classification,
 * or, without one, stays provisional (OTHER, MEDIUM) until a classification job decides.
 */
export function draftTicket(
  fields: NormalizedNewTicket & { externalKey?: string | null },
  options: {
    viewer: Viewer;
    now: Date;
    sla: SlaRules;
    classification?: ClassificationRecord | null;
    /** A job classifies the ticket later, deciding what the fields leave open. */
    classificationJobId?: string | null;
  },
): NewTicket {
  const { viewer, now, classification = null } = options;
  const status = fields.status ?? TicketStatus.NEW;
  const category = fields.category ?? classification?.category ?? TicketCategory.OTHER;
  const priority = fields.priority ?? classification?.priority ?? TicketPriority.MEDIUM;
  return {
    id: newId(now.getTime()),
    customer: fields.customer,
    subject: fields.subject,
    description: fields.description,
    category,
    priority,
    status,
    tags: fields.tags,
    metadata: fields.metadata ?? { source: TicketSource.API, browser: null, deviceType: null, extra: null },
    assignedTo: null,
    createdAt: now,
    resolvedAt: RESOLVED_STATUSES.has(status) ? now : null,
    ...options.sla.initial(priority, status, now),
    classification,
    manualOverride: false,
    ownerId: isCustomer(viewer) ? viewer.userId : undefined,
    createdByTokenId: viewer.kind === 'token' ? viewer.tokenId : null,
    externalKey: fields.externalKey ?? null,
    classificationJobId: options.classificationJobId ?? null,
    classifyFields: options.classificationJobId ? openFields(fields) : null,
  };
}

/** The fields a classifier decides for a ticket: those its creator left open. */
function openFields(fields: NormalizedNewTicket): ClassifiedField[] {
  const open: ClassifiedField[] = [];
  if (!fields.category) open.push('category');
  if (!fields.priority) open.push('priority');
  return open;
}

/** The changes a CREATED history entry records. */
export function createdChanges(ticket: NewTicket): FieldChange[] {
  const changes: FieldChange[] = [
    { field: 'subject', oldValue: null, newValue: ticket.subject },
    { field: 'category', oldValue: null, newValue: ticket.category },
    { field: 'priority', oldValue: null, newValue: ticket.priority },
    { field: 'status', oldValue: null, newValue: ticket.status },
    { field: 'slaDueAt', oldValue: null, newValue: ticket.slaDueAt?.toISOString() ?? null },
  ];
  if (ticket.classification) changes.push({ field: 'classification', oldValue: null, newValue: classificationSummary(ticket.classification) });
  return changes;
}

/** Clients know tickets by their global id, so the error names that one. */
function ticketNotFound(id: string): NotFoundError {
  return new NotFoundError('Ticket', toGlobalId('Ticket', id));
}
