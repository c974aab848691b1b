import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { createHash } from 'node:crypto';
import { query } from '../src/db/sql';
import { Role } from '../src/entities/enums';
import { newId } from '../src/ids';
import type { Viewer } from '../src/services/identity/viewer';
import { STARTER_FAQS } from '../src/services/seed/starter-data';
import { Random } from './lib/random';
import { inProcessApi, timed } from './lib/in-process-api';
import { scratchDatabase } from './lib/scratch-database';
import { percentile, round } from './lib/stats';
import { printWhenMain } from './lib/standalone';

// sendMessage of a customer whose tickets hold files (the assistant reads the newest 10, 12,000
// characters of each: about 490 passages, 300 of them ranked) against the same questions from a
// customer without files, in the same run, over the starter help centre. In-process through the
// real schema and Apollo server.

const DATABASE = 'ticketgraph_bench_assistant_files';
const FILES = 10;
const FILE_CHARS = 12_000;
const MESSAGES = 200;

const SEND = parse(`mutation($message: String!) {
  sendMessage(message: $message) { response citations { excerpt } }
}`) as TypedDocumentNode<{ sendMessage: { citations: { excerpt: string | null }[] } }, { message: string }>;

const CREATE_TICKET = parse(`mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`);

const PRODUCTS = ['router', 'printer', 'scanner', 'dashboard', 'invoice', 'licence', 'backup', 'mailbox', 'webhook', 'calendar'];
/** What a sentence says of a thing, and the question asking after it. */
const FACTS: [string, (thing: string) => string][] = [
  ['was shipped on', (thing) => `When was the ${thing} shipped?`],
  ['expires on', (thing) => `When does the ${thing} expire?`],
  ['is due on', (thing) => `When is the ${thing} due?`],
  ['was renewed on', (thing) => `When was the ${thing} renewed?`],
  ['failed on', (thing) => `When did the ${thing} fail?`],
  ['was replaced on', (thing) => `When was the ${thing} replaced?`],
  ['was refunded on', (thing) => `When was the ${thing} refunded?`],
];

/** A file's text: paragraphs of sentences about numbered things, FILE_CHARS long. */
function fileText(random: Random, file: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < FILE_CHARS) {
    const sentences = Array.from({ length: random.int(2, 6) }, () =>
      `The ${random.pick(PRODUCTS)} ${file}-${random.int(100, 999)} ${random.pick(FACTS)[0]} ${random.int(1, 28)} March 2027 for order ${random.int(10_000, 99_999)}.`,
    );
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, FILE_CHARS);
}


export async function run(): Promise<Record<string, number | string>> {
  const { url, drop } = await scratchDatabase(DATABASE);
  const api = await inProcessApi(url);
  const { orm, execute } = api;
  try {
    const em = orm.em.fork();
    const customer = async (name: string): Promise<Extract<Viewer, { kind: 'user' }>> => {
      const id = newId();
      await query(em, `insert into users (id, username, email, password_hash, role) values (?, ?, ?, 'x', ?)`, [id, name, `${name}@example.com`, Role.CUSTOMER]);
      return { kind: 'user', actor: name, userId: id, role: Role.CUSTOMER, username: name, email: `${name}@example.com`, sessionId: newId(), ip: '127.0.0.1' };
    };

    await query(
      em,
      `insert into faqs (id, question, answer, category)
       select id, question, answer, category from jsonb_to_recordset(?::jsonb) as f (id uuid, question text, answer text, category text)`,
      [JSON.stringify(STARTER_FAQS.map((f) => ({ id: newId(), ...f })))],
    );
    const withFiles = await customer('bench-with-files');
    const withoutFiles = await customer('bench-without-files');
    const random = new Random(13);
    const texts: string[] = [];
    for (let file = 0; file < FILES; file++) {
      const input = {
        customer: { id: withFiles.userId, email: withFiles.email, name: withFiles.username },
        subject: `Order problem ${file}`, description: 'Please see the attached statement for the details.', category: 'OTHER',
      };
      const ticketId = (await execute(CREATE_TICKET, { input }, withFiles)).createTicket.id.replace(/^tkt_/, '');
      const text = fileText(random, file);
      texts.push(text);
      const id = newId();
      await query(
        em,
        `insert into attachments (id, ticket_id, file_name, content_type, size, sha256, kind, status, text, text_source, storage_key)
         values (?, ?, ?, 'text/plain', ?, ?, 'DOCUMENT', 'READY', ?, 'EXTRACTED', ?)`,
        [id, ticketId, `statement-${file}.txt`, Buffer.byteLength(text), createHash('sha256').update(text).digest('hex'), text, id],
      );
    }

    // Half the questions ask after a line of a file (its thing's number is the key to the right passage), half the help centre's questions reworded.
    const fileQuestions = texts.map((text) => {
      const [, thing, fact] = /The (\w+ \d+-\d+) (.+? on) \d+ March 2027/.exec(text)!;
      return { message: FACTS.find(([said]) => said === fact)![1](thing!), key: `${thing} ` };
    });
    const asks = [...fileQuestions, ...STARTER_FAQS.slice(0, FILES).map((f) => ({ message: f.question.replace(/^How do I /, 'How can I '), key: undefined }))];
    let turn = 0;
    let citedRight = 0;
    const ask = (viewer: Viewer, count: boolean) => async () => {
      const { message, key } = asks[turn++ % asks.length]!;
      const data = await execute(SEND, { message }, viewer);
      const excerpts: string[] = data.sendMessage.citations.flatMap((c: { excerpt: string | null }) => (c.excerpt ? [c.excerpt] : []));
      if (count && key && excerpts.some((excerpt) => excerpt.includes(key))) citedRight++;
    };
    await timed(ask(withoutFiles, false), 20);
    await timed(ask(withFiles, false), 20);
    // Alternating, so that both see the same load of the machine.
    const plain: number[] = [];
    const files: number[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      turn = i;
      plain.push(...(await timed(ask(withoutFiles, false), 1)));
      turn = i;
      files.push(...(await timed(ask(withFiles, true), 1)));
    }
    return {
      'files read per question': FILES,
      'characters of each': FILE_CHARS,
      'sendMessage runs (each customer)': MESSAGES,
      'without files p50 (ms)': round(percentile(plain, 50)),
      'without files p99 (ms)': round(percentile(plain, 99)),
      'with files p50 (ms)': round(percentile(files, 50)),
      'with files p99 (ms)': round(percentile(files, 99)),
      'p50 with files / without': round(percentile(files, 50) / percentile(plain, 50)),
      'questions about a file answered citing its passage': `${citedRight}/${MESSAGES / 2}`,
    };
  } finally {
    await api.stop();
    await drop();
  }
}

printWhenMain(module, run);
