import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { ClassifierModel } from '../../entities/classifier-model.entity';

/** Retrained classifier models; at most one is active. */
export class ClassifierModelRepository extends EntityRepository<ClassifierModel> {
  async activeVersion(): Promise<string | undefined> {
    const [row] = await query<{ version: string }>(this.getEntityManager(), 'select version from classifier_models where active');
    return row?.version;
  }

  async findModel(version: string): Promise<{ model: string; corrections: number } | undefined> {
    const [row] = await query<{ model: string; corrections: number }>(
      this.getEntityManager(),
      'select model, corrections from classifier_models where version = ?',
      [version],
    );
    return row;
  }

  /** Stores a model (or finds the same version stored) and makes it the only active one, in one transaction. */
  async activate(model: { version: string; text: string; trainedAt: string; trainingSize: number; corrections: number }): Promise<void> {
    await this.getEntityManager().transactional(async (em) => {
      await query(em, 'update classifier_models set active = false where active');
      await query(
        em,
        `insert into classifier_models (version, model, trained_at, training_size, corrections, active) values (?, ?, ?, ?, ?, true)
         on conflict (version) do update set active = true`,
        [model.version, model.text, model.trainedAt, model.trainingSize, model.corrections],
      );
    });
  }
}
