import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { JSONResolver } from 'graphql-scalars';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && ISO_8601.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(`DateTime must be an ISO-8601 date-time with a time zone, e.g. 2026-11-22T09:30:00Z; got ${JSON.stringify(value)}`);
}

const DAY_MS = 86_400_000;
const ZERO = 48;

/**
 * `date.toISOString()` computed in JavaScript (H. Hinnant's `civil_from_days`): Date's own is a
 * call into C++ that costs several times more, and a page of tickets writes hundreds of instants.
 * The text is made from character codes in one piece: one concatenated from parts would be a
 * rope of a dozen strings that JSON.stringify then has to flatten. Years outside 0-9999, written
 * with a sign, are left to Date.
 */
function isoDateTime(date: Date): string {
  const time = date.getTime();
  const days = Math.floor(time / DAY_MS);
  const ofDay = time - days * DAY_MS;
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return date.toISOString();
  const hours = Math.floor(ofDay / 3_600_000);
  const minutes = Math.floor(ofDay / 60_000) % 60;
  const seconds = Math.floor(ofDay / 1000) % 60;
  const milliseconds = ofDay % 1000;
  return String.fromCharCode(
    ZERO + Math.floor(year / 1000), ZERO + (Math.floor(year / 100) % 10), ZERO + (Math.floor(year / 10) % 10), ZERO + (year % 10), 0x2d,
    ZERO + Math.floor(month / 10), ZERO + (month % 10), 0x2d, ZERO + Math.floor(day / 10), ZERO + (day % 10), 0x54,
    ZERO + Math.floor(hours / 10), ZERO + (hours % 10), 0x3a, ZERO + Math.floor(minutes / 10), ZERO + (minutes % 10), 0x3a,
    ZERO + Math.floor(seconds / 10), ZERO + (seconds % 10), 0x2e,
    ZERO + Math.floor(milliseconds / 100), ZERO + (Math.floor(milliseconds / 10) % 10), ZERO + (milliseconds % 10), 0x5a,
  );
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time, written as an ISO-8601 date-time in UTC, e.g. `2026-11-22T09:30:00.000Z`. Inputs may use any offset.',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDateTime(value);
    if (typeof value === 'string') return isoDateTime(parseDateTime(value));
    throw new GraphQLError('DateTime cannot represent this value');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { nodes: ast });
    return parseDateTime(ast.value);
  },
});

export const JSONScalar = JSONResolver;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
function parseDate(value: unknown): string {
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return value;
  }
  throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, e.g. 2026-12-25; got ${JSON.stringify(value)}`);
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without a time or time zone, written `YYYY-MM-DD`, e.g. `2026-12-25`.',
  serialize: parseDate,
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string', { nodes: ast });
    return parseDate(ast.value);
  },
});
