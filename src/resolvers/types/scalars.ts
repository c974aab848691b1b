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
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * `date.toISOString()` computed in JavaScript (H. Hinnant's `civil_from_days`): Date's own is a
 * call into C++ that costs several times more, and a page of tickets writes hundreds of instants.
 * Years outside 0-9999, written with a sign, are left to Date.
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
  return `${TWO_DIGITS[Math.floor(year / 100)]}${TWO_DIGITS[year % 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${
    TWO_DIGITS[Math.floor(ofDay / 3_600_000)]}:${TWO_DIGITS[Math.floor(ofDay / 60_000) % 60]}:${TWO_DIGITS[Math.floor(ofDay / 1000) % 60]}.${THREE_DIGITS[ofDay % 1000]}Z`;
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
