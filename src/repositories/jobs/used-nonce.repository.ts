import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { UsedNonce } from '../../entities/used-nonce.entity';

export class UsedNonceRepository extends EntityRepository<UsedNonce> {
  /**
   * Spends a nonce: false when it was spent before. Nonces older than `forgetAfterSeconds` are
   * forgotten first (their uploads' timestamps are out of the window by then).
   */
  async spend(nonce: string, forgetAfterSeconds: number): Promise<boolean> {
    const em = this.getEntityManager();
    await query(em, 'delete from used_nonces where used_at < now() - make_interval(secs => ?)', [forgetAfterSeconds]);
    const [spent] = await query(em, 'insert into used_nonces (nonce) values (?) on conflict do nothing returning nonce', [nonce]);
    return spent !== undefined;
  }
}
