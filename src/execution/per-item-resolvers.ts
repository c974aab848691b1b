import { assertInterfaceType, assertObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { nodeTypeOf } from '../resolvers/types/node.type';
import { ticketComments, ticketHistory } from './ticket-children';

/**
 * Fields resolved once per item of a list, attached to the schema as plain functions of the
 * arguments graphql has already coerced. type-graphql hands every resolver argument to its
 * validation step, which returns a promise even with validation off, so through type-graphql each
 * of these would cost a chain of promises per item. Their resolver classes still declare them.
 */
const PER_ITEM_RESOLVERS: Record<string, Record<string, GraphQLFieldResolver<never, never, never>>> = {
  Ticket: { comments: ticketComments, history: ticketHistory },
};

/** Puts the per-item resolvers in place of type-graphql's, and the Node type's resolver likewise. */
export function attachPerItemResolvers(schema: GraphQLSchema): void {
  for (const [type, fields] of Object.entries(PER_ITEM_RESOLVERS)) {
    const declared = assertObjectType(schema.getType(type)).getFields();
    for (const [name, resolve] of Object.entries(fields)) declared[name]!.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
  // type-graphql wraps resolveType in an async function; graphql-jit (compiled-executor.ts) needs the name at once.
  assertInterfaceType(schema.getType('Node')).resolveType = nodeTypeOf;
}
