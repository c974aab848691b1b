import { DeviceType, TicketCategory, TicketPriority, TicketSource, TicketStatus } from '../../entities/enums';
import type { FieldError } from '../../errors';
import { checkNewTicket, type NewTicketInput, type NormalizedNewTicket } from '../tickets/ticket-validation';
import { TICKET_FIELDS, normalizeFieldName, ticketFieldOf, type TicketField } from './ticket-fields';

/** What a valid row yields: the ticket service's checked input, ready to insert, and the client's own key for the row. */
export type ImportedTicket = NormalizedNewTicket & { externalKey?: string };

/** The longest `issue_key` kept. */
export const EXTERNAL_KEY_MAX_LENGTH = 200;

/** A row either maps to a ticket or to every error it has, each `<field> <message>`. */
export type MappedTicket = { value: ImportedTicket; errors: [] } | { value: undefined; errors: string[] };

/** Values by the field's index in TICKET_FIELDS: an array keeps mapping fast, a row is mapped in about a microsecond. */
type FieldValues = unknown[];

const FIELD_INDEX = new Map<TicketField, number>(TICKET_FIELDS.map((field, i) => [field, i]));
const at = (field: TicketField): number => FIELD_INDEX.get(field)!;
const CUSTOMER_ID = at('customer.id');
const CUSTOMER_NAME = at('customer.name');
const CUSTOMER_EMAIL = at('customer.email');
const SUBJECT = at('subject');
const DESCRIPTION = at('description');
const CATEGORY = at('category');
const PRIORITY = at('priority');
const STATUS = at('status');
const TAGS = at('tags');
const SOURCE = at('metadata.source');
const BROWSER = at('metadata.browser');
const DEVICE_TYPE = at('metadata.deviceType');
const EXTRA = at('metadata.extra');
const EXTERNAL_KEY = at('externalKey');

/**
 * Maps one parsed row (CSV cells, a JSON object, an XML element) to the ticket service's input and
 * checks it with the service's own rules, so an imported ticket is held to exactly what the API
 * holds a created one to. Accepts the seeds' spellings: lower-case enum values, snake_case,
 * camelCase or dotted names, nested `customer`/`metadata` objects, `summary` for subject and tags
 * as a list or as one string separated by `;` or `,`.
 */
export function ticketFromRecord(fields: Readonly<Record<string, unknown>>): MappedTicket {
  const values: FieldValues = new Array<unknown>(TICKET_FIELDS.length);
  collect(fields, '', values, 0);

  const errors: FieldError[] = [];
  const customerId = text(values, CUSTOMER_ID, errors);
  const customerName = text(values, CUSTOMER_NAME, errors);
  const customerEmail = text(values, CUSTOMER_EMAIL, errors);
  const subject = text(values, SUBJECT, errors);
  const description = text(values, DESCRIPTION, errors);
  const category = enumValue(values, CATEGORY, CATEGORIES, errors);
  const priority = enumValue(values, PRIORITY, PRIORITIES, errors);
  const status = enumValue(values, STATUS, STATUSES, errors);
  const tags = tagList(values[TAGS], errors);
  const externalKey = text(values, EXTERNAL_KEY, errors)?.trim() || null;
  if (externalKey !== null && externalKey.length > EXTERNAL_KEY_MAX_LENGTH) {
    errors.push({ field: 'externalKey', message: `must be at most ${EXTERNAL_KEY_MAX_LENGTH} characters (got ${externalKey.length})` });
  }
  let metadata: NewTicketInput['metadata'] = null;
  if (values[SOURCE] !== undefined || values[BROWSER] !== undefined || values[DEVICE_TYPE] !== undefined || values[EXTRA] !== undefined) {
    const source = enumValue(values, SOURCE, SOURCES, errors);
    if (source === null && !errors.some((error) => error.field === 'metadata.source')) {
      errors.push({ field: 'metadata.source', message: 'must not be empty' });
    }
    metadata = {
      // A stand-in only where the row is already invalid for want of a source.
      source: source ?? TicketSource.API,
      browser: text(values, BROWSER, errors) ?? null,
      deviceType: enumValue(values, DEVICE_TYPE, DEVICE_TYPES, errors),
      extra: values[EXTRA] ?? null,
    };
  }

  const checked = checkNewTicket({
    customer: { id: customerId ?? '', email: customerEmail ?? '', name: customerName ?? '' },
    subject: subject ?? '',
    description: description ?? '',
    category,
    priority,
    status,
    tags,
    metadata,
  });
  if (checked.value && errors.length === 0) return externalKey === null ? checked : { value: { ...checked.value, externalKey }, errors: [] };

  // A value of the wrong type was already reported; checkNewTicket would only call it empty.
  const reported = new Set(errors.map((error) => error.field));
  const all = [...errors, ...checked.errors.filter((error) => !reported.has(error.field))];
  all.sort((a, b) => rank(a.field) - rank(b.field));
  return { value: undefined, errors: capTagErrors(all).map((error) => `${error.field} ${error.message}`) };
}

const MAX_TAG_ERRORS = 10;

