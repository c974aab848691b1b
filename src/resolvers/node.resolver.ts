import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { fromGlobalId } from '../ids';
import { ClassificationJobService } from '../services/classification-job.service';
import { TicketService } from '../services/ticket.service';
import { WebhookService } from '../services/webhook.service';
import { assistantNode } from './assistant-node';
import { ClassificationJobView } from './types/classification-job.type';
import { NodeInterface } from './types/node.type';
import { WebhookView } from './types/webhook.type';
import { TicketView } from './types/ticket.type';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global id.' })
  async node(
    @Arg('id', () => ID, { description: 'A global id, as any `id` field returns it.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<NodeInterface> {
    const parsed = fromGlobalId(id);
    if (parsed?.type === 'Ticket') return TicketView.from(await new TicketService(ctx).get(parsed.id));
    if (parsed?.type === 'ClassificationJob') return ClassificationJobView.from(await new ClassificationJobService(ctx).get(parsed.id));
    if (parsed?.type === 'Webhook') return WebhookView.from(await new WebhookService(ctx).get(parsed.id));
    const assistant = parsed && (await assistantNode(ctx, parsed.type, parsed.id));
    if (assistant) return assistant;
    throw new NotFoundError('Node', id);
  }
}
