import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { AppSecret } from '../../entities/app-secret.entity';

export class AppSecretRepository extends EntityRepository<AppSecret> {
  /** The secret of that name: the one stored, or `candidate` if none was (whichever instance stores first wins). */
  async getOrCreate(name: string, candidate: string): Promise<string> {
    const em = this.getEntityManager();
    await query(em, 'insert into app_secrets (name, value) values (?, ?) on conflict (name) do nothing', [name, candidate]);
    const [row] = await query<{ value: string }>(em, 'select value from app_secrets where name = ?', [name]);
    return row!.value;
  }
}
