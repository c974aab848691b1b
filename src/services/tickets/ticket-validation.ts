import { TicketCategory, TicketSource, type DeviceType, type TicketPriority, type TicketStatus } from '../../entities/enums';
import type { FieldError } from '../../errors';

// The seed's rules (DESIGN.md), shared by the API and by imports. Every violation is collected, so
// a client sees all that is wrong with an input at once.

export const LIMITS = {
  subject: { min: 1, max: 200 },
  description: { min: 10, max: 2000 },
  tag: 100,
  tags: 50,
  shortText: 200,
  extraBytes: 16_384,
} as const;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export interface MetadataInput {
  /** API when not given. */
  source?: TicketSource | null;
  browser?: string | null;
  deviceType?: DeviceType | null;
  extra?: unknown;
}

export interface NewTicketInput {
  /** Required of staff and tokens; a customer's own account stands in for it. */
  customer?: { id: string; email: string; name: string } | null;
  subject: string;
  /** Optional for integrations (see NewTicketRules). */
  description?: string | null;
  category?: TicketCategory | null;
  /** A category as free text (an integration's own): a known one is the category, any other is kept as a tag. */
  categoryText?: string | null;
  priority?: TicketPriority | null;
  status?: TicketStatus | null;
  tags?: string[] | null;
  metadata?: MetadataInput | null;
}

/** How a new ticket is checked: integrations send tickets in their own shape, where the description is optional. */
export interface NewTicketRules {
  descriptionOptional?: boolean;
}

export interface TicketChangesInput {
  subject?: string | null;
  description?: string | null;
  category?: TicketCategory | null;
  priority?: TicketPriority | null;
  status?: TicketStatus | null;
  tags?: string[] | null;
  assignedTo?: string | null;
  metadata?: MetadataInput | null;
  /** The customer's contact details as the client system now knows them; the id stays. */
  customer?: { email?: string | null; name?: string | null } | null;
  /** False hands category and priority back to the classifier; true keeps them as they are. */
  manualOverride?: boolean | null;
}

export interface NormalizedMetadata {
  source: TicketSource;
  browser: string | null;
  deviceType: DeviceType | null;
  extra: unknown;
}

export interface NormalizedNewTicket {
  customer: { id: string; email: string; name: string };
  subject: string;
  description: string;
  category: TicketCategory | null;
  priority: TicketPriority | null;
  status: TicketStatus | null;
  tags: string[];
  metadata: NormalizedMetadata | null;
}

export type NormalizedChanges = Omit<TicketChangesInput, 'metadata' | 'customer'> & {
  metadata?: NormalizedMetadata;
  customer?: { email?: string; name?: string };
};

export type Checked<T> = { value: T; errors: [] } | { value: undefined; errors: FieldError[] };

export function checkNewTicket(input: NewTicketInput, rules: NewTicketRules = {}): Checked<NormalizedNewTicket> {
  const errors: FieldError[] = [];
  const customerId = required(input.customer?.id, 'customer.id', errors);
  const customerName = required(input.customer?.name, 'customer.name', errors);
  const email = customerEmail(input.customer?.email, errors);
  const subject = checkText(input.subject, 'subject', LIMITS.subject, errors);
  const description = input.description?.trim() ?? '';
  if (!rules.descriptionOptional || description !== '') {
    checkText(description, 'description', rules.descriptionOptional ? { ...LIMITS.description, min: 1 } : LIMITS.description, errors);
  }
  const category = categoryOf(input, errors);
  const value: NormalizedNewTicket = {
    customer: { id: customerId, email, name: customerName },
    subject,
    description,
    category: category.value,
    priority: input.priority ?? null,
    status: input.status ?? null,
    tags: checkTags([...(input.tags ?? []), ...category.tags], errors),
    metadata: input.metadata ? metadata(input.metadata, errors) : null,
  };
  return errors.length ? { value: undefined, errors } : { value, errors: [] };
}

export function checkTicketChanges(input: TicketChangesInput): Checked<NormalizedChanges> {
  const errors: FieldError[] = [];
  const value: NormalizedChanges = {};
  if (input.subject != null) value.subject = checkText(input.subject, 'subject', LIMITS.subject, errors);
  if (input.description != null) value.description = checkText(input.description, 'description', LIMITS.description, errors);
  if (input.category != null) value.category = input.category;
  if (input.priority != null) value.priority = input.priority;
  if (input.status != null) value.status = input.status;
  if (input.tags != null) value.tags = checkTags(input.tags, errors);
  if (input.assignedTo != null) {
    const assignee = input.assignedTo.trim();
    if (assignee.length > LIMITS.shortText) errors.push({ field: 'assignedTo', message: `must be at most ${LIMITS.shortText} characters` });
    else if (assignee.includes(NUL)) errors.push({ field: 'assignedTo', message: NUL_MESSAGE });
    value.assignedTo = assignee === '' ? null : assignee;
  }
  if (input.metadata != null) value.metadata = metadata(input.metadata, errors);
  if (input.customer != null) {
    value.customer = {};
    if (input.customer.name != null) value.customer.name = required(input.customer.name, 'customer.name', errors);
    if (input.customer.email != null) value.customer.email = customerEmail(input.customer.email, errors);
  }
  if (input.manualOverride != null) {
    if (input.manualOverride === false && (input.category != null || input.priority != null)) {
      errors.push({ field: 'manualOverride', message: 'cannot be false in a change that sets category or priority by hand' });
    }
    value.manualOverride = input.manualOverride;
  }
  return errors.length ? { value: undefined, errors } : { value, errors: [] };
}

