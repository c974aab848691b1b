import { describe, expect, it } from 'vitest';
import { TicketCategory } from '../../src/entities/enums';
import { parseCorpusCsv, type LabeledExample } from '../../src/services/classifier/corpus-loader';
import { EmbeddedClassifier } from '../../src/services/classifier/embedded-classifier';
import { naiveBayesLogRatios } from '../../src/services/classifier/linear-model';
import { decodeModel, MODEL_FORMAT_VERSION, ModelFileError, serializeModel } from '../../src/services/classifier/model-file';
import { trainModel } from '../../src/services/classifier/train-model';
import { corpusSample } from './classifier-fixtures';

describe('trainModel', () => {
  it('is deterministic: the same examples and options give a byte-identical model', () => {
    const examples = corpusSample(8);
    const options = { trainedAt: '2026-11-22T00:00:00.000Z', folds: 2, epochs: 4 };
    const first = serializeModel(trainModel(examples, options));
    const second = serializeModel(trainModel(examples, options));
    expect(second).toBe(first);
    expect(JSON.parse(first).version).toMatch(new RegExp(`^${MODEL_FORMAT_VERSION}\\.[0-9a-f]{12}$`));
  });

  it('changes version when the training data changes', () => {
    const examples = corpusSample(20);
    const a = trainModel(examples, { trainedAt: 't', folds: 0, epochs: 3 });
    const b = trainModel(examples.slice(1), { trainedAt: 't', folds: 0, epochs: 3 });
    expect(a.version).not.toBe(b.version);
    expect(a.trainingSize).toBe(examples.length);
    expect(b.trainingSize).toBe(examples.length - 1);
  });

  it('records size, class counts and held-out figures of the run', () => {
    const examples = corpusSample(12);
    const model = trainModel(examples, { trainedAt: '2026-11-22T00:00:00.000Z', folds: 3, epochs: 4 });
    expect(model.trainedAt).toBe('2026-11-22T00:00:00.000Z');
    expect(Object.values(model.classCounts).reduce((s, n) => s + n, 0)).toBe(examples.length);
    expect(model.evaluation?.folds).toBe(3);
    expect(model.evaluation?.report.count).toBe(examples.length);
    expect(model.evaluation?.report.reliability).toHaveLength(10);
    expect(model.temperature).toBeGreaterThan(0);
  });

  it('shifts each bias by the log of the expected share over the even share balanced weights assume, scaled by the temperature', () => {
    const examples = corpusSample(12);
    const options = { trainedAt: 't', folds: 2, epochs: 3 };
    const even = trainModel(examples, { ...options, deploymentPriors: {} });
    const fewRequests = trainModel(examples, { ...options, deploymentPriors: { [TicketCategory.FEATURE_REQUEST]: 0.05 } });
    expect(fewRequests.temperature).toBe(even.temperature);
    const rest = (1 - 0.05) / 5;
    even.classes.forEach((category, c) => {
      const share = category === TicketCategory.FEATURE_REQUEST ? 0.05 : rest;
      expect(fewRequests.bias[c]! - even.bias[c]!).toBeCloseTo(Math.log(share * 6) * even.temperature, 5);
    });
    expect(fewRequests.training.deploymentPriors).toEqual({ [TicketCategory.FEATURE_REQUEST]: 0.05 });
  });

  it('refuses expected shares that name an unknown category or leave none for the rest', () => {
    const examples = corpusSample(6);
    const train = (deploymentPriors: Record<string, number>) => () => trainModel(examples, { trainedAt: 't', folds: 0, epochs: 1, deploymentPriors });
    expect(train({ REFUND: 0.1 })).toThrow('deploymentPriors names an unknown category REFUND');
    expect(train({ FEATURE_REQUEST: 1.5 })).toThrow('deploymentPriors.FEATURE_REQUEST must be a share between 0 and 1, got 1.5');
    expect(train({ FEATURE_REQUEST: 0.6, OTHER: 0.5 })).toThrow('deploymentPriors must leave a share for every category (they add up to 1.1)');
  });

  it('learns from a handful of labelled corrections, e.g. from agents', () => {
    const base: LabeledExample[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ subject: '', description: `I was charged twice for invoice ${i}, please refund`, category: TicketCategory.BILLING_QUESTION })),
      ...Array.from({ length: 6 }, (_, i) => ({ subject: '', description: `I forgot my password and I am locked out ${i}`, category: TicketCategory.ACCOUNT_ACCESS })),
      ...Array.from({ length: 6 }, (_, i) => ({ subject: '', description: `Please add a dark mode option ${i}`, category: TicketCategory.FEATURE_REQUEST })),
    ];
    const classifier = EmbeddedClassifier.fromModel(trainModel(base, { trainedAt: 't', folds: 0, epochs: 10 }));
    expect(classifier.classifySync({ subject: '', description: 'charged twice, refund please' }).category).toBe(TicketCategory.BILLING_QUESTION);
    expect(classifier.classifySync({ subject: '', description: 'locked out, forgot password' }).category).toBe(TicketCategory.ACCOUNT_ACCESS);
  });

  it('lets a weighted correction count more than a corpus row', () => {
    const corpus = corpusSample(15);
    const ticket = { subject: '', description: 'My card got declined at the supermarket today.' };
    const correction = { ...ticket, category: TicketCategory.TECHNICAL_ISSUE };
    const technicalProbability = (weight: number): number => {
      const model = trainModel([...corpus, { ...correction, weight }], { trainedAt: 't', folds: 0, epochs: 4 });
      const { classes, probabilities } = EmbeddedClassifier.fromModel(model).probabilities(ticket);
      return probabilities[classes.indexOf(TicketCategory.TECHNICAL_ISSUE)]!;
    };
    const plain = technicalProbability(1);
    const weighted = technicalProbability(20);
    expect(weighted).toBeGreaterThan(plain);
    expect(weighted).toBeGreaterThan(0.5);
  });

  it('refuses a model file of another format version', () => {
    const model = trainModel(corpusSample(40), { trainedAt: 't', folds: 0, epochs: 2 });
    expect(() => decodeModel({ ...model, formatVersion: 99 })).toThrow(ModelFileError);
    expect(() => decodeModel({ ...model, weights: model.weights.slice(0, 100) })).toThrow(/weights/);
  });
});

