import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { ClassifierHost } from '../src/services/classifier/classifier-host';
import type { ModelFile } from '../src/services/classifier/model-file';
import {
  ClassifierInfoDocument, ClassifyTicketDocument, CreateTicketDocument, RetrainClassifierDocument, SetTicketStatusDocument,
  TicketClassificationDocument, TicketHistoryDocument, UpdateTicketDocument,
} from './gql/graphql';
import { captureLogger } from './helpers/capture-logger';
import { FIXTURE_CORPUS_ROWS } from './helpers/classifier-corpus';
import { ticketInput } from './helpers/factories';
import { completionReply, errorReply, FakeOpenAiServer } from './helpers/fake-openai-server';
import { useTestApi } from './helpers/harness';

const HOUR = 3_600_000;

describe('with the embedded classifier', () => {
  const api = useTestApi();

  const outage = {
    subject: 'Production is down for all our users',
    description: 'Since 9am nobody in our company can log in and every request fails with a 500 error. We lose money every minute, please fix this immediately.',
  };

  test('createTicket without category and priority lets the classifier fill them, with its reasoning and SLA', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ ...outage, category: undefined, priority: undefined }) });
    const { ticket } = await api.run(TicketClassificationDocument, { id: createTicket.id });
    const classification = ticket!.classification!;
    expect(classification.model).toMatch(/^embedded-linear@2\.[0-9a-f]{12}$/);
    expect(classification).toMatchObject({ urgency: 'HIGH', impact: 'HIGH', priority: 'URGENT', tokensUsed: 0 });
    expect(ticket!.priority).toBe('URGENT');
    expect(ticket!.category).toBe(classification.category);
    expect(classification.confidence).toBeGreaterThan(0);
    expect(classification.confidence).toBeLessThanOrEqual(1);
    expect(classification.keywords.length).toBeGreaterThan(0);
    expect(classification.reasoning).toMatch(/urgency HIGH/);
    expect(ticket!.slaDueAt).toBe(new Date(Date.parse(ticket!.createdAt) + 1 * HOUR).toISOString());
    expect(ticket!.manualOverride).toBe(false);
  });

  test('a ticket created with category and priority keeps them and has no classification yet', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ category: 'OTHER', priority: 'LOW' }) });
    const { ticket } = await api.run(TicketClassificationDocument, { id: createTicket.id });
    expect(ticket).toMatchObject({ category: 'OTHER', priority: 'LOW', classification: null });
    expect(ticket!.slaDueAt).toBe(new Date(Date.parse(ticket!.createdAt) + 72 * HOUR).toISOString());
  });

  test('classifyTicket applies the result, records CLASSIFIED and moves the SLA with the priority', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ ...outage, category: 'OTHER', priority: 'LOW' }) });
    const { classifyTicket } = await api.run(ClassifyTicketDocument, { id: createTicket.id });
    expect(classifyTicket.ticket.priority).toBe('URGENT');
    expect(classifyTicket.ticket.category).toBe(classifyTicket.classification.category);
    expect(classifyTicket.ticket.slaDueAt).toBe(new Date(Date.parse(createTicket.createdAt) + 1 * HOUR).toISOString());
    const { ticket } = await api.run(TicketHistoryDocument, { id: createTicket.id });
    const classified = ticket!.history.edges.find((e) => e.node.type === 'CLASSIFIED')!.node;
    expect(classified.changes.map((c) => c.field)).toEqual(
      classifyTicket.classification.category === 'OTHER'
        ? ['classification', 'priority', 'slaDueAt']
        : ['classification', 'category', 'priority', 'slaDueAt'],
    );
    expect(classified.changes[0]!.newValue).toEqual({
      model: classifyTicket.classification.model,
      confidence: classifyTicket.classification.confidence,
      urgency: 'HIGH',
      impact: 'HIGH',
      sentiment: classifyTicket.classification.sentiment,
    });
  });

  test('a later classification never overwrites a manual override', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ ...outage, category: undefined, priority: undefined }) });
    await api.run(UpdateTicketDocument, { id: createTicket.id, input: { priority: 'LOW', category: 'FEATURE_REQUEST' } });
    const { classifyTicket } = await api.run(ClassifyTicketDocument, { id: createTicket.id });
    expect(classifyTicket.ticket).toMatchObject({ priority: 'LOW', category: 'FEATURE_REQUEST', manualOverride: true });
    expect(classifyTicket.classification.priority).toBe('URGENT');
  });

  test('corrections are kept as training examples and retraining switches the model without a restart', async () => {
    const admin = await api.user(Role.ADMIN);
    const before = (await api.run(ClassifierInfoDocument, {}, admin)).classifierInfo;
    expect(before).toMatchObject({ source: 'SHIPPED', corrections: 0, correctionsAvailable: 0, llmModel: null });
    expect(before.evaluation!.accuracy).toBeGreaterThan(0.7);
    expect(before.evaluation!.perCategory.map((c) => c.category).sort()).toEqual(
      ['ACCOUNT_ACCESS', 'BILLING_QUESTION', 'BUG_REPORT', 'FEATURE_REQUEST', 'OTHER', 'TECHNICAL_ISSUE'],
    );

    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ category: undefined, priority: undefined }) });
    await api.run(UpdateTicketDocument, { id: createTicket.id, input: { category: 'BILLING_QUESTION' } });
    expect((await api.run(ClassifierInfoDocument, {}, admin)).classifierInfo.correctionsAvailable).toBe(1);
    const [row] = (await api.orm.em.getKnex().raw('select category, priority, corrected_by from classification_corrections')).rows;
    expect(row).toEqual({ category: 'BILLING_QUESTION', priority: createTicket.priority, corrected_by: 'agent' });

    const customer = await api.user(Role.CUSTOMER);
    const refused = await api.execute(RetrainClassifierDocument, {}, customer);
    expect(refused.errors![0]).toMatchObject({ message: 'Only admin users may retrain the classifier', extensions: { code: 'FORBIDDEN' } });

    // Retraining reads the corpus of CLASSIFIER_CORPUS_DIR (testConfig: the fixture corpus) and adds the one correction.
    const { retrainClassifier } = await api.run(RetrainClassifierDocument, {}, admin);
    expect(retrainClassifier).toMatchObject({ source: 'RETRAINED', corrections: 1, correctionsAvailable: 1, trainingSize: FIXTURE_CORPUS_ROWS + 1 });
    expect(retrainClassifier.version).not.toBe(before.version);
    const { classifyTicket } = await api.run(ClassifyTicketDocument, { id: createTicket.id });
    expect(classifyTicket.classification.model).toBe(retrainClassifier.model);
  }, 120_000);

  test('an active retrained model that no longer fits the shipped word vectors gives way to the model file, and says so', async () => {
    const shipped = JSON.parse(readFileSync(api.config.classifier.modelPath, 'utf8')) as ModelFile;
    const stale = { ...shipped, version: '2.000000000000', features: { ...shipped.features, wordVectors: { ...shipped.features.wordVectors!, digest: '0123456789abcdef' } } };
    await api.orm.em.getKnex().raw(
      `insert into classifier_models (version, model, trained_at, training_size, corrections, active) values (?, ?, now(), 1, 1, true)`,
      [stale.version, JSON.stringify(stale)],
    );
    const { logger, lines } = captureLogger('warn');
    const host = new ClassifierHost(api.config, api.orm, api.deps.pubsub, logger);
    await host.start();
    try {
      expect(host.state).toMatchObject({ source: 'file', corrections: 0, embedded: { version: shipped.version } });
      expect(lines).toMatchObject([
        {
          level: 50,
          version: '2.000000000000',
          msg: 'the active retrained classifier model cannot be used; serving the shipped model until the next retraining',
          err: { message: `the model was trained with word-vector table 0123456789abcdef, but the table at hand is ${shipped.features.wordVectors!.digest}` },
        },
      ]);
    } finally {
      await host.close();
    }
  });
});

