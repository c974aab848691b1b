import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { fromGlobalId } from '../ids';
import { AttachmentService } from '../services/files/attachment.service';
import { IntegrationTokenService } from '../services/identity/integration-token.service';
import { UserService } from '../services/identity/user.service';
import { IntegrationService } from '../services/integrations/integration.service';
import { ClassificationJobService } from '../services/jobs/classification-job.service';
import { TicketEventService } from '../services/ticket-events/ticket-event.service';
import { CommentService } from '../services/tickets/comment.service';
import { TicketService } from '../services/tickets/ticket.service';
import { RoutingRuleService } from '../services/routing/routing-rule.service';
import { WebhookService } from '../services/webhooks/webhook.service';
import { assistantNode } from './assistant-node';
import { AttachmentView } from './types/attachment.type';
import { ClassificationJobView } from './types/classification-job.type';
import { CommentView } from './types/comment.type';
import { IntegrationTokenView } from './types/integration-token.type';
import { IntegrationView } from './types/integration.type';
import { RoutingRuleView } from './types/routing-rule.type';
import { NodeInterface } from './types/node.type';
import { TicketEventView } from './types/ticket-event.type';
import { TicketView } from './types/ticket.type';
import { UserView } from './types/user.type';
import { WebhookDeliveryView, WebhookView } from './types/webhook.type';

@Resolver()
export class NodeResolver {
  /** Each type with the visibility of its own queries: what the caller may not see is NOT_FOUND. */
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global id.' })
  async node(
    @Arg('id', () => ID, { description: 'A global id, as any `id` field returns it.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<NodeInterface> {
    const parsed = fromGlobalId(id);
    switch (parsed?.type) {
      case 'Ticket':
        return TicketView.from(await new TicketService(ctx).get(parsed.id));
      case 'Comment':
        return CommentView.from(await new CommentService(ctx).get(parsed.id));
      case 'TicketEvent':
        return TicketEventView.from(await new TicketEventService(ctx).get(parsed.id));
      case 'ClassificationJob':
        return ClassificationJobView.from(await new ClassificationJobService(ctx).get(parsed.id));
      case 'User':
        return UserView.from(await new UserService(ctx).get(parsed.id));
      case 'IntegrationToken':
        return IntegrationTokenView.from(await new IntegrationTokenService(ctx).get(parsed.id));
      case 'Webhook':
        return WebhookView.from(await new WebhookService(ctx).get(parsed.id));
      case 'Attachment':
        return AttachmentView.from(await new AttachmentService(ctx).get(parsed.id));
      case 'WebhookDelivery':
        return WebhookDeliveryView.from(await new WebhookService(ctx).delivery(parsed.id).catch(async (error: unknown) => {
          // An integration's call is a delivery too.
          if (!(error instanceof NotFoundError)) throw error;
          return new IntegrationService(ctx).delivery(parsed.id);
        }));
      case 'Integration':
        return IntegrationView.from(await new IntegrationService(ctx).get(parsed.id));
      case 'RoutingRule':
        return RoutingRuleView.from(await new RoutingRuleService(ctx).get(parsed.id));
    }
    const assistant = parsed && (await assistantNode(ctx, parsed.type, parsed.id));
    if (assistant) return assistant;
    throw new NotFoundError('Node', id);
  }
}
