import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType, isCompositeType, isListType, isNonNullType, Kind, valueFromAST, type DocumentNode, type FieldNode,
  type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Config } from '../config';
import type { Context } from '../context';
import { DomainError } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../resolvers/types/connection.type';

/** Top-level lists without a `first` argument are counted as this many items. */
const UNPAGED_LIST_ESTIMATE = 50;

export interface QueryAnalysis {
  /** How many objects the operation may produce: each page counts its size, times the pages around it. */
  cost: number;
  depth: number;
  aliases: number;
}

export type QueryLimits = Pick<Config['limits'], 'queryMaxCost' | 'queryMaxDepth' | 'queryMaxAliases'>;

export class QueryTooComplexError extends DomainError {
  constructor(message: string, analysis: QueryAnalysis, limits: QueryLimits) {
    super('BAD_USER_INPUT', message, {
      cost: { requested: analysis.cost, limit: limits.queryMaxCost },
      http: { status: 400 },
    });
  }
}

/**
 * Measures an operation before it runs, GitHub and Shopify style: `tickets(first: 20) {
 * comments(first: 5) }` may produce 20 + 20 x 5 objects. Introspection is not counted.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  const result: QueryAnalysis = { cost: 1, depth: 0, aliases: 0 };
  if (!root) return result;

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, depth: number, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) visit(fragment.selectionSet, type, multiplier, depth, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) visit(selection.selectionSet, type, multiplier, depth, seen);
        continue;
      }
      if (selection.name.value.startsWith('__')) continue;
      if (selection.alias) result.aliases++;
      const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      result.depth = Math.max(result.depth, depth + 1);
      const type = getNamedType(field.type);
      if (!selection.selectionSet || !isCompositeType(type)) continue;
      const items = itemsOf(field, selection, variables, depth === 0);
      result.cost += multiplier * items;
      visit(selection.selectionSet, type, multiplier * Math.max(items, 1), depth + 1, seen);
    }
  };
  visit(operation.selectionSet, root, 1, 0, new Set());
  return result;
}

/**
 * How many objects one occurrence of the field adds: a page for connections, an estimate for
 * top-level lists, one for a top-level object. Anything else comes with its parent (a node's
 * customer, a connection's edges) and adds nothing.
 */
function itemsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>, topLevel: boolean): number {
  const firstArg = field.args.find((arg) => arg.name === 'first');
  if (firstArg) {
    const given = node.arguments?.find((arg) => arg.name.value === 'first');
    const value = given ? valueFromAST(given.value, firstArg.type, variables) : undefined;
    return typeof value === 'number' ? Math.min(Math.max(value, 0), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }
  if (!topLevel) return 0;
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type) ? UNPAGED_LIST_ESTIMATE : 1;
}

export function checkQueryLimits(analysis: QueryAnalysis, limits: QueryLimits): QueryTooComplexError | undefined {
  if (analysis.depth > limits.queryMaxDepth) {
    return new QueryTooComplexError(`The query is nested ${analysis.depth} levels deep; at most ${limits.queryMaxDepth} are allowed`, analysis, limits);
  }
  if (analysis.aliases > limits.queryMaxAliases) {
    return new QueryTooComplexError(`The query uses ${analysis.aliases} aliases; at most ${limits.queryMaxAliases} are allowed`, analysis, limits);
  }
  if (analysis.cost > limits.queryMaxCost) {
    return new QueryTooComplexError(
      `The query may return ${analysis.cost} objects; at most ${limits.queryMaxCost} are allowed: ask for smaller pages with \`first\``,
      analysis,
      limits,
    );
  }
  return undefined;
}

/** Refuses operations over the limits before they run, and reports each operation's cost in `extensions.cost`. */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const analysis = analyzeOperation(schema, document, operation, request.variables);
          const error = checkQueryLimits(analysis, limits);
          if (error) throw error;
          cost = analysis.cost;
          contextValue.queryCost = cost;
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: cost, limit: limits.queryMaxCost } };
        },
      };
    },
  };
}