/**
 * The category of a new ticket: the enum value, or free text naming one (any case, spaces or
 * dashes for underscores). Text naming none becomes a tag, and the classifier picks the category.
 */
function categoryOf(input: NewTicketInput, errors: FieldError[]): { value: TicketCategory | null; tags: string[] } {
  const text = input.categoryText?.trim();
  if (!text) return { value: input.category ?? null, tags: [] };
  if (input.category != null) {
    errors.push({ field: 'categoryText', message: 'cannot be given together with category' });
    return { value: input.category, tags: [] };
  }
  const key = text.toUpperCase().replace(/[\s-]+/g, '_');
  const known = (Object.values(TicketCategory) as string[]).includes(key);
  if (known) return { value: key as TicketCategory, tags: [] };
  if (text.length > LIMITS.tag) errors.push({ field: 'categoryText', message: `must be at most ${LIMITS.tag} characters, as it is kept as a tag` });
  return { value: null, tags: text.length > LIMITS.tag ? [] : [text] };
}

function customerEmail(raw: string | undefined, errors: FieldError[]): string {
  const email = raw?.trim() ?? '';
  if (!EMAIL.test(email) || email.length > 254) errors.push({ field: 'customer.email', message: 'must be a valid email address' });
  return email;
}

// PostgreSQL text cannot hold NUL characters; refusing them here keeps them a client error.
const NUL = '\u0000';
const NUL_MESSAGE = 'must not contain NUL characters';

function required(raw: string | undefined, field: string, errors: FieldError[]): string {
  const value = raw?.trim() ?? '';
  if (value === '') errors.push({ field, message: 'must not be empty' });
  else if (value.length > LIMITS.shortText) errors.push({ field, message: `must be at most ${LIMITS.shortText} characters` });
  else if (value.includes(NUL)) errors.push({ field, message: NUL_MESSAGE });
  return value;
}

export function checkText(raw: string, field: string, limits: { min: number; max: number }, errors: FieldError[]): string {
  const value = raw?.trim() ?? '';
  if (value.length < limits.min || value.length > limits.max) {
    errors.push({ field, message: `must be ${limits.min}-${limits.max} characters long (got ${value.length})` });
  } else if (value.includes(NUL)) {
    errors.push({ field, message: NUL_MESSAGE });
  }
  return value;
}

/** Tags (or any list of short labels, named by `field`): trimmed, each checked, duplicates dropped. */
export function checkTags(raw: string[], errors: FieldError[], field = 'tags'): string[] {
  const seen = new Set<string>();
  raw.forEach((tag, i) => {
    const value = tag.trim();
    if (value === '') errors.push({ field: `${field}[${i}]`, message: 'must not be empty' });
    else if (value.length > LIMITS.tag) errors.push({ field: `${field}[${i}]`, message: `must be at most ${LIMITS.tag} characters` });
    else if (value.includes(NUL)) errors.push({ field: `${field}[${i}]`, message: NUL_MESSAGE });
    else seen.add(value);
  });
  if (seen.size > LIMITS.tags) errors.push({ field, message: `must hold at most ${LIMITS.tags} entries` });
  return [...seen];
}

function metadata(raw: MetadataInput, errors: FieldError[]): NormalizedMetadata {
  const browser = raw.browser?.trim() || null;
  if (browser && browser.length > LIMITS.shortText) {
    errors.push({ field: 'metadata.browser', message: `must be at most ${LIMITS.shortText} characters` });
  } else if (browser?.includes(NUL)) {
    errors.push({ field: 'metadata.browser', message: NUL_MESSAGE });
  }
  const extra = raw.extra ?? null;
  const extraJson = extra === null ? '' : JSON.stringify(extra);
  if (Buffer.byteLength(extraJson) > LIMITS.extraBytes) {
    errors.push({ field: 'metadata.extra', message: `must be at most ${LIMITS.extraBytes} bytes as JSON` });
  } else if (extraJson.includes('\\u0000')) {
    errors.push({ field: 'metadata.extra', message: NUL_MESSAGE });
  }
  return { source: raw.source ?? TicketSource.API, browser, deviceType: raw.deviceType ?? null, extra };
}
