import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { DEFAULT_SEARCH_HITS, FaqService, FAQ_LIMITS } from '../services/assistant/faq.service';
import { dbIdOf } from './node-id';
import { MAX_PAGE_SIZE } from './types/connection.type';
import { FaqInput, FaqView, KnowledgeBaseHitView } from './types/faq.type';

@Resolver(() => FaqView)
export class FaqResolver {
  @Query(() => [FaqView], {
    description: 'FAQ entries, optionally of one category and matching a search: best matches first, else by category and question. Public: no sign-in needed.',
  })
  async faqs(
    @Ctx() ctx: Context,
    @Arg('category', () => String, { nullable: true, description: 'Only this category (case-insensitive).' }) category?: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Entries containing every word (English stemming, question and answer); supports "quoted phrases", `or` and `-excluded` words.',
    })
    search?: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: MAX_PAGE_SIZE,
      description: `How many entries at most: ${MAX_PAGE_SIZE} when omitted, up to ${FAQ_LIMITS.page} (larger values are capped).`,
    })
    first?: number | null,
  ): Promise<FaqView[]> {
    const limit = Math.min(Math.max(first ?? MAX_PAGE_SIZE, 1), FAQ_LIMITS.page);
    return (await new FaqService(ctx).list({ category, search }, limit)).map(FaqView.from);
  }

  @Query(() => FaqView, { nullable: true, description: 'One FAQ entry; reading it counts a view. Public: no sign-in needed.' })
  async faq(@Arg('id', () => ID, { description: 'Global id of the entry.' }) id: string, @Ctx() ctx: Context): Promise<FaqView> {
    return FaqView.from(await new FaqService(ctx).view(dbIdOf(id, 'Faq')));
  }

  @Query(() => [KnowledgeBaseHitView], {
    description: 'Searches the knowledge base for a question in plain words: ranked entries with snippets, best first. Public: no sign-in needed.',
  })
  async searchKnowledgeBase(
    @Arg('query', () => String, { description: 'The question or words to look for (1-500 characters).' }) query: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_SEARCH_HITS, description: `How many hits at most (1-${FAQ_LIMITS.searchResults}).` })
    first: number | null,
  ): Promise<KnowledgeBaseHitView[]> {
    return (await new FaqService(ctx).search(query, first ?? DEFAULT_SEARCH_HITS)).map(KnowledgeBaseHitView.from);
  }

  @Mutation(() => FaqView, { description: 'Adds an FAQ entry (agents and admins). With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer.' })
  async createFaq(@Arg('input', () => FaqInput, { description: 'The entry.' }) input: FaqInput, @Ctx() ctx: Context): Promise<FaqView> {
    return FaqView.from(await new FaqService(ctx).create(input, headerOf(ctx, 'idempotency-key')));
  }

  @Mutation(() => FaqView, { description: 'Rewrites an FAQ entry (agents and admins); its view count stays.' })
  async updateFaq(
    @Arg('id', () => ID, { description: 'Global id of the entry.' }) id: string,
    @Arg('input', () => FaqInput, { description: 'The entry as it should read.' }) input: FaqInput,
    @Ctx() ctx: Context,
  ): Promise<FaqView> {
    return FaqView.from(await new FaqService(ctx).update(dbIdOf(id, 'Faq'), input));
  }

  @Mutation(() => ID, { description: 'Deletes an FAQ entry (agents and admins); returns its id.' })
  async deleteFaq(@Arg('id', () => ID, { description: 'Global id of the entry.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    await new FaqService(ctx).delete(dbIdOf(id, 'Faq'));
    return id;
  }
}
