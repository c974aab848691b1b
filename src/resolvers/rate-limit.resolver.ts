import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { budgetOf } from '../services/identity/rate-limiter';
import { RateLimitView } from './types/rate-limit.type';

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimitView, { description: 'The caller\'s request budget and what this request costs.' })
  async rateLimit(@Ctx() ctx: Context): Promise<RateLimitView> {
    const budget = budgetOf(ctx.viewer);
    const quota = ctx.rateLimit ?? (budget ? await ctx.limiter.peek(budget) : { limit: 0, remaining: 0, resetAt: new Date() });
    return { cost: ctx.queryCost ?? 1, limit: quota.limit, remaining: quota.remaining, resetAt: quota.resetAt };
  }
}
