import { ref } from '@mikro-orm/core';
import { Comment } from '../../entities/comment.entity';
import { TicketEventType } from '../../entities/enums';
import { TicketEvent } from '../../entities/ticket-event.entity';
import { ForbiddenError, ValidationError, type FieldError } from '../../errors';
import type { Page, PageRequest } from '../../repositories/shared/page';
import { ticketEventFromEntity } from '../../repositories/ticket-events/ticket-event.repository';
import { commentFromEntity, type CommentRecord } from '../../repositories/tickets/comment.repository';
import { ticketFromEntity } from '../../repositories/tickets/ticket.repository';
import { isStaff, requireSignedIn, seesInternalComments } from '../identity/policy';
import { IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { announceTicketEvents } from '../ticket-events/ticket-event.announcer';
import { checkText } from './ticket-validation';
import { TicketService } from './ticket.service';

export const COMMENT_MAX_LENGTH = 10_000;

/**
 * Comments on tickets: public ones for everyone who sees the ticket, internal ones for staff and
 * integrations only. Each is a COMMENT_ADDED entry in the ticket's history, published once committed.
 */
export class CommentService {
  constructor(private readonly ctx: ServiceContext) {}

  /** A comment the caller may see: on a ticket they see, and internal only for those who see internal comments. */
  get(id: string): Promise<CommentRecord> {
    return new TicketService(this.ctx).visibleChild('Comment', id, (includeInternal) =>
      this.ctx.em.getRepository(Comment).findRecord(id, includeInternal),
    );
  }

  /**
   * A page of the comments on a ticket the caller may see, oldest first: internal ones only for
   * those who see internal comments. Any other ticket is NOT_FOUND.
   */
  async list(ticketId: string, request: PageRequest): Promise<Page<CommentRecord>> {
    await new TicketService(this.ctx).get(ticketId);
    const pages = await this.ctx.em.getRepository(Comment).pages([ticketId], request, seesInternalComments(this.ctx.viewer));
    return pages.get(ticketId)!;
  }

  /** Adds a comment; with an Idempotency-Key, a repeat of the same comment returns the first. */
  add(ticketId: string, content: string, isInternal: boolean, idempotencyKey?: string): Promise<CommentRecord> {
    return new IdempotencyService(this.ctx).create(idempotencyKey, 'addComment', { ticketId, content, isInternal }, {
      create: () => this.insert(ticketId, content, isInternal),
      idOf: (comment) => comment.id,
      read: (id) => this.get(id),
    });
  }

  private async insert(ticketId: string, content: string, isInternal: boolean): Promise<CommentRecord> {
    if (isInternal && !seesInternalComments(requireSignedIn(this.ctx.viewer))) {
      throw new ForbiddenError('Customers may not write internal comments');
    }
    const errors: FieldError[] = [];
    const text = checkText(content, 'content', { min: 1, max: COMMENT_MAX_LENGTH }, errors);
    if (errors.length) throw new ValidationError(errors);
    const tickets = new TicketService(this.ctx);
    const { ticket, comment, event } = await this.ctx.em.transactional(async (em) => {
      const ticket = await tickets.lockVisible(em, ticketId);
      const now = new Date();
      const comment = new Comment(ref(ticket), text, isInternal, this.ctx.viewer.actor);
      comment.createdAt = comment.updatedAt = ticket.updatedAt = now;
      // The SLA's first response: the first answer the customer sees from staff.
      if (!isInternal && !ticket.firstRespondedAt && isStaff(this.ctx.viewer)) ticket.firstRespondedAt = now;
      const event = new TicketEvent(ref(ticket), TicketEventType.COMMENT_ADDED, this.ctx.viewer.actor, [
        { field: 'comments', oldValue: null, newValue: { id: comment.id, isInternal } },
      ]);
      event.occurredAt = now;
      em.persist([comment, event]);
      return { ticket, comment, event };
    });
    await announceTicketEvents(this.ctx, [{ event: ticketEventFromEntity(event), ticket: ticketFromEntity(ticket) }]);
    return commentFromEntity(comment);
  }
}
