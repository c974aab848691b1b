import { DeviceType, TicketSource } from '../../entities/enums';
import type { FaqFields } from '../assistant/faq.service';
import type { NewTicketInput } from '../tickets/ticket-validation';

/** The help centre a new installation starts with (`npm run seed`), so the assistant can answer from day one. */
export const STARTER_FAQS: readonly FaqFields[] = [
  {
    category: 'account',
    question: 'How do I reset my password?',
    answer: 'Choose "Forgot password?" on the sign-in page and enter the email address of your account. We email you a reset link that works for 60 minutes: follow it and choose a new password of at least 8 characters. Signing in with the new password signs you out everywhere else.',
  },
  {
    category: 'account',
    question: 'I did not get the password reset email. What should I do?',
    answer: 'Check your spam or junk folder first, and make sure you typed the email address of your account. Reset emails can take up to 10 minutes to arrive. If you still do not get one, ask for a new link: each new link cancels the previous one. Company mail filters sometimes hold our emails, so your IT team may need to allow no-reply@ticketgraph.example.',
  },
  {
    category: 'account',
    question: 'My account is locked. How do I unlock it?',
    answer: 'After 5 failed sign-in attempts an account is locked for 15 minutes to protect it. Wait 15 minutes and try again, or reset your password, which unlocks the account at once. If an administrator deactivated your account, only an administrator of your organisation can reactivate it.',
  },
  {
    category: 'account',
    question: 'How do I enable two-factor authentication?',
    answer: 'Open Settings > Security and choose "Enable two-factor authentication". Scan the QR code with an authenticator app such as Google Authenticator, 1Password or Authy, then enter the 6-digit code it shows. Keep the recovery codes in a safe place: each one signs you in once if you lose your phone.',
  },
  {
    category: 'account',
    question: 'I lost my phone and cannot get my two-factor code. How do I sign in?',
    answer: 'Use one of the recovery codes you saved when you enabled two-factor authentication: enter it instead of the 6-digit code. Without recovery codes, an administrator of your organisation can reset two-factor authentication for you, or our support team can after verifying your identity.',
  },
  {
    category: 'account',
    question: 'How do I change my email address?',
    answer: 'Open Settings > Profile, enter the new email address and choose Save. We send a confirmation link to the new address; the change takes effect once you follow it. Until then you keep signing in with the old address.',
  },
  {
    category: 'account',
    question: 'How do I delete my account?',
    answer: 'Open Settings > Profile and choose "Delete account". Deletion is permanent after 30 days; until then you can sign in to cancel it. Export your data first if you want to keep it. Organisation owners must transfer ownership or delete the organisation before deleting their own account.',
  },
  {
    category: 'billing',
    question: 'How do I request a refund?',
    answer: 'To get a refund, open Billing > Invoices, choose the invoice and select "Request refund". Refunds are available within 30 days of a payment for monthly and annual plans. Tell us briefly why; our billing team approves most requests within one business day.',
  },
  {
    category: 'billing',
    question: 'How long does a refund take?',
    answer: 'Once approved, a refund is sent back to the original payment method at once, and it usually takes 5 to 10 business days to appear on your statement, depending on your bank. Refunds to PayPal arrive within 2 business days.',
  },
  {
    category: 'billing',
    question: 'Why was I charged twice?',
    answer: 'Two charges usually mean a pending authorisation from a failed payment attempt next to the real charge: the pending one disappears within 3 to 5 business days. If both charges are still there after a week, send us both transaction ids and we refund the duplicate.',
  },
  {
    category: 'billing',
    question: 'How do I update my payment method or credit card?',
    answer: 'Open Billing > Payment methods, choose "Add payment method" and enter the new card or PayPal account, then make it the default. The next invoice is charged to the default method. We accept Visa, Mastercard, American Express and PayPal.',
  },
  {
    category: 'billing',
    question: 'Where can I download my invoices?',
    answer: 'Every invoice is in Billing > Invoices as a PDF. Choose an invoice to download it, or "Download all" for a ZIP of a whole year. Invoices show your company name, address and VAT number as entered in Billing > Details.',
  },
  {
    category: 'billing',
    question: 'How do I cancel my subscription?',
    answer: 'Open Billing > Plan and choose "Cancel subscription". You keep access until the end of the period you paid for, and no further payment is taken. Your data stays for 90 days in case you come back.',
  },
  {
    category: 'billing',
    question: 'Can I switch between monthly and annual billing?',
    answer: 'Yes. Open Billing > Plan and choose "Switch to annual" or "Switch to monthly". Annual billing costs 20% less. A switch to annual takes effect at once with a prorated charge; a switch to monthly takes effect at the end of the annual period.',
  },
  {
    category: 'technical',
    question: 'The app is slow or does not load. What can I do?',
    answer: 'First check the status page for ongoing incidents. Then reload without cache (Ctrl+Shift+R), try a private window to rule out browser extensions, and check that your network allows WebSocket connections. If it is still slow, send us the time it happened and your browser version.',
  },
  {
    category: 'technical',
    question: 'Which browsers do you support?',
    answer: 'The latest two versions of Chrome, Firefox, Safari and Edge. Internet Explorer is not supported. JavaScript and cookies must be enabled.',
  },
  {
    category: 'technical',
    question: 'Is there a mobile app?',
    answer: 'Yes: the app for iOS (15 or later) and Android (10 or later) is free in the App Store and Google Play. Sign in with the same account; notifications can be set per device in the app\'s settings.',
  },
  {
    category: 'technical',
    question: 'How do I export my data?',
    answer: 'Open Settings > Data and choose "Export". You can export tickets, comments and customers as CSV or JSON. Large exports are prepared in the background and we email you a download link that works for 7 days.',
  },
  {
    category: 'technical',
    question: 'How do I import tickets from a CSV file?',
    answer: 'Open Tickets > Import and upload a CSV file with a header row: customer id, email and name, subject and description are required; tags may be separated by semicolons. Valid rows are imported and each invalid row is reported with its row number and the problems found.',
  },
  {
    category: 'integrations',
    question: 'How do I create an API token?',
    answer: 'Administrators open Settings > Integrations and choose "Create token". The token (it starts with stk_) is shown once: store it safely. Send it as "Authorization: Bearer <token>". Each token has an hourly request limit, 1000 by default, and can be disabled or revoked at any time.',
  },
  {
    category: 'integrations',
    question: 'What are the API rate limits?',
    answer: 'Signed-in users may make 60 requests per minute, integration tokens 1000 per hour by default. Every response carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers; a request over the limit gets HTTP 429 with a Retry-After header.',
  },
  {
    category: 'integrations',
    question: 'How do I connect Slack?',
    answer: 'Open Settings > Integrations > Slack and choose "Connect". Pick the channel that should receive new tickets; urgent tickets can go to a second channel. You can disconnect Slack at any time from the same page.',
  },
  {
    category: 'integrations',
    question: 'How do webhooks work?',
    answer: 'A webhook sends an HTTPS POST with JSON to your URL when tickets change. Each request is signed in the X-Webhook-Signature header with HMAC-SHA256, so you can check it came from us. Failed deliveries are retried with exponential backoff and can be redelivered from the delivery log.',
  },
  {
    category: 'team',
    question: 'How do I invite team members?',
    answer: 'Administrators open Settings > Team and choose "Invite". Enter one or more email addresses and pick a role: admin, agent or customer. Invitations expire after 7 days and can be sent again.',
  },
  {
    category: 'team',
    question: 'How do I set up single sign-on (SSO)?',
    answer: 'Single sign-on with SAML 2.0 or OpenID Connect is available on the Business plan. Administrators open Settings > Security > Single sign-on, enter the details of their identity provider (Okta, Azure AD, Google Workspace) and test the connection before enforcing it.',
  },
  {
    category: 'security',
    question: 'How do you keep my data secure?',
    answer: 'Data is encrypted in transit with TLS 1.2+ and at rest with AES-256. Passwords are hashed with Argon2id, and access is logged. We run daily backups kept for 30 days, and our infrastructure is audited yearly against ISO 27001.',
  },
  {
    category: 'support',
    question: 'How quickly will support answer my ticket?',
    answer: 'It depends on the ticket\'s priority: urgent tickets within 1 hour, high within 4 hours, medium within 24 hours and low within 72 hours. The clock pauses while we wait for your reply.',
  },
  {
    category: 'support',
    question: 'What are your support hours?',
    answer: 'Our agents work Monday to Friday, 8:00 to 20:00 CET. Urgent tickets about outages are handled around the clock. This assistant answers at any time and can open a ticket for you.',
  },
  {
    category: 'support',
    question: 'How do I report a bug?',
    answer: 'Open a ticket with the steps that lead to the problem, what you expected and what happened instead, and a screenshot if you can. Mention your browser or app version. Bug reports with clear steps get fixed fastest.',
  },
  {
    category: 'support',
    question: 'How do I suggest a new feature?',
    answer: 'We love ideas. Open a ticket describing what you would like to do and why; the product team reviews feature requests every month and tells you when yours is planned.',
  },
  {
    category: 'account',
    question: 'How do I change the language or time zone?',
    answer: 'Open Settings > Profile and choose your language and time zone. Dates and times across the app and in emails follow your time zone; the language applies at once.',
  },
];

