import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { Viewer } from '../src/services/identity/viewer';
import { query } from '../src/db/sql';
import { Role } from '../src/entities/enums';
import { newId } from '../src/ids';
import { STARTER_FAQS } from '../src/services/seed/starter-data';
import { inProcessApi, timed } from './lib/in-process-api';
import { scratchDatabase } from './lib/scratch-database';
import { printWhenMain } from './lib/standalone';

// sendMessage with the embedded assistant over 5,000 FAQ entries; customerLogSummary and
// trendingIssues over 200,000 customer logs, all created within the last 24 hours (the worst case
// for both: every log is in the window). In-process through the real schema and Apollo server.

const DATABASE = 'ticketgraph_bench_assistant';
const FAQS = 5_000;
const LOGS = 200_000;
const MESSAGES = 400;
const REPORT_RUNS = 60;

const SEND = parse(`mutation($conversationId: ID, $message: String!) {
  sendMessage(conversationId: $conversationId, message: $message) { conversation { id } response tokensUsed responseTimeMs sources { id } }
}`) as TypedDocumentNode<{ sendMessage: { conversation: { id: string } } }, { conversationId?: string; message: string }>;
const SUMMARY = parse(`query { customerLogSummary(hours: 24) { totalLogs statusBreakdown { key count } categoryBreakdown { key count } priorityBreakdown { key count } } }`);
const TRENDING = parse(`query { trendingIssues(hours: 24, limit: 10) { issue stem count } }`);

