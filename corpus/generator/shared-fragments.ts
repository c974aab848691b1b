// Fragments every scenario can use: how people open and close a message, how they wrap a short
// request, their tone, and how they say that something is urgent or affects many people. The
// labels of a generated ticket (urgency, impact, sentiment) come from the fragments it contains.

export const GREETINGS = [
  'Hi,', 'Hello,', 'Hi there,', 'Hey,', 'Hello team,', 'Hi support,', 'Good morning,', 'Good afternoon,', 'Dear Support Team,',
  'Dear Customer Support,', 'Hello support team,', 'To whom it may concern,', 'Hi all,', 'Dear Sir or Madam,', 'Hiya,', 'Greetings,', 'Hi {name},',
];

export const FORMAL_GREETINGS = [
  'Dear Customer Support,', 'Dear Customer Support Team,', 'Dear Support Team,', 'Hello Customer Support,', 'Dear {company} Support Team,',
  'Customer Support,', 'Dear IT Support,', 'Greetings Customer Support Team,', 'Respected customer support,', 'Dear Tech Support,',
];

export const FORMAL_OPENERS = [
  'I hope this message finds you well.', 'I hope this email finds you well.', 'I trust this message reaches you in good health.', '',
  'I hope you are doing well.', '', 'My name is {name} and I work at {company}.', 'I am contacting you on behalf of {company}.',
];

export const CLOSINGS = [
  'Thanks,', 'Thanks!', 'Thank you.', 'Cheers,', 'Regards,', 'Best regards,', 'Kind regards,', 'Many thanks,', 'Thanks in advance.',
  'Best,', 'Thank you for your help.', 'Appreciate it.', 'Looking forward to your reply.', '', '',
];

export const FORMAL_CLOSINGS = [
  'Thank you for your assistance.', 'Thank you for your prompt attention to this matter.', 'I look forward to your response.',
  'Thank you in advance for your help.', 'Your assistance is greatly appreciated.', 'Thank you for your time and support.',
  'I appreciate your help in resolving this matter.', 'Looking forward to a swift resolution.',
];

export const SIGNATURES = ['{name}', '{name}\n{company}', '{name}', '', 'Best regards,\n{name}', 'Kind regards,\n{name}', '{name}, Account: <acc_num>', '<name>'];

/** Wrappers for the V (verb phrase) lines: short requests in the words people type into a chat box. */
export const REQUEST_WRAPPERS = [
  'I need help to {v}', 'how do I {v}?', 'how can I {v}', 'can you help me {v}?', 'I want to {v}', "I'd like to {v}", 'where can I {v}?',
  'is it possible to {v}?', "I don't know how to {v}", 'help me {v}', 'I need to {v}', 'I need assistance to {v}', 'what do I have to do to {v}?',
  'I have to {v}, can you help?', 'could you help me {v}?', 'please help me {v}', 'I would like to {v}', 'what is the way to {v}?',
  'how would I {v}?', 'can I {v}?', 'I want help to {v}', 'tell me how to {v}', 'need to {v}', 'where do I go to {v}?', 'how to {v}',
  'I am trying to {v}', "I can't figure out how to {v}", 'is there a way to {v}?', 'I wanna {v}', 'could you tell me how to {v}?',
];

export const SHORT_PREFIXES = ['', '', '', '', '', '', 'Hi, ', 'Hello, ', 'hey ', 'Quick question: ', 'Hi there. ', 'Help! ', 'Good morning. ', 'Hi team, ', 'Question - '];
export const SHORT_SUFFIXES = ['', '', '', '', '', '', ' Thanks.', ' Thanks!', ' thx', ' Please help.', ' pls help', ' Thank you.', ' Any ideas?', ' Cheers'];

export interface LabelledFragment {
  text: string;
  level: 'HIGH' | 'MEDIUM' | 'LOW';
}

