import { LockMode } from '@mikro-orm/core';
import { hash, verify } from '@node-rs/argon2';
import { SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { Role } from '../../entities/enums';
import { RefreshToken } from '../../entities/refresh-token.entity';
import { User } from '../../entities/user.entity';
import { ConflictError, ForbiddenError, RateLimitedError, UnauthenticatedError, ValidationError, type FieldError } from '../../errors';
import { newId } from '../../ids';
import type { ServiceContext } from '../shared/service-context';
import { hashToken, JWT_ISSUER } from './authenticator';
import { requireSignedIn } from './policy';

export interface RegisterInput {
  username: string;
  email: string;
  password: string;
  fullName?: string | null;
}

/** A user's change to their own account; absent fields stay. */
export interface ProfileChange {
  /** Empty: no full name. */
  fullName?: string | null;
  email?: string | null;
  /** Required to change the email address. */
  currentPassword?: string | null;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires. */
  expiresAt: Date;
  user: User;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{2,49}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PASSWORD_MAX = 256;
const FULL_NAME_MAX = 100;

// @node-rs/argon2 hashes with argon2id by default (m=19456 KiB, t=2, p=1: OWASP's recommendation).

/** Verifying against this when no user matches makes a failed login take as long either way. */
let dummyHash: Promise<string> | undefined;

/** Accounts and sessions: registration, sign-in, refresh-token rotation with reuse detection. */
export class AuthService {
  constructor(private readonly ctx: ServiceContext) {}

  async register(input: RegisterInput): Promise<Session> {
    await this.countAttempt();
    const username = input.username.trim();
    const email = input.email.trim().toLowerCase();
    const errors: FieldError[] = [];
    if (!USERNAME.test(username)) {
      errors.push({ field: 'username', message: 'must be 3-50 letters, digits, dots, dashes or underscores, starting with a letter or digit' });
    }
    checkEmail(email, errors);
    const fullName = checkFullName(input.fullName, errors);
    const min = this.ctx.config.auth.passwordMinLength;
    if (input.password.length < min || input.password.length > PASSWORD_MAX) {
      errors.push({ field: 'password', message: `must be ${min}-${PASSWORD_MAX} characters long` });
    }
    if (errors.length) throw new ValidationError(errors);
    const passwordHash = await hash(input.password);

    const user = await this.ctx.em.transactional(async (em) => {
      const taken = await em.getRepository(User).lockForRegistration(username, email);
      // One answer for both, so that registering cannot tell which addresses have accounts (the
      // attempts are counted against the sign-in budget too).
      if (taken.usernameTaken || taken.emailTaken) throw new ConflictError('This username or email address is already registered');
      const role = taken.users === 0 ? Role.ADMIN : Role.CUSTOMER;
      const user = new User(username, email, passwordHash, role);
      user.fullName = fullName ?? null;
      em.persist(user);
      return user;
    });
    return this.startSession(user);
  }

  async login(usernameOrEmail: string, password: string): Promise<Session> {
    await this.countAttempt();
    const name = usernameOrEmail.trim();
    const user = await this.ctx.em.findOne(User, name.includes('@') ? { email: name.toLowerCase() } : { username: { $ilike: escapeLike(name) } });
    const valid = await verify(user?.passwordHash ?? (await dummy()), password.slice(0, PASSWORD_MAX)).catch(() => false);
    if (!user || !valid || !user.isActive) throw new UnauthenticatedError('Invalid credentials');
    user.lastLoginAt = new Date();
    await this.ctx.em.flush();
    return this.startSession(user);
  }

  /**
   * Exchanges a refresh token for a new pair. Each token works once: presenting a used one means it
   * was stolen or replayed, so the whole session is revoked.
   */
  async refresh(refreshToken: string): Promise<Session> {
    await this.countAttempt();
    const outcome = await this.ctx.em.transactional(async (em) => {
      const token = await em.findOne(RefreshToken, { tokenHash: hashToken(refreshToken) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!token || token.revokedAt) return { problem: 'The refresh token is not valid; sign in again' } as const;
      if (token.usedAt) {
        await em.getRepository(RefreshToken).revokeFamily(token.familyId);
        return { problem: 'This refresh token was used before; the session has been revoked for safety', revokedSession: token.familyId } as const;
      }
      if (token.expiresAt.getTime() <= Date.now()) return { problem: 'The refresh token has expired; sign in again' } as const;
      const user = await em.findOne(User, token.user.id);
      if (!user?.isActive) return { problem: 'The refresh token is not valid; sign in again' } as const;
      token.usedAt = new Date();
      // The successor is stored in the same transaction, under the lock: a concurrent refresh with
      // the same token waits, then finds it used and revokes the family, successor included.
      return { user, familyId: token.familyId, refreshToken: this.issueRefreshToken(em, user, token.familyId) } as const;
    });
    if ('problem' in outcome) {
      if (outcome.revokedSession) await this.ctx.authenticator.publishRevocation({ kind: 'session', sessionId: outcome.revokedSession });
      throw new UnauthenticatedError(outcome.problem);
    }
    return this.signSession(outcome.user, outcome.familyId, outcome.refreshToken);
  }

  /** Ends the session the refresh token belongs to: every token of it stops working. */
  async logout(refreshToken: string): Promise<boolean> {
    const familyId = await this.ctx.em.transactional(async (em) => {
      const token = await em.findOne(RefreshToken, { tokenHash: hashToken(refreshToken) });
      if (!token) return undefined;
      await em.getRepository(RefreshToken).revokeFamily(token.familyId);
      return token.familyId;
    });
    if (!familyId) return false;
    await this.ctx.authenticator.publishRevocation({ kind: 'session', sessionId: familyId });
    return true;
  }

  /**
   * The signed-in user changes their own full name and email address. A new address needs the
   * current password (guesses count against the sign-in budget), so a borrowed session cannot take
   * the account over.
   */
  async updateProfile(change: ProfileChange): Promise<User> {
    const viewer = requireSignedIn(this.ctx.viewer);
    if (viewer.kind !== 'user') throw new ForbiddenError('Only users have a profile; integration tokens do not');
    const errors: FieldError[] = [];
    const fullName = checkFullName(change.fullName, errors);
    const email = change.email == null ? undefined : change.email.trim().toLowerCase();
    if (email !== undefined) checkEmail(email, errors);
    if (errors.length) throw new ValidationError(errors);

    const user = await this.ctx.em.findOne(User, viewer.userId);
    if (!user) throw new UnauthenticatedError('This session has ended; sign in again');
    const newEmail = email !== undefined && email !== user.email ? email : undefined;
    if (newEmail !== undefined) {
      if (!change.currentPassword) throw new ValidationError([{ field: 'currentPassword', message: 'is required to change the email address' }]);
      await this.countAttempt();
      const valid = await verify(user.passwordHash, change.currentPassword.slice(0, PASSWORD_MAX)).catch(() => false);
      if (!valid) throw new ValidationError([{ field: 'currentPassword', message: 'is not the password of this account' }]);
    }
    return this.ctx.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(User, user.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (newEmail !== undefined) {
        // The registration lock: a registration with the same address at the same moment waits, then finds it taken.
        const { emailTaken } = await em.getRepository(User).lockForRegistration(locked.username, newEmail);
        if (emailTaken) throw new ConflictError('This email address is already registered');
        locked.email = newEmail;
      }
      if (fullName !== undefined) locked.fullName = fullName;
      locked.updatedAt = new Date();
      return locked;
    });
  }

  /** A new sign-in (session) for the user. */
  private async startSession(user: User): Promise<Session> {
    const familyId = newId();
    const refreshToken = await this.ctx.em.transactional(async (em) => this.issueRefreshToken(em, user, familyId));
    return this.signSession(user, familyId, refreshToken);
  }

  /** A refresh token of the session, stored when the entity manager's transaction commits. */
  private issueRefreshToken(em: ServiceContext['em'], user: User, familyId: string): string {
    const refreshToken = `rt_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(Date.now() + this.ctx.config.auth.refreshTokenTtlDays * 86_400_000);
    em.persist(new RefreshToken(em.getReference(User, user.id, { wrapped: true }), familyId, hashToken(refreshToken), expiresAt));
    return refreshToken;
  }

  /** The session's answer: the refresh token and a new access token for it. */
  private async signSession(user: User, familyId: string, refreshToken: string): Promise<Session> {
    const expiresAt = new Date(Date.now() + this.ctx.config.auth.accessTokenTtlSeconds * 1000);
    const secret = new TextEncoder().encode(await this.ctx.secrets.get('jwt'));
    const accessToken = await new SignJWT({ sid: familyId, role: user.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(JWT_ISSUER)
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(secret);
    return { accessToken, refreshToken, expiresAt, user };
  }

  /** Sign-in, registration and refresh share a tight budget per address against guessing. */
  private async countAttempt(): Promise<void> {
    const ip = this.ctx.viewer.ip ?? 'system';
    const quota = await this.ctx.limiter.consume({ kind: 'auth', ip });
    if (!quota.allowed) {
      throw new RateLimitedError(`Too many sign-in attempts from this address; try again in ${quota.retryAfterSeconds} s`, quota.retryAfterSeconds);
    }
  }
}

function checkEmail(email: string, errors: FieldError[]): void {
  if (!EMAIL.test(email) || email.length > 254) errors.push({ field: 'email', message: 'must be a valid email address' });
}

/** Undefined: not given (null too); null: none, for an empty or blank name. */
function checkFullName(value: string | null | undefined, errors: FieldError[]): string | null | undefined {
  if (value == null) return undefined;
  const name = value.trim();
  if (name.length > FULL_NAME_MAX) errors.push({ field: 'fullName', message: `must be at most ${FULL_NAME_MAX} characters long (got ${name.length})` });
  return name === '' ? null : name;
}

function dummy(): Promise<string> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  return dummyHash;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
