import { isPassage, type RankedSource, type Retrieval } from './retrieval';

export const EMBEDDED_ASSISTANT_MODEL = 'embedded-retrieval@1';

const TICKET_WORDS = /\b(ticket|human|agent|person|someone|representative|support team)\b/i;
const TICKET_VERBS = /\b(open|create|raise|file|submit|talk|speak|contact|escalate|need)\b/i;

export const OFFER_TICKET =
  'If you would like a person to look into it, I can open a support ticket from this conversation: ' +
  'choose "Create ticket" (the createTicketFromConversation mutation) and I will draft it for you.';

export interface EmbeddedAnswer {
  text: string;
  sources: RankedSource[];
}

/**
 * The retrieval assistant's reply: the best source's answer (an entry's answer, or the passage of
 * a file), citing it, when it is confident; the two closest sources to choose from when it is
 * not; a plain "I don't know" for what neither the help centre nor the files cover.
 */
export function embeddedAnswer(message: string, retrieval: Retrieval): EmbeddedAnswer {
  if (TICKET_WORDS.test(message) && TICKET_VERBS.test(message)) {
    return { text: `Of course. ${OFFER_TICKET}`, sources: [] };
  }
  const [best] = retrieval.entries;
  if (retrieval.confidence === 'answer' && best) {
    const text = isPassage(best)
      ? `From your file "${best.passage.fileName}":\n\n${best.passage.text}`
      : `From our help centre, "${best.faq.question}":\n\n${best.faq.answer}`;
    return { text, sources: [best] };
  }
  if (retrieval.confidence === 'suggest' && best) {
    const offers = retrieval.entries.map((hit) =>
      isPassage(hit) ? `Your file "${hit.passage.fileName}": ${firstSentence(hit.passage.text)}` : `"${hit.faq.question}": ${firstSentence(hit.faq.answer)}`,
    );
    const closest = retrieval.entries.some(isPassage) ? (offers.length > 1 ? 'These come closest' : 'This comes closest')
      : offers.length > 1 ? 'These help-centre entries come closest' : 'This help-centre entry comes closest';
    return {
      text: [`I'm not sure I understood. ${closest}:`, ...offers, OFFER_TICKET].join('\n\n'),
      sources: retrieval.entries,
    };
  }
  return { text: `I'm sorry, I could not find an answer to that in our help centre. ${OFFER_TICKET}`, sources: [] };
}

/** An answer's first sentence, with a pointer to the rest when there is more. */
function firstSentence(answer: string): string {
  const match = /^.+?[.!?](?=\s|$)/s.exec(answer);
  return match && match[0].length < answer.length ? `${match[0]} …` : answer;
}
