/**
 * Writes the classifier's training corpus (corpus/tickets.csv and corpus/manifest.json) by
 * composing hand-written fragments: each scenario file holds subject lines, one-line requests,
 * verb phrases for chat-style wrappers, email body sentences, details and asks for one kind of
 * request; shared fragments add greetings, tone, urgency and impact. Seeded, so the output is the
 * same on every run.
 *
 *   npx tsx corpus/generator/generate-corpus.ts [--seed N] [--generated-at ISO]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Level, TicketCategory } from '../../src/entities/enums';
import { seededRandom } from '../../src/services/classifier/seeded-random';
import { csvTable } from '../../src/services/import';
import { priorityFor } from '../../src/services/classifier/priority-matrix';
import {
  BUSINESS_IMPACT_FRAGMENTS,
  CLOSINGS,
  CONTEXT_LINES,
  ENVIRONMENT_LINES,
  FORMAL_CLOSINGS,
  FORMAL_GREETINGS,
  FORMAL_OPENERS,
  GREETINGS,
  HELPDESK_CLOSINGS,
  HELPDESK_SIGNOFFS,
  IMPACT_FRAGMENTS,
  NEGATIVE_TONE,
  POSITIVE_TONE,
  REFERENCE_LINES,
  REQUEST_WRAPPERS,
  SHORT_PREFIXES,
  SHORT_SUFFIXES,
  SIGNATURES,
  URGENCY_FRAGMENTS,
  type LabelledFragment,
} from './shared-fragments';
import { SLOT_VALUES } from './slot-values';

interface Scenario {
  id: string;
  category: TicketCategory;
  urgency: Level;
  impact: Level;
  sentiment: 'NEGATIVE' | 'NEUTRAL' | 'POSITIVE';
  weight: number;
  lines: Record<'S' | 'Q' | 'V' | 'B' | 'D' | 'A', string[]>;
}

interface Row {
  id: string;
  scenario: string;
  style: string;
  subject: string;
  description: string;
  category: string;
  priority: string;
  urgency: string;
  impact: string;
  sentiment: string;
}

const here = path.dirname(__filename);
const CATEGORY_SET = new Set<string>(Object.values(TicketCategory));
const DEFAULT_URGENCY: Record<TicketCategory, Level> = {
  ACCOUNT_ACCESS: Level.MEDIUM,
  TECHNICAL_ISSUE: Level.MEDIUM,
  BILLING_QUESTION: Level.LOW,
  FEATURE_REQUEST: Level.LOW,
  BUG_REPORT: Level.MEDIUM,
  OTHER: Level.LOW,
};

function parseScenarios(file: string): { scenarios: Scenario[]; generic: Map<TicketCategory, Scenario['lines']> } {
  const scenarios: Scenario[] = [];
  const generic = new Map<TicketCategory, Scenario['lines']>();
  let current: Scenario | null = null;
  const text = readFileSync(file, 'utf8');
  text.split('\n').forEach((rawLine, n) => {
    const line = rawLine.trimEnd();
    if (line.trim() === '' || line.startsWith('//')) return;
    const where = `${path.basename(file)}:${n + 1}`;
    if (line.startsWith('# ')) {
      // "# <id> <CATEGORY> [urgency=..] [impact=..] [sentiment=..] [weight=..]"
      const [id, category, ...attrs] = line.slice(2).trim().split(/\s+/);
      if (!id || !category || !CATEGORY_SET.has(category)) throw new Error(`${where}: bad scenario header`);
      const cat = category as TicketCategory;
      const attr = Object.fromEntries(attrs.map((a) => a.split('=') as [string, string]));
      current = {
        id: id!,
        category: cat,
        urgency: (attr.urgency as Level) ?? DEFAULT_URGENCY[cat],
        impact: (attr.impact as Level) ?? Level.LOW,
        sentiment: (attr.sentiment as Scenario['sentiment']) ?? 'NEUTRAL',
        weight: attr.weight ? Number(attr.weight) : 1,
        lines: { S: [], Q: [], V: [], B: [], D: [], A: [] },
      };
      if (id === '_generic') generic.set(cat, current.lines);
      else scenarios.push(current);
      return;
    }
    const kind = line[0] as keyof Scenario['lines'];
    if (!current || !(kind in current.lines) || line[1] !== ' ') throw new Error(`${where}: expected "<S|Q|V|B|D|A> text" inside a scenario`);
    current.lines[kind].push(line.slice(2).trim());
  });
  return { scenarios, generic };
}

class Composer {
  constructor(readonly random: () => number) {}

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** Fills {a|b|c} alternatives and {slot} values, recursively. */
  expand(template: string, depth = 0): string {
    if (depth > 4) return template;
    return template.replace(/\{([^{}]*)\}/g, (_, inner: string) => {
      if (inner.includes('|')) return this.expand(this.pick(inner.split('|')), depth + 1);
      const values = SLOT_VALUES[inner];
      if (!values) throw new Error(`unknown slot {${inner}} in "${template}"`);
      return this.expand(this.pick(values), depth + 1);
    });
  }

  typo(text: string): string {
    const words = text.split(' ');
    const count = 1 + Math.floor(this.random() * 2);
    for (let k = 0; k < count; k++) {
      const i = Math.floor(this.random() * words.length);
      const w = words[i]!;
      if (w.length < 4 || /[^a-zA-Z]/.test(w)) continue;
      const j = 1 + Math.floor(this.random() * (w.length - 2));
      const r = this.random();
      if (r < 0.4) words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      else if (r < 0.7) words[i] = w.slice(0, j) + w.slice(j + 1);
      else words[i] = w.slice(0, j) + w[j] + w.slice(j);
    }
    return words.join(' ');
  }

  casual(text: string): string {
    let t = text;
    if (this.chance(0.35)) t = t.toLowerCase();
    if (this.chance(0.25)) t = t.replace(/[.?!]+$/, '');
    if (this.chance(0.12)) t = this.typo(t);
    if (this.chance(0.05)) t = t.replace(/\byou\b/g, 'u').replace(/\bplease\b/gi, 'pls');
    return t;
  }
}

