import {
  getNullableType, isInputObjectType, isListType, isScalarType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode,
  type GraphQLInputType, type GraphQLSchema, type ValueNode,
} from 'graphql';
import type { FieldError } from '../errors';

/** Deepest nesting of an input value (a JSON `metadata.extra`, a filter): deeper than any real input, shallow enough for every recursive walk downstream. */
export const MAX_INPUT_DEPTH = 32;

/** Deepest nesting of braces, brackets and parentheses in a document, checked before it is parsed (the parser recurses). */
export const MAX_DOCUMENT_NESTING = 100;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a text that PostgreSQL (and most systems after it) cannot store, if anything. */
function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'is not valid Unicode text: it holds a lone surrogate (e.g. \\ud800)';
  return undefined;
}

/** Where a walk stands: a value of the document or of the variables, its input type and its path. */
interface Step {
  node?: ValueNode;
  value?: unknown;
  type: GraphQLInputType | undefined;
  path: string;
  /** Inside a free-form value (a JSON scalar): where it starts and how deep the walk is in it. */
  free?: { path: string; depth: number };
}

/** What a document's arguments hold: the problems of its literal values, and where variables come in. */
interface DocumentInputs {
  problems: FieldError[];
  variables: (Step & { variable: string })[];
}

const documentInputs = new WeakMap<DocumentNode, DocumentInputs>();

/**
 * Every text an operation's arguments carry, from the document or its variables, checked once
 * before anything runs: no NUL characters or lone surrogates (PostgreSQL refuses them, so a
 * resolver would fail with a database error), and no free-form value (JSON) nested deeper than
 * MAX_INPUT_DEPTH (10,000 levels overflow the stack of whatever walks them). Each problem names the
 * argument and the path within it, e.g. `input.metadata.extra`. A document's literal values are
 * walked once (documents are cached, so are the results); per request, only its variables' values.
 */
export function checkInputValues(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): FieldError[] {
  let inputs = documentInputs.get(document);
  if (!inputs) documentInputs.set(document, (inputs = literalInputs(schema, document)));
  if (inputs.variables.length === 0) return inputs.problems;
  const problems = new Problems(inputs.problems);
  walk(inputs.variables.map(({ variable, ...step }) => ({ ...step, value: variables[variable] })), problems);
  return problems.list();
}

function literalInputs(schema: GraphQLSchema, document: DocumentNode): DocumentInputs {
  const problems = new Problems([]);
  const sites: DocumentInputs['variables'] = [];
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      if (argument) walk([{ node: node.value, type: argument.type, path: node.name.value }], problems, (step, variable) => sites.push({ ...step, variable }));
      // The value is walked above; graphql's own walk stops here.
      return false;
    },
  }));
  return { problems: problems.list(), variables: sites };
}

class Problems {
  private readonly byKey = new Map<string, FieldError>();

  constructor(initial: readonly FieldError[]) {
    for (const problem of initial) this.add(problem.field, problem.message);
  }

  add(field: string, message: string): void {
    this.byKey.set(`${field}\u0000${message}`, { field, message });
  }

  text(text: string, path: string, what = ''): void {
    const problem = textProblem(text);
    if (problem) this.add(path, `${what}${problem}`);
  }

  list(): FieldError[] {
    return [...this.byKey.values()];
  }
}

/**
 * Walks values without recursing: the point is to survive values too deep to recurse through.
 * A variable met in the document is handed to `variable` (its value comes per request).
 */
function walk(start: Step[], problems: Problems, variable?: (step: Step, name: string) => void): void {
  const stack = [...start];
  while (stack.length) {
    const step = stack.pop()!;
    const { node, value } = step;
    if (node?.kind === Kind.VARIABLE) {
      variable?.({ type: step.type, path: step.path, free: step.free }, node.name.value);
      continue;
    }
    const type = step.type && getNullableType(step.type);
    // Inside a free-form value (a JSON scalar) the types end: count the depth from where it starts.
    const free = step.free ?? (type && isScalarType(type) && type.name !== 'String' && type.name !== 'ID' ? { path: step.path, depth: 0 } : undefined);
    if (node?.kind === Kind.STRING || typeof value === 'string') {
      problems.text(node?.kind === Kind.STRING ? node.value : (value as string), step.path);
      continue;
    }
    const children: { key: string; node?: ValueNode; value?: unknown }[] = [];
    if (node?.kind === Kind.LIST) node.values.forEach((child, i) => children.push({ key: String(i), node: child }));
    else if (node?.kind === Kind.OBJECT) for (const field of node.fields) children.push({ key: field.name.value, node: field.value });
    else if (Array.isArray(value)) value.forEach((child, i) => children.push({ key: String(i), value: child }));
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) children.push({ key, value: child });
    if (children.length === 0) continue;
    if (free && free.depth >= MAX_INPUT_DEPTH) {
      problems.add(free.path, `is nested more than ${MAX_INPUT_DEPTH} levels deep`);
      continue;
    }
    for (const child of children) {
      problems.text(child.key, step.path, 'has a key that ');
      const childType = !type || free ? undefined : isListType(type) ? type.ofType : isInputObjectType(type) ? type.getFields()[child.key]?.type : undefined;
      stack.push({ ...child, type: childType, path: `${step.path}.${child.key}`, free: free && { path: free.path, depth: free.depth + 1 } });
    }
  }
}

/**
 * How deeply a document nests braces, brackets and parentheses (outside strings and comments),
 * read in one pass before parsing: the parser recurses once per level, and a literal a few
 * thousand levels deep exhausts the stack. The parser stops after `maxTokens` tokens, so the scan
 * stops once it has seen as many: it counts fewer than the lexer does (a `...` counts none), never
 * more, and so reads at least what the parser will.
 */
export function documentNesting(text: string, maxTokens = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < text.length && tokens <= maxTokens; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
    if (word && !inWord) tokens++;
    inWord = word;
    if (c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x22 /* " */) {
      tokens++;
      if (text.startsWith('"""', i)) {
        // A block string ends at the first `"""` that is not escaped as `\"""`.
        let end = text.indexOf('"""', i + 3);
        while (end !== -1 && text.charCodeAt(end - 1) === 0x5c) end = text.indexOf('"""', end + 3);
        i = end === -1 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x0a; i++) {
          if (text.charCodeAt(i) === 0x5c /* \ */) i++;
        }
      }
    } else if (c === 0x7b || c === 0x5b || c === 0x28) {
      tokens++;
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) {
      tokens++;
      depth--;
    }
  }
  return deepest;
}
