import type { Context } from '../context';
import { ConversationService } from '../services/assistant/conversation.service';
import { FaqService } from '../services/assistant/faq.service';
import { CustomerLogService } from '../services/customer-logs/customer-log.service';
import { ConversationView, MessageView } from './types/conversation.type';
import { CustomerLogView } from './types/customer-log.type';
import { FaqView } from './types/faq.type';
import type { NodeInterface } from './types/node.type';

/** `node(id:)` for the assistant's types, with the same visibility as their own queries; undefined for other types. */
export async function assistantNode(ctx: Context, type: string, id: string): Promise<NodeInterface | undefined> {
  switch (type) {
    case 'Conversation':
      return ConversationView.from(await new ConversationService(ctx).get(id));
    case 'Message':
      return MessageView.from(await new ConversationService(ctx).getMessage(id));
    case 'Faq':
      return FaqView.from(await new FaqService(ctx).get(id));
    case 'CustomerLog':
      return CustomerLogView.from(await new CustomerLogService(ctx).get(id));
    default:
      return undefined;
  }
}
