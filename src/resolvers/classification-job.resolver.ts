import {
  Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData,
} from 'type-graphql';
import type { Context } from '../context';
import { ticketCursor } from '../repositories/tickets/ticket.repository';
import { ClassificationJobService, FILE_ORDER, type JobSnapshot } from '../services/jobs/classification-job.service';
import { dbIdOf } from './node-id';
import { ClassificationJobView } from './types/classification-job.type';
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
