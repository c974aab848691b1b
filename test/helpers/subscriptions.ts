import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import type { PubSub } from '../../src/pubsub';
import { ticketEventsChannel } from '../../src/services/ticket-events/ticket-event.channel';

/** Results of a subscription until `count` arrived, or until the server completes it ('complete'). */
function collect<R, V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<R, V>,
  variables: V,
  until: number | 'complete',
  timeoutMs: number,
): { values: Promise<R[]>; unsubscribe: () => void } {
  let unsubscribe = (): void => undefined;
  const values = new Promise<R[]>((resolve, reject) => {
    const received: R[] = [];
    const timer = setTimeout(() => {
      unsubscribe();
      const wanted = until === 'complete' ? 'the end' : `${until} events`;
      reject(new Error(`no ${wanted} after ${timeoutMs} ms; received ${JSON.stringify(received)}`));
    }, timeoutMs);
    const settle = (outcome: () => void): void => {
      clearTimeout(timer);
      outcome();
    };
    unsubscribe = client.subscribe<R>(
      { query: print(document), variables },
      {
        next: (result) => {
          if (result.errors) return settle(() => reject(new Error(JSON.stringify(result.errors))));
          received.push(result.data as R);
          if (received.length === until) settle(() => resolve(received));
        },
        error: (error) => settle(() => reject(error instanceof Error ? error : new Error(JSON.stringify(error)))),
        complete: () => {
          if (until === 'complete') settle(() => resolve(received));
        },
      },
    );
  });
  return { values, unsubscribe: () => unsubscribe() };
}

/** Collects the first `count` results of a subscription over a graphql-ws client. */
export function nextValues<R, V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<R, V>,
  variables: V,
  count: number,
  timeoutMs = 10_000,
): { values: Promise<R[]>; unsubscribe: () => void } {
  return collect(client, document, variables, count, timeoutMs);
}

/** Waits until the server holds `count` live ticket-event subscriptions, so no event is missed. */
export async function waitForListeners(pubsub: PubSub, count: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pubsub.listenerCount(ticketEventsChannel) < count) {
    if (Date.now() > deadline) throw new Error(`no ${count} subscribers after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every result of a subscription until the server completes it; fails if that takes longer than `timeoutMs`. */
export function allValues<R, V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<R, V>,
  variables: V,
  timeoutMs = 15_000,
): Promise<R[]> {
  return collect(client, document, variables, 'complete', timeoutMs).values;
}
