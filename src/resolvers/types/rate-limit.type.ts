import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars';

@ObjectType('RateLimit', { description: 'The caller\'s request budget, as counted for this request.', simpleResolvers: true })
export class RateLimitView {
  @Field(() => Int, { description: 'The cost of this request: how many objects it may return.' })
  cost!: number;

  @Field(() => Int, { description: 'Requests allowed in the current window (a minute for users and anonymous callers, the clock hour for integration tokens).' })
  limit!: number;

  @Field(() => Int, { description: 'Requests left in the current window, this one counted.' })
  remaining!: number;

  @Field(() => DateTimeScalar, { description: 'When the window ends and the budget is full again.' })
  resetAt!: Date;
}
