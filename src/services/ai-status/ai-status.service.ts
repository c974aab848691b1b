import { Role } from '../../entities/enums';
import { SENTENCE_MODEL_VERSION, SentenceEncoder } from '../assistant/sentence-encoder';
import { ocrRunning } from '../files/image-text';
import { requireRole } from '../identity/policy';
import { createOpenAiClient } from '../shared/openai-client';
import type { ServiceContext } from '../shared/service-context';
import { MODEL_CALLS, type ModelCallFigures } from './model-calls';

export enum AiModelKind {
  EMBEDDED_CLASSIFIER = 'EMBEDDED_CLASSIFIER',
  SENTENCE_VECTORS = 'SENTENCE_VECTORS',
  OCR = 'OCR',
  LLM = 'LLM',
}

export interface AiModelStatus extends ModelCallFigures {
  kind: AiModelKind;
  /** The model's name and version as it reports itself; null for an LLM that is not configured. */
  version: string | null;
  configured: boolean;
  /** In-process models: in memory now. Null for the LLM. */
  loaded: boolean | null;
  /** The LLM: answered the probe just now. Null for in-process models and an LLM not configured. */
  reachable: boolean | null;
  /** Why the probe of the LLM failed, when it did. */
  probeError: string | null;
}

/** The longest the LLM's probe may take: a status page should answer even when the model is down. */
const PROBE_TIMEOUT_MS = 3000;

/** The AI models of this API instance: which are in use, loaded or reachable, and how their calls went (staff). */
export class AiStatusService {
  constructor(private readonly ctx: ServiceContext) {}

  async status(): Promise<AiModelStatus[]> {
    requireRole(this.ctx.viewer, [Role.ADMIN, Role.AGENT], 'see the AI models\' status');
    const inProcess = { configured: true, reachable: null, probeError: null };
    return [
      { kind: AiModelKind.EMBEDDED_CLASSIFIER, version: this.ctx.classifiers.embeddedClassifier.model, loaded: true, ...inProcess, ...MODEL_CALLS.embeddedClassifier.figures },
      { kind: AiModelKind.SENTENCE_VECTORS, version: SENTENCE_MODEL_VERSION, loaded: SentenceEncoder.shippedLoaded, ...inProcess, ...MODEL_CALLS.sentenceVectors.figures },
      { kind: AiModelKind.OCR, version: `tesseract.js@${TESSERACT_VERSION} eng`, loaded: ocrRunning(), ...inProcess, ...MODEL_CALLS.ocr.figures },
      { kind: AiModelKind.LLM, ...(await this.llm()), loaded: null, ...MODEL_CALLS.llm.figures },
    ];
  }

  /** Asks the configured server for its model list: it is reachable when it answers. */
  private async llm(): Promise<Pick<AiModelStatus, 'version' | 'configured' | 'reachable' | 'probeError'>> {
    const openai = this.ctx.config.openai;
    if (!openai) return { version: null, configured: false, reachable: null, probeError: null };
    const version = `openai:${openai.model}`;
    const client = createOpenAiClient({ apiKey: openai.apiKey, baseURL: openai.baseURL, timeoutMs: Math.min(openai.timeoutMs, PROBE_TIMEOUT_MS), maxRetries: 0 });
    try {
      await client.models.list();
      return { version, configured: true, reachable: true, probeError: null };
    } catch (error) {
      return { version, configured: true, reachable: false, probeError: error instanceof Error ? error.message : String(error) };
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const TESSERACT_VERSION = (require('tesseract.js/package.json') as { version: string }).version;