export const URGENCY_FRAGMENTS: readonly LabelledFragment[] = [
  { level: 'HIGH', text: 'This is urgent.' },
  { level: 'HIGH', text: 'Please treat this as urgent.' },
  { level: 'HIGH', text: 'We need this fixed as soon as possible.' },
  { level: 'HIGH', text: 'I need this resolved today, our deadline is tonight.' },
  { level: 'HIGH', text: 'We have a client presentation tomorrow morning and need this working before then.' },
  { level: 'HIGH', text: 'Please help immediately.' },
  { level: 'HIGH', text: 'This is critical for us.' },
  { level: 'HIGH', text: 'URGENT - please respond asap.' },
  { level: 'HIGH', text: 'We go live tomorrow, so this needs attention right away.' },
  { level: 'HIGH', text: 'I need an answer by end of day.' },
  { level: 'HIGH', text: 'Every hour this continues we are losing sales.' },
  { level: 'HIGH', text: 'Please escalate this, it cannot wait.' },
  { level: 'HIGH', text: 'Need this sorted within the next hour if at all possible.' },
  { level: 'MEDIUM', text: 'I would appreciate a fix by Friday.' },
  { level: 'MEDIUM', text: 'Could you look into this soon?' },
  { level: 'MEDIUM', text: 'It would be good to have this sorted this week.' },
  { level: 'MEDIUM', text: 'I have been waiting for over a week now.' },
  { level: 'MEDIUM', text: 'This is the second time I am reporting this.' },
  { level: 'MEDIUM', text: 'Please get back to me at your earliest convenience.' },
  { level: 'MEDIUM', text: 'We have a deadline at the end of the month.' },
  { level: 'MEDIUM', text: 'I am still waiting for a reply to my last email.' },
  { level: 'LOW', text: 'No rush on this.' },
  { level: 'LOW', text: 'Not urgent, just when you get a chance.' },
  { level: 'LOW', text: 'Whenever you have a moment.' },
  { level: 'LOW', text: 'Just curious, no hurry at all.' },
  { level: 'LOW', text: 'This is low priority for us.' },
  { level: 'LOW', text: 'No pressure, it is not urgent.' },
];

export const IMPACT_FRAGMENTS: readonly LabelledFragment[] = [
  { level: 'HIGH', text: 'This affects all of our users.' },
  { level: 'HIGH', text: 'Nobody in the company can work right now.' },
  { level: 'HIGH', text: 'All {bignum} employees are affected.' },
  { level: 'HIGH', text: 'Every customer who visits the site sees this.' },
  { level: 'HIGH', text: 'The whole organization relies on this.' },
  { level: 'HIGH', text: 'It is happening across all of our stores.' },
  { level: 'HIGH', text: 'Thousands of our customers are affected.' },
  { level: 'HIGH', text: 'Everyone in the office has the same problem.' },
  { level: 'MEDIUM', text: 'A few colleagues have the same problem.' },
  { level: 'MEDIUM', text: 'Our team of {n} is affected.' },
  { level: 'MEDIUM', text: 'Several users in our department reported this.' },
  { level: 'MEDIUM', text: 'Some of our customers have complained about it.' },
  { level: 'MEDIUM', text: 'It happens to {n} people on my team.' },
  { level: 'MEDIUM', text: 'Multiple accounts in our business plan are affected.' },
  { level: 'LOW', text: 'It only seems to affect my account.' },
  { level: 'LOW', text: 'As far as I can tell it is only me.' },
  { level: 'LOW', text: 'Only my laptop has this problem, my colleagues are fine.' },
];

export const NEGATIVE_TONE = [
  'This is really frustrating.', 'Honestly, this is unacceptable.', "I'm extremely disappointed with how this has been handled.",
  'This is the third time I am contacting you about this and nobody has helped!', 'Your service has been terrible lately.',
  'I am fed up with this.', 'Very annoyed right now.', 'Nobody replied to my last two emails, which is ridiculous.',
  "I'm losing patience with your company.", 'Worst experience I have had with any provider.', 'This is a complete waste of my time.',
  'I am really angry about this.', 'Frankly this is a disgrace.', 'I am so frustrated!!', 'Absolutely useless so far.',
  'I pay good money for this and it is shocking.', 'Seriously disappointed.', 'This is driving me crazy.',
];

export const POSITIVE_TONE = [
  'Love your product otherwise!', 'You guys are awesome, thanks!', 'Great app by the way.', 'Really happy with the service so far.',
  'Your team has always been brilliant, thank you.', 'Keep up the great work!', 'Thanks so much, you are amazing.', 'Huge fan of the app.',
  'The new version looks fantastic.', 'Absolutely love using it every day.', 'Your support has been excellent in the past.', 'Delighted with it overall.',
];

// The long helpdesk email (style "helpdesk"): who writes, on what setup, a reference, and a full
// signature. These say nothing about the category, so the model learns to look past them.

