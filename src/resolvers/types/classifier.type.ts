import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TicketCategory } from '../../entities/enums';
import type { ClassifierState } from '../../services/classifier/classifier-host';
import { DateTimeScalar } from './scalars';
import { ClassificationView, TicketView } from './ticket.type';

export enum ClassifierSource {
  SHIPPED = 'SHIPPED',
  RETRAINED = 'RETRAINED',
}
registerEnumType(ClassifierSource, {
  name: 'ClassifierSource',
  description: 'Where the active embedded model came from.',
  valuesConfig: {
    SHIPPED: { description: 'The model file shipped with the API (`npm run train`).' },
    RETRAINED: { description: 'Retrained inside the API from the corpus and agents\' corrections (`retrainClassifier`).' },
  },
});

@ObjectType('ClassifyTicketPayload', { description: 'A ticket and the classification just made for it.', simpleResolvers: true })
export class ClassifyTicketPayload {
  @Field(() => TicketView, { description: 'The ticket as it is now; category and priority changed unless set by hand.' })
  ticket!: TicketView;

  @Field(() => ClassificationView, { description: 'What the classifier concluded.' })
  classification!: ClassificationView;
}

@ObjectType('CategoryMetrics', { description: 'How well the model does on one category.', simpleResolvers: true })
export class CategoryMetricsView {
  @Field(() => TicketCategory, { description: 'The category.' })
  category!: TicketCategory;

  @Field(() => Float, { description: 'Of the tickets it put in this category, the share that belonged there.' })
  precision!: number;

  @Field(() => Float, { description: 'Of the tickets of this category, the share it found.' })
  recall!: number;

  @Field(() => Float, { description: 'Harmonic mean of precision and recall.' })
  f1!: number;

  @Field(() => Int, { description: 'Tickets of this category in the evaluation.' })
  support!: number;
}

@ObjectType('ReliabilityBin', { description: 'Tickets classified with a confidence in [from, to), and how often they were right.', simpleResolvers: true })
export class ReliabilityBinView {
  @Field(() => Float, { description: 'Lower bound of the confidence.' })
  from!: number;

  @Field(() => Float, { description: 'Upper bound of the confidence.' })
  to!: number;

  @Field(() => Int, { description: 'Tickets in the bin.' })
  count!: number;

  @Field(() => Float, { description: 'Their mean confidence.' })
  meanConfidence!: number;

  @Field(() => Float, { description: 'The share of them classified right; close to the mean confidence when calibrated.' })
  accuracy!: number;
}

@ObjectType('ClassifierEvaluation', { description: 'How the training run measured itself on examples it did not train on.', simpleResolvers: true })
export class ClassifierEvaluationView {
  @Field(() => String, { description: 'How the examples were held out.' })
  method!: string;

  @Field(() => Float, { description: 'Share of categories right.' })
  accuracy!: number;

  @Field(() => Float, { description: 'Mean F1 over the categories.' })
  macroF1!: number;

  @Field(() => Float, { description: 'Expected calibration error: the mean gap between confidence and accuracy (0 is perfect).' })
  calibrationError!: number;

  @Field(() => [CategoryMetricsView], { description: 'Figures per category.' })
  perCategory!: CategoryMetricsView[];

  @Field(() => [ReliabilityBinView], { description: 'The reliability table.' })
  reliability!: ReliabilityBinView[];

  @Field(() => Float, { nullable: true, description: 'Share of urgency judgements that agree with the corpus labels.' })
  urgencyAccuracy!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of impact judgements that agree with the corpus labels.' })
  impactAccuracy!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of sentiment judgements that agree with the corpus labels.' })
  sentimentAccuracy!: number | null;
}

@ObjectType('ClassifierInfo', { description: 'The classifier in use.', simpleResolvers: true })
export class ClassifierInfoView {
  @Field(() => String, { description: 'Name and version of the active embedded model, as classifications report it.' })
  model!: string;

  @Field(() => String, { description: 'Version of the active embedded model.' })
  version!: string;

  @Field(() => DateTimeScalar, { description: 'When it was trained.' })
  trainedAt!: string;

  @Field(() => Int, { description: 'Examples it was trained on.' })
  trainingSize!: number;

  @Field(() => ClassifierSource, { description: 'Shipped or retrained.' })
  source!: ClassifierSource;

  @Field(() => Int, { description: 'Agents\' corrections among its training examples.' })
  corrections!: number;

  @Field(() => Int, { description: 'Corrections stored so far; retraining learns from all of them.' })
  correctionsAvailable!: number;

  @Field(() => String, { nullable: true, description: 'The LLM that classifies first, when one is configured (`OPENAI_*`).' })
  llmModel!: string | null;

  @Field(() => ClassifierEvaluationView, { nullable: true, description: 'Figures of its training run, on held-out examples.' })
  evaluation!: ClassifierEvaluationView | null;

  static from(state: ClassifierState & { correctionsAvailable: number }): ClassifierInfoView {
    const { embedded } = state;
    const report = embedded.evaluation?.report;
    return {
      model: embedded.model,
      version: embedded.version,
      trainedAt: embedded.trainedAt,
      trainingSize: embedded.trainingSize,
      source: state.source === 'file' ? ClassifierSource.SHIPPED : ClassifierSource.RETRAINED,
      corrections: state.corrections,
      correctionsAvailable: state.correctionsAvailable,
      llmModel: state.llm,
      evaluation:
        embedded.evaluation && report
          ? {
              method: embedded.evaluation.method,
              accuracy: report.accuracy,
              macroF1: report.macroF1,
              calibrationError: report.expectedCalibrationError,
              perCategory: report.perClass.map((c) => ({ ...c, category: c.label as TicketCategory })),
              reliability: report.reliability,
              urgencyAccuracy: embedded.evaluation.urgencyAccuracy,
              impactAccuracy: embedded.evaluation.impactAccuracy,
              sentimentAccuracy: embedded.evaluation.sentimentAccuracy,
            }
          : null,
    };
  }
}
