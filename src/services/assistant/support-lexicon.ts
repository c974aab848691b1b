// What customers mean in support requests, written down by hand: each concept lists ways people
// say it ("get back into my account", "can't remember my password" and "forgot my password" all
// mean a lost password; "money back" and "reimbursed" a refund). The same concepts are read from
// questions and from knowledge-base entries, so a question meets its entry even when they share no
// word and the word vectors do not know the two phrasings are the same. Concepts are generic
// support topics, not the starter help centre's entries, so they serve any help centre.
//
// An alternative is a phrase: words separated by spaces (a space also matches a hyphen), `*` at
// the end of a word for any ending, `?` for any one letter, `~` for up to three words in between.
// Apostrophes are ignored on both sides ("can't" matches "cant").

import { STOP_WORDS } from './stop-words';

/** A concept: its name, how much it says about a question's topic (generic ones count less), and its phrasings. */
type ConceptSpec = readonly [name: string, weight: number, phrasings: string];

const CONCEPTS: readonly ConceptSpec[] = [
  // Signing in and the account
  ['password', 1, 'password* | passcode* | passphrase* | pwd | credentials | login details | log in details | sign in details | login info*'],
  ['forgotten', 1, "forg?t* | can't remember | cannot remember | can not remember | don't remember | do not remember | no longer remember | lost my password | lost my login | get back in* | get back into | regain access | recover* | reset* | misplaced"],
  ['sign-in', 0.6, "log in* | login* | logging in | sign in* | signin | signing in | log on | get into my account | access my account | can't get in* | cannot get in* | unable to log in | unable to sign in | won't let me in | doesn't let me in | login not working | login doesn't work | can't access | cannot access | unable to access | no access to my account"],
  ['locked-out', 1, 'locked | lock* out | unlock* | blocked* | suspended | frozen | too many attempts | too many tries | failed attempts | failed sign ins | failed logins | wrong password ~ times | disabled account'],
  ['second-factor', 1, '2fa | mfa | two factor | two step | 2 step | multi factor | authenticator* | verification code* | security code* | one time code* | one time password* | otp | 6 digit code* | extra security | second factor | authy | code from my phone | code on my phone | code to my phone | sms code* | text message code* | login code* | sign in code* | code every time'],
  ['lost-device', 1, 'lost my phone | phone was stolen | phone got stolen | stolen | new phone | lost phone | broke my phone | phone broke | no longer have access | no access to my phone | lost access'],
  ['email-address', 1, 'e mail* | email* | mail address* | inbox'],
  ['username', 1, 'username* | user name* | display name* | handle | nickname* | screen name*'],
  ['close-account', 1, 'delete* my account | delete* my profile | remove* my account | remove* my profile | remove me | close* my account | close* the account | account for good | deactivate* | delete account | erase my | wipe my | terminate my account | no longer want ~ account | don\'t want to be a customer | not want to be a customer | permanently | for good | delete my data | remove all my | get rid of my account | shut down my account | stop using your service | leave your service'],
  ['change', 0.5, 'change* | update* | edit* | modify* | switch* | different | replace* | correct* | wrong | new | another | move* to | rename*'],
  ['single-sign-on', 1, 'sso | single sign on | saml | okta | azure ad | active directory | openid | identity provider* | google workspace | company login | corporate login'],
  ['team', 1, 'invite* | invitation* | colleague* | coworker* | co worker* | teammate* | team member* | team mate* | staff | employee* | add users | add people | add members | add someone | give ~ access | seats | my team | our team | business account | company account | add ~ agent* | add ~ user* | add ~ member* | another user | another agent | more users | more agents | extra users | share ~ account with | share access'],
  ['profile-settings', 0.5, 'profile* | settings | preferences | account details'],

  ['sign-up', 1, 'sign up | signup | register* | registration | create an account | create a new account | make an account | open an account | new account | get started | onboard*'],
  ['email-confirmation', 1, 'verif* my email | verif* my e mail | confirm* my email | confirm* my e mail | confirmation email* | confirmation link* | confirmation mail* | activation* | activate* my account | verification email* | verify my account | verification link*'],
  ['permissions', 1, 'permission* | role | roles | admin rights | administrator rights | access level* | who can see | who can edit | restrict* access | read only | make ~ admin | make ~ administrator'],

  // Money
  ['refund', 1, "refund* | money back | reimburs* | repay* | pay me back | paid back | my money | returned money | chargeback* | compensat* | credit back | reverse the charge | reverse the payment | reversal | money returned | returned to me"],
  ['charge', 0.6, 'charg* | billed | bill me | bill us | payment* | paid | pay | paying | debit* | transaction* | deducted | taken from my | took ~ money | taken ~ money'],
  ['double-charge', 1, 'twice | double* | duplicate* | two identical | two charges | two payments | two transactions | charged again | same charge | same payment | extra charge* | overcharg* | two times | 2 times | 2 charges | 2 payments'],
  ['payment-method', 1, 'credit card* | debit card* | card* | visa | mastercard | amex | american express | paypal | payment method* | payment detail* | payment info* | billing detail* | billing info* | bank account* | card number | on file | pay with | pay by | pay via | payment option* | ways to pay | bank transfer | wire transfer | apple pay | google pay'],
  ['invoice', 1, 'invoice* | receipt* | bills | billing history | past bills | statement* | vat | proof of purchase | tax document* | accounting | expense report*'],
  ['subscription', 0.8, 'subscription* | subscribe* | plan | plans | membership* | member | tier* | licen?e* | premium | pro plan | paid tier | paid plan | renewal* | auto renew*'],
  ['cancel', 1, "cancel* | stop my | stop paying | stop it | stop the | end my | end the | call off | terminate* | discontinue* | quit | not billed again | not be billed | no longer be charged | stop being charged | don't want ~ anymore | opt out | don't want to renew | do not want to renew | stop ~ renewing | turn off ~ renew* | stop ~ renewal"],
  ['upgrade', 1, 'upgrad* | downgrad* | better plan | higher plan | higher tier | bigger plan | more features | change plan* | change my plan | move to a'],
  ['billing-period', 1, 'monthly | annual* | yearly | every month | each month | per month | a month | per year | a year | every year | billing cycle | billing period | whole year | full year | for a year | for the year | upfront | up front | pay ahead'],
  ['discount', 1, 'coupon* | promo* | voucher* | discount* | gift card* | promotion* code* | money off | price off | percent off | deal code*'],
  ['payment-failed', 1, "declin* | payment failed | payment fail* | failed payment | didn't go through | did not go through | doesn't go through | won't go through | not go through | rejected | card refused | refused my card | can't pay | cannot pay | unable to pay"],
  ['price', 0.8, 'price* | pricing | cost* | how much | fee* | cheaper | expensive | rate card'],

  ['trial', 1, 'free trial* | trial* | try ~ free | free version | free plan | free tier | for free | test it | test drive | demo | before paying | before buying | without paying | without a card'],

  // Orders and delivery
  ['order', 0.6, 'order* | purchase* | bought | buy* | checkout | check out | cart | basket'],
  ['delivery', 0.8, 'ship* | deliver* | parcel* | package* | courier* | carrier* | postage | dispatch* | post office | postal | mail it | sent to me'],
  ['tracking', 1, "track* | where is my | where's my | status of my order | status of my parcel | when will ~ arrive | when will ~ get here | when ~ get here | hasn't arrived | has not arrived | not arrived yet | still waiting for my | order status | tracking number"],
  ['return', 1, 'return* | send back | send it back | send them back | sent back | exchange* | bring back | swap it'],
  ['damaged', 1, 'damag* | broken | cracked | crushed | defective | faulty | smashed | dented | torn | shattered | bad condition | not working when'],
  ['abroad', 1, 'international* | abroad | overseas | other countr* | another country | outside the us | outside the uk | outside the eu | worldwide | cross border | customs'],
  ['address', 1, 'shipping address* | delivery address* | postal address* | home address* | billing address* | street | moved house | moved home | new place | new home | relocat* | postcode* | zip code* | post code*'],

  // The product
  ['slow', 1, "slow* | sluggish | laggy | lag | lagging | freez* | froze | hang* | takes forever | take forever | taking forever | won't load | will not load | doesn't load | does not load | not loading | won't open | will not open | doesn't open | unresponsive | spinning | timeout* | time out | keeps loading | loads forever | blank page | blank screen | empty page | empty screen | white screen | nothing loads | nothing will load | outage* | is down | status page | down for everyone | service down | site down | website down | app down | not responding"],
  ['malfunction', 0.8, "bug* | error* | broken | crash* | glitch* | not working | doesn't work | does not work | stopped working | malfunction* | defect* | fault* | problem in the | problem with the | issue with the"],
  ['offline', 1, 'offline | without internet | no internet | no connection | without a connection | bad connection | poor connection'],
  ['storage', 1, 'storage | disk space | file size* | size limit* | how big | maximum size | max size | upload limit* | too large | too big | gigabyte* | megabyte*'],
  ['appearance', 1, 'dark mode | dark theme | light mode | night mode | theme* | color* | colour* | font size* | appearance | layout | display settings'],
  ['browser', 1, 'browser* | chrome | firefox | safari | edge | internet explorer | opera | brave'],
  ['mobile-app', 1, 'mobile* | iphone* | ipad* | android | ios | smartphone* | tablet* | app store | google play | phone app | on my phone | app for my phone | app on my phone | download the app'],
  ['desktop-app', 1, 'desktop* | windows | macos | mac app | linux | install* | installer'],
  ['export', 1, 'export* | download* everything | download* all | backup* | back up | copy of my | copy of all | take my data | all my data | all my records | all my information | everything i have | everything we have | data portability | get my data | my data out | download* my data | download* my information | copy of my data | download* my records | take my ~ with me | take our ~ with us'],
  ['import', 1, 'import* | upload* | bring in | bring over | migrat* | transfer* ~ from | in bulk | bulk | spreadsheet* | csv | excel | xlsx'],
  ['api', 1, 'api | apis | endpoint* | script* | programmatic* | developer* | sdk* | rest | graphql | integration* | automat*'],
  ['api-key', 1, 'token* | api key* | key for | access key* | secret key* | credentials | bearer'],
  ['rate-limit', 1, 'rate limit* | throttl* | too many requests | requests per | calls per | quota* | maximum number of calls | maximum number of requests | how many requests | how many calls | 429'],
  ['chat-tools', 1, 'slack | microsoft teams | ms teams | workspace | channel* | zapier | connect* | link my | link our | plug in* | plugin*'],
  ['events', 1, 'webhook* | callback* | notif* | alert* | push* | event* | real time | when ~ changes | let my server know | ping my'],
  ['marketing-mail', 1, 'newsletter* | marketing | promotional | promo emails | mailing list* | unsubscrib* | spam me | too many emails | too much mail | too much email | too much marketing | advert* emails'],
  ['language', 1, 'language* | english | german | french | spanish | italian | dutch | portuguese | polish | translat* | locale'],
  ['time-zone', 1, 'time zone* | timezone* | wrong time | times ~ wrong | dates ~ wrong | utc | cet | clock is'],
  ['security', 1, 'secur* | encrypt* | safe | safely | protect* | hack* | breach* | compliance | gdpr | confidential*'],
  ['privacy', 1, 'privacy | private | personal data | personal information | my details | my information | my data | third part* | sell my | share my | sharing my | advertiser* | who else ~ see | who can see'],

  // Support itself
  ['contact', 1, "contact* | talk to | speak to | speak with | talk with | reach you | reach your | reach customer | reach support | call you | phone number | real person | human | agent | representative | someone | support team | customer service | customer support | help desk | helpdesk | get in touch | live chat | chat with | get help | need help | email support | email you | write to you | message you | get hold of | phone support | call support | support phone | support email"],
  ['response-time', 1, 'respond* | response* | reply | replies | answer my | get back to me | hear back | turnaround | how long until | how quickly | how soon | how fast | wait for an answer | waiting time | get an answer | hear from you | how long ~ wait'],
  ['opening-hours', 1, 'hours | opening | open on | open at | when is ~ open | weekend* | saturday* | sunday* | holiday* | around the clock | business hours | office hours | available at | at night | what time do you | when are you available | when can i reach | closing time | opening time'],
  ['bug-report', 1, 'report* | let ~ know | tell you about | notify the developers | developers know'],
  ['feature-request', 1, 'feature* | idea* | suggest* | improve* | wish | would be nice | would be great | would love | request a feature | new functionality | enhancement* | can you add | please add | would like to see | missing feature'],
  ['how-long', 0.6, 'how long | how many days | how many weeks | when will | how soon | take to arrive | show up | appear on | arrive'],
];

