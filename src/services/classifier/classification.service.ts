import { LockMode, ref } from '@mikro-orm/core';
import { Attachment } from '../../entities/attachment.entity';
import { ClassificationCorrection } from '../../entities/classification-correction.entity';
import type { ClassificationRecord, ClassificationResult, ClassifiedField } from '../../entities/classification.value';
import { Role, TicketEventType } from '../../entities/enums';
import { TicketEvent, type FieldChange } from '../../entities/ticket-event.entity';
import { Ticket } from '../../entities/ticket.entity';
import { NotFoundError, ValidationError, type FieldError } from '../../errors';
import { toGlobalId } from '../../ids';
import { ticketEventFromEntity } from '../../repositories/ticket-events/ticket-event.repository';
import { inScope } from '../../repositories/tickets/ticket-filter';
import { ticketFromEntity } from '../../repositories/tickets/ticket.repository';
import type { TicketRecord } from '../../repositories/tickets/ticket.table';
import { requireRole, requireSignedIn, requireTicketEditor, ticketScope } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';
import { routeTickets } from '../routing/ticket-router';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';
import type { SlaPolicy } from '../tickets/sla-policy';
import { checkText, LIMITS } from '../tickets/ticket-validation';
import type { TicketText } from './classifier';
import type { ClassifierState } from './classifier-host';

/** How much of the text read from a ticket's files its classification reads. */
const ATTACHMENT_TEXT_CHARS = 4000;

/** What history and events show of a classification: who decided, how sure, and the rest. */
export function classificationSummary(classification: ClassificationRecord) {
  const { model, confidence, urgency, impact, sentiment } = classification;
  return { model, confidence, urgency, impact, sentiment };
}

function toRecord(result: ClassificationResult, at: Date): ClassificationRecord {
  return { ...result, classifiedAt: at.toISOString() };
}

/** The fields of a ticket that a classification reads and changes. */
export interface ClassifiedFields {
  category: Ticket['category'];
  priority: Ticket['priority'];
  status: Ticket['status'];
  slaDueAt: Date | null;
  slaPausedAt: Date | null;
  manualOverride: boolean;
  classification: ClassificationRecord | null;
}

const BOTH_FIELDS: ReadonlySet<ClassifiedField> = new Set(['category', 'priority']);

/**
 * A ticket's fields once a classification is applied, and the changes for its CLASSIFIED entry:
 * the classification is always kept; category and priority (and with them the SLA due date)
 * change only where no person set them by hand, and only those in `decides` (an imported row's own
 * values stay).
 */
export function withClassification(
  ticket: ClassifiedFields,
  classification: ClassificationRecord,
  now: Date,
  sla: SlaPolicy,
  decides: ReadonlySet<ClassifiedField> = BOTH_FIELDS,
): { fields: Omit<ClassifiedFields, 'status' | 'manualOverride' | 'classification'> & { classification: ClassificationRecord }; changes: FieldChange[] } {
  const fields = {
    category: ticket.category,
    priority: ticket.priority,
    slaDueAt: ticket.slaDueAt,
    slaPausedAt: ticket.slaPausedAt,
    classification,
  };
  const changes: FieldChange[] = [
    { field: 'classification', oldValue: ticket.classification && classificationSummary(ticket.classification), newValue: classificationSummary(classification) },
  ];
  if (!ticket.manualOverride) {
    if (decides.has('category') && ticket.category !== classification.category) {
      changes.push({ field: 'category', oldValue: ticket.category, newValue: classification.category });
      fields.category = classification.category;
    }
    if (decides.has('priority') && ticket.priority !== classification.priority) {
      const next = sla.next(ticket, { priority: classification.priority, status: ticket.status }, now);
      changes.push({ field: 'priority', oldValue: ticket.priority, newValue: classification.priority });
      changes.push({ field: 'slaDueAt', oldValue: ticket.slaDueAt?.toISOString() ?? null, newValue: next.slaDueAt?.toISOString() ?? null });
      fields.priority = classification.priority;
      fields.slaDueAt = next.slaDueAt;
      fields.slaPausedAt = next.slaPausedAt;
    }
  }
  return { fields, changes };
}

