import {
  getNamedType, isCompositeType, isListType, isNonNullType, Kind, OperationTypeNode, valueFromAST, type DocumentNode, type FieldNode,
  type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Config } from '../config';
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

/** What a selection set adds, per unit of the multiplier it sits under; depths are relative to it. */
interface Measure {
  cost: number;
  depth: number;
  aliases: number;
}

/**
 * Measures an operation before it runs, GitHub and Shopify style: `tickets(first: 20) {
 * comments(first: 5) }` may produce 20 + 20 x 5 objects. Introspection is not counted.
 *
 * A selection's cost is linear in the pages around it, so each fragment is measured once and its
 * measure scaled wherever it is spread: a document whose fragments spread each other twice over
 * costs time in proportion to its size, not to the 2^N fields it stands for.
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
  if (!root) return { cost: 1, depth: 0, aliases: 0 };

  // Per fragment and level (top-level fields count differently): its measure once known; `null` while being measured (a cycle).
  const measured = new Map<string, Measure | null>();

  const measure = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, topLevel: boolean): Measure => {
    const total: Measure = { cost: 0, depth: 0, aliases: 0 };
    const add = (part: Measure, scale: number, deeper: number): void => {
      total.cost += scale * part.cost;
      total.depth = Math.max(total.depth, part.depth + deeper);
      total.aliases += part.aliases;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const key = `${name}|${topLevel}`;
        let part = measured.get(key);
        if (part === undefined) {
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          measured.set(key, null);
          part = type && isCompositeType(type) ? measure(fragment.selectionSet, type, topLevel) : { cost: 0, depth: 0, aliases: 0 };
          measured.set(key, part);
        }
        if (part) add(part, 1, 0);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(measure(selection.selectionSet, type, topLevel), 1, 0);
        continue;
      }
      if (selection.name.value.startsWith('__')) continue;
      if (selection.alias) total.aliases++;
      const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      total.depth = Math.max(total.depth, 1);
      const type = getNamedType(field.type);
      if (!selection.selectionSet || !isCompositeType(type)) continue;
      const items = itemsOf(field, selection, variables, topLevel);
      total.cost += items;
      add(measure(selection.selectionSet, type, false), Math.max(items, 1), 1);
    }
    return total;
  };
  const { cost, depth, aliases } = measure(operation.selectionSet, root, true);
  return { cost: 1 + cost, depth, aliases };
}

/**
 * How many objects one occurrence of the field adds: a page for connections, an estimate for
 * top-level lists, one for a top-level object. Anything else comes with its parent (a node's
 * customer, a connection's edges) and adds nothing.
 */
function itemsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>, topLevel: boolean): number {
  const firstArg = field.args.find((arg) => arg.name === 'first');
  if (firstArg) {
    // A page read backwards is as large as its `last`.
    const given = node.arguments?.find((arg) => arg.name.value === 'first') ?? node.arguments?.find((arg) => arg.name.value === 'last');
    const value = given ? valueFromAST(given.value, firstArg.type, variables) : undefined;
    return typeof value === 'number' ? Math.min(Math.max(value, 0), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }
  if (!topLevel) return 0;
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type) ? UNPAGED_LIST_ESTIMATE : 1;
}

/**
 * The root fields a mutation runs (by response name; `__typename` aside). One at most: a failed
 * field's null voids the whole `data` of a GraphQL response, so a client whose second mutation
 * failed would be told nothing of the first, which was stored, and would retry it.
 */
export function mutationFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  if (operation.operation !== OperationTypeNode.MUTATION) return [];
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const names = new Set<string>();
  const visited = new Set<string>();
  const sets: SelectionSetNode[] = [operation.selectionSet];
  while (sets.length) {
    for (const selection of sets.pop()!.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) names.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        sets.push(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) sets.push(fragment.selectionSet);
      }
    }
  }
  return [...names];
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
