import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Config } from '../config';
import { DomainError } from '../errors';

export type DocumentLimits = Pick<Config['limits'], 'queryMaxFields' | 'queryMaxDirectives' | 'queryMaxAliases'>;

/**
 * How often one response name may be selected in one selection set (fragments included). Merging
 * them is graphql-js's one quadratic validation rule (OverlappingFieldsCanBeMerged): 100 copies of
 * `edges { node { customer { email } } }` cost it 100 ms; real queries repeat a name a few times
 * when fragments overlap.
 */
export const MAX_SAME_FIELD = 20;

/** A document refused for its size before graphql-js validates it. */
export class DocumentTooLargeError extends DomainError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

/**
 * Measures a parsed document before validation, whose cost grows with the fields it selects (each
 * fragment counted wherever it is spread), and faster with fields selected under one name: the
 * fields, directives and aliases it holds, and the most copies of one name in a selection set.
 * Linear in the document: each fragment is measured once.
 */
export function checkDocumentLimits(document: DocumentNode, limits: DocumentLimits): DocumentTooLargeError | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  // One pass over the text as written: directives and aliases.
  let directives = 0;
  let aliases = 0;
  const count = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD && selection.alias) aliases++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) count(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    directives += definition.directives?.length ?? 0;
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const variable of definition.variableDefinitions ?? []) directives += variable.directives?.length ?? 0;
    }
    count(definition.selectionSet);
  }
  if (directives > limits.queryMaxDirectives) {
    return new DocumentTooLargeError(`The document uses ${directives} directives; at most ${limits.queryMaxDirectives} are allowed`);
  }
  if (aliases > limits.queryMaxAliases) {
    return new DocumentTooLargeError(`The query uses ${aliases} aliases; at most ${limits.queryMaxAliases} are allowed`);
  }

  // Fields with fragments expanded, each fragment measured once (one being measured counts as
  // empty: a cycle, which validation reports).
  const fieldCounts = new Map<string, number>();
  const fieldsIn = (set: SelectionSetNode): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += 1 + (selection.selectionSet ? fieldsIn(selection.selectionSet) : 0);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += fieldsIn(selection.selectionSet);
      else total += fragmentFields(selection.name.value);
    }
    return total;
  };
  const fragmentFields = (name: string): number => {
    const known = fieldCounts.get(name);
    if (known !== undefined) return known;
    fieldCounts.set(name, 0);
    const fragment = fragments.get(name);
    const total = fragment ? fieldsIn(fragment.selectionSet) : 0;
    fieldCounts.set(name, total);
    return total;
  };
  let fields = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) fields += fieldsIn(definition.selectionSet);
  }
  if (fields > limits.queryMaxFields) {
    return new DocumentTooLargeError(`The document selects ${fields} fields (fragments counted where they are spread); at most ${limits.queryMaxFields} are allowed`);
  }

  // The response names of each selection set, inline fragments and spreads merged in (a
  // fragment's own names are collected once). Within the field limit, this work is too.
  const fragmentNames = new Map<string, Map<string, number>>();
  const namesIn = (set: SelectionSetNode, into: Map<string, number>): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        into.set(name, (into.get(name) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        namesIn(selection.selectionSet, into);
      } else {
        for (const [name, times] of namesOfFragment(selection.name.value)) into.set(name, (into.get(name) ?? 0) + times);
      }
    }
  };
  const namesOfFragment = (name: string): Map<string, number> => {
    const known = fragmentNames.get(name);
    if (known) return known;
    const names = new Map<string, number>();
    fragmentNames.set(name, names);
    const fragment = fragments.get(name);
    if (fragment) namesIn(fragment.selectionSet, names);
    return names;
  };
  const repeated = (set: SelectionSetNode): DocumentTooLargeError | undefined => {
    const names = new Map<string, number>();
    namesIn(set, names);
    for (const [name, times] of names) {
      if (times > MAX_SAME_FIELD) return new DocumentTooLargeError(`A selection set selects \`${name}\` ${times} times; at most ${MAX_SAME_FIELD} are allowed`);
    }
    for (const selection of set.selections) {
      const inner = selection.kind === Kind.FRAGMENT_SPREAD ? undefined : selection.selectionSet;
      const refusal = inner && repeated(inner);
      if (refusal) return refusal;
    }
    return undefined;
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const refusal = repeated(definition.selectionSet);
    if (refusal) return refusal;
  }
  return undefined;
}
