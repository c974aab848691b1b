import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
// Registers the enums with type-graphql, their names and descriptions.
import './resolvers/types/enums';
import { AuthResolver } from './resolvers/auth.resolver';
import { ClassificationJobResolver } from './resolvers/classification-job.resolver';
import { ClassificationResolver } from './resolvers/classification.resolver';
import { ImportRecordResolver, ImportResultResolver } from './resolvers/import-record.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { ChatReplyResolver } from './resolvers/chat-reply.resolver';
import { CommentResolver } from './resolvers/comment.resolver';
import { ChatReplyCitationResolver, ConversationResolver, MessageResolver, TicketConversationResolver } from './resolvers/conversation.resolver';
import { CustomerLogResolver } from './resolvers/customer-log.resolver';
import { FaqResolver } from './resolvers/faq.resolver';
import { IntegrationTokenResolver } from './resolvers/integration-token.resolver';
import { RoutingRuleResolver } from './resolvers/routing-rule.resolver';
import { AiStatusResolver } from './resolvers/ai-status.resolver';
import { IntegrationResolver, TicketExternalLinksResolver } from './resolvers/integration.resolver';
import { RateLimitResolver } from './resolvers/rate-limit.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { TicketEventResolver } from './resolvers/ticket-event.resolver';
import { TicketResolver } from './resolvers/ticket.resolver';
import { WebhookResolver } from './resolvers/webhook.resolver';
import { AttachmentResolver } from './resolvers/attachment.resolver';
import { SlaResolver } from './resolvers/sla.resolver';
import { DateTimeScalar } from './resolvers/types/scalars';
// After the resolvers: the order in which their types load is the order of schema.graphql.
import { attachPerItemResolvers } from './execution';

/**
 * type-graphql insists on a PubSub for topic-based subscriptions; ours all declare their own
 * `subscribe` over src/pubsub.ts, so this one must never be reached.
 */
const topicPubSubUnused = {
  publish(): never {
    throw new Error('subscriptions publish through src/pubsub.ts');
  },
  subscribe(): never {
    throw new Error('subscriptions declare their own subscribe()');
  },
};

export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      TicketResolver, CommentResolver, TicketEventResolver, NodeResolver, AuthResolver, IntegrationTokenResolver, RoutingRuleResolver, AiStatusResolver, RateLimitResolver,
      ClassificationResolver, ClassificationJobResolver, ImportResolver, WebhookResolver, IntegrationResolver, TicketExternalLinksResolver,
      ConversationResolver, MessageResolver, TicketConversationResolver, ChatReplyResolver, ChatReplyCitationResolver, FaqResolver, CustomerLogResolver,
      AttachmentResolver, ImportRecordResolver, ImportResultResolver, SlaResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    pubSub: topicPubSubUnused,
    validate: false,
  });
  attachPerItemResolvers(schema);
  // type-graphql has no option for describing the root types.
  schema.getQueryType()!.description = 'Everything that can be read.';
  schema.getMutationType()!.description = 'Everything that changes data.';
  schema.getSubscriptionType()!.description = 'Live events, over graphql-ws at the same /graphql address.';
  return schema;
}

/** The SDL committed as schema.graphql, in the order the code declares it. */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}
