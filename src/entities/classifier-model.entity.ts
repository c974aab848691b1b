import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { ClassifierModelRepository } from '../repositories/classifier/classifier-model.repository';
import { TIMESTAMP } from './base.entity';

/** A model trained inside the API (`retrainClassifier`); the active one is loaded at start-up on every instance. */
@Entity({ tableName: 'classifier_models', repository: () => ClassifierModelRepository })
export class ClassifierModel {
  [EntityRepositoryType]?: ClassifierModelRepository;

  @PrimaryKey({ type: 'text' })
  version: string;

  /** The model file, as JSON text. */
  @Property({ type: 'text', lazy: true })
  model: string;

  @Property({ ...TIMESTAMP })
  trainedAt: Date;

  @Property({ type: 'integer' })
  trainingSize: number;

  /** Agents' corrections among the training examples. */
  @Property({ type: 'integer' })
  corrections: number;

  /** At most one model is active. */
  @Property({ type: 'boolean' })
  active = false;

  @Property({ ...TIMESTAMP })
  createdAt: Date = new Date();

  constructor(fields: { version: string; model: string; trainedAt: Date; trainingSize: number; corrections: number }) {
    this.version = fields.version;
    this.model = fields.model;
    this.trainedAt = fields.trainedAt;
    this.trainingSize = fields.trainingSize;
    this.corrections = fields.corrections;
  }
}
