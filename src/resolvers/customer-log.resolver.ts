import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { headerOf, type Context } from '../context';
import { NotFoundError } from '../errors';
import { customerLogCursor } from '../repositories/customer-logs/customer-log.repository';
import { CustomerLogService, DEFAULT_LOG_HOURS, DEFAULT_TRENDING_ISSUES } from '../services/customer-logs/customer-log.service';
import { dbIdOf } from './node-id';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import {
  CreateCustomerLogInput, CustomerLogConnection, CustomerLogFilter, CustomerLogSummaryView, CustomerLogView, TrendingIssueView,
  UpdateCustomerLogInput,
} from './types/customer-log.type';
import { UserView } from './types/user.type';

@Resolver(() => CustomerLogView)
export class CustomerLogResolver {
  @Query(() => CustomerLogConnection, {
    description: 'Customer logs of the last 24 hours (or `filter.hours`), newest first: your own, or everyone\'s for agents and admins. Page forwards with `first`/`after`, backwards with `last`/`before`.',
  })
  async customerLogs(
    @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => CustomerLogFilter, { nullable: true, description: 'Conditions; all must hold.' }) filter?: CustomerLogFilter | null,
  ): Promise<Connection<CustomerLogView>> {
    const service = new CustomerLogService(ctx);
    const where = filter ?? {};
    const page = await service.list(where, pageRequest(args));
    return toConnection(page, args.after, customerLogCursor, CustomerLogView.from, () => service.count(where));
  }

  @Query(() => CustomerLogSummaryView, { description: 'Totals by status, category and priority of the logs of the last `hours` hours (yours, or all for staff).' })
  async customerLogSummary(
    @Ctx() ctx: Context,
    @Arg('hours', () => Int, { nullable: true, defaultValue: DEFAULT_LOG_HOURS, description: 'The window, 1-8760 hours.' }) hours: number | null,
  ): Promise<CustomerLogSummaryView> {
    return new CustomerLogService(ctx).summary(hours ?? DEFAULT_LOG_HOURS);
  }

  @Query(() => [TrendingIssueView], {
    description: 'The words most customer logs mention (English stemming, stop words left out), most first. Counted per UTC hour: the window starts at the top of the hour `hours` hours ago. ADMIN only.',
  })
  async trendingIssues(
    @Ctx() ctx: Context,
    @Arg('hours', () => Int, { nullable: true, defaultValue: DEFAULT_LOG_HOURS, description: 'The window, 1-8760 hours.' }) hours: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: DEFAULT_TRENDING_ISSUES, description: 'How many issues, 1-100.' }) limit: number | null,
  ): Promise<TrendingIssueView[]> {
    return new CustomerLogService(ctx).trending(hours ?? DEFAULT_LOG_HOURS, limit ?? DEFAULT_TRENDING_ISSUES);
  }

  @Mutation(() => CustomerLogView, { description: 'Logs something for the signed-in user; it starts OPEN. With an `Idempotency-Key` header a retry is safe: a repeat returns the first answer.' })
  async createCustomerLog(
    @Arg('input', () => CreateCustomerLogInput, { description: 'The new log.' }) input: CreateCustomerLogInput,
    @Ctx() ctx: Context,
  ): Promise<CustomerLogView> {
    return CustomerLogView.from(await new CustomerLogService(ctx).create(input, headerOf(ctx, 'idempotency-key')));
  }

  @Mutation(() => CustomerLogView, { description: 'Changes the given fields of a log: your own, or any for agents and admins.' })
  async updateCustomerLog(
    @Arg('id', () => ID, { description: 'Global id of the log.' }) id: string,
    @Arg('input', () => UpdateCustomerLogInput, { description: 'The fields to change.' }) input: UpdateCustomerLogInput,
    @Ctx() ctx: Context,
  ): Promise<CustomerLogView> {
    return CustomerLogView.from(await new CustomerLogService(ctx).update(dbIdOf(id, 'CustomerLog'), input));
  }

  @FieldResolver(() => UserView, { description: 'Whose log it is.' })
  async user(@Root() log: CustomerLogView, @Ctx() { loaders }: Context): Promise<UserView> {
    const user = await loaders.user.load(log.userDbId);
    if (!user) throw new NotFoundError('User', log.userDbId);
    return UserView.from(user);
  }
}