/** Who is writing and what they use; true of any kind of request. A line that speaks for a team sets impact MEDIUM, as the impact rules read it. */
export const CONTEXT_LINES: readonly LabelledFragment[] = [
  { level: 'LOW', text: 'I am the {role} at {company}, a {industry} with {teamsize} employees.' },
  { level: 'LOW', text: 'I am writing on behalf of the {dept} at {company}.' },
  { level: 'MEDIUM', text: 'We have been using {saas} on the {plan} plan since {year}.' },
  { level: 'MEDIUM', text: 'Our organisation uses {saas} and {software} for most of its daily work.' },
  { level: 'LOW', text: 'I manage IT for a small {industry} and look after our {saas} subscription.' },
  { level: 'MEDIUM', text: 'We are a {industry} based in {city} and have been your customer since {year}.' },
  { level: 'LOW', text: 'I am contacting you as the administrator of our {saas} workspace.' },
  { level: 'MEDIUM', text: 'Our {dept} relies on your services every day.' },
  { level: 'LOW', text: 'I work in the {dept} of {company}.' },
  { level: 'MEDIUM', text: 'We signed up for your {plan} plan in {year} and currently have {teamsize} users.' },
  { level: 'LOW', text: 'My name is {name}, {role} at {company}.' },
  { level: 'MEDIUM', text: 'We are a {industry} with offices in {city} and {country}.' },
];

/** A reference the agent can look up; any category. */
export const REFERENCE_LINES = [
  'For reference, this concerns {accnum}.',
  'Our {accnum}, in case you need to look it up.',
  'The account in question is registered under {email}.',
  'Please quote {accnum} in your reply.',
  'I have opened this request under {accnum}.',
  'You can find our details under {accnum}.',
  'A previous case about this was {ticketref}.',
];

/** Problems: where it happens, to help reproduce. */
export const ENVIRONMENT_LINES = [
  'We are running {software} {version} on {os}.',
  'The affected machines run {os}.',
  'Our environment: {os}, {browser}, {software} {version}.',
  'This happens on several machines, all on {os}.',
  'We use {saas} together with {integration}.',
  'The setup was installed by our previous IT provider.',
  'Our infrastructure is hosted on {cloud}.',
];

/** Closing lines of a long email, after the ask. */
export const HELPDESK_CLOSINGS = [
  'Please let me know if you need any further information from our side.',
  'I am happy to provide screenshots, logs or any other details you may need.',
  'I can be reached by phone at {phonenum} if a call is easier.',
  'Thank you in advance for your help with this matter.',
  'I appreciate your assistance and look forward to your reply.',
  'Thank you for your time and support.',
  'Feel free to contact me directly if anything is unclear.',
  'We appreciate your help in resolving this.',
  'Many thanks for looking into this.',
  '',
];

export const HELPDESK_SIGNOFFS = [
  'Best regards,\n{name}\n{role}\n{company}',
  'Kind regards,\n{name}\n{role} | {company}\nPhone: {phonenum}',
  'Sincerely,\n{name}\n{company}',
  'Best regards,\n{name}',
  'Regards,\n{name}\n{company}\n{accnum}',
  'Thank you,\n{name}',
  'Kind regards,\n<name>\n<company>',
  'Best,\n{name} ({role})',
  'With kind regards,\n{name}\n{company}, {city}',
  '<name>',
];

/** How a problem hurts the business, in the words of a formal email; they set urgency like the fragments above. */
export const BUSINESS_IMPACT_FRAGMENTS: readonly LabelledFragment[] = [
  { level: 'MEDIUM', text: 'This is affecting our daily operations.' },
  { level: 'MEDIUM', text: 'It is starting to impact our productivity.' },
  { level: 'MEDIUM', text: 'The problem is disrupting our workflow and delaying client deliverables.' },
  { level: 'MEDIUM', text: 'Our {dept} has had to fall back on manual work, which is affecting our work considerably.' },
  { level: 'MEDIUM', text: 'We would appreciate it if this could be prioritised.' },
  { level: 'HIGH', text: 'This has a significant impact on our business.' },
  { level: 'HIGH', text: 'Our operations are at a standstill until this is resolved.' },
  { level: 'HIGH', text: 'We are losing revenue every day this continues.' },
  { level: 'HIGH', text: 'Given the severe impact on our clients, we ask you to treat this as high priority.' },
];
