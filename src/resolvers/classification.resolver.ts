import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ClassificationService } from '../services/classifier/classification.service';
import { dbIdOf } from './node-id';
import { ClassifierInfoView, ClassifyTicketPayload } from './types/classifier.type';
import { ClassificationView, TicketView } from './types/ticket.type';

@Resolver()
export class ClassificationResolver {
  @Mutation(() => ClassifyTicketPayload, {
    description: 'Classifies a ticket (staff, or the integration token that created it) and publishes CLASSIFIED. Category and priority change only if no person set them by hand.',
  })
  async classifyTicket(
    @Arg('id', () => ID, { description: 'Global id of the ticket.' }) id: string,
    @Arg('llmOnly', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Use the configured LLM only: SERVICE_UNAVAILABLE when it cannot answer, instead of the embedded model.',
    })
    llmOnly: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<ClassifyTicketPayload> {
    const { ticket, classification } = await new ClassificationService(ctx).classifyTicket(dbIdOf(id, 'Ticket'), llmOnly ?? false);
    return { ticket: TicketView.from(ticket), classification };
  }

  @Query(() => ClassificationView, {
    description: 'Classifies text without storing a ticket (any signed-in caller): the configured LLM, else the embedded model. The texts are checked as a new ticket\'s are.',
  })
  async classifyText(
    @Arg('subject', () => String, { nullable: true, description: 'Subject line, if there is one (1-200 characters).' }) subject: string | null,
    @Arg('description', () => String, { description: 'The request in the customer\'s words (10-2000 characters).' }) description: string,
    @Ctx() ctx: Context,
  ): Promise<ClassificationView> {
    return new ClassificationService(ctx).classifyRequest({ subject, description });
  }

  @Query(() => ClassifierInfoView, { description: 'The classifier in use and its evaluation figures (ADMIN and AGENT).' })
  async classifierInfo(@Ctx() ctx: Context): Promise<ClassifierInfoView> {
    return ClassifierInfoView.from(await new ClassificationService(ctx).info());
  }

  @Mutation(() => ClassifierInfoView, {
    description: 'Retrains the embedded model from the corpus and every correction agents made (ADMIN only), then switches every API instance to it without a restart. Takes seconds.',
  })
  async retrainClassifier(@Ctx() ctx: Context): Promise<ClassifierInfoView> {
    const service = new ClassificationService(ctx);
    await service.retrain();
    return ClassifierInfoView.from(await service.info());
  }
}
