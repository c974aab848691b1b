import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AiStatusService } from '../services/ai-status/ai-status.service';
import { AiModelStatusView } from './types/ai-status.type';

@Resolver()
export class AiStatusResolver {
  @Query(() => [AiModelStatusView], {
    description:
      'Each AI model in use (embedded classifier, sentence vectors, OCR, LLM): version, loaded or reachable, last error and latency (ADMIN and AGENT). The LLM is probed on each call. ' +
      'The figures are those of the API instance that answers, since it started: calls made by other instances and by worker processes are not in them.',
  })
  async aiStatus(@Ctx() ctx: Context): Promise<AiModelStatusView[]> {
    return (await new AiStatusService(ctx).status()).map(AiModelStatusView.from);
  }
}
