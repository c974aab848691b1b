import Sentiment from 'sentiment';
import { Sentiment as SentimentLevel } from '../../entities/enums';

// Sentiment comes from the `sentiment` package (AFINN-165 word list with negation, no dependencies,
// no install scripts, about half a million downloads a month). AFINN scores general English, where
// "problem", "error" and "charged" are negative and "please", "dear" and "hope" positive; in a
// support ticket those words are routine, so they are neutralised here and only words that carry
// the writer's feelings ("frustrated", "unacceptable", "love", "great") decide.

const ROUTINE_WORDS = [
  // Problem vocabulary: every ticket describes one.
  'problem', 'problems', 'error', 'errors', 'fail', 'failed', 'fails', 'failure', 'failing', 'crash', 'crashed', 'crashes', 'crashing',
  'broken', 'stuck', 'charged', 'charges', 'charge', 'lost', 'lose', 'losing', 'loss', 'pay', 'paid', 'block', 'blocked', 'blocking',
  'unable', 'miss', 'missed', 'missing', 'outage', 'cancel', 'cancelled', 'canceled', 'cancellation', 'no', 'want', 'wanted', 'issue', 'issues', 'bug', 'bugs',
  'wrong', 'stolen', 'steal', 'fraud', 'fraudulent', 'kill', 'killed', 'delay', 'delayed', 'delays', 'lock', 'locked', 'denied', 'deny',
  'reject', 'rejected', 'damage', 'damaged', 'limit', 'limited', 'limits', 'risk', 'risks', 'warning', 'alert', 'alerts', 'attack', 'attacks',
  'emergency', 'critical', 'urgent', 'dispute', 'disputed', 'debt', 'owe', 'owed', 'refund', 'refunds', 'fee', 'fees', 'fine', 'fines', 'penalty',
  'trouble', 'difficult', 'difficulty', 'difficulties', 'concerned', 'concern', 'concerns', 'confused', 'worried', 'unauthorized', 'suspicious',
  'complaint', 'complain', 'doubt', 'doubts', 'exposed', 'vulnerable', 'vulnerability', 'breach', 'threat', 'threats', 'hacked', 'virus',
  'disconnect', 'disconnected', 'drop', 'dropped', 'dropping', 'slow', 'sick', 'stop', 'stopped', 'stops', 'alone', 'sorry', 'apologize',
  'collapse', 'collapsed', 'destroy', 'destroyed', 'expired', 'expire', 'overload', 'overloaded', 'jam', 'jammed', 'leak', 'leaked',
  // Politeness formulas and request words: polite is not pleased.
  'please', 'dear', 'hope', 'hoping', 'help', 'helping', 'helped', 'support', 'supported', 'supporting', 'like', 'liked', 'interested',
  'kind', 'kindly', 'appreciate', 'appreciated', 'thank', 'thanks', 'thankful', 'grateful', 'welcome', 'well', 'sincerely', 'regards',
  'ok', 'okay', 'yes', 'sure', 'free', 'clear', 'clearly', 'assist', 'assistance', 'resolve', 'resolved', 'solve', 'solved', 'fix', 'fixed',
  'secure', 'security', 'safe', 'safety', 'protect', 'protected', 'protection', 'improve', 'improved', 'improvement', 'enhance', 'enhanced',
  'optimize', 'optimized', 'growth', 'efficient', 'effective', 'effectively', 'successful', 'successfully', 'success', 'benefit', 'benefits',
  'best', 'better', 'good', 'great', 'joke', 'ready', 'easy', 'easier', 'feature', 'features', 'recommend', 'recommendation', 'allow', 'allowed',
  'agree', 'accept', 'accepted', 'approval', 'approve', 'approved', 'share', 'shared', 'vision', 'promise', 'promised', 'greeting', 'greetings',
];

