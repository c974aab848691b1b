import { EntityRepository } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import type { Role } from '../../entities/enums';
import type { User } from '../../entities/user.entity';

/** What an access token's holder is now: checked on every request (briefly cached). */
export interface SessionState {
  role: Role;
  isActive: boolean;
  username: string;
  email: string;
  /** The sign-in (refresh-token family) was revoked: its access tokens stop working. */
  sessionRevoked: boolean;
}

export class UserRepository extends EntityRepository<User> {
  async sessionState(userId: string, sessionId: string): Promise<SessionState | undefined> {
    const [row] = await query<{ role: Role; is_active: boolean; username: string; email: string; revoked: boolean }>(
      this.getEntityManager(),
      `select u.role, u.is_active, u.username, u.email,
         exists (select 1 from refresh_tokens r where r.family_id = ? and r.revoked_at is not null) as revoked
       from users u where u.id = ?`,
      [sessionId, userId],
    );
    return row && { role: row.role, isActive: row.is_active, username: row.username, email: row.email, sessionRevoked: row.revoked };
  }

  /**
   * Serialises registrations until the transaction ends (so exactly one first user becomes ADMIN),
   * then tells whether the name or address is taken and how many users there are.
   */
  async lockForRegistration(username: string, email: string): Promise<{ usernameTaken: boolean; emailTaken: boolean; users: number }> {
    const em = this.getEntityManager();
    await query(em, 'select pg_advisory_xact_lock(hashtext(?))', ['ticketgraph:register']);
    const [row] = await query<{ username_taken: boolean; email_taken: boolean; users: string }>(
      em,
      `select exists (select 1 from users where lower(username) = lower(?)) as username_taken,
              exists (select 1 from users where email = ?) as email_taken,
              (select count(*) from users) as users`,
      [username, email],
    );
    return { usernameTaken: row!.username_taken, emailTaken: row!.email_taken, users: Number(row!.users) };
  }

  /** The active admins other than one, locked until the transaction ends, so two admins cannot demote each other at once. */
  async lockOtherActiveAdmins(userId: string): Promise<number> {
    const [row] = await query<{ admins: string }>(
      this.getEntityManager(),
      `select count(*) as admins from (select id from users where role = 'ADMIN' and is_active and id <> ? for update) a`,
      [userId],
    );
    return Number(row!.admins);
  }
}