describe('naiveBayesLogRatios', () => {
  it('gives each feature its log-count ratio per class against the other classes, centred over the classes', () => {
    // Feature 0 only in class 0, feature 1 only in class 1, feature 2 in both alike; feature 3 never seen.
    const xs = [
      { indices: Int32Array.from([0, 2]), values: Float32Array.from([1, 1]) },
      { indices: Int32Array.from([1, 2]), values: Float32Array.from([1, 1]) },
    ];
    const r = naiveBayesLogRatios(xs, [0, 1], [1, 1], 2, 4, 1);
    // With add-1 smoothing over 3 active features, P(f0 | class 0) = 2/5 and P(f0 | class 1) = 1/5:
    // feature 0 scores log 2 for class 0 and -log 2 for class 1, feature 1 the mirror image; feature 2
    // is alike in both classes and feature 3 is inactive.
    const l = Math.log(2);
    expect(Array.from(r, (x) => Math.round(x * 1e6) / 1e6)).toEqual([l, -l, -l, l, 0, 0, 0, 0].map((x) => Math.round(x * 1e6) / 1e6));
  });
});

describe('parseCorpusCsv', () => {
  it('reads labels in any spelling and keeps the scenario as group', () => {
    const csv = 'scenario,subject,description,category,priority,urgency,impact,sentiment\n' + 'bill/x,Refund,"I paid, twice",billing question,high,HIGH,medium,negative\n';
    expect(parseCorpusCsv(csv)).toEqual([
      {
        subject: 'Refund',
        description: 'I paid, twice',
        category: 'BILLING_QUESTION',
        priority: 'HIGH',
        urgency: 'HIGH',
        impact: 'MEDIUM',
        sentiment: 'NEGATIVE',
        group: 'bill/x',
      },
    ]);
    expect(() => parseCorpusCsv('description,category\nhello,weather\n', 'x.csv')).toThrow('x.csv: row 2 has unknown category "weather"');
  });
});
