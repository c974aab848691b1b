import { TicketStatus } from '../../entities/enums';
import { Ticket } from '../../entities/ticket.entity';
import { ValidationError } from '../../errors';
import type { TicketRecord } from '../../repositories/tickets/ticket.table';
import { cosine, SentenceEncoder, type SentenceVectors } from '../assistant/sentence-encoder';
import { ticketScope } from '../identity/policy';
import type { ServiceContext } from '../shared/service-context';

/** Candidates sharing words that meaning then ranks. */
const CANDIDATES = 100;
export const MAX_SIMILAR = 20;
/** How much each vector counts in a pair's score, as in the knowledge base's search. */
const GLOVE_WEIGHT = 0.5;
const CORPUS_WEIGHT = 1;
/** A ticket of the same customer at least this close, and still open, is a possible duplicate. */
export const DUPLICATE_SCORE = 0.9;
const CLOSED_STATUSES: ReadonlySet<TicketStatus> = new Set([TicketStatus.RESOLVED, TicketStatus.CLOSED]);

/** What similarity reads of the ticket it starts from. */
export type SimilarSource = Pick<TicketRecord, 'id' | 'subject' | 'description'> & { customer: Pick<TicketRecord['customer'], 'email'> };

export interface SimilarTicket {
  ticket: TicketRecord;
  /** From 0 to 1: the sentence vectors' weighted cosine. */
  score: number;
}

/**
 * Tickets close in meaning to a ticket, among those the caller may see: the tickets sharing words
 * with it (PostgreSQL full text), ranked by the knowledge base's sentence vectors (GloVe with
 * smooth-inverse-frequency weights, and what the corpus teaches). A ticket saying the same in
 * entirely other words is not a candidate.
 */
export class SimilarTicketsService {
  constructor(private readonly ctx: ServiceContext) {}

  /** `ticket` must be one the caller may see (the resolver's parent). */
  async similar(ticket: SimilarSource, first: number): Promise<SimilarTicket[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SIMILAR) {
      throw new ValidationError([{ field: 'first', message: `must be from 1 to ${MAX_SIMILAR}` }]);
    }
    return (await this.ranked(ticket)).slice(0, first);
  }

  /** Open tickets of the same customer that say nearly the same: a new ticket may repeat one of them. */
  async possibleDuplicates(ticket: SimilarSource): Promise<SimilarTicket[]> {
    return (await this.ranked(ticket)).filter(
      (s) => s.score >= DUPLICATE_SCORE && !CLOSED_STATUSES.has(s.ticket.status) && s.ticket.customer.email === ticket.customer.email,
    );
  }

  private async ranked(ticket: SimilarSource): Promise<SimilarTicket[]> {
    const candidates = await this.ctx.em.getRepository(Ticket).sharingWords(ticket.id, ticketScope(this.ctx.viewer), CANDIDATES);
    const encoder = SentenceEncoder.shipped();
    const own = encoder.encode(textOf(ticket));
    return candidates
      .map((candidate) => ({ ticket: candidate, score: Math.round(similarity(own, encoder.encode(textOf(candidate))) * 10_000) / 10_000 }))
      .sort((a, b) => b.score - a.score || (a.ticket.id < b.ticket.id ? -1 : 1));
  }
}

function textOf(ticket: Pick<TicketRecord, 'subject' | 'description'>): string {
  return `${ticket.subject}\n${ticket.description}`;
}

/** Both texts are tickets: their corpus vectors are compared by direction alone (the same text scores 1). */
function similarity(a: SentenceVectors, b: SentenceVectors): number {
  return Math.max(0, (GLOVE_WEIGHT * cosine(a.glove, b.glove) + CORPUS_WEIGHT * direction(a.corpus, b.corpus)) / (GLOVE_WEIGHT + CORPUS_WEIGHT));
}

function direction(a: Float32Array | null, b: Float32Array | null): number {
  if (!a || !b) return 0;
  const norms = Math.sqrt(cosine(a, a) * cosine(b, b));
  return norms === 0 ? 0 : cosine(a, b) / norms;
}
