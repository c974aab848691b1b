import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AiModelKind, type AiModelStatus } from '../../services/ai-status/ai-status.service';
import { RECENT_CALLS } from '../../services/ai-status/model-calls';
import { DateTimeScalar } from './scalars';

registerEnumType(AiModelKind, {
  name: 'AiModelKind',
  description: 'The AI models the API uses.',
  valuesConfig: {
    EMBEDDED_CLASSIFIER: { description: 'The embedded ticket classifier (no network).' },
    SENTENCE_VECTORS: { description: 'The sentence vectors behind the knowledge base search and similar tickets.' },
    OCR: { description: 'Text recognition in attached images (Tesseract, in-process).' },
    LLM: { description: 'The OpenAI-compatible model of OPENAI_API_KEY, for classification, drafting and chat.' },
  },
});

@ObjectType('AiModelStatus', {
  description: `One AI model of the API instance that answers: whether it is loaded or reachable, and how its calls went (figures over this instance's last ${RECENT_CALLS} calls since it started).`,
  simpleResolvers: true,
})
export class AiModelStatusView {
  @Field(() => AiModelKind, { description: 'Which model.' })
  kind!: AiModelKind;

  @Field(() => String, { nullable: true, description: 'Its name and version; null for an LLM that is not configured.' })
  version!: string | null;

  @Field(() => Boolean, { description: 'False only for the LLM without OPENAI_API_KEY.' })
  configured!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'In-process models: in memory now (the sentence vectors load at their first use, OCR starts at the first image and stops when idle). Null for the LLM.' })
  loaded!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The LLM: its server answered a request for its model list just now. Null for in-process models and an LLM not configured.' })
  reachable!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the LLM\'s server did not answer just now, when it did not.' })
  probeError!: string | null;

  @Field(() => Int, { description: 'Calls since the instance started.' })
  calls!: number;

  @Field(() => Int, { description: 'Of those, the ones that failed.' })
  failures!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last call ended.' })
  lastCallAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last failed call failed.' })
  lastError!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last failed call ended.' })
  lastErrorAt!: Date | null;

  @Field(() => Float, { nullable: true, description: `Median duration of the last ${RECENT_CALLS} calls, in milliseconds; null before the first call.` })
  p50Ms!: number | null;

  @Field(() => Float, { nullable: true, description: `95th percentile duration of the last ${RECENT_CALLS} calls, in milliseconds; null before the first call.` })
  p95Ms!: number | null;

  static from(status: AiModelStatus): AiModelStatusView {
    return { ...status };
  }
}
