import { Faq } from '../../entities/faq.entity';
import { Ticket } from '../../entities/ticket.entity';
import { newId } from '../../ids';
import type { ServiceContext } from '../shared/service-context';
import { TicketService } from '../tickets/ticket.service';
import { DEMO_TICKETS, STARTER_FAQS } from './starter-data';

export interface SeedResult {
  faqsAdded: number;
  ticketsAdded: number;
}

/**
 * Loads the starter FAQs and demo tickets. Idempotent: an FAQ whose question exists, or a demo
 * ticket whose subject exists among the `demo` tickets, is left alone. Runs as the given context's
 * viewer (the CLI uses the system).
 */
export async function seedStarterData(ctx: ServiceContext): Promise<SeedResult> {
  const faqs = ctx.em.getRepository(Faq);
  let faqsAdded = 0;
  for (const faq of STARTER_FAQS) {
    const added = await faqs.insertRecord({ id: newId(), ...faq, authorId: null, createdAt: new Date() });
    if (added) faqsAdded++;
  }
  const existing = new Set(await ctx.em.getRepository(Ticket).subjectsTagged('demo'));
  const tickets = new TicketService(ctx);
  let ticketsAdded = 0;
  for (const ticket of DEMO_TICKETS) {
    if (existing.has(ticket.subject)) continue;
    await tickets.create(ticket);
    ticketsAdded++;
  }
  return { faqsAdded, ticketsAdded };
}