function joinSentences(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(' ');
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}


/** British spellings the fragments use, and their American forms: tickets come in both. */
const US_SPELLING: [RegExp, string][] = (
  [
    ['organis', 'organiz'], ['synchronis', 'synchroniz'], ['customis', 'customiz'], ['prioritis', 'prioritiz'], ['authoris', 'authoriz'],
    ['recognis', 'recogniz'], ['optimis', 'optimiz'], ['minimis', 'minimiz'], ['realis', 'realiz'], ['apologis', 'apologiz'],
    ['summaris', 'summariz'], ['finalis', 'finaliz'], ['standardis', 'standardiz'], ['specialis', 'specializ'], ['utilis', 'utiliz'],
    ['centralis', 'centraliz'], ['categoris', 'categoriz'], ['personalis', 'personaliz'], ['digitalis', 'digitaliz'], ['visualis', 'visualiz'],
    ['licence', 'license'], ['licences', 'licenses'], ['cancelled', 'canceled'], ['cancelling', 'canceling'], ['behaviour', 'behavior'],
    ['colour', 'color'], ['colours', 'colors'], ['favour', 'favor'], ['centre', 'center'], ['programme', 'program'], ['catalogue', 'catalog'],
    ['analyse', 'analyze'], ['analysed', 'analyzed'], ['travelled', 'traveled'], ['enrolment', 'enrollment'], ['cheque', 'check'],
  ] as [string, string][]
).map(([uk, us]) => [new RegExp(`\\b${uk}`, 'gi'), us]);

function americanise(text: string): string {
  let t = text;
  for (const [pattern, us] of US_SPELLING) t = t.replace(pattern, (m) => (m[0] === m[0]!.toUpperCase() ? us[0]!.toUpperCase() + us.slice(1) : us));
  return t;
}

const RANK: Record<Level, number> = { LOW: 0, MEDIUM: 1, HIGH: 2 };

