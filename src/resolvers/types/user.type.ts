import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../entities/enums';
import type { User } from '../../entities/user.entity';
import { toGlobalId } from '../../ids';
import { ConnectionType } from './connection.type';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

@ObjectType('User', { implements: NodeInterface, description: 'A person with an account.', simpleResolvers: true })
export class UserView implements NodeInterface {
  readonly __typename = 'User';
  dbId!: string;

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'Unique user name.' })
  username!: string;

  @Field(() => String, { description: 'Email address (lower case).' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'The name the person goes by, if they gave one.' })
  fullName!: string | null;

  @Field(() => Role, { description: 'What the user may do.' })
  role!: Role;

  @Field(() => Boolean, { description: 'False once deactivated: the user can no longer sign in.' })
  isActive!: boolean;

  @Field(() => DateTimeScalar, { description: 'When the account was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last successful sign-in.' })
  lastLoginAt!: Date | null;

  static from(user: User): UserView {
    return {
      __typename: 'User',
      dbId: user.id,
      id: toGlobalId('User', user.id),
      username: user.username,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      isActive: user.isActive,
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginAt,
    };
  }
}

@ObjectType('UserConnection', { description: 'A page of users.', simpleResolvers: true })
export class UserConnection extends ConnectionType(UserView, 'User') {}

@ObjectType('AuthPayload', { description: 'A signed-in session.', simpleResolvers: true })
export class AuthPayloadView {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <accessToken>`; short-lived.' })
  accessToken!: string;

  @Field(() => String, { description: 'Exchange once for a new pair with `refreshSession`; keep it secret.' })
  refreshToken!: string;

  @Field(() => DateTimeScalar, { description: 'When the access token expires.' })
  expiresAt!: Date;

  @Field(() => UserView, { description: 'Who signed in.' })
  user!: UserView;
}
