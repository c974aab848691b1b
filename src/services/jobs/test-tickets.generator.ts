import { randomInt } from 'node:crypto';
import { DeviceType, TicketCategory, TicketPriority, TicketSource, TicketStatus } from '../../entities/enums';
import { csvRow } from '../import/csv.writer';
import { TICKET_CSV_COLUMNS } from '../import/ticket-fields';
import type { NewTicketInput } from '../tickets/ticket-validation';

/** A generated ticket: every field set, in the domain's spelling. */
export interface TestTicket extends NewTicketInput {
  customer: { id: string; email: string; name: string };
  description: string;
  category: TicketCategory;
  priority: TicketPriority;
  status: TicketStatus;
  tags: string[];
  metadata: { source: TicketSource; browser: string | null; deviceType: DeviceType | null };
}

/**
 * Realistic, varied support tickets for trying out imports and the classifier: all categories,
 * priorities, sources and device types, many customers, subjects and descriptions written from
 * per-category phrases (10 to 2000 characters, some over several paragraphs, some with commas and
 * quotes, so that they exercise CSV quoting). The same seed gives the same tickets.
 * No text starts with `=`, `+`, `-` or `@`, so written as CSV and imported back it is unchanged.
 */
export function generateTestTickets(count: number, seed: number = randomInt(2 ** 31)): TestTicket[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer (got ${count})`);
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const tickets: TestTicket[] = [];
  for (let i = 0; i < count; i++) {
    const category = weighted(random, CATEGORY_WEIGHTS);
    const phrases = PHRASES[category];
    const fill = (template: string): string => {
      const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => pick(SLOTS[slot as keyof typeof SLOTS] ?? [slot]));
      return text.charAt(0).toUpperCase() + text.slice(1);
    };

    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const customerNumber = 10_000 + Math.floor(random() * 90_000);
    const emailName = `${ascii(first)}.${ascii(last)}`.toLowerCase().replace(/[^a-z.]/g, '');
    const email = random() < 0.3 ? `${emailName}${customerNumber % 100}@${pick(EMAIL_DOMAINS)}` : `${emailName}@${pick(EMAIL_DOMAINS)}`;
    const name = random() < 0.06 ? `${last}, ${first}` : `${first} ${last}`;

    const source = weighted(random, SOURCE_WEIGHTS);
    const online = source === TicketSource.WEB_FORM || source === TicketSource.CHAT;
    const deviceType = online || random() < 0.3 ? weighted(random, DEVICE_WEIGHTS) : null;
    const browser = online ? pick(deviceType === DeviceType.DESKTOP ? DESKTOP_BROWSERS : MOBILE_BROWSERS) : null;

    const tagCount = Math.floor(random() * 4);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS[category])))];
    if (random() < 0.1) tags.push(pick(COMMON_TAGS));

    tickets.push({
      customer: { id: `CUST-${customerNumber}`, email, name },
      subject: fill(pick(phrases.subjects)),
      description: description(random, pick, fill, phrases),
      category,
      priority: weighted(random, PRIORITY_WEIGHTS[category]),
      status: weighted(random, STATUS_WEIGHTS),
      tags: [...new Set(tags)],
      metadata: { source, browser, deviceType },
    });
  }
  return tickets;
}

/** The tickets as the seed's CSV files hold them: header, one row each, lower-case enum values. */
export function testTicketsCsv(tickets: readonly TestTicket[]): string {
  let csv = csvRow(TICKET_CSV_COLUMNS);
  for (const ticket of tickets) {
    csv += csvRow([
      ticket.customer.id,
      ticket.customer.email,
      ticket.customer.name,
      ticket.subject,
      ticket.description,
      ticket.category.toLowerCase(),
      ticket.priority.toLowerCase(),
      ticket.status.toLowerCase(),
      ticket.tags.join(';'),
      ticket.metadata.source.toLowerCase(),
      ticket.metadata.browser,
      ticket.metadata.deviceType?.toLowerCase(),
    ]);
  }
  return csv;
}

type Random = () => number;

/** Length bands of descriptions: most a few sentences, some long reports, a few one-liners. */
const LENGTH_BANDS: readonly [weight: number, min: number, max: number][] = [
  [0.04, 10, 60],
  [0.56, 80, 400],
  [0.3, 400, 1000],
  [0.1, 1000, 2000],
];

function description(
  random: Random,
  pick: <T>(items: readonly T[]) => T,
  fill: (template: string) => string,
  phrases: CategoryPhrases,
): string {
  const [, min, max] = weighted(random, LENGTH_BANDS.map((band) => [band, band[0]] as const));
  const target = min + Math.floor(random() * (max - min));
  if (target < 60) return fill(pick(phrases.short));
  const closing = fill(pick(CLOSINGS));
  const limit = max - closing.length - 2;
  const paragraphs = [fill(pick(OPENINGS))];
  let length = paragraphs[0]!.length;
  let sentences: string[] = [];
  // Each phrase at most once, details first, as people write.
  for (const template of [...shuffle(random, phrases.details), ...shuffle(random, FOLLOW_UPS)]) {
    if (length >= target) break;
    const sentence = fill(template);
    if (length + sentence.length + 2 > limit) continue;
    sentences.push(sentence);
    length += sentence.length + 1;
    if (sentences.length >= 3 && random() < 0.3) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
      length += 1;
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(' '));
  // The long reports paste a log excerpt.
  if (length + 40 < target) {
    const lines = ['Log excerpt:'];
    length += lines[0]!.length + 2;
    for (;;) {
      const line = logLine(random, pick);
      if (length + line.length + 1 > Math.min(target, limit)) break;
      lines.push(line);
      length += line.length + 1;
    }
    if (lines.length > 1) paragraphs.push(lines.join('\n'));
  }
  paragraphs.push(closing);
  // The running length is an estimate; cut the last line or sentence before the closing until it fits.
  while (paragraphs.join('\n\n').length > max && paragraphs.length > 2) {
    const body = paragraphs[paragraphs.length - 2]!;
    const cut = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('. ') + 1);
    if (cut <= 0) paragraphs.splice(paragraphs.length - 2, 1);
    else paragraphs[paragraphs.length - 2] = body.slice(0, cut);
  }
  return paragraphs.join('\n\n');
}

function logLine(random: Random, pick: <T>(items: readonly T[]) => T): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const at = `2025-${two(1 + Math.floor(random() * 12))}-${two(1 + Math.floor(random() * 28))} ${two(Math.floor(random() * 24))}:${two(Math.floor(random() * 60))}:${two(Math.floor(random() * 60))}`;
  const requestId = Math.floor(random() * 0xffffff).toString(16).padStart(6, '0');
  return `${at} ${pick(LOG_LEVELS)} [${pick(LOG_COMPONENTS)}] ${pick(LOG_MESSAGES)} (request ${requestId})`;
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}

/** A small, fast, well-distributed 32-bit PRNG; enough for test data, and seedable. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function ascii(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const CATEGORY_WEIGHTS: readonly [TicketCategory, number][] = [
  [TicketCategory.TECHNICAL_ISSUE, 28],
  [TicketCategory.ACCOUNT_ACCESS, 18],
  [TicketCategory.BILLING_QUESTION, 18],
  [TicketCategory.BUG_REPORT, 16],
  [TicketCategory.FEATURE_REQUEST, 12],
  [TicketCategory.OTHER, 8],
];

const PRIORITY_WEIGHTS: Readonly<Record<TicketCategory, [TicketPriority, number][]>> = {
  TECHNICAL_ISSUE: [[TicketPriority.URGENT, 12], [TicketPriority.HIGH, 35], [TicketPriority.MEDIUM, 38], [TicketPriority.LOW, 15]],
  ACCOUNT_ACCESS: [[TicketPriority.URGENT, 15], [TicketPriority.HIGH, 40], [TicketPriority.MEDIUM, 35], [TicketPriority.LOW, 10]],
  BILLING_QUESTION: [[TicketPriority.URGENT, 5], [TicketPriority.HIGH, 25], [TicketPriority.MEDIUM, 50], [TicketPriority.LOW, 20]],
  BUG_REPORT: [[TicketPriority.URGENT, 10], [TicketPriority.HIGH, 30], [TicketPriority.MEDIUM, 40], [TicketPriority.LOW, 20]],
  FEATURE_REQUEST: [[TicketPriority.URGENT, 1], [TicketPriority.HIGH, 9], [TicketPriority.MEDIUM, 40], [TicketPriority.LOW, 50]],
  OTHER: [[TicketPriority.URGENT, 2], [TicketPriority.HIGH, 13], [TicketPriority.MEDIUM, 45], [TicketPriority.LOW, 40]],
};

const STATUS_WEIGHTS: readonly [TicketStatus, number][] = [
  [TicketStatus.NEW, 70],
  [TicketStatus.IN_PROGRESS, 12],
  [TicketStatus.WAITING_CUSTOMER, 8],
  [TicketStatus.RESOLVED, 6],
  [TicketStatus.CLOSED, 4],
];

const SOURCE_WEIGHTS: readonly [TicketSource, number][] = [
  [TicketSource.WEB_FORM, 35],
  [TicketSource.EMAIL, 30],
  [TicketSource.CHAT, 15],
  [TicketSource.API, 10],
  [TicketSource.PHONE, 10],
];

const DEVICE_WEIGHTS: readonly [DeviceType, number][] = [
  [DeviceType.DESKTOP, 55],
  [DeviceType.MOBILE, 35],
  [DeviceType.TABLET, 10],
];

const DESKTOP_BROWSERS = ['Chrome 131', 'Chrome 130', 'Firefox 133', 'Firefox 128 ESR', 'Safari 18.1', 'Edge 131', 'Opera 114'];
const MOBILE_BROWSERS = ['Safari iOS 18', 'Chrome Mobile 131', 'Samsung Internet 26', 'Firefox Android 133'];

const FIRST_NAMES = [
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Mateo', 'Sofia', 'Lucas', 'Mia', 'Ethan', 'Chloé', 'José', 'Zoë', 'Aiden',
  'Priya', 'Arjun', 'Mei', 'Hiroshi', 'Fatima', 'Omar', 'Ingrid', 'Lars', 'Aoife', 'Siobhán', 'Kwame', 'Amara',
  'Dmitri', 'Anastasia', 'Carlos', 'Lucía', 'Grace', 'Samuel',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'García', 'Müller', "O'Brien", 'Nguyen', 'Kim', 'Patel', 'Rossi', 'Dubois', 'Kowalski', 'Silva',
  'Andersson', 'Tanaka', 'Okafor', 'Hernández', 'Smith-Jones', 'MacDonald', 'Novak', 'Haddad', 'Cohen', 'Fischer',
  'Ivanova', 'Larsen', 'Moreau', 'Brennan', 'Chen', 'Singh',
];
const EMAIL_DOMAINS = [
  'example.com', 'example.org', 'mail.example.net', 'acme-corp.example', 'globex.example', 'initech.example',
  'umbrella.example.co.uk', 'hooli.example', 'outlook.example.com', 'startup.example.io',
];

const SLOTS = {
  product: ['the dashboard', 'the mobile app', 'the reporting module', 'the API', 'the billing portal', 'the admin console', 'the desktop client', 'the browser extension'],
  feature: ['CSV export', 'two-factor authentication', 'single sign-on', 'the calendar sync', 'bulk editing', 'saved filters', 'webhooks', 'the search bar', 'dark mode', 'notifications', 'file uploads', 'the audit log'],
  error: ['"Error 500: Internal Server Error"', '"Session expired, please sign in again"', '"Something went wrong"', '"ERR_CONNECTION_RESET"', '"Invalid token"', '"Payment method declined"', '"Request timed out after 30 seconds"', '"Access denied (403)"'],
  amount: ['$49.00', '$129.99', '€19.90', '£240.00', '$1,200.00', '$9.99', '€75.50'],
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  os: ['Windows 11', 'macOS 15', 'Ubuntu 24.04', 'iOS 18', 'Android 15', 'ChromeOS'],
  count: ['2', '3', 'several', 'about a dozen', '40', 'all 15'],
  team: ['our finance team', 'the sales team', 'our support staff', 'two of my colleagues', 'the whole office', 'our contractors'],
  time: ['this morning', 'since yesterday', 'since the last update', 'for about an hour', 'since Monday', 'intermittently all week'],
  since: ['yesterday', 'last week', 'the last update', 'Monday morning', 'we renewed our plan'],
  callTime: ['this afternoon', 'tomorrow morning', 'any time this week', 'after 3 pm CET'],
  plan: ['Starter', 'Team', 'Business', 'Enterprise', 'Pro annual'],
};

interface CategoryPhrases {
  subjects: readonly string[];
  details: readonly string[];
  short: readonly string[];
}

const PHRASES: Readonly<Record<TicketCategory, CategoryPhrases>> = {
  TECHNICAL_ISSUE: {
    subjects: [
      '{product} is very slow to load', '{feature} stopped working', 'Cannot connect to {product}', 'Sync failing with {error}',
      '{product} crashes on {os}', 'Timeouts when using {feature}', 'Blank screen after login on {os}', 'Uploads stuck at 99%',
      'Integration keeps disconnecting', 'Data not refreshing in {product}',
    ],
    details: [
      '{product} has been extremely slow {time}, pages take over a minute to load.',
      'Every time I try to use {feature} I get {error}.',
      'This happens on {os} and I have already cleared the cache and cookies.',
      'I restarted the device, reinstalled the app and tried another network, with no change.',
      'It affects {team}, so {count} people cannot work right now.',
      'The spinner keeps going and eventually the page shows {error}.',
      'Our integration logs show the connection dropping every few minutes.',
      'It worked fine until {since}; nothing changed on our side as far as I know.',
      'I attached a screenshot and the HAR file from the browser console.',
    ],
    short: ['App crashes on start.', 'Sync is broken again.', 'Login page will not load.', 'Cannot upload any files.'],
  },
  ACCOUNT_ACCESS: {
    subjects: [
      'Locked out of my account', 'Password reset email never arrives', 'Cannot sign in with {feature}', '2FA codes rejected',
      'Account disabled without notice', 'Need to change the account owner', 'Lost access to my authenticator app',
      'SSO login loops back to the sign-in page',
    ],
    details: [
      'I have tried to reset my password {count} times but the email never arrives.',
      'After entering my code the page says {error}.',
      'I changed phones and no longer have access to my authenticator app.',
      'Our admin left the company and nobody else can manage the users.',
      'The sign-in page keeps redirecting back to itself after I authenticate.',
      'My account shows as disabled although our subscription on the {plan} plan is active.',
      'Please verify my identity another way; I can provide the last invoice number.',
      'I can sign in on {os} but not in the browser.',
    ],
    short: ['Cannot log in at all.', 'Reset link has expired.', 'Account is locked.', '2FA not working.'],
  },
  BILLING_QUESTION: {
    subjects: [
      'Charged twice in {month}', 'Question about invoice for {month}', 'Refund for {amount}', 'Upgrade to the {plan} plan',
      'VAT number missing on invoice', 'Card declined but plan still active', 'How is the {plan} plan billed?',
      'Cancel subscription and get a prorated refund',
    ],
    details: [
      'My card was charged {amount} twice on the same day in {month}.',
      'The invoice for {month} does not show our VAT number, which our accountant needs.',
      'We moved to the {plan} plan mid-cycle; how is the difference calculated?',
      'Please send the invoice to our finance address instead of mine.',
      'The billing portal shows {error} when I try to update the card.',
      'We would like to switch from monthly to annual billing, if there is a discount.',
      'I was told I would get a refund of {amount} but have not seen it yet.',
      'Could you explain the line items on the last invoice, especially the extra seats?',
    ],
    short: ['Double charge this month.', 'Need a copy of my invoice.', 'Refund still not received.'],
  },
  FEATURE_REQUEST: {
    subjects: [
      'Please add {feature} to {product}', 'Suggestion: improve {feature}', 'Request: export to Excel', 'Allow custom fields on tickets',
      'API endpoint for bulk updates', 'Keyboard shortcuts for common actions', 'Support for more languages',
      'Scheduled reports by email',
    ],
    details: [
      'It would save {team} a lot of time if {product} supported {feature}.',
      'Right now we export everything and edit it by hand, which takes hours every week.',
      'Competitors offer this already, and it is the main request from {team}.',
      'Ideally it would work for both the web app and the mobile app.',
      'Even a simple version, with filters and a date range, would be great.',
      'We would be happy to test an early version and give feedback.',
      'Please let me know if this is on the roadmap.',
    ],
    short: ['Please add dark mode.', 'Would love an Excel export.', 'Add keyboard shortcuts, please.'],
  },
  BUG_REPORT: {
    subjects: [
      'Dates shown in the wrong time zone', 'Totals in the report do not add up', 'Button does nothing in {product}',
      'Typo and broken link on the settings page', 'Sorting by date is wrong', '{feature} duplicates entries',
      'Notifications sent twice', 'Search ignores accented characters',
    ],
    details: [
      'Steps to reproduce: 1. open {product}, 2. use {feature}, 3. reload the page.',
      'Expected the saved value to persist; instead it resets to the default.',
      'The totals in the summary row differ from the sum of the rows by a few cents.',
      'The timestamps are shown in UTC even though my profile says Europe/Berlin.',
      'Searching for "café" finds nothing, while "cafe" finds the record.',
      'The console shows {error} right after clicking the button.',
      'It happens in both Chrome and Firefox on {os}.',
      'This started after the last release; the previous version was fine.',
    ],
    short: ['Save button does nothing.', 'Report totals are wrong.', 'Dates off by one day.'],
  },
  OTHER: {
    subjects: [
      'General question about data retention', 'Partnership inquiry', 'Where can I find the API documentation?',
      'Feedback on the new design', 'Request for a security questionnaire', 'Question about GDPR and data location',
      'Thank you for the quick help', 'Training session for our team',
    ],
    details: [
      'We are evaluating the {plan} plan and have a few questions first.',
      'Our legal team needs to know where customer data is stored and for how long.',
      'Could you send your security questionnaire and the latest audit report?',
      'I wanted to say the new design is much clearer, thanks to the team.',
      'Is there a training session available for {team}?',
      'We would like to discuss a reseller partnership in our region.',
    ],
    short: ['Just a quick question.', 'Thanks for the great support!', 'Where are the docs?'],
  },
};

const OPENINGS = [
  'Hello,', 'Hi support team,', 'Good morning,', 'Hi there,', 'Dear support,', 'Hello again,', 'Hi,',
];
const FOLLOW_UPS = [
  'This is becoming urgent for us because a deadline is coming up.',
  'I contacted you about this before but did not get a reply.',
  'Let me know if you need any logs, account details or screenshots.',
  'We are on the {plan} plan, if that matters.',
  'I am available for a call {callTime} if that helps.',
  'Thanks in advance for looking into it, and sorry for the long message.',
];
const LOG_LEVELS = ['ERROR', 'WARN', 'ERROR', 'INFO'];
const LOG_COMPONENTS = ['sync-worker', 'auth', 'api-client', 'uploader', 'scheduler', 'webhook'];
const LOG_MESSAGES = [
  'Request timed out after 30 seconds', 'Connection reset by peer', 'Token refresh failed: invalid_grant',
  'Retrying in 5s (attempt 3 of 5)', 'Upload aborted at 99%', 'Unexpected response status 502', 'Session expired',
  'Rate limit reached, backing off',
];
const CLOSINGS = ['Thanks!', 'Best regards.', 'Kind regards, and thank you.', 'Cheers.', 'Thank you for your help.', 'Regards.'];

const TAGS: Readonly<Record<TicketCategory, readonly string[]>> = {
  TECHNICAL_ISSUE: ['performance', 'sync', 'crash', 'timeout', 'integration', 'mobile', 'outage'],
  ACCOUNT_ACCESS: ['login', 'password-reset', '2fa', 'sso', 'locked-account'],
  BILLING_QUESTION: ['invoice', 'refund', 'charge', 'subscription', 'vat'],
  FEATURE_REQUEST: ['enhancement', 'export', 'api', 'ux', 'reporting'],
  BUG_REPORT: ['bug', 'ui', 'regression', 'data', 'timezone'],
  OTHER: ['question', 'feedback', 'legal', 'partnership'],
};
const COMMON_TAGS = ['vip', 'enterprise', 'follow-up', 'escalated'];