function compose(c: Composer, s: Scenario, generic: Scenario['lines'] | undefined): Omit<Row, 'id'> {
  const L = s.lines;
  const styleRoll = c.random() * (L.B.length > 0 ? 1 : 0.55);
  let style: string;
  let subject = '';
  let body: string;
  let urgency = s.urgency;
  let impact = s.impact;
  let sentiment: string = s.sentiment;
  const addUrgency = (f: LabelledFragment): string => {
    const level = f.level as Level;
    if (level === Level.LOW) {
      if (urgency !== Level.HIGH) urgency = Level.LOW;
    } else if (RANK[level] > RANK[urgency]) urgency = level;
    return c.expand(f.text);
  };
  const addImpact = (f: LabelledFragment): string => {
    const level = f.level as Level;
    impact = level === Level.LOW && impact !== Level.HIGH ? Level.LOW : RANK[level] > RANK[impact] ? level : impact;
    return c.expand(f.text);
  };
  const tone = (pNeg: number, pPos: number): string => {
    if (c.chance(pNeg)) {
      sentiment = 'NEGATIVE';
      return c.pick(NEGATIVE_TONE);
    }
    if (sentiment !== 'NEGATIVE' && c.chance(pPos)) {
      sentiment = 'POSITIVE';
      return c.pick(POSITIVE_TONE);
    }
    return '';
  };
  const usedDetails = new Set<string>();
  const detail = (): string => {
    const fresh = L.D.filter((d) => !usedDetails.has(d));
    if (fresh.length === 0) return '';
    const d = c.pick(fresh);
    usedDetails.add(d);
    return c.expand(d);
  };
  // Deadlines and outages belong to problems; a wish or a question about delivery rarely has them.
  const problem = s.category !== TicketCategory.FEATURE_REQUEST && s.category !== TicketCategory.OTHER;
  const urgencyFragments = problem ? URGENCY_FRAGMENTS : URGENCY_FRAGMENTS.filter((f) => f.level !== 'HIGH');
  const impactFragments = problem ? IMPACT_FRAGMENTS : IMPACT_FRAGMENTS.filter((f) => f.level !== 'HIGH');
  const ask = (): string => (L.A.length > 0 ? c.expand(c.pick(L.A)) : generic && generic.A.length > 0 ? c.expand(c.pick(generic.A)) : '');
  const genericDetail = (): string => (generic && generic.D.length > 0 ? c.expand(c.pick(generic.D)) : '');
  const subjectLine = (): string => {
    // Now and then the subject names only the kind of request ("Billing inquiry"), as helpdesk forms ask.
    if (generic && generic.S.length > 0 && c.chance(0.12)) return c.expand(c.pick(generic.S));
    return L.S.length > 0 && !c.chance(0.08) ? c.expand(c.pick(L.S)) : c.pick(['Help', 'Question', 'Support request', 'Issue', 'Hello', 'Need help', 'Request', 'Query']);
  };

  if (styleRoll < 0.4 || L.B.length === 0) {
    style = 'short';
    const useVerb = L.V.length > 0 && (L.Q.length === 0 || c.chance(0.45));
    let core = useVerb ? c.pick(REQUEST_WRAPPERS).replace('{v}', c.expand(c.pick(L.V))) : c.expand(c.pick(L.Q));
    core = capitalise(core);
    let extra = '';
    if (c.chance(0.12) && L.D.length > 0) extra = detail();
    if (c.chance(0.06)) extra += ` ${addUrgency(c.pick(urgencyFragments))}`;
    extra += ` ${tone(0.06, 0.02)}`;
    body = c.casual(c.pick(SHORT_PREFIXES) + joinSentences([core, extra]) + c.pick(SHORT_SUFFIXES));
    if (c.chance(0.15)) subject = subjectLine();
  } else if (styleRoll < 0.54) {
    style = 'chat';
    const parts = [c.chance(0.3) ? c.pick(['Hi', 'Hello', 'Hey', 'Hi there', 'Morning']) + ',' : '', c.expand(c.pick(L.B))];
    if (c.chance(0.5)) parts.push(detail());
    if (c.chance(0.4)) parts.push(ask());
    if (c.chance(0.18)) parts.push(addUrgency(c.pick(urgencyFragments)));
    if (c.chance(problem ? 0.14 : 0.04)) parts.push(addImpact(c.pick(impactFragments)));
    parts.push(tone(0.14, 0.05));
    body = joinSentences(parts);
    if (c.chance(0.1)) body = c.casual(body);
    if (c.chance(0.35)) subject = subjectLine();
  } else if (styleRoll < 0.72) {
    style = 'email';
    const middle = [c.expand(c.pick(L.B))];
    if (c.chance(0.75)) middle.push(detail());
    if (c.chance(0.35)) middle.push(detail());
    if (c.chance(0.2)) middle.push(genericDetail());
    if (c.chance(0.22)) middle.push(addUrgency(c.pick(urgencyFragments)));
    if (c.chance(problem ? 0.18 : 0.05)) middle.push(addImpact(c.pick(impactFragments)));
    middle.push(tone(0.15, 0.06));
    middle.push(ask());
    const greeting = c.chance(0.75) ? c.expand(c.pick(GREETINGS)) : '';
    const closing = c.pick(CLOSINGS);
    const signature = c.chance(0.6) ? c.expand(c.pick(SIGNATURES)) : '';
    body = [greeting, joinSentences([...new Set(middle)]), [closing, signature].filter(Boolean).join('\n')].filter(Boolean).join('\n\n');
    if (c.chance(0.85)) subject = subjectLine();
  } else if (styleRoll < 0.84) {
    style = 'formal';
    const middle = [c.expand(c.pick(FORMAL_OPENERS))];
    // A generic lead-in ("I am writing to report a bug in ...") before the specifics, as formal emails do.
    if (generic && generic.B.length > 0 && c.chance(0.35)) middle.push(c.expand(c.pick(generic.B)));
    middle.push(c.expand(c.pick(L.B)));
    if (c.chance(0.8)) middle.push(detail());
    if (c.chance(0.6)) middle.push(genericDetail());
    if (c.chance(0.3)) middle.push(detail());
    if (c.chance(0.25)) middle.push(addUrgency(c.pick(urgencyFragments)));
    if (c.chance(problem ? 0.22 : 0.05)) middle.push(addImpact(c.pick(impactFragments)));
    middle.push(tone(0.08, 0.03));
    middle.push(ask());
    middle.push(c.pick(FORMAL_CLOSINGS));
    const parts = [c.expand(c.pick(FORMAL_GREETINGS)), joinSentences([...new Set(middle)])];
    if (c.chance(0.6)) parts.push(c.expand(c.pick(['Best regards,\n{name}', 'Sincerely,\n{name}', 'Kind regards,\n{name}\n{company}', '<name>', 'Regards,\n<name>'])));
    body = parts.join(c.chance(0.5) ? '\n\n' : ' ');
    if (c.chance(0.9)) subject = subjectLine();
  } else {
    // The long helpdesk email: who writes and on what, the request in two or three sentences with
    // details, what it costs the business, a reference, the ask, and a full signature.
    style = 'helpdesk';
    const contextLine = (): string => {
      const f = c.pick(CONTEXT_LINES);
      // A line in the name of a team raises impact; one in the writer's own name leaves it as it is.
      const text = f.level === 'MEDIUM' ? addImpact(f) : c.expand(f.text);
      return text.replace(/\ba (?=[aeio])/g, 'an ');
    };
    const opening = [c.chance(0.5) ? c.expand(c.pick(FORMAL_OPENERS)) : '', c.chance(0.65) ? contextLine() : ''];
    if (generic && generic.B.length > 0 && c.chance(0.4)) opening.push(c.expand(c.pick(generic.B)));
    const firstB = c.pick(L.B);
    const request = [c.expand(firstB)];
    const otherB = L.B.filter((b) => b !== firstB);
    if (otherB.length > 0 && c.chance(0.4)) request.push(c.expand(c.pick(otherB)));
    if (c.chance(0.85)) request.push(detail());
    if (c.chance(0.5)) request.push(detail());
    if (c.chance(0.6)) request.push(genericDetail());
    if (problem && c.chance(0.35)) request.push(c.expand(c.pick(ENVIRONMENT_LINES)));
    const closing: string[] = [];
    if (problem && c.chance(0.35)) closing.push(addUrgency(c.pick(BUSINESS_IMPACT_FRAGMENTS)));
    else if (c.chance(0.15)) closing.push(addUrgency(c.pick(urgencyFragments)));
    if (c.chance(problem ? 0.2 : 0.05)) closing.push(addImpact(c.pick(impactFragments)));
    if (c.chance(0.3)) closing.push(c.expand(c.pick(REFERENCE_LINES)));
    closing.push(tone(0.07, 0.03));
    closing.push(ask());
    closing.push(c.expand(c.pick(HELPDESK_CLOSINGS)));
    const paragraphs = [c.expand(c.pick(FORMAL_GREETINGS)), joinSentences(opening), joinSentences([...new Set(request)]), joinSentences([...new Set(closing)])];
    if (c.chance(0.85)) paragraphs.push(c.expand(c.pick(HELPDESK_SIGNOFFS)));
    body = paragraphs.filter((p) => p.length > 0).join(c.chance(0.75) ? '\n\n' : ' ');
    if (c.chance(0.92)) subject = subjectLine();
  }
  if (c.chance(0.5)) {
    subject = americanise(subject);
    body = americanise(body);
  }
  return {
    scenario: s.id,
    style,
    subject,
    description: body.replace(/[ \t]+/g, ' ').trim(),
    category: s.category,
    priority: priorityFor(urgency, impact),
    urgency,
    impact,
    sentiment,
  };
}