describe('SLA', () => {
  const api = useTestApi({ SLA_LOW_HOURS: '10', SLA_HIGH_HOURS: '2' });

  test('time waiting for the customer does not count, a priority change moves the due date, and breaches show', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ priority: 'LOW', category: 'OTHER' }) });
    const created = Date.parse(createTicket.createdAt);
    const due = async () => (await api.run(TicketClassificationDocument, { id: createTicket.id })).ticket!;
    expect((await due()).slaDueAt).toBe(new Date(created + 10 * HOUR).toISOString());

    await api.run(UpdateTicketDocument, { id: createTicket.id, input: { priority: 'HIGH' } });
    expect((await due()).slaDueAt).toBe(new Date(created + 2 * HOUR).toISOString());

    // Paused for what the database says was one hour.
    await api.run(SetTicketStatusDocument, { id: createTicket.id, status: 'WAITING_CUSTOMER' });
    await api.orm.em.getKnex().raw(`update tickets set sla_paused_at = sla_paused_at - interval '1 hour'`);
    const { setTicketStatus } = await api.run(SetTicketStatusDocument, { id: createTicket.id, status: 'IN_PROGRESS' });
    const resumedDue = Date.parse(setTicketStatus.slaDueAt!);
    expect(resumedDue - (created + 2 * HOUR)).toBeGreaterThanOrEqual(HOUR);
    expect(resumedDue - (created + 2 * HOUR)).toBeLessThan(HOUR + 60_000);
    expect((await due()).slaBreached).toBe(false);

    await api.orm.em.getKnex().raw(`update tickets set sla_due_at = now() - interval '1 minute'`);
    expect((await due()).slaBreached).toBe(true);
    // Resolved before the due date: not breached, whenever one looks.
    await api.orm.em.getKnex().raw(`update tickets set sla_due_at = now() + interval '1 minute'`);
    await api.run(SetTicketStatusDocument, { id: createTicket.id, status: 'RESOLVED' });
    await api.orm.em.getKnex().raw(`update tickets set sla_due_at = resolved_at + interval '1 second'`);
    expect((await due()).slaBreached).toBe(false);
  });
});

