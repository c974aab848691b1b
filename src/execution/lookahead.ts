import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** What lookahead reads of a resolver's info: the field's nodes and the document's fragments. */
export type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

interface Level {
  nodes: readonly FieldNode[];
  names: ReadonlySet<string>;
}

const cache = new WeakMap<FieldNode, Map<string, Level | undefined>>();

/**
 * The fields a client selects on the objects at `path` below the field being resolved, e.g. the
 * ticket fields under `tickets { edges { node { ... } } }`, so that SQL reads only those columns.
 * Undefined when a directive (@include, @skip) makes the selection depend on variables: then the
 * caller reads everything. Documents are cached, so the answer is too.
 */
export function selectedFields(info: Selection, path: readonly string[]): ReadonlySet<string> | undefined {
  return levelAt(info, path)?.names;
}

/** The nodes of the field `name` selected at `path` (one per alias or repetition); undefined as for `selectedFields`. */
export function selectedFieldNodes(info: Selection, path: readonly string[], name: string): FieldNode[] | undefined {
  return levelAt(info, path)?.nodes.filter((node) => node.name.value === name);
}

function levelAt(info: Selection, path: readonly string[]): Level | undefined {
  const key = path.join('.');
  const [first] = info.fieldNodes;
  const cacheable = info.fieldNodes.length === 1;
  let byPath = cacheable ? cache.get(first!) : undefined;
  if (byPath?.has(key)) return byPath.get(key);

  let level = collect(info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])), info);
  for (const name of path) {
    if (!level) break;
    const below = level.filter((node) => node.name.value === name).flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    level = collect(below, info);
  }
  const result = level && { nodes: level, names: new Set(level.map((node) => node.name.value)) };
  if (cacheable) {
    if (!byPath) cache.set(first!, (byPath = new Map()));
    byPath.set(key, result);
  }
  return result;
}

/** The fields of selection sets with fragments spread in; undefined if any selection has a directive. */
function collect(sets: SelectionSetNode[], info: Selection): FieldNode[] | undefined {
  const fields: FieldNode[] = [];
  const pending = [...sets];
  while (pending.length) {
    for (const selection of pending.pop()!.selections) {
      if (selection.directives?.length) return undefined;
      if (selection.kind === Kind.FIELD) {
        fields.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}
