import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from './context';
import { seesInternalComments } from './services/policy';
import { Comment } from './entities/comment.entity';
import { Ticket } from './entities/ticket.entity';
import { TicketEvent } from './entities/ticket-event.entity';
import type { CommentRecord, Page, TicketEventRecord, TicketRecord } from './repositories/ticket.records';
import { assistantLoaders } from './repositories/assistant.loaders';

/** Page arguments shared by every parent in one batch, and the record properties to read. */
export interface ChildPageKey<P = string> {
  first: number;
  after?: string | null;
  properties?: ReadonlySet<P>;
}

/**
 * One DataLoader per combination of page arguments: all tickets of a list that ask for
 * `comments(first: 5)` share one batch and so one SQL statement.
 */
export class LoaderFamily<V, P = string> {
  private readonly loaders = new Map<string, DataLoader<string, V>>();
  private readonly prefetched = new WeakMap<object, Map<string, V>>();

  constructor(private readonly batch: (key: ChildPageKey<P>, ids: readonly string[]) => Promise<Map<string, V>>) {}

  get(key: ChildPageKey<P>): DataLoader<string, V> {
    const name = `${key.first}:${key.after ?? ''}:${key.properties ? [...key.properties].sort().join(',') : '*'}`;
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.batch(key, ids);
        return ids.map((id) => found.get(id)!);
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }

  /**
   * Loads the values of `ids` in one batch now, for a parent list that knows which selection of
   * the document will ask for its children (`selection`, e.g. a field node): `prefetchedFor` then
   * answers that selection without a promise per parent.
   */
  async prefetch(selection: object, key: ChildPageKey<P>, ids: readonly string[]): Promise<void> {
    this.prefetched.set(selection, await this.batch(key, ids));
  }

  prefetchedFor(selection: object, id: string): V | undefined {
    return this.prefetched.get(selection)?.get(id);
  }
}

export function byId<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, missing: V): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? missing);
  });
}

export function createLoaders(em: EntityManager, viewer: Viewer) {
  const internal = seesInternalComments(viewer);
  const tickets = em.getRepository(Ticket);
  const comments = em.getRepository(Comment);
  const events = em.getRepository(TicketEvent);
  return {
    ticket: byId<TicketRecord | undefined>(
      async (ids) => new Map((await tickets.findRecords(ids)).map((t) => [t.id, t])),
      undefined,
    ),
    comments: new LoaderFamily<Page<CommentRecord>, keyof CommentRecord>((key, ids) =>
      comments.pages(ids, key.first, key.after ?? undefined, internal, key.properties),
    ),
    commentCount: byId((ids) => comments.counts(ids, internal), 0),
    history: new LoaderFamily<Page<TicketEventRecord>>((key, ids) => events.pages(ids, key.first, key.after ?? undefined, internal)),
    historyCount: byId((ids) => events.counts(ids, internal), 0),
    ...assistantLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