/** A row of thousands of bad tags would make an error report of megabytes; the first few say enough. */
function capTagErrors(errors: FieldError[]): FieldError[] {
  const tagErrors = errors.filter((error) => error.field.startsWith('tags['));
  if (tagErrors.length <= MAX_TAG_ERRORS) return errors;
  const dropped = new Set(tagErrors.slice(MAX_TAG_ERRORS));
  const kept = errors.filter((error) => !dropped.has(error));
  const at = kept.indexOf(tagErrors[MAX_TAG_ERRORS - 1]!) + 1;
  kept.splice(at, 0, { field: 'tags', message: `has ${dropped.size} more invalid tags` });
  return kept;
}

/** Copies the known fields of a row, descending into nested objects (`customer: { email }`). */
function collect(source: Readonly<Record<string, unknown>>, prefix: string, values: FieldValues, depth: number): void {
  // Rows are plain objects from our parsers or JSON.parse, with nothing enumerable inherited.
  for (const key in source) {
    const value = source[key];
    // An empty cell counts as absent, so that a filled `summary` beats an empty `subject`.
    if (value === undefined || value === null || value === '') continue;
    const field = fieldOfKey(key, prefix);
    if (field !== -1) {
      if (values[field] === undefined) values[field] = value;
    } else if (depth < 2 && isObject(value)) {
      collect(value, prefix + normalizeFieldName(key), values, depth + 1);
    }
  }
}

// Keys repeat on every row of a file; normalizing them once keeps mapping cheap. Bounded, because a
// hostile file can bring endless distinct keys.
const keyCache = new Map<string, number>();
const KEY_CACHE_SIZE = 4096;

/** The index of the field a key names, or -1. */
function fieldOfKey(key: string, prefix: string): number {
  const cacheKey = prefix === '' ? key : `${prefix}\u0000${key}`;
  let index = keyCache.get(cacheKey);
  if (index === undefined) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    const field = ticketFieldOf(key, prefix);
    index = field === undefined ? -1 : FIELD_INDEX.get(field)!;
    keyCache.set(cacheKey, index);
  }
  return index;
}

function text(values: FieldValues, index: number, errors: FieldError[]): string | undefined {
  const value = values[index];
  if (value === undefined || typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  errors.push({ field: TICKET_FIELDS[index]!, message: 'must be a string' });
  return undefined;
}

interface EnumSpellings<T extends string> {
  /** Every spelling seen so far that names a value: `web_form`, `WEB_FORM`, `Web Form`. */
  byRaw: Map<string, T>;
  values: ReadonlySet<string>;
  /** `urgent, high, medium, low`, the seed files' spelling. */
  listed: string;
}

function spellings<T extends string>(values: Record<string, T>): EnumSpellings<T> {
  const all = Object.values(values);
  return { byRaw: new Map(), values: new Set(all), listed: all.map((value) => value.toLowerCase()).join(', ') };
}

const CATEGORIES = spellings(TicketCategory);
const PRIORITIES = spellings(TicketPriority);
const STATUSES = spellings(TicketStatus);
const SOURCES = spellings(TicketSource);
const DEVICE_TYPES = spellings(DeviceType);

function enumValue<T extends string>(
  values: FieldValues,
  index: number,
  spelled: EnumSpellings<T>,
  errors: FieldError[],
): T | null {
  const raw = text(values, index, errors);
  if (raw === undefined) return null;
  const known = spelled.byRaw.get(raw);
  if (known !== undefined) return known;
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  const value = trimmed.toUpperCase().replace(/[\s-]+/g, '_');
  if (!spelled.values.has(value)) {
    errors.push({ field: TICKET_FIELDS[index]!, message: `must be one of ${spelled.listed} (got ${quote(trimmed)})` });
    return null;
  }
  // Few spellings exist per value, but a hostile file may bring many padded variants.
  if (spelled.byRaw.size < 256) spelled.byRaw.set(raw, value as T);
  return value as T;
}

function tagList(value: unknown, errors: FieldError[]): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return splitTags(value);
  if (Array.isArray(value)) {
    const tags: string[] = [];
    value.forEach((tag, i) => {
      if (typeof tag === 'string') tags.push(tag);
      else if (typeof tag === 'number') tags.push(String(tag));
      else errors.push({ field: `tags[${i}]`, message: 'must be a string' });
    });
    return tags;
  }
  // XML: <tags><tag>a</tag><tag>b</tag></tags>; one <tag> is one tag, whatever it holds.
  if (isObject(value) && Object.keys(value).length === 1 && value.tag !== undefined) {
    return tagList(Array.isArray(value.tag) ? value.tag : [value.tag], errors);
  }
  errors.push({ field: 'tags', message: 'must be a list of strings or one string separated by ";" or ","' });
  return [];
}

const SEMICOLON = 59;
const COMMA = 44;

/** `"login; 2fa;"` -> `["login", "2fa"]`: a trailing or doubled separator is not an empty tag. */
function splitTags(value: string): string[] {
  if (value.indexOf(';') === -1 && value.indexOf(',') === -1) {
    const tag = value.trim();
    return tag === '' ? [] : [tag];
  }
  const tags: string[] = [];
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i === value.length ? SEMICOLON : value.charCodeAt(i);
    if (c === SEMICOLON || c === COMMA) {
      const tag = value.slice(start, i).trim();
      if (tag !== '') tags.push(tag);
      start = i + 1;
    }
  }
  return tags;
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

function rank(field: string): number {
  const bracket = field.indexOf('[');
  return TICKET_FIELDS.indexOf((bracket === -1 ? field : field.slice(0, bracket)) as TicketField);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
