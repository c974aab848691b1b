import { describe, expect, test } from 'vitest';
import { Role } from '../src/entities/enums';
import { CloseConversationDocument, ConversationStateDocument, SendMessageDocument } from './gql/graphql';
import { useTestApi } from './helpers/harness';

const api = useTestApi();

describe('closeConversation', () => {
  test('ends the conversation: isActive false, messages kept, a new message refused with CONFLICT, a message without id starts anew', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const first = (await api.run(SendMessageDocument, { message: 'How can I get a refund?' }, ann)).sendMessage;
    const id = first.conversation.id;
    expect(first.conversation.isActive).toBe(true);

    const closed = (await api.run(CloseConversationDocument, { id }, ann)).closeConversation;
    expect(closed).toMatchObject({ id, isActive: false, messages: { totalCount: 2 } });
    expect((await api.run(ConversationStateDocument, { id }, ann)).conversation).toEqual({ isActive: false, messages: { totalCount: 2 } });

    const refused = await api.execute(SendMessageDocument, { message: 'One more thing', conversationId: id }, ann);
    expect(refused.errors![0]).toMatchObject({
      message: 'This conversation is closed; send the message without a conversationId to start a new one',
      extensions: { code: 'CONFLICT' },
    });
    expect((await api.run(ConversationStateDocument, { id }, ann)).conversation!.messages.totalCount).toBe(2);

    const again = (await api.run(CloseConversationDocument, { id }, ann)).closeConversation;
    expect(again).toEqual(closed);
    const fresh = (await api.run(SendMessageDocument, { message: 'One more thing about refunds' }, ann)).sendMessage;
    expect(fresh.conversation.id).not.toBe(id);
    expect(fresh.conversation.isActive).toBe(true);
  });

  test('staff may close anyone\'s conversation; another customer is told it does not exist', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const bob = await api.user(Role.CUSTOMER, 'bob');
    const agent = await api.user(Role.AGENT);
    const { id } = (await api.run(SendMessageDocument, { message: 'My invoice is wrong' }, ann)).sendMessage.conversation;
    expect((await api.execute(CloseConversationDocument, { id }, bob)).errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
    expect((await api.run(CloseConversationDocument, { id }, agent)).closeConversation.isActive).toBe(false);
  });

  test('a close racing with messages: every message is either stored before the close or refused', async () => {
    const ann = await api.user(Role.CUSTOMER, 'ann');
    const { id } = (await api.run(SendMessageDocument, { message: 'Where is my order?' }, ann)).sendMessage.conversation;
    const sends = Array.from({ length: 8 }, (_, i) => api.execute(SendMessageDocument, { message: `Follow-up number ${i}`, conversationId: id }, ann));
    const [closing, ...results] = await Promise.all([api.run(CloseConversationDocument, { id }, ann), ...sends]);
    expect(closing.closeConversation.isActive).toBe(false);
    const accepted = results.filter((r) => !r.errors).length;
    expect(results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions!.code)).toEqual(Array(8 - accepted).fill('CONFLICT'));
    // Each accepted question has its answer; nothing was stored for the refused ones.
    expect((await api.run(ConversationStateDocument, { id }, ann)).conversation!.messages.totalCount).toBe(2 + 2 * accepted);
  });
});
