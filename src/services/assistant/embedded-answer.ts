import type { FaqHit } from '../../repositories/assistant/faq.repository';
import type { Retrieval } from './retrieval';

export const EMBEDDED_ASSISTANT_MODEL = 'embedded-retrieval@1';

/** Related entries mentioned after the answer. */
const MAX_RELATED = 2;

const TICKET_WORDS = /\b(ticket|human|agent|person|someone|representative|support team)\b/i;
const TICKET_VERBS = /\b(open|create|raise|file|submit|talk|speak|contact|escalate|need)\b/i;

export const OFFER_TICKET =
  'If you would like a person to look into it, I can open a support ticket from this conversation: ' +
  'choose "Create ticket" (the createTicketFromConversation mutation) and I will draft it for you.';

export interface EmbeddedAnswer {
  text: string;
  sources: FaqHit[];
}

/** The retrieval assistant's reply: the best entry's answer, citing it, or a plain "I don't know". */
export function embeddedAnswer(message: string, retrieval: Retrieval): EmbeddedAnswer {
  if (TICKET_WORDS.test(message) && TICKET_VERBS.test(message)) {
    return { text: `Of course. ${OFFER_TICKET}`, sources: [] };
  }
  const [best, ...others] = retrieval.answers;
  if (!best) {
    const closest = retrieval.closest && retrieval.closest.matchedTerms > 0
      ? ` The closest topic I know is "${retrieval.closest.faq.question}".`
      : '';
    return {
      text: `I'm sorry, I could not find an answer to that in our help centre.${closest} ${OFFER_TICKET}`,
      sources: [],
    };
  }
  // Related: entries that contain as many of the question's words as the best one.
  const related = others.filter((hit) => hit.focusMatched === best.focusMatched).slice(0, MAX_RELATED);
  const parts = [`From our help centre, "${best.faq.question}":`, best.faq.answer];
  if (related.length) parts.push(`Related: ${related.map((hit) => `"${hit.faq.question}"`).join(', ')}.`);
  return { text: parts.join('\n\n'), sources: [best, ...related] };
}
