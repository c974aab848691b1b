import { Level, TicketCategory } from '../../entities/enums';

// Urgency (how soon) and impact (how many, how much) are judged from explicit cues in the text,
// not by the category model: support desks write these rules down (ITIL), an agent can check
// them against the reasoning sentence, and the corpus has too few labelled deadlines to learn
// them reliably. Each cue is a phrase pattern with the level it signals.

interface Cue {
  pattern: RegExp;
  level: Level;
  /** What the cue stands for, when the matched words alone would not say it. */
  why?: string;
}

const NUM = String.raw`(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|twenty|fifty)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

/** Phrases that lower urgency; their words are removed before other cues are read ("not urgent"). */
const CALM: readonly RegExp[] = [
  /\bno (rush|hurry|urgency|pressure)\b/g,
  /\b(not|isn'?t|is not|nothing) (urgent|critical|an emergency|pressing|time[- ]sensitive)\b/g,
  /\bnot (a )?(high|top) priority\b/g,
  /\blow priority\b/g,
  /\bwhen(ever)? you (get|have|find) (a )?(chance|moment|minute|time)\b/g,
  /\bat your (leisure|convenience)\b/g,
  /\bat some point\b/g,
  /\b(just|was) (wondering|curious)\b/g,
  /\bout of curiosity\b/g,
  /\b(would|could) be (nice|great|cool|helpful|useful|handy|awesome)\b/g,
  /\bnice to have\b/g,
  /\b(feature|enhancement) (request|idea|suggestion)\b/g,
  /\b(a )?suggestion\b/g,
  /\bin (a )?future (release|version|update)s?\b/g,
  /\b(in the future|down the road|on your roadmap|roadmap)\b/g,
  /\bi wish\b/g,
  /\bno (longer )?(an )?issue now\b/g,
];

/** All calm phrases in one pattern: one pass over the text instead of one per phrase. */
const CALM_ANY = new RegExp(CALM.map((p) => `(?:${p.source})`).join('|'), 'g');

const URGENCY: readonly Cue[] = [
  { pattern: /\b(urgent(ly)?|asap|a\.s\.a\.p|emergency|critical(ly)?|time[- ]sensitive|top priority|highest priority|high[- ]priority)\b/, level: Level.HIGH },
  { pattern: /\b(severe(ly)?|serious(ly)?|significant(ly)?|major) (impact(s|ed|ing)?|affect(s|ed|ing)?|disrupt(s|ed|ing|ion)?|outage|incident)\b/, level: Level.HIGH, why: 'severe impact' },
  { pattern: /\bas (soon|quickly|fast) as (possible|you can)\b/, level: Level.HIGH },
  { pattern: /\b(immediate(ly)?|right (now|away)|straight away|without delay)\b/, level: Level.HIGH },
  { pattern: /\b(outage|down ?time|service (is )?(down|unavailable)|(is|are|went|has gone|have gone|goes|completely|still) down|offline for (everyone|all)|not (loading|responding) for (anyone|everyone))\b/, level: Level.HIGH, why: 'outage' },
  { pattern: /\b(production|prod|live (site|system|store)) (is )?(down|broken|failing|not working)\b/, level: Level.HIGH, why: 'outage' },
  { pattern: /\b(can(no|')?t|unable to|not able to) (work|do (any|our|my) (work|job)|operate|trade|process (any )?(orders|payments|payroll))\b/, level: Level.HIGH, why: 'work stopped' },
  { pattern: /\b(work|operations|business|production|sales|shipping|checkout) (has |have |is |are )?(stopped|halted|at a standstill|blocked)\b/, level: Level.HIGH, why: 'work stopped' },
  { pattern: /\b(show[- ]?stopper|blocker|blocking (us|our|the whole|everyone))\b/, level: Level.HIGH },
  {
    pattern: new RegExp(String.raw`\b(by|before|until) (the )?(end of (the )?(day|business)|eod|cob|close of business|tonight|this (morning|afternoon|evening)|tomorrow( morning)?|noon|midnight|today)\b`),
    level: Level.HIGH,
    why: 'deadline',
  },
  { pattern: /\bdeadline (is |of )?(today|tonight|tomorrow|this (morning|afternoon|evening))\b/, level: Level.HIGH, why: 'deadline' },
  { pattern: /\b(today|tonight|tomorrow)('s| is (our|the|my))? deadline\b/, level: Level.HIGH, why: 'deadline' },
  { pattern: new RegExp(String.raw`\bwithin (the next )?(the hour|an hour|${NUM} (hours?|minutes?))\b`), level: Level.HIGH, why: 'deadline' },
  { pattern: /\b(go(es|ing)?[- ]live|launch(es|ing)?|presentation|demo|board meeting|audit) (is )?(today|tonight|tomorrow|in (an|one|two|a few) hours?)\b/, level: Level.HIGH, why: 'deadline' },
  { pattern: /\b(hack(ed|er|ers)?|breach(ed)?|compromised|fraud(ulent)?|unauthori[sz]ed|phishing|ransomware|malware|virus|identity theft|scam(med)?|vulnerabilit(y|ies)|exposed|suspicious (log ?ins?|sign[- ]ins?|activity|transactions?|charges?|payments?))\b/, level: Level.HIGH, why: 'security' },
  { pattern: /\b(stolen|theft)\b/, level: Level.HIGH, why: 'security' },
  { pattern: /\b(lost|can'?t find) (my )?(phone|mobile|laptop|wallet|card|bank card|credit card|debit card)\b/, level: Level.HIGH, why: 'security' },
  { pattern: /\bno (internet|connection|network|service|signal|power) at all\b|\b(completely|totally) (down|offline|dead)\b/, level: Level.HIGH, why: 'outage' },
  { pattern: /\bdata (loss|leak|leakage|exposure)\b/, level: Level.HIGH, why: 'security' },
  { pattern: /\b(los(ing|e|t)|bleeding) (money|revenue|sales|orders|customers|business|data)\b/, level: Level.HIGH, why: 'money lost' },
  { pattern: /\b(overdrawn|overdraft|bounced|can'?t pay (rent|bills|my rent|staff|salaries|employees))\b/, level: Level.HIGH, why: 'money lost' },
  { pattern: /\b(payroll|salaries|salary payments?) (is |are |has |have )?(failed|stuck|late|not (gone|going) through|blocked)\b/, level: Level.HIGH, why: 'money lost' },

  { pattern: new RegExp(String.raw`\b(by|before|until|on) (${WEEKDAY}|the weekend|next week|end of (the )?(week|month)|the \d{1,2}(st|nd|rd|th)?)\b`), level: Level.MEDIUM, why: 'deadline' },
  { pattern: /\b(deadline|due date|cut-?off)\b/, level: Level.MEDIUM, why: 'deadline' },
  { pattern: /\b(soon|quickly|promptly|this week|at your earliest convenience|prioriti[sz]e)\b/, level: Level.MEDIUM },
  { pattern: /\b(affect(s|ed|ing)?|impact(s|ed|ing)?|disrupt(s|ed|ing)?|hinder(s|ed|ing)?) (our|my|the) (work|workflow|operations|productivity|business|project|deadlines?|daily)\b/, level: Level.MEDIUM, why: 'work disrupted' },
  { pattern: /\bstill (waiting|not|no|haven'?t|hasn'?t|can'?t|unable|pending|missing|broken|stuck)\b/, level: Level.MEDIUM, why: 'still unresolved' },
  { pattern: new RegExp(String.raw`\b(for|over|more than|almost) ${NUM} (days|weeks)\b`), level: Level.MEDIUM, why: 'waiting long' },
  { pattern: /\b(second|third|fourth|fifth|again and again|several) times?\b|\bonce again\b/, level: Level.MEDIUM, why: 'repeated' },
  { pattern: /\b(not|isn'?t|aren'?t|doesn'?t|don'?t|won'?t|stopped) (work(ing)?|load(ing)?|open(ing)?|respond(ing)?|sync(ing)?|print(ing)?|connect(ing)?|start(ing)?)\b/, level: Level.MEDIUM, why: 'something broken' },
  { pattern: /\b(can(no|')?t|unable to|not able to|won'?t let me) (log ?in|sign ?in|access|get into|open|use|pay|connect|print|send|receive|withdraw|transfer|see)\b/, level: Level.MEDIUM, why: 'something broken' },
  { pattern: /\b(locked out|crash(es|ed|ing)?|error|fail(s|ed|ing|ure)?|broken|stuck|declined|rejected|frozen|freezes|missing|disappeared|lost)\b/, level: Level.MEDIUM, why: 'something broken' },
  { pattern: /\b(charged (twice|two times|three times|double|again|more than once)|double[- ]charged|overcharged|wrong amount)\b/, level: Level.MEDIUM, why: 'money at stake' },
  { pattern: /\b((debited|billed|taken|took [a-z ]{0,20}|shows? up|appears?|listed|showing) twice|two (identical |duplicate )?(charges|payments|transactions)|double (charge|payment)|duplicate (charge|payment))\b/, level: Level.MEDIUM, why: 'money at stake' },
];

const IMPACT: readonly Cue[] = [
  {
    pattern: /\b(all|every|entire|whole|the rest of) (of )?(our |the |my |your )?(\d[\d,]* )?(users|customers|clients|staff|employees|people|company|organi[sz]ation|business|org|stores|shops|branches|offices|sites|locations|tenants|accounts|agents|workers|members|departments|teams|visitors|shoppers|subscribers|patients|students)\b/,
    level: Level.HIGH,
  },
  {
    pattern: /\b(everyone|everybody) (?!(in|on|at) (my|our|the) (team|department|group|family))(in|at|on|across|is|are|can|can'?t|cannot|has|have|gets|sees|who|else|here)\b/,
    level: Level.HIGH,
  },
  // "nobody can work", not "nobody answered me".
  { pattern: /\b(nobody|no one|no-one) (in (the|our) (company|office|building|organi[sz]ation)|(can|is able to) (work|log ?in|sign ?in|use|access (the|our)|connect|print|get online))\b/, level: Level.HIGH },
  { pattern: /\b(every|each) (single )?(user|customer|client|employee|visitor|shopper|member|patient|student|account)\b/, level: Level.HIGH },
  { pattern: /\b(company|organi[sz]ation|enterprise|business|site|system|platform)[- ]wide\b/, level: Level.HIGH },
  { pattern: new RegExp(String.raw`\b(hundreds|thousands|millions|\d{3,}[\d,]*) (of )?(our )?(users|customers|clients|employees|people|orders|transactions|devices|accounts|patients|records|students|members)\b`), level: Level.HIGH },
  { pattern: /\b(outage|service (is )?down|(site|website|store|shop|platform|system|server|servers|network|api|app|service|portal|checkout|database|email) (is |are |went |has gone )?(completely )?(down|offline|unreachable|unavailable))\b/, level: Level.HIGH, why: 'outage' },
  { pattern: /\b(production|prod|live) (environment|system|site|server|database|store)\b/, level: Level.HIGH, why: 'production' },
  { pattern: /\b(data (breach|leak|leakage|exposure)|breach(ed)?|ransomware|customer data|patient (data|records)|medical (data|records)|personal data of)\b/, level: Level.HIGH, why: 'security' },
  { pattern: /\b(los(ing|e|t)|bleeding) (money|revenue|sales|orders|customers|business)\b/, level: Level.HIGH, why: 'money lost' },
  { pattern: /\b(payroll|salaries)\b/, level: Level.HIGH, why: 'payroll' },

  {
    pattern: new RegExp(String.raw`\b(several|multiple|many|some|a few|few|a number of|a couple of|half (of )?(the |our )?|other|${NUM}) (of )?(our |my |the )?(users|customers|clients|people|colleagues|coworkers|co-workers|employees|staff|team members|members|accounts|devices|machines|computers|laptops|printers|phones|agents|seats|stores|branches|locations|orders|of us)\b`),
    level: Level.MEDIUM,
  },
  { pattern: /\b(my|our|the|whole|entire) (team|department|dept|office|group|branch|unit|staff|colleagues|coworkers|project|clients|customers)\b/, level: Level.MEDIUM },
  { pattern: /\b(we|our company|our business|our organi[sz]ation) (are|is|have|has|can'?t|cannot|are unable|are not able|keep|lost)\b/, level: Level.MEDIUM, why: 'a team' },
  { pattern: /\b(business|company|corporate|enterprise|team) (account|plan|subscription|workspace|licen[cs]es?)\b/, level: Level.MEDIUM, why: 'a business account' },
  { pattern: /\bwe('re| are| have| had| can'?t| cannot| keep| were| noticed| experienced| are experiencing)\b/, level: Level.MEDIUM, why: 'a team' },
  { pattern: /\b(our|the) (workflow|operations|productivity|departments?|staff|employees|users|clients|customers)\b/, level: Level.MEDIUM },
  { pattern: /\b(clients?|customers?) (are|is|have|keep|can'?t|cannot) /, level: Level.MEDIUM },
];

/** Cues that keep impact to one person even when other words suggest more ("only me", "just my account"). */
const SINGLE: RegExp = /\b(only (me|for me|my (own )?(account|laptop|computer|phone|device|machine|pc)|on my (phone|laptop|computer|device))|just (me|my (own )?account)|affects (only )?me)\b/;

export interface UrgencyImpact {
  urgency: Level;
  impact: Level;
  /** Words that decided urgency, first the strongest; empty when the default applied. */
  urgencyCues: string[];
  impactCues: string[];
}

const RANK: Record<Level, number> = { [Level.LOW]: 0, [Level.MEDIUM]: 1, [Level.HIGH]: 2 };

function blank(text: string, pattern: RegExp, found: string[]): string {
  return text.replace(pattern, (m) => {
    found.push(m);
    return ' '.repeat(m.length);
  });
}

function strongest(text: string, cues: readonly Cue[]): { level: Level | null; matches: string[] } {
  let level: Level | null = null;
  const matches: string[] = [];
  for (const cue of cues) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    const words = m[0].trim();
    if (level === null || RANK[cue.level] > RANK[level]) {
      level = cue.level;
      matches.unshift(words);
    } else if (cue.level === level) {
      matches.push(words);
    }
  }
  const top = level;
  return { level: top, matches: matches.filter((_, i) => i < 3) };
}

/** Categories where someone is typically stuck until helped (can't work, can't get in): without time cues MEDIUM, not LOW. */
const PROBLEM_CATEGORIES = new Set<TicketCategory>([TicketCategory.TECHNICAL_ISSUE, TicketCategory.BUG_REPORT, TicketCategory.ACCOUNT_ACCESS]);

export function judgeUrgencyImpact(subject: string, description: string, category: TicketCategory, maxChars = 4000): UrgencyImpact {
  const raw = `${subject ?? ''}\n${description ?? ''}`;
  let text = (raw.length > maxChars ? raw.slice(0, maxChars) : raw).toLowerCase().replace(/[’‘]/g, "'");
  const calm: string[] = [];
  text = blank(text, CALM_ANY, calm);

  const u = strongest(text, URGENCY);
  let urgency: Level;
  let urgencyCues: string[];
  if (u.level === Level.HIGH) {
    urgency = Level.HIGH;
    urgencyCues = u.matches;
  } else if (calm.length > 0) {
    // An explicit "no rush" or a wish outweighs problem words, not an outage or a deadline.
    urgency = Level.LOW;
    urgencyCues = [calm[0]!.trim()];
  } else if (u.level === Level.MEDIUM) {
    urgency = Level.MEDIUM;
    urgencyCues = u.matches;
  } else {
    urgency = PROBLEM_CATEGORIES.has(category) ? Level.MEDIUM : Level.LOW;
    urgencyCues = [];
  }

  let impact: Level = Level.LOW;
  let impactCues: string[] = [];
  const single = SINGLE.exec(text);
  const i = strongest(text, IMPACT);
  if (i.level !== null) {
    impact = i.level;
    impactCues = i.matches;
  }
  if (single && impact !== Level.HIGH) {
    impact = Level.LOW;
    impactCues = [single[0]];
  }
  return { urgency, impact, urgencyCues, impactCues };
}