/** A deterministic pseudo-random sequence, so every run benchmarks the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const TOPICS = [
  'invoice', 'refund', 'password', 'dashboard', 'report', 'export', 'import', 'webhook', 'integration', 'token', 'workspace',
  'project', 'calendar', 'notification', 'attachment', 'signature', 'template', 'subscription', 'license', 'backup', 'domain',
  'mailbox', 'printer', 'scanner', 'payroll', 'timesheet', 'inventory', 'warehouse', 'shipment', 'coupon', 'voucher', 'checkout',
  'cart', 'wishlist', 'review', 'rating', 'survey', 'form', 'widget', 'plugin', 'theme', 'language', 'currency', 'tax', 'receipt',
  'statement', 'budget', 'forecast', 'pipeline', 'contact', 'lead', 'campaign', 'newsletter', 'audience', 'segment', 'label',
  'folder', 'archive', 'comment', 'mention', 'reminder', 'schedule', 'meeting', 'recording', 'transcript', 'channel', 'bot',
];
const ACTIONS = ['create', 'delete', 'rename', 'share', 'move', 'copy', 'restore', 'merge', 'split', 'sync', 'schedule', 'approve', 'reject', 'lock', 'unlock'];
const PLACES = ['mobile app', 'web app', 'admin console', 'API', 'desktop client', 'browser extension', 'team settings', 'billing page'];

function generatedFaqs(count: number): { question: string; answer: string; category: string }[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const faqs = STARTER_FAQS.map((f) => ({ ...f }));
  const seen = new Set(faqs.map((f) => f.question.toLowerCase()));
  while (faqs.length < count) {
    const topic = pick(TOPICS);
    const other = pick(TOPICS);
    const action = pick(ACTIONS);
    const question = `How do I ${action} a ${topic} ${other} in the ${pick(PLACES)}?`;
    if (seen.has(question.toLowerCase())) continue;
    seen.add(question.toLowerCase());
    const answer = `Open the ${topic} section, select the ${other} you want and choose "${action}". `
      + `Changes to a ${topic} apply to every ${pick(TOPICS)} linked to it. If the ${other} is shared, `
      + `the owner must ${pick(ACTIONS)} it first. You can undo this for 30 days from the ${pick(TOPICS)} history.`;
    faqs.push({ question, answer, category: topic });
  }
  return faqs;
}

const ISSUES = [
  'payment failed at checkout', 'password reset link expired', 'app crashes on startup', 'invoice shows wrong amount',
  'cannot export report', 'sync with calendar broken', 'notifications arrive late', 'refund not received', 'two factor code rejected',
  'dashboard loads slowly', 'attachment upload fails', 'webhook deliveries failing', 'account locked after update',
  'search returns nothing', 'printer driver missing', 'coupon code not accepted', 'shipment tracking stuck', 'tax calculation wrong',
];
const FILLER = ['customer', 'today', 'urgent', 'since', 'morning', 'team', 'several', 'users', 'reported', 'browser', 'mobile', 'again', 'still'];
const CATEGORIES = ['billing', 'account', 'technical', 'shipping', null];
const STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
const PRIORITIES = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];
const TYPES = ['SUPPORT', 'INQUIRY', 'COMPLAINT', 'FEEDBACK'];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 100) / 100;
}


export async function run(): Promise<Record<string, number | string>> {
  const { url } = await scratchDatabase(DATABASE);

  const api = await inProcessApi(url);
  const { orm, execute } = api;
  try {
    const em = orm.em.fork();
    const viewers: Record<string, Extract<Viewer, { kind: 'user' }>> = {};
    for (const role of [Role.ADMIN, Role.AGENT, Role.CUSTOMER]) {
      const id = newId();
      const name = `bench-${role.toLowerCase()}`;
      await query(em, `insert into users (id, username, email, password_hash, role) values (?, ?, ?, 'x', ?)`, [id, name, `${name}@example.com`, role]);
      viewers[role] = { kind: 'user', actor: name, userId: id, role, username: name, email: `${name}@example.com`, sessionId: newId(), ip: '127.0.0.1' };
    }

    let started = performance.now();
    const faqs = generatedFaqs(FAQS);
    await query(
      em,
      `insert into faqs (id, question, answer, category)
       select id, question, answer, category from jsonb_to_recordset(?::jsonb) as f (id uuid, question text, answer text, category text)`,
      [JSON.stringify(faqs.map((f) => ({ id: newId(), ...f })))],
    );
    const faqSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    const next = random(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const now = Date.now();
    const userIds = Object.values(viewers).map((v) => v.userId);
    for (let offset = 0; offset < LOGS; offset += 20_000) {
      const rows = Array.from({ length: Math.min(20_000, LOGS - offset) }, () => {
        // A skewed choice of issue, so some trend far more than others.
        const issue = ISSUES[Math.floor(next() ** 2 * ISSUES.length)]!;
        return {
          id: newId(), user_id: pick(userIds), title: issue, description: `${pick(FILLER)} ${issue} ${pick(FILLER)} ${pick(FILLER)}`,
          log_type: pick(TYPES), status: pick(STATUSES), priority: pick(PRIORITIES), category: pick(CATEGORIES),
          created_at: new Date(now - next() * 23.5 * 3_600_000).toISOString(),
        };
      });
      await query(
        em,
        `insert into customer_logs (id, user_id, title, description, log_type, status, priority, category, created_at)
         select * from jsonb_to_recordset(?::jsonb) as l (id uuid, user_id uuid, title text, description text, log_type text,
           status text, priority text, category text, created_at timestamptz)`,
        [JSON.stringify(rows)],
      );
    }
    const logSeconds = (performance.now() - started) / 1000;
    await query(em, 'vacuum analyze faqs');
    await query(em, 'vacuum analyze customer_logs');
    await query(em, 'vacuum analyze customer_log_terms');


    // Questions: starter questions reworded, generated ones, follow-ups and questions nothing answers.
    const asks = [
      ...STARTER_FAQS.map((f) => f.question.replace(/^How do I /, 'How can I ')),
      ...faqs.slice(100, 140).map((f) => f.question.replace(' in the ', ' from the ')),
      'and how long does that take?', 'what if it fails again?', 'What is the weather on Mars?', 'Do you sell garden furniture?',
    ];
    const customer = viewers[Role.CUSTOMER]!;
    let conversationId: string | undefined;
    let turn = 0;
    const ask = async () => {
      const message = asks[turn++ % asks.length]!;
      const data = await execute(SEND, { conversationId, message }, customer);
      // A conversation of ten turns, then a new one.
      conversationId = turn % 10 === 0 ? undefined : data.sendMessage.conversation.id;
    };
    await timed(ask, 40);
    // The API process's own CPU time per message: unlike latency, it hardly moves when other work shares the machine.
    const cpuBefore = process.cpuUsage();
    const sendSamples = await timed(ask, MESSAGES);
    const cpu = process.cpuUsage(cpuBefore);

    const agent = viewers[Role.AGENT]!;
    const adminViewer = viewers[Role.ADMIN]!;
    const summary = (await execute(SUMMARY, {}, agent)).customerLogSummary;
    const trending = (await execute(TRENDING, {}, adminViewer)).trendingIssues;
    await timed(() => execute(SUMMARY, {}, agent), 5);
    const summarySamples = await timed(() => execute(SUMMARY, {}, agent), REPORT_RUNS);
    await timed(() => execute(TRENDING, {}, adminViewer), 5);
    const trendingSamples = await timed(() => execute(TRENDING, {}, adminViewer), REPORT_RUNS);

    return {
      faqs: FAQS,
      logs: LOGS,
      'logs in the 24 h window': summary.totalLogs,
      'seed faqs (s)': Math.round(faqSeconds * 10) / 10,
      'seed logs with trend counting (s)': Math.round(logSeconds * 10) / 10,
      'sendMessage runs': MESSAGES,
      'sendMessage p50 (ms)': percentile(sendSamples, 50),
      'sendMessage p99 (ms)': percentile(sendSamples, 99),
      'sendMessage CPU of the API process (ms per message)': Math.round(((cpu.user + cpu.system) / 1000 / MESSAGES) * 100) / 100,
      'customerLogSummary(hours: 24) p50 (ms)': percentile(summarySamples, 50),
      'customerLogSummary(hours: 24) p99 (ms)': percentile(summarySamples, 99),
      'trendingIssues(hours: 24) p50 (ms)': percentile(trendingSamples, 50),
      'trendingIssues(hours: 24) p99 (ms)': percentile(trendingSamples, 99),
      'top trending issue': `${trending[0].issue} (${trending[0].count})`,
    };
  } finally {
    await api.stop();
  }
}

printWhenMain(module, run);
