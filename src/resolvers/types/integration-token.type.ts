import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { IntegrationToken } from '../../entities/integration-token.entity';
import { toGlobalId } from '../../ids';
import { NodeInterface } from './node.type';
import { DateTimeScalar } from './scalars';

@ObjectType('IntegrationToken', {
  implements: NodeInterface,
  description: 'A bearer token (`stk_...`) for another system. The token itself is shown only when created.',
  simpleResolvers: true,
})
export class IntegrationTokenView implements NodeInterface {
  readonly __typename = 'IntegrationToken';

  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'What the token is for.' })
  name!: string;

  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart.' })
  tokenPrefix!: string;

  @Field(() => Int, { description: 'Requests allowed per clock hour.' })
  hourlyLimit!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token stops working; null for never.' })
  expiresAt!: Date | null;

  @Field(() => Boolean, { description: 'False while disabled (it can be enabled again).' })
  enabled!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked, for good.' })
  revokedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last request made with it (recorded within seconds).' })
  lastUsedAt!: Date | null;

  @Field(() => Int, { description: 'Requests made with it so far (recorded within seconds).' })
  requestCount!: number;

  @Field(() => DateTimeScalar, { description: 'When it was issued.' })
  createdAt!: Date;

  dbId!: string;

  static from(token: IntegrationToken): IntegrationTokenView {
    return {
      __typename: 'IntegrationToken',
      dbId: token.id,
      id: toGlobalId('IntegrationToken', token.id),
      name: token.name,
      tokenPrefix: token.tokenPrefix,
      hourlyLimit: token.hourlyLimit,
      expiresAt: token.expiresAt,
      enabled: token.enabled,
      revokedAt: token.revokedAt,
      lastUsedAt: token.lastUsedAt,
      requestCount: Number(token.requestCount),
      createdAt: token.createdAt,
    };
  }
}

@ObjectType('CreatedIntegrationToken', { description: 'A new integration token, with the secret shown this once.', simpleResolvers: true })
export class CreatedIntegrationTokenView {
  @Field(() => String, { description: 'The bearer token, `stk_...`. Store it now: it cannot be shown again.' })
  token!: string;

  @Field(() => IntegrationTokenView, { description: 'The token\'s settings.' })
  integrationToken!: IntegrationTokenView;
}

@InputType('CreateIntegrationTokenInput', { description: 'A new integration token.' })
export class CreateIntegrationTokenInput {
  @Field(() => String, { description: 'What the token is for, 1-100 characters.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Requests per clock hour; INTEGRATION_TOKEN_HOURLY_LIMIT (1000 unless configured) by default.' })
  hourlyLimit?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working; never by default.' })
  expiresAt?: Date | null;
}

@InputType('UpdateIntegrationTokenInput', { description: 'Changes to an integration token; only the fields given change.' })
export class UpdateIntegrationTokenInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'New hourly limit.' })
  hourlyLimit?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'A new expiry (in the future); null removes the expiry; omit to keep it.' })
  expiresAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Disable (false) or enable (true) the token.' })
  enabled?: boolean | null;
}

@ObjectType('TokenUsage', { description: 'Requests an integration token made in one clock hour.', simpleResolvers: true })
export class TokenUsageView {
  @Field(() => DateTimeScalar, { description: 'Start of the hour (UTC).' })
  hour!: Date;

  @Field(() => Int, { description: 'Requests made with the token in that hour (recorded within seconds).' })
  requests!: number;
}
