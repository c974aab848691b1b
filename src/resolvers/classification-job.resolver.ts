import {
  Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData,
} from 'type-graphql';
import type { Context } from '../context';
import { jobCursor } from '../repositories/jobs/classification-job.repository';
import { ticketCursor } from '../repositories/tickets/ticket.repository';
import { ClassificationJobService, FILE_ORDER, type JobSnapshot } from '../services/jobs/classification-job.service';
import { jobQueueStats } from '../services/jobs/job-queue-stats.service';
import { dbIdOf } from './node-id';
import { ClassificationJobConnection, ClassificationJobFilter, ClassificationJobView, JobQueueStatsView } from './types/classification-job.type';
import { BidirectionalPageArgs, pageRequest, toConnection, type Connection } from './types/connection.type';
import { TicketConnection, TicketView } from './types/ticket.type';

@ArgsType()
class JobArgs {
  @Field(() => ID, { description: 'Global id of the job (for a signed upload, its session id).' })
  id!: string;
}

@Resolver(() => ClassificationJobView)
export class ClassificationJobResolver {
  @Query(() => ClassificationJobView, {
    nullable: true,
    description: 'A classification job, for clients that poll. Its id is the credential for a signed upload\'s job; an import\'s job is for staff and its importer.',
  })
  async classificationJob(@Args(() => JobArgs) { id }: JobArgs, @Ctx() ctx: Context): Promise<ClassificationJobView> {
    return ClassificationJobView.from(await new ClassificationJobService(ctx).get(dbIdOf(id, 'ClassificationJob')));
  }

  @Query(() => ClassificationJobConnection, {
    description: 'Classification jobs, newest first: every job for agents and admins, the jobs of your own imports for everyone else.',
  })
  async classificationJobs(
    @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ClassificationJobFilter, { nullable: true, description: 'Conditions; all must hold.' }) filter?: ClassificationJobFilter | null,
  ): Promise<Connection<ClassificationJobView>> {
    const service = new ClassificationJobService(ctx);
    const where = filter ?? {};
    const page = await service.list(where, pageRequest(args));
    return toConnection(page, args.after, jobCursor, ClassificationJobView.from, () => service.count(where));
  }

  @Query(() => [JobQueueStatsView], {
    description: 'The job queues (classification, deliveries, file processing): waiting, running, finished in the last hour, and the oldest wait. Agents and admins.',
  })
  async jobQueueStats(@Ctx() ctx: Context): Promise<JobQueueStatsView[]> {
    return jobQueueStats(ctx);
  }

  @Mutation(() => ClassificationJobView, {
    description: 'Runs a FAILED or CANCELLED job again (CONFLICT otherwise): tickets it classified keep their classification, the rest are tried again. Staff, or the job\'s importer.',
  })
  async retryClassificationJob(@Args(() => JobArgs) { id }: JobArgs, @Ctx() ctx: Context): Promise<ClassificationJobView> {
    return ClassificationJobView.from(await new ClassificationJobService(ctx).retry(dbIdOf(id, 'ClassificationJob')));
  }

  @Mutation(() => ClassificationJobView, {
    description: 'Stops a PENDING or PROCESSING job (CONFLICT otherwise); it ends CANCELLED and tickets classified so far keep their classification. Staff, or the job\'s importer.',
  })
  async cancelClassificationJob(@Args(() => JobArgs) { id }: JobArgs, @Ctx() ctx: Context): Promise<ClassificationJobView> {
    return ClassificationJobView.from(await new ClassificationJobService(ctx).cancel(dbIdOf(id, 'ClassificationJob')));
  }

  @Subscription(() => ClassificationJobView, {
    description:
      'The job now, then its progress while it runs (at most a few updates a second), then its final state, then the stream completes. A job that already finished gives its final state at once.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, JobArgs, Context>) =>
      new ClassificationJobService(context).updates(dbIdOf(args.id, 'ClassificationJob')),
  })
  classificationJobUpdated(@Root() job: JobSnapshot, @Args(() => JobArgs) _args: JobArgs, @Ctx() ctx: Context): ClassificationJobView {
    ctx.renew();
    return ClassificationJobView.from(job);
  }

  @FieldResolver(() => TicketConnection, { description: 'The job\'s tickets, in the order of the file. Page forwards with `first`/`after`, backwards with `last`/`before`.' })
  async tickets(@Root() job: ClassificationJobView, @Args(() => BidirectionalPageArgs) args: BidirectionalPageArgs, @Ctx() ctx: Context): Promise<Connection<TicketView>> {
    const service = new ClassificationJobService(ctx);
    const page = await service.tickets(job.dbId, pageRequest(args));
    const now = Date.now();
    return toConnection(
      page,
      args.after,
      (ticket) => ticketCursor(ticket, FILE_ORDER),
      (ticket) => TicketView.from(ticket, now),
      () => service.countTickets(job.dbId),
    );
  }
}