const GAP = '(?:\\s+\\S+){0,3}';

function phraseToRegex(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const parts: string[] = [];
  for (const word of words) {
    if (word === '~') {
      parts.push(GAP);
      continue;
    }
    const stem = word.endsWith('*') ? word.slice(0, -1) : word;
    const escaped = stem.replace(/'/g, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\?/g, '.');
    const body = word.endsWith('*') ? `${escaped}\\w*` : `${escaped}(?![\\w])`;
    parts.push(parts.length === 0 ? body : `[\\s-]+${body}`);
  }
  return parts.join('');
}

interface Concept {
  name: string;
  weight: number;
  pattern: RegExp;
  /** The same pattern, to find every place it matches. */
  everywhere: RegExp;
}

const COMPILED: readonly Concept[] = CONCEPTS.map(([name, weight, phrasings]) => {
  const source = `(?<![\\w])(?:${phrasings.split('|').map(phraseToRegex).join('|')})`;
  return { name, weight, pattern: new RegExp(source, 'i'), everywhere: new RegExp(source, 'gi') };
});

/** How many concepts there are: the width of a concept vector. */
export const CONCEPT_COUNT = COMPILED.length;

/** Lower case, no apostrophes (customers write "cant" as often as "can't"), single spaces. */
function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/['\u2018\u2019`]/g, '').replace(/\s+/g, ' ')} `;
}

/** The concepts a text expresses, and the share of its telling words they cover. */
export interface ConceptReading {
  /** The concepts' weights, scaled down to unit length when longer; null when the text expresses none. */
  vector: Float32Array | null;
  /**
   * From 0 to 1: the share of the text's words (stop words aside) inside a phrase of a concept.
   * "How do I change a car tyre?" asks to change something, as "How do I change my email?" does,
   * but most of it is about what no concept knows: its concepts should count little.
   */
  coverage: number;
}

/** The names of the concepts a text expresses (for explaining a match). */
export function conceptNames(text: string): string[] {
  const normalised = normalise(text);
  return COMPILED.filter((c) => c.pattern.test(normalised)).map((c) => c.name);
}

/**
 * The concepts of a text; `coverage` false skips measuring it (2-3 times faster: an entry's
 * concepts count fully, and the index reads thousands of entries at start).
 */
export function readConcepts(text: string, coverage = true): ConceptReading {
  const normalised = normalise(text);
  const vector = new Float32Array(CONCEPT_COUNT);
  const covered = coverage ? new Uint8Array(normalised.length) : undefined;
  let norm = 0;
  COMPILED.forEach((concept, i) => {
    let found = false;
    if (!covered) found = concept.pattern.test(normalised);
    else {
      for (const match of normalised.matchAll(concept.everywhere)) {
        found = true;
        covered.fill(1, match.index, match.index + match[0].length);
      }
    }
    if (!found) return;
    vector[i] = concept.weight;
    norm += concept.weight * concept.weight;
  });
  if (norm === 0) return { vector: null, coverage: 0 };
  // At most unit length, but shorter when only generic concepts speak: "change" alone says little.
  norm = Math.max(1, Math.sqrt(norm));
  for (let i = 0; i < vector.length; i++) vector[i] = vector[i]! / norm;
  return { vector, coverage: covered ? coveredShare(normalised, covered) : 1 };
}

/** The share of a text's words, stop words aside, whose first letter is marked covered. */
function coveredShare(normalised: string, covered: Uint8Array): number {
  let words = 0;
  let coveredWords = 0;
  for (const word of normalised.matchAll(/[a-z0-9]+/g)) {
    if (STOP_WORDS.has(word[0])) continue;
    words++;
    if (covered[word.index]) coveredWords++;
  }
  return words ? coveredWords / words : 0;
}
