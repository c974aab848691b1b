import { Role } from '../../entities/enums';
import { Faq } from '../../entities/faq.entity';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../errors';
import { newId, toGlobalId } from '../../ids';
import type { FaqHit, FaqRecord } from '../../repositories/assistant/faq.repository';
import { requireRole } from '../identity/policy';
import { IdempotencyService } from '../shared/idempotency.service';
import type { ServiceContext } from '../shared/service-context';
import { checkText } from '../tickets/ticket-validation';
import { hybridSearch } from './hybrid-search';

export const FAQ_LIMITS = {
  question: { min: 5, max: 500 },
  answer: { min: 10, max: 10_000 },
  category: { min: 1, max: 100 },
  query: { min: 1, max: 500 },
  searchResults: 20,
  /** Entries in one `faqs` page, as the replaced help centre allowed. */
  page: 1000,
} as const;

export const DEFAULT_SEARCH_HITS = 5;

export interface FaqFields {
  question: string;
  answer: string;
  category: string;
}

const WRITERS = [Role.ADMIN, Role.AGENT];

/**
 * The FAQ knowledge base, a public help centre: anyone reads it, signed in or not (anonymous
 * callers within their address's request budget, which admission charges); agents and admins
 * write. Reading one entry counts a view, whoever reads it.
 */
export class FaqService {
  constructor(private readonly ctx: ServiceContext) {}

  private get faqs() {
    return this.ctx.em.getRepository(Faq);
  }

  list(filter: { category?: string | null; search?: string | null }, limit: number): Promise<FaqRecord[]> {
    return this.faqs.list(filter, limit);
  }

  /** One entry, counting the view (atomically: concurrent reads lose no count). */
  async view(id: string): Promise<FaqRecord> {
    const faq = await this.faqs.view(id);
    if (!faq) throw faqNotFound(id);
    return faq;
  }

  /** One entry without counting a view (for `node`). */
  async get(id: string): Promise<FaqRecord> {
    const [faq] = await this.faqs.findRecords([id]);
    if (!faq) throw faqNotFound(id);
    return faq;
  }

  /** Ranked entries for a question in plain words, with snippets of their answers. */
  async search(text: string, first: number): Promise<FaqHit[]> {
    const errors: FieldError[] = [];
    const query = checkText(text, 'query', FAQ_LIMITS.query, errors);
    if (first < 1 || first > FAQ_LIMITS.searchResults) {
      errors.push({ field: 'first', message: `must be from 1 to ${FAQ_LIMITS.searchResults}` });
    }
    if (errors.length) throw new ValidationError(errors);
    return hybridSearch(this.faqs, { text: query, first });
  }

  /** Writes an FAQ entry; with an Idempotency-Key, a repeat of the same entry returns the first. */
  create(input: FaqFields, idempotencyKey?: string): Promise<FaqRecord> {
    return new IdempotencyService(this.ctx).create(idempotencyKey, 'createFaq', input, {
      create: () => this.insert(input),
      idOf: (faq) => faq.id,
      read: (id) => this.get(id),
    });
  }

  private async insert(input: FaqFields): Promise<FaqRecord> {
    requireRole(this.ctx.viewer, WRITERS, 'write FAQ entries');
    const fields = checkFaq(input);
    const now = new Date();
    const created = await this.faqs.insertRecord({
      id: newId(now.getTime()), ...fields, authorId: this.ctx.viewer.kind === 'user' ? this.ctx.viewer.userId : null, createdAt: now,
    });
    if (!created) throw duplicateQuestion();
    return created;
  }

  async update(id: string, input: FaqFields): Promise<FaqRecord> {
    requireRole(this.ctx.viewer, WRITERS, 'write FAQ entries');
    const fields = checkFaq(input);
    let updated: FaqRecord | undefined;
    try {
      updated = await this.faqs.replace(id, fields, new Date());
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw duplicateQuestion();
      throw error;
    }
    if (!updated) throw faqNotFound(id);
    return updated;
  }

  async delete(id: string): Promise<void> {
    requireRole(this.ctx.viewer, WRITERS, 'delete FAQ entries');
    if (!(await this.faqs.remove(id))) throw faqNotFound(id);
  }
}

function checkFaq(input: FaqFields): FaqFields {
  const errors: FieldError[] = [];
  const fields = {
    question: checkText(input.question, 'question', FAQ_LIMITS.question, errors),
    answer: checkText(input.answer, 'answer', FAQ_LIMITS.answer, errors),
    category: checkText(input.category, 'category', FAQ_LIMITS.category, errors),
  };
  if (errors.length) throw new ValidationError(errors);
  return fields;
}

function duplicateQuestion(): ConflictError {
  return new ConflictError('Another FAQ entry already has this question');
}

function faqNotFound(id: string): NotFoundError {
  return new NotFoundError('Faq', toGlobalId('Faq', id));
}
