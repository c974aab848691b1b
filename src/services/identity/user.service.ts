import { LockMode } from '@mikro-orm/core';
import { Role } from '../../entities/enums';
import { RefreshToken } from '../../entities/refresh-token.entity';
import { User } from '../../entities/user.entity';
import { ConflictError, NotFoundError } from '../../errors';
import { toGlobalId } from '../../ids';
import { pageOf } from '../../repositories/shared/keyset';
import type { Page, PageRequest } from '../../repositories/shared/page';
import type { ServiceContext } from '../shared/service-context';
import { requireRole, requireSignedIn } from './policy';

/** Managing accounts: admins change roles and deactivate users. */
export class UserService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The signed-in user, or undefined for anonymous callers and integration tokens. */
  async me(): Promise<User | undefined> {
    const viewer = this.ctx.viewer;
    if (viewer.kind !== 'user') return undefined;
    return (await this.ctx.em.findOne(User, viewer.userId)) ?? undefined;
  }

  /** A user by id: admins see everyone, a user themselves; anyone else gets NOT_FOUND. */
  async get(id: string): Promise<User> {
    const viewer = requireSignedIn(this.ctx.viewer);
    const visible = viewer.kind === 'system' || (viewer.kind === 'user' && (viewer.role === Role.ADMIN || viewer.userId === id));
    const user = visible ? await this.ctx.em.findOne(User, id) : null;
    if (!user) throw new NotFoundError('User', toGlobalId('User', id));
    return user;
  }

  /** Oldest first (ids are time-ordered); the request's cursor is a user's database id. */
  async list(request: PageRequest): Promise<Page<User>> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'list users');
    const backward = request.direction === 'backward';
    const where = request.cursor ? { id: { [backward ? '$lt' : '$gt']: request.cursor } } : {};
    const users = await this.ctx.em.find(User, where, { orderBy: { id: backward ? 'desc' : 'asc' }, limit: request.size + 1 });
    return pageOf(users, request);
  }

  async count(): Promise<number> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'list users');
    return this.ctx.em.count(User, {});
  }

  async setRole(userId: string, role: Role): Promise<User> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'change roles');
    const user = await this.ctx.em.transactional(async (em) => {
      const user = await this.lockedUser(em, userId);
      if (user.role === Role.ADMIN && role !== Role.ADMIN) await this.keepAnAdmin(em, user);
      user.role = role;
      user.updatedAt = new Date();
      return user;
    });
    await this.ctx.authenticator.publishRevocation({ kind: 'user', userId });
    return user;
  }

  /** The user loses access at once: every session is revoked and live connections close. */
  async deactivate(userId: string): Promise<User> {
    requireRole(this.ctx.viewer, [Role.ADMIN], 'deactivate users');
    const user = await this.ctx.em.transactional(async (em) => {
      const user = await this.lockedUser(em, userId);
      if (user.role === Role.ADMIN && user.isActive) await this.keepAnAdmin(em, user);
      user.isActive = false;
      user.updatedAt = new Date();
      await em.getRepository(RefreshToken).revokeUser(userId);
      return user;
    });
    await this.ctx.authenticator.publishRevocation({ kind: 'user', userId });
    return user;
  }

  private async lockedUser(em: ServiceContext['em'], userId: string): Promise<User> {
    requireSignedIn(this.ctx.viewer);
    const user = await em.findOne(User, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw new NotFoundError('User', toGlobalId('User', userId));
    return user;
  }

  private async keepAnAdmin(em: ServiceContext['em'], leaving: User): Promise<void> {
    // Lock every active admin so two admins cannot demote each other at the same moment.
    if ((await em.getRepository(User).lockOtherActiveAdmins(leaving.id)) === 0) throw new ConflictError('This is the last active admin; make another user admin first');
  }
}