/** A few tickets so a fresh installation has something to look at. Tagged `demo`. */
export const DEMO_TICKETS: readonly NewTicketInput[] = [
  {
    customer: { id: 'demo-1', email: 'ada@example.com', name: 'Ada Lovelace' },
    subject: 'Cannot sign in after resetting my password',
    description: 'I reset my password this morning and the new one is refused on the sign-in page. The account may be locked now.',
    tags: ['demo', 'login'],
    metadata: { source: TicketSource.WEB_FORM, browser: 'Firefox 140', deviceType: DeviceType.DESKTOP },
  },
  {
    customer: { id: 'demo-2', email: 'alan@example.com', name: 'Alan Turing' },
    subject: 'Charged twice for the annual plan',
    description: 'My credit card statement shows two charges for the annual plan on the same day. Please refund the duplicate.',
    tags: ['demo', 'billing'],
    metadata: { source: TicketSource.EMAIL },
  },
  {
    customer: { id: 'demo-3', email: 'grace@example.com', name: 'Grace Hopper' },
    subject: 'Export to CSV never finishes',
    description: 'The export of all tickets as CSV has been "preparing" for two hours and no download link arrived by email.',
    tags: ['demo', 'export'],
    metadata: { source: TicketSource.CHAT, deviceType: DeviceType.DESKTOP },
  },
  {
    customer: { id: 'demo-4', email: 'linus@example.com', name: 'Linus Torvalds' },
    subject: 'Please add a dark mode',
    description: 'We work late shifts and the bright interface is tiring. A dark mode for the web app would be great.',
    tags: ['demo', 'idea'],
    metadata: { source: TicketSource.WEB_FORM, browser: 'Chrome 141', deviceType: DeviceType.DESKTOP },
  },
  {
    customer: { id: 'demo-5', email: 'margaret@example.com', name: 'Margaret Hamilton' },
    subject: 'Mobile app crashes when opening attachments',
    description: 'On Android 14 the app closes as soon as I open a PDF attached to a ticket. It started after the last update.',
    tags: ['demo', 'mobile'],
    metadata: { source: TicketSource.PHONE, deviceType: DeviceType.MOBILE },
  },
];
