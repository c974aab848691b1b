import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { RoutingRuleService } from '../services/routing/routing-rule.service';
import { dbIdOf } from './node-id';
import { CreateRoutingRuleInput, RoutingRuleView, UpdateRoutingRuleInput } from './types/routing-rule.type';

@Resolver(() => RoutingRuleView)
export class RoutingRuleResolver {
  @Query(() => [RoutingRuleView], { description: 'Every routing rule, in the order they are tried (ADMIN only).' })
  async routingRules(@Ctx() ctx: Context): Promise<RoutingRuleView[]> {
    return (await new RoutingRuleService(ctx).list()).map(RoutingRuleView.from);
  }

  @Mutation(() => RoutingRuleView, { description: 'Makes a routing rule (ADMIN only); it routes the tickets classified from then on.' })
  async createRoutingRule(
    @Arg('input', () => CreateRoutingRuleInput, { description: 'Name, agents, conditions and position.' }) input: CreateRoutingRuleInput,
    @Ctx() ctx: Context,
  ): Promise<RoutingRuleView> {
    return RoutingRuleView.from(await new RoutingRuleService(ctx).create(input));
  }

  @Mutation(() => RoutingRuleView, { description: 'Changes, moves, or switches off and on a routing rule (ADMIN only).' })
  async updateRoutingRule(
    @Arg('id', () => ID, { description: 'Global id of the rule.' }) id: string,
    @Arg('input', () => UpdateRoutingRuleInput, { description: 'The changes.' }) input: UpdateRoutingRuleInput,
    @Ctx() ctx: Context,
  ): Promise<RoutingRuleView> {
    return RoutingRuleView.from(await new RoutingRuleService(ctx).update(dbIdOf(id, 'RoutingRule'), input));
  }

  @Mutation(() => ID, { description: 'Deletes a routing rule (ADMIN only); the rules after it move up. Returns its id.' })
  async deleteRoutingRule(@Arg('id', () => ID, { description: 'Global id of the rule.' }) id: string, @Ctx() ctx: Context): Promise<string> {
    await new RoutingRuleService(ctx).delete(dbIdOf(id, 'RoutingRule'));
    return id;
  }
}