/**
 * Classifies tickets and applies the result: the classification is always kept; category and
 * priority (and with them the SLA due date) change only where no person has set them by hand.
 */
export class ClassificationService {
  constructor(private readonly ctx: ServiceContext) {}

  /** A classification of text alone (a ticket being created). */
  async classifyText(text: TicketText, llmOnly = false): Promise<ClassificationRecord> {
    return toRecord(await this.ctx.classifiers.classifier.classify(text, { llmOnly }), new Date());
  }

  /**
   * Classifies a request that is not a ticket (signed-in callers): nothing is stored. The texts
   * are checked as a new ticket's are; the subject may be left out.
   */
  async classifyRequest(text: { subject?: string | null; description: string }): Promise<ClassificationRecord> {
    requireSignedIn(this.ctx.viewer);
    const errors: FieldError[] = [];
    const subject = text.subject == null ? '' : checkText(text.subject, 'subject', LIMITS.subject, errors);
    const description = checkText(text.description, 'description', LIMITS.description, errors);
    if (errors.length) throw new ValidationError(errors);
    return this.classifyText({ subject, description });
  }

  /** Classifies a stored ticket (with the text of its files), records CLASSIFIED in its history and publishes it. */
  async classifyTicket(id: string, llmOnly = false): Promise<{ ticket: TicketRecord; classification: ClassificationRecord }> {
    requireTicketEditor(this.ctx.viewer, 'classify tickets');
    const scope = ticketScope(this.ctx.viewer);
    const [stored] = await this.ctx.em.getRepository(Ticket).findRecords([id]);
    if (!stored || !inScope(scope, stored)) throw new NotFoundError('Ticket', toGlobalId('Ticket', id));
    // What the ticket's files say counts as part of its description.
    const files = await this.ctx.em.getRepository(Attachment).textOf(id, ATTACHMENT_TEXT_CHARS);
    const text = files ? { subject: stored.subject, description: `${stored.description}\n\n${files}` } : stored;
    // The model may take seconds (an LLM): ask it before taking the row lock.
    const classification = await this.classifyText(text, llmOnly);
    const { ticket, event, routed } = await this.ctx.em.transactional(async (em) => {
      const ticket = await em.findOne(Ticket, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!ticket) throw new NotFoundError('Ticket', toGlobalId('Ticket', id));
      const now = new Date();
      const event = this.apply(ticket, classification, now);
      // The rules read the ticket as classified: written first.
      await em.persist(event).flush();
      return { ticket, event, routed: await routeTickets(em, [ticket.id], now) };
    });
    const record = ticketFromEntity(ticket);
    await announceTicketEvents(this.ctx, [{ event: ticketEventFromEntity(event), ticket: record }, ...routed]);
    return { ticket: routed[0]?.ticket ?? record, classification };
  }

  /** Puts a classification on a locked ticket and returns its CLASSIFIED history entry. */
  apply(ticket: Ticket, classification: ClassificationRecord, now: Date): TicketEvent {
    const { fields, changes } = withClassification(ticket, classification, now, this.ctx.sla);
    Object.assign(ticket, fields);
    ticket.updatedAt = now;
    const event = new TicketEvent(ref(ticket), TicketEventType.CLASSIFIED, this.ctx.viewer.actor, changes);
    event.occurredAt = now;
    return event;
  }

  /** The active model, where it came from, how it measured itself, and the corrections waiting for training. */
  async info(): Promise<ClassifierState & { correctionsAvailable: number }> {
    requireRole(this.ctx.viewer, [Role.ADMIN, Role.AGENT], 'see the classifier');
    return { ...this.ctx.classifiers.state, correctionsAvailable: await this.ctx.em.count(ClassificationCorrection, {}) };
  }

  /** Trains on the corpus plus every correction agents made, and switches every instance to the result. */
  async retrain(): Promise<ClassifierState> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'retrain the classifier');
    const corrections = await this.ctx.em.find(ClassificationCorrection, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const weight = this.ctx.config.classifier.correctionWeight;
    return this.ctx.classifiers.retrain(
      corrections.map((c) => ({ subject: c.subject, description: c.description, category: c.category, priority: c.priority, weight })),
    );
  }
}
