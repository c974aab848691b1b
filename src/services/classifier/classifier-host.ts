import type { MikroORM } from '@mikro-orm/postgresql';
import path from 'node:path';
import type { Config } from '../../config';
import type { ClassificationResult } from '../../entities/classification.value';
import { ClassifierModel } from '../../entities/classifier-model.entity';
import type { Logger } from '../../logger';
import type { Channel, PubSub } from '../../pubsub';
import type { ClassifierModelRepository } from '../../repositories/classifier/classifier-model.repository';
import { runInWorkerThread } from '../shared/worker-thread';
import type { Classifier, TicketText } from './classifier';
import { ClassifierThread } from './classifier-thread';
import type { LabeledExample } from './corpus-loader';
import { EmbeddedClassifier, type EmbeddedClassifierInfo } from './embedded-classifier';
import { FallbackClassifier } from './fallback-classifier';
import { LlmClassifier } from './llm-classifier';
import { ModelFileError, type ModelFile } from './model-file';

/** Announces a newly activated model version, so every instance loads it. */
const modelsChannel: Channel<{ version: string }> = {
  topic: 'classifier-models',
  encode: (message) => JSON.stringify(message),
  decode: (text) => JSON.parse(text) as { version: string },
};

export interface ClassifierState {
  embedded: EmbeddedClassifierInfo;
  /** Where the active model came from: the shipped file, or a retraining run. */
  source: 'file' | 'retrained';
  corrections: number;
  llm: string | null;
}

/**
 * Owns the classifiers of one API instance: the embedded model (the shipped file until an admin
 * retrains; then the newest retrained model, kept in the database), the LLM when configured, and
 * the fallback between them. A model activated anywhere is swapped in here without a restart.
 */
export class ClassifierHost {
  private embedded!: EmbeddedClassifier;
  private current!: FallbackClassifier;
  private source: ClassifierState['source'] = 'file';
  private corrections = 0;
  private readonly llm?: LlmClassifier;
  private readonly thread: ClassifierThread;
  private unsubscribe?: () => void;

  constructor(
    private readonly config: Config,
    private readonly orm: MikroORM,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
  ) {
    if (config.openai) this.llm = new LlmClassifier({ ...config.openai, logger });
    this.thread = new ClassifierThread(logger);
  }

  async start(): Promise<void> {
    const active = await this.models().activeVersion();
    let loaded = false;
    if (active) {
      try {
        await this.load(active);
        loaded = true;
      } catch (error) {
        // E.g. retrained before an upgrade changed the word-vector table: serve the shipped model rather than not start.
        if (!(error instanceof ModelFileError)) throw error;
        this.logger.error({ err: error, version: active }, 'the active retrained classifier model cannot be used; serving the shipped model until the next retraining');
      }
    }
    if (!loaded) {
      this.use(EmbeddedClassifier.load(this.config.classifier.modelPath), 'file', 0);
      this.thread.use({ path: this.config.classifier.modelPath });
    }
    this.unsubscribe = this.pubsub.subscribe(modelsChannel, ({ version }) => {
      if (version === this.embedded.info.version) return;
      this.load(version).catch((error: unknown) => this.logger.error({ err: error, version }, 'loading a new classifier model failed'));
    });
  }

  /** The classifier to use now: the LLM when configured, falling back to the embedded model. */
  get classifier(): Classifier {
    return this.current;
  }

  /** The embedded model alone: no network and no cost, for what need not wait for an LLM. */
  get embeddedClassifier(): EmbeddedClassifier {
    return this.embedded;
  }

  /**
   * Many tickets at once, for jobs: with an LLM, each through it (falling back per ticket); with
   * the embedded model alone, on the classifier thread. A ticket that cannot be classified is an
   * Error in its place.
   */
  async classifyMany(tickets: TicketText[]): Promise<(ClassificationResult | Error)[]> {
    const failure = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
    if (this.llm) return Promise.all(tickets.map((ticket) => this.current.classify(ticket).catch(failure)));
    try {
      return await this.thread.classify(tickets);
    } catch (error) {
      this.logger.warn({ err: error }, 'the classifier thread failed; classifying on the main thread');
      return tickets.map((ticket) => {
        try {
          return this.embedded.classifySync(ticket);
        } catch (thrown) {
          return failure(thrown);
        }
      });
    }
  }

  /** Classifies a probe on the classifier thread, as jobs do: readiness of the embedded model. */
  async ping(): Promise<void> {
    await this.thread.classify([{ subject: 'Readiness probe', description: 'I cannot log in to my account.' }]);
  }

  /** Asks the LLM's server (when one is configured) for its models: it answers and takes the key. */
  async pingLlm(signal: AbortSignal): Promise<void> {
    await this.llm?.ping(signal);
  }

  get state(): ClassifierState {
    return { embedded: this.embedded.info, source: this.source, corrections: this.corrections, llm: this.llm?.model ?? null };
  }

  /** Trains on the corpus plus corrections, in a worker thread, and makes the result the active model everywhere. */
  async retrain(corrections: LabeledExample[]): Promise<ClassifierState> {
    const text = await train({ corpusDir: this.config.classifier.corpusDir, corrections, trainedAt: new Date().toISOString() });
    const model = JSON.parse(text) as ModelFile;
    await this.models().activate({
      version: model.version, text, trainedAt: model.trainedAt, trainingSize: model.trainingSize, corrections: corrections.length,
    });
    this.use(EmbeddedClassifier.fromModel(model), 'retrained', corrections.length);
    this.thread.use({ model: text });
    await this.pubsub.publish(modelsChannel, { version: model.version }).catch((error: unknown) => {
      this.logger.error({ err: error }, 'announcing the new classifier model failed; other instances load it on restart');
    });
    return this.state;
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    await this.thread.close();
  }

  private async load(version: string): Promise<void> {
    const row = await this.models().findModel(version);
    if (!row) throw new Error(`classifier model ${version} is not in the database`);
    this.use(EmbeddedClassifier.fromModel(JSON.parse(row.model) as ModelFile), 'retrained', row.corrections);
    this.thread.use({ model: row.model });
  }

  private models(): ClassifierModelRepository {
    return this.orm.em.fork().getRepository(ClassifierModel);
  }

  private use(embedded: EmbeddedClassifier, source: ClassifierState['source'], corrections: number): void {
    this.embedded = embedded;
    this.source = source;
    this.corrections = corrections;
    this.current = new FallbackClassifier({ primary: this.llm, fallback: embedded, logger: this.logger });
    this.logger.info({ model: embedded.model, source }, 'classifier model active');
  }
}

function train(job: { corpusDir: string; corrections: LabeledExample[]; trainedAt: string }): Promise<string> {
  return runInWorkerThread<string>(path.join(__dirname, 'train-worker.ts'), job);
}