describe('with an OpenAI-compatible model (protocol test against a local server)', () => {
  let fake: FakeOpenAiServer;
  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
  });
  afterAll(async () => fake?.close());
  const api = useTestApi(() => ({
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'gpt-test',
    OPENAI_TIMEOUT_MS: '1000',
    OPENAI_MAX_RETRIES: '0',
  }));

  const answer = {
    reasoning: 'A double charge on the invoice.',
    category: 'BILLING_QUESTION',
    urgency: 'MEDIUM',
    impact: 'LOW',
    sentiment: 'NEGATIVE',
    confidence: 0.91,
    keywords: ['charged twice', 'invoice'],
  };

  test('the LLM classifies first and its token usage is recorded', async () => {
    fake.reply(completionReply(answer));
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ category: undefined, priority: undefined }) });
    const { ticket } = await api.run(TicketClassificationDocument, { id: createTicket.id });
    expect(ticket!.classification).toMatchObject({
      category: 'BILLING_QUESTION', priority: 'LOW', urgency: 'MEDIUM', impact: 'LOW', confidence: 0.91, model: 'openai:gpt-test', tokensUsed: 321,
    });
  });

  test('when the model fails, the embedded classifier answers; llmOnly then gets SERVICE_UNAVAILABLE', async () => {
    const { createTicket } = await api.run(CreateTicketDocument, { input: ticketInput({ category: 'OTHER', priority: 'LOW' }) });
    fake.reply(errorReply(500, 'server_error'));
    const { classifyTicket } = await api.run(ClassifyTicketDocument, { id: createTicket.id });
    expect(classifyTicket.classification.model).toMatch(/^embedded-linear@/);

    fake.reply({ body: 'not json at all' });
    const refused = await api.execute(ClassifyTicketDocument, { id: createTicket.id, llmOnly: true });
    expect(refused.errors![0]).toMatchObject({
      message: 'LLM classification (openai:gpt-test) is unavailable right now; try again later',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    const info = (await api.run(ClassifierInfoDocument, {}, await api.user(Role.ADMIN))).classifierInfo;
    expect(info.llmModel).toBe('openai:gpt-test');
  });
});
