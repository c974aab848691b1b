import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { RefreshToken } from '../../entities/refresh-token.entity';

export class RefreshTokenRepository extends EntityRepository<RefreshToken> {
  /** Ends a sign-in: every refresh token of the family stops working, and with them its access tokens. */
  async revokeFamily(familyId: string): Promise<void> {
    await query(this.getEntityManager(), 'update refresh_tokens set revoked_at = now() where family_id = ? and revoked_at is null', [familyId]);
  }

  /** Ends every sign-in of a user. */
  async revokeUser(userId: string): Promise<void> {
    await query(this.getEntityManager(), 'update refresh_tokens set revoked_at = now() where user_id = ? and revoked_at is null', [userId]);
  }
}
