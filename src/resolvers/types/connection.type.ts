import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ValidationError } from '../../errors';
import type { Page, PageRequest } from '../../repositories/shared/page';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in its list.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow this page; fetch them with `after: endCursor` (when paging backwards: true when `before` was given).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede this page (true when `after` was given; when paging backwards, whether more items come before).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

@ArgsType()
export class BidirectionalPageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: ${DEFAULT_PAGE_SIZE} when omitted, at most ${MAX_PAGE_SIZE} (larger values are capped).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge cursor).' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page backwards: the last items (before \`before\`, or of the whole list), at most ${MAX_PAGE_SIZE}, in list order. Not with \`first\` or \`after\`.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items before this cursor (a `startCursor` or edge cursor); with `last`, or alone for its default page.' })
  before?: string | null;
}

/** What `first`/`after` or `last`/`before` ask for; mixing the two directions is refused. */
export function pageRequest({ first, after, last, before }: BidirectionalPageArgs): PageRequest {
  const backward = (last !== null && last !== undefined) || Boolean(before);
  if (!backward) return { size: pageSize(first), direction: 'forward', cursor: after ?? undefined };
  const mixed = [first != null && 'first', after && 'after'].filter((name): name is string => Boolean(name));
  if (mixed.length) {
    throw new ValidationError(mixed.map((field) => ({ field, message: 'cannot be combined with last or before: page one way at a time' })));
  }
  if (last !== null && last !== undefined && last < 0) throw new ValidationError([{ field: 'last', message: 'must not be negative' }]);
  return { size: last == null ? DEFAULT_PAGE_SIZE : Math.min(last, MAX_PAGE_SIZE), direction: 'backward', cursor: before ?? undefined };
}

/** The page size for `first`: defaulted, capped at the maximum, never negative. */
function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (first < 0) throw new ValidationError([{ field: 'first', message: 'must not be negative' }]);
  return Math.min(first, MAX_PAGE_SIZE);
}

// Cursors and counts are getters: computed only when a client's selection reads them.

export interface Edge<N> {
  readonly cursor: string;
  readonly node: N;
}

export interface Connection<N> {
  readonly edges: Edge<N>[];
  readonly pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

class LazyEdge<R, N> implements Edge<N> {
  constructor(
    readonly node: N,
    private readonly item: R,
    private readonly cursorOf: (item: R) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.item);
  }
}

class LazyPageInfo<R> implements PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly items: R[],
    private readonly cursorOf: (item: R) => string,
  ) {}

  get startCursor(): string | null {
    return this.items.length ? this.cursorOf(this.items[0]!) : null;
  }

  get endCursor(): string | null {
    return this.items.length ? this.cursorOf(this.items[this.items.length - 1]!) : null;
  }
}

class LazyConnection<N> implements Connection<N> {
  constructor(
    readonly edges: Edge<N>[],
    readonly pageInfo: PageInfo,
    private readonly count: () => Promise<number>,
  ) {}

  get totalCount(): Promise<number> {
    return this.count();
  }
}

export function toConnection<R, N>(
  page: Page<R>,
  after: string | null | undefined,
  cursorOf: (item: R) => string,
  toNode: (item: R) => N,
  count: () => Promise<number>,
): Connection<N> {
  return new LazyConnection(
    page.items.map((item) => new LazyEdge(toNode(item), item, cursorOf)),
    new LazyPageInfo(page.hasNextPage, page.hasPreviousPage ?? Boolean(after), page.items, cursorOf),
    count,
  );
}

/** Declares the `<Name>Connection` and `<Name>Edge` types for a node type. */
export function ConnectionType<N extends object>(node: ClassType<N>, name: string): ClassType<Connection<N>> {
  @ObjectType(`${name}Edge`, { description: `A ${name} in a list, with its cursor.`, simpleResolvers: true })
  class EdgeType {
    @Field(() => String, { description: 'Pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: N;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo!: PageInfo;

    // A promise, so not a simple field: graphql-jit reads simple fields as plain values.
    @Field(() => Int, { description: 'How many items the whole list has, across all pages.', simple: false })
    totalCount!: Promise<number>;
  }
  return ConnectionClass as unknown as ClassType<Connection<N>>;
}