/** FNV-1a of the scenario id, mixed with the corpus seed. */
function scenarioSeed(seed: number, id: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const seed = Number(option('--seed') ?? 7);
  const generatedAt = option('--generated-at') ?? '2026-11-22T00:00:00.000Z';
  const perScenario = Number(option('--per-scenario') ?? 120);
  const dir = path.join(here, 'scenarios');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const scenarios: Scenario[] = [];
  const generic = new Map<TicketCategory, Scenario['lines']>();
  for (const f of files) {
    const parsed = parseScenarios(path.join(dir, f));
    scenarios.push(...parsed.scenarios);
    for (const [k, v] of parsed.generic) generic.set(k, v);
  }
  const ids = new Set<string>();
  for (const s of scenarios) {
    if (ids.has(s.id)) throw new Error(`duplicate scenario id ${s.id}`);
    ids.add(s.id);
  }
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const s of scenarios) {
    // Each scenario draws from its own stream, so adding or editing one leaves the others' rows as they are.
    const c = new Composer(seededRandom(scenarioSeed(seed, s.id)));
    const distinctLines = s.lines.Q.length + s.lines.V.length * 3 + s.lines.B.length * 4;
    // Scenarios with few lines get fewer rows, so no phrasing is repeated dozens of times.
    const target = Math.round(Math.min(perScenario, 8 + distinctLines * 3) * s.weight);
    let made = 0;
    for (let attempt = 0; attempt < target * 4 && made < target; attempt++) {
      const row = compose(c, s, generic.get(s.category));
      const key = `${row.subject.toLowerCase()}|${row.description.toLowerCase()}`;
      if (seen.has(key) || row.description.length < 3) continue;
      seen.add(key);
      rows.push({ id: `${s.id}-${made + 1}`, ...row });
      made++;
    }
  }
  const columns = ['id', 'scenario', 'style', 'subject', 'description', 'category', 'priority', 'urgency', 'impact', 'sentiment'];
  const outDir = path.join(here, '..');
  writeFileSync(path.join(outDir, 'tickets.csv'), csvTable(columns, rows as unknown as Record<string, string>[], '\n'));
  const perCategory: Record<string, number> = {};
  for (const r of rows) perCategory[r.category] = (perCategory[r.category] ?? 0) + 1;
  const manifest = {
    name: 'ticketgraph support-ticket corpus',
    description: 'Synthetic support requests composed from hand-written fragments by corpus/generator; labels: category, urgency, impact, priority (from the matrix), sentiment.',
    generatedAt,
    seed,
    rows: rows.length,
    scenarios: scenarios.length,
    perCategory,
  };
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(JSON.stringify(manifest));
}

main();