/** Words AFINN lacks or rates mildly that, in a ticket, plainly signal anger or delight. */
const DOMAIN_WORDS: Record<string, number> = {
  unacceptable: -3, ridiculous: -3, incompetent: -3, ignored: -2, ignoring: -2, nightmare: -3, rubbish: -3, joke: 0,
  disgrace: -3, disgraceful: -3, outrageous: -3, appalling: -3, hopeless: -3, worst: -3, useless: -3, pathetic: -3, fed: -1,
  shambles: -3, unprofessional: -3, unusable: -2, clueless: -2, annoying: -2, annoyed: -2, frustrated: -3, frustrating: -3,
  disappointed: -3, disappointing: -3, furious: -4, livid: -4, angry: -3, sick: 0, tired: -1, waste: -2, wasted: -2, wasting: -2,
  scam: -3, scammed: -3, robbed: -3, cheated: -3, lied: -3, misled: -2, terrible: -3, awful: -3, horrible: -3, poor: -2,
  thrilled: 4, delighted: 4, love: 3, loving: 3, loved: 3, awesome: 4, amazing: 4, fantastic: 4, excellent: 4, brilliant: 4,
  superb: 4, wonderful: 4, impressed: 3, lovely: 3, happy: 3, glad: 2, pleased: 2, enjoy: 2, enjoying: 2, smooth: 2, kudos: 3,
  bravo: 3, stellar: 4, perfect: 3, perfectly: 3,
};

/** Greeting and closing formulas, read as neutral even when AFINN words are in them. */
const BOILERPLATE = [
  /\bi (hope|trust) (this|that) (message|email|note|mail) (finds|reaches) you( well| in good (health|spirits))?\b/g,
  /\bthank(s| you) (so much |very much )?(in advance|for your (help|time|assistance|support|attention|understanding|prompt (attention|response)))\b/g,
  /\b(best|kind|warm) regards\b/g,
  /\b(any|your) (help|assistance|guidance|support) (would be|is|will be) (greatly |much |highly )?appreciated\b/g,
  /\bi (would|will) (greatly |really )?appreciate (your|any|some) (help|assistance|guidance|support|prompt attention)\b/g,
  /\blooking forward to (your|a) (quick |prompt |swift )?(reply|response|resolution)\b/g,
];

const BOILERPLATE_ANY = new RegExp(BOILERPLATE.map((p) => `(?:${p.source})`).join('|'), 'g');

const POSITIVE_THRESHOLD = 3;
const NEGATIVE_THRESHOLD = -3;

export interface SentimentJudgement {
  sentiment: SentimentLevel;
  score: number;
  /** The words that carried the score, as AFINN rated them. */
  positive: string[];
  negative: string[];
}

const LANGUAGE = 'en-support';

export class TicketSentimentAnalyzer {
  private readonly engine = new Sentiment();

  constructor() {
    // A language of our own rather than the per-call `extras` option: `extras` merges into the
    // package's shared English labels on every call, which both costs time and leaks between callers.
    const english = require('sentiment/languages/en/index') as Sentiment.LanguageModule;
    const labels: Record<string, number> = { ...english.labels };
    for (const word of ROUTINE_WORDS) labels[word] = 0;
    Object.assign(labels, DOMAIN_WORDS);
    this.engine.registerLanguage(LANGUAGE, { labels, scoringStrategy: english.scoringStrategy });
  }

  analyze(text: string, maxChars = 4000): SentimentJudgement {
    let input = (text.length > maxChars ? text.slice(0, maxChars) : text).toLowerCase();
    input = input.replace(BOILERPLATE_ANY, ' ');
    // The package splits on single spaces and strips only some punctuation; give it clean words.
    input = input.replace(/[’]/g, "'").replace(/(\p{Extended_Pictographic})/gu, ' $1 ').replace(/[^\p{L}\p{N}'\p{Extended_Pictographic}]+/gu, ' ');
    const result = this.engine.analyze(input, { language: LANGUAGE });
    // Long emails pile up mild words; a score grows roughly with the square root of their length.
    const scale = Math.max(1, Math.sqrt(result.tokens.length / 60));
    const score = result.score / scale;
    let sentiment = SentimentLevel.NEUTRAL;
    if (score <= NEGATIVE_THRESHOLD) sentiment = SentimentLevel.NEGATIVE;
    else if (score >= POSITIVE_THRESHOLD && result.negative.length === 0) sentiment = SentimentLevel.POSITIVE;
    return { sentiment, score: Math.round(score * 100) / 100, positive: result.positive, negative: result.negative };
  }
}
