/**
 * Hostile requests (issue 18), each with the one answer it must get: sent over HTTP, and those that
 * are GraphQL documents over graphql-ws too. `as` is who sends it.
 */
import { encodeCursor } from '../src/repositories/shared/keyset';

/** `query { ...F0 }` with fragments that each spread the next twice: 2^n `me` fields in 900 bytes. */
export function fragmentBomb(n: number, leaf = 'me { username }'): string {
  let document = 'query Bomb { ...F0 }';
  for (let i = 0; i < n; i++) document += ` fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`;
  return `${document} fragment F${n} on Query { ${leaf} }`;
}

/** A JSON value nested `depth` levels deep, as text (JSON.stringify itself overflows on it). */
export function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

export const TICKET = `customer: { id: "c-1", email: "c1@example.com", name: "C" }, subject: "Printer", description: "The printer prints nothing at all."`;

export type ExpectedErrors = { message: string; extensions: Record<string, unknown> }[];

/** The test's Slack integration with a signing secret, in a row's `path`. */
export const INTEGRATION = '{integration}';
/** Calls an integration's inbound URL takes per minute on the test's server. */
export const INBOUND_PER_MINUTE = 3;

export interface HostileRequest {
  name: string;
  as: 'anonymous' | 'admin';
  /** A GraphQL request (also sent over graphql-ws when it is a document), or a raw HTTP body with its content type. */
  body: { query: string; variables?: Record<string, unknown> } | { raw: string; contentType: string };
  /** Another path than /graphql (then sent over HTTP only); `INTEGRATION` stands for the test's integration. */
  path?: string;
  /** Sent this many times first, answers unchecked: the row's request comes after a flood. */
  floodBefore?: number;
  status: number;
  /** The exact `errors` (locations and `extensions.cost` left out), or the exact `data` for a request that must work; for a refusal with a Retry-After, given its seconds. */
  errors?: ExpectedErrors | ((retryAfter: number) => ExpectedErrors);
  data?: unknown;
  /** Over graphql-ws, when the socket is closed instead (the message is over the frame limit): the close code. */
  wsCloseCode?: number;
}

const input = (field: string, message: string) => ({
  message: `Invalid input: ${field} ${message}`,
  extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] },
});
const NUL = 'must not contain NUL characters (\\u0000)';
const SURROGATE = 'is not valid Unicode text: it holds a lone surrogate (e.g. \\ud800)';

const BOUNDARY = 'hostile-boundary';

/** A GraphQL multipart uploadAttachment request whose file part carries the given file name parameter, as written. */
function uploadWithFileName(parameter: string): string {
  const operations = JSON.stringify({
    query: 'mutation Upload($file: Upload!) { uploadAttachment(ticketId: "tkt_00000000-0000-7000-8000-000000000000", file: $file) { id } }',
    variables: { file: null },
  });
  return [
    `--${BOUNDARY}`, 'Content-Disposition: form-data; name="operations"', '', operations,
    `--${BOUNDARY}`, 'Content-Disposition: form-data; name="map"', '', '{"1":["variables.file"]}',
    `--${BOUNDARY}`, `Content-Disposition: form-data; name="1"; ${parameter}`, 'Content-Type: text/plain', '', 'The printer prints nothing at all.',
    `--${BOUNDARY}--`, '',
  ].join('\r\n');
}

export const hostileRequests: HostileRequest[] = [
  {
    name: 'fragments spreading each other twice, 28 levels (2^28 fields, 900 bytes, anonymous): the field limit, before validation',
    as: 'anonymous',
    body: { query: fragmentBomb(28) },
    status: 400,
    errors: [{
      message: 'The document selects 536870912 fields (fragments counted where they are spread); at most 500 are allowed',
      extensions: { code: 'BAD_USER_INPUT' },
    }],
  },
  {
    name: 'the same bomb with a free leaf: refused alike',
    as: 'anonymous',
    body: { query: fragmentBomb(28, '__typename') },
    status: 400,
    errors: [{
      message: 'The document selects 268435456 fields (fragments counted where they are spread); at most 500 are allowed',
      extensions: { code: 'BAD_USER_INPUT' },
    }],
  },
  {
    name: '9,998 duplicate fields within the token limit (the field limit)',
    as: 'anonymous',
    body: { query: `{ ${'__typename '.repeat(9_998)}}` },
    status: 400,
    errors: [{ message: 'The document selects 9998 fields (fragments counted where they are spread); at most 500 are allowed', extensions: { code: 'BAD_USER_INPUT' } }],
  },
  {
    name: '100 copies of one nested selection (quadratic for graphql-js to merge)',
    as: 'anonymous',
    body: { query: `{ tickets { ${'edges { node { customer { email } } } '.repeat(100)}} }` },
    status: 400,
    errors: [{ message: 'A selection set selects `edges` 100 times; at most 20 are allowed', extensions: { code: 'BAD_USER_INPUT' } }],
  },
  {
    name: '1,400 directives within the token limit (the directive limit)',
    as: 'anonymous',
    body: { query: `{ __typename ${'@include(if: true) '.repeat(1_400)}}` },
    status: 400,
    errors: [{ message: 'The document uses 1400 directives; at most 50 are allowed', extensions: { code: 'BAD_USER_INPUT' } }],
  },
  {
    name: '200,000 duplicate fields (the token limit stops the parser)',
    as: 'anonymous',
    body: { query: `{ ${'__typename '.repeat(200_000)}}` },
    status: 400,
    errors: [{ message: 'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.', extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' } }],
    // 2.2 MB: over graphql-ws, a frame over WS_MAX_PAYLOAD_BYTES closes the socket (1009, message too big).
    wsCloseCode: 1009,
  },
  {
    name: '50,000 directives',
    as: 'anonymous',
    body: { query: `{ __typename ${'@include(if: true) '.repeat(50_000)}}` },
    status: 400,
    errors: [{ message: 'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.', extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' } }],
  },
  {
    name: 'an object literal nested 3,000 deep (the parser would overflow its stack)',
    as: 'admin',
    body: { query: `mutation { createTicket(input: { ${TICKET}, metadata: { source: API, extra: ${'{a:'.repeat(3000)}1${'}'.repeat(3000)} } }) { id } }` },
    status: 400,
    errors: [{ message: 'The document nests braces, brackets and parentheses 3004 levels deep; at most 100 are allowed', extensions: { code: 'BAD_USER_INPUT' } }],
  },
  {
    name: 'a list nested 3,000 deep behind an escaped block-string quote (the nesting check reads strings as the parser does)',
    as: 'anonymous',
    body: { query: `query { __typename(a: """\\""" """) ${'['.repeat(3000)}` },
    status: 400,
    errors: [{ message: 'The document nests braces, brackets and parentheses 3001 levels deep; at most 100 are allowed', extensions: { code: 'BAD_USER_INPUT' } }],
  },
  {
    name: 'metadata.extra nested 10,000 deep in the variables',
    as: 'admin',
    body: { raw: `{"query":"mutation M($i: CreateTicketInput!) { createTicket(input: $i) { id } }","variables":{"i":{"customer":{"id":"c","email":"c@example.com","name":"C"},"subject":"S","description":"A long enough description","metadata":{"source":"API","extra":${deepJson(10_000)}}}}}`, contentType: 'application/json' },
    status: 400,
    errors: [input('input.metadata.extra', 'is nested more than 32 levels deep')],
  },
  {
    name: 'a NUL byte in the ticket search',
    as: 'admin',
    body: { query: 'query Q($s: String) { tickets(filter: { search: $s }) { totalCount } }', variables: { s: 'print\u0000er' } },
    status: 400,
    errors: [input('filter.search', NUL)],
  },
  {
    name: 'a NUL byte in a ticket filter list',
    as: 'admin',
    body: { query: 'query { tickets(filter: { tags: ["ok", "a\\u0000b"] }) { totalCount } }' },
    status: 400,
    errors: [input('filter.tags.1', NUL)],
  },
  {
    name: 'a NUL byte in the external key a ticket list is filtered by',
    as: 'admin',
    body: { query: 'query { tickets(filter: { externalKey: "KEY\\u0000" }) { totalCount } }' },
    status: 400,
    errors: [input('filter.externalKey', NUL)],
  },
  {
    name: 'a NUL byte in the change feed\'s cursor',
    as: 'admin',
    body: { query: 'query Q($a: String) { ticketChanges(after: $a) { totalCount } }', variables: { a: 'abc\u0000' } },
    status: 400,
    errors: [input('after', NUL)],
  },
  {
    name: 'a forged change-feed cursor (a transaction id of 40 digits)',
    as: 'admin',
    body: { query: 'query Q($a: String) { ticketChanges(after: $a) { totalCount } }', variables: { a: encodeCursor(['9'.repeat(40), '1']) } },
    status: 200,
    errors: [input('after', 'is not a cursor from this list')],
  },
  {
    name: 'an import list cursor that is not a cursor',
    as: 'admin',
    body: { query: 'query { imports(first: 1, after: "not-a-cursor") { totalCount } }' },
    status: 200,
    errors: [input('after', 'is not a cursor from this list')],
  },
  {
    name: 'a NUL byte in an attachment id to delete',
    as: 'admin',
    body: { query: 'mutation { deleteAttachment(id: "att_\\u0000") }' },
    status: 400,
    errors: [input('id', NUL)],
  },
  {
    name: 'an attachment id that names no attachment (a ticket\'s id) to delete',
    as: 'admin',
    body: { query: 'mutation { deleteAttachment(id: "tkt_00000000-0000-7000-8000-000000000000") }' },
    status: 200,
    errors: [{ message: 'Attachment tkt_00000000-0000-7000-8000-000000000000 was not found', extensions: { code: 'NOT_FOUND' } }],
  },
  {
    name: 'a NUL byte in the FAQ search',
    as: 'admin',
    body: { query: 'query { faqs(search: "refund\\u0000") { id } }' },
    status: 400,
    errors: [input('search', NUL)],
  },
  {
    name: 'a NUL byte in a customer log category',
    as: 'admin',
    body: { query: 'query { customerLogs(filter: { category: "billing\\u0000" }) { totalCount } }' },
    status: 400,
    errors: [input('filter.category', NUL)],
  },
  {
    name: 'a NUL byte in login (anonymous)',
    as: 'anonymous',
    body: { query: 'mutation { login(usernameOrEmail: "admin\\u0000", password: "x") { accessToken } }' },
    status: 400,
    errors: [input('usernameOrEmail', NUL)],
  },
  {
    name: 'a NUL byte in a full name (updateProfile)',
    as: 'admin',
    body: { query: 'mutation { updateProfile(input: { fullName: "Ann\\u0000Lee" }) { fullName } }' },
    status: 400,
    errors: [input('input.fullName', NUL)],
  },
  {
    name: 'closeConversation with a ticket\'s id instead of a conversation\'s',
    as: 'admin',
    body: { query: 'mutation { closeConversation(id: "tkt_0193e714-0000-7000-8000-000000000000") { isActive } }' },
    status: 200,
    errors: [{ message: 'Conversation tkt_0193e714-0000-7000-8000-000000000000 was not found', extensions: { code: 'NOT_FOUND' } }],
  },
  {
    name: 'a NUL byte in a ticket\'s new customer name (updateTicket)',
    as: 'admin',
    body: { query: 'mutation { updateTicket(id: "tkt_0193e714-0000-7000-8000-000000000000", input: { customer: { name: "A\\u0000B" } }) { id } }' },
    status: 400,
    errors: [input('input.customer.name', NUL)],
  },
  {
    name: 'a NUL byte in a free-text category',
    as: 'admin',
    body: { query: `mutation { createTicket(input: { ${TICKET}, categoryText: "Pay\\u0000ments" }) { id } }` },
    status: 400,
    errors: [input('input.categoryText', NUL)],
  },
  {
    name: 'rotateIntegrationToken with a grace period of 2^31-1 seconds',
    as: 'admin',
    body: { query: 'mutation { rotateIntegrationToken(id: "itk_0193e714-0000-7000-8000-000000000000", graceSeconds: 2147483647) { token } }' },
    status: 200,
    errors: [{ message: 'Invalid input: graceSeconds must be a whole number from 0 to 604800', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'graceSeconds', message: 'must be a whole number from 0 to 604800' }] } }],
  },
  {
    name: 'token usage over 2^31-1 hours with no token to read: the hours cost nothing up front (each token refuses them: test/token-hygiene.test.ts)',
    as: 'admin',
    body: { query: 'query { integrationTokens { usage(hours: 2147483647) { requests } } }' },
    status: 200,
    data: { integrationTokens: [] },
  },
  {
    name: 'a lone surrogate in a ticket subject',
    as: 'admin',
    body: { raw: `{"query":"mutation M($s: String!) { createTicket(input: { customer: { id: \\"c\\", email: \\"c@example.com\\", name: \\"C\\" }, subject: $s, description: \\"A long enough description\\" }) { id } }","variables":{"s":"Printer \\ud800 broken"}}`, contentType: 'application/json' },
    status: 400,
    errors: [input('input.subject', SURROGATE)],
  },
  {
    name: 'a lone surrogate in a chat message',
    as: 'admin',
    body: { raw: '{"query":"mutation M($m: String!) { sendMessage(message: $m) { response } }","variables":{"m":"hi \\udc00 there"}}', contentType: 'application/json' },
    status: 400,
    errors: [input('message', SURROGATE)],
  },
  {
    name: 'full-text operators, quotes and one word 700 times in a chat message asking for its citations: read as plain words, nothing cited',
    as: 'admin',
    body: {
      query: 'mutation M($m: String!) { sendMessage(message: $m) { citations { excerpt faq { id } attachment { id } } } }',
      variables: { m: `'); drop table messages; -- !(a & b) | c:* <-> ${'file '.repeat(700)}`.slice(0, 4000) },
    },
    status: 200,
    data: { sendMessage: { citations: [] } },
  },
  {
    name: 'a lone surrogate in the text of a ticket from text',
    as: 'admin',
    body: { raw: '{"query":"mutation M($t: String!) { createTicketFromText(text: $t) { id } }","variables":{"t":"My printer \\ud800 prints nothing"}}', contentType: 'application/json' },
    status: 400,
    errors: [input('text', SURROGATE)],
  },
  {
    name: 'a NUL byte in text to classify',
    as: 'admin',
    body: { query: 'query { classifyText(description: "The printer\\u0000 prints nothing at all") { category } }' },
    status: 400,
    errors: [input('description', NUL)],
  },
  {
    name: 'a NUL byte in a JSON key of metadata.extra',
    as: 'admin',
    body: { raw: `{"query":"mutation M($e: JSON) { createTicket(input: { ${TICKET.replaceAll('"', '\\"')}, metadata: { source: API, extra: $e } }) { id } }","variables":{"e":{"ok":1,"b\\u0000d":2}}}`, contentType: 'application/json' },
    status: 400,
    errors: [input('input.metadata.extra', `has a key that ${NUL}`)],
  },
  {
    name: 'multipart without a boundary',
    as: 'admin',
    body: { raw: '--x\r\nstuff', contentType: 'multipart/form-data' },
    status: 400,
    errors: [{ message: 'Invalid multipart request: Multipart: Boundary not found', extensions: { code: 'BAD_USER_INPUT' } }],
  },
  {
    name: 'multipart with the wrong boundary',
    as: 'admin',
    body: { raw: '--x\r\nstuff', contentType: 'multipart/form-data; boundary=zzz' },
    status: 400,
    errors: [{ message: 'Invalid multipart request: Unexpected end of form', extensions: { code: 'BAD_USER_INPUT' } }],
  },
  {
    name: 'an attachment whose file name holds a NUL and a line break, sent raw in the part header',
    as: 'admin',
    body: { raw: uploadWithFileName('filename="report\u0000\r\n.txt"'), contentType: `multipart/form-data; boundary=${BOUNDARY}` },
    status: 200,
    errors: [{
      message: 'Invalid multipart request: a part\'s headers are malformed (a header such as the file name holds a control character or a line break)',
      extensions: { code: 'BAD_USER_INPUT' },
    }],
  },
  {
    name: 'an attachment whose file name holds a NUL, sent percent-encoded (RFC 5987)',
    as: 'admin',
    body: { raw: uploadWithFileName('filename*=UTF-8\'\'report%00.txt'), contentType: `multipart/form-data; boundary=${BOUNDARY}` },
    status: 200,
    errors: [{ message: 'The file name must not contain control characters', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_FILE_NAME' } }],
  },
  {
    name: 'an integration setting of 100,000 characters',
    as: 'admin',
    body: { query: `mutation { connectIntegration(input: { platform: TEAMS, name: "big", settings: { webhookUrl: "https://example.com/${'a'.repeat(100_000)}" } }) { id } }` },
    status: 200,
    errors: [input('settings.webhookUrl', 'must be at most 4096 characters')],
  },
  {
    name: 'an integration setting that is an object nested 5,000 deep',
    as: 'admin',
    body: { raw: `{"query":"mutation M($s: JSON!) { connectIntegration(input: { platform: TEAMS, name: \\"deep\\", settings: $s }) { id } }","variables":{"s":{"webhookUrl":${deepJson(5000)}}}}`, contentType: 'application/json' },
    status: 400,
    errors: [input('input.settings', 'is nested more than 32 levels deep')],
  },
  {
    name: 'an integration webhook URL with a javascript: scheme',
    as: 'admin',
    body: { query: 'mutation { connectIntegration(input: { platform: SLACK, name: "js", settings: { webhookUrl: "javascript:alert(1)" } }) { id } }' },
    status: 200,
    errors: [input('settings.webhookUrl', 'must use http or https, not javascript')],
  },
  {
    name: 'a NUL byte in a job id to cancel',
    as: 'admin',
    body: { query: 'mutation { cancelClassificationJob(id: "job_\\u0000") { status } }' },
    status: 400,
    errors: [input('id', NUL)],
  },
  {
    name: 'retryClassificationJob with a ticket\'s id instead of a job\'s',
    as: 'admin',
    body: { query: 'mutation { retryClassificationJob(id: "tkt_0193e714-0000-7000-8000-000000000000") { status } }' },
    status: 200,
    errors: [{ message: 'ClassificationJob tkt_0193e714-0000-7000-8000-000000000000 was not found', extensions: { code: 'NOT_FOUND' } }],
  },
  {
    name: 'a job list cursor of the right shape holding no time or id (SQL never sees it)',
    as: 'admin',
    body: { query: `query { classificationJobs(after: "${encodeCursor(["'; drop table classification_jobs; --", 'x'])}") { totalCount } }` },
    status: 200,
    errors: [input('after', 'is not a cursor from this list')],
  },
  {
    name: 'a job list page of minus one',
    as: 'admin',
    body: { query: 'query { classificationJobs(first: -1) { totalCount } }' },
    status: 200,
    errors: [input('first', 'must not be negative')],
  },
  {
    name: 'a ticket list filtered by an SLA breach given as text',
    as: 'admin',
    body: { query: 'query Q($f: TicketFilter) { tickets(filter: $f) { totalCount } }', variables: { f: { slaBreached: 'yes' } } },
    status: 400,
    errors: [{ message: 'Variable "$f" got invalid value "yes" at "f.slaBreached"; Boolean cannot represent a non boolean value: "yes"', extensions: { code: 'BAD_USER_INPUT' } }],
  },
  {
    name: 'a job list read both ways at once',
    as: 'admin',
    body: { query: 'query { classificationJobs(first: 2, after: "x", last: 2) { totalCount } }' },
    status: 200,
    errors: [{
      message: 'Invalid input: first cannot be combined with last or before: page one way at a time; after cannot be combined with last or before: page one way at a time',
      extensions: { code: 'BAD_USER_INPUT', fields: [
        { field: 'first', message: 'cannot be combined with last or before: page one way at a time' },
        { field: 'after', message: 'cannot be combined with last or before: page one way at a time' },
      ] },
    }],
  },
  {
    name: 'a job list paged back from a cursor whose time is no time (SQL never sees it)',
    as: 'admin',
    body: { query: `query { classificationJobs(last: 1, before: "${encodeCursor(['2026-02-31T00:00:00.000Z', '0193e714-0000-7000-8000-000000000000'])}") { totalCount } }` },
    status: 200,
    errors: [input('before', 'is not a cursor from this list')],
  },
  {
    name: 'an import list paged back from a row number\'s cursor',
    as: 'admin',
    body: { query: `query { imports(last: 1, before: "${encodeCursor([1])}") { totalCount } }` },
    status: 200,
    errors: [input('before', 'is not a cursor from this list')],
  },
  {
    name: 'an import list of minus one from the end',
    as: 'admin',
    body: { query: 'query { imports(last: -1) { totalCount } }' },
    status: 200,
    errors: [input('last', 'must not be negative')],
  },
  {
    name: 'the change feed paged back from a forged cursor (a position past bigint)',
    as: 'admin',
    body: { query: `query { ticketChanges(last: 1, before: "${encodeCursor(['1', '9'.repeat(19)])}") { totalCount } }` },
    status: 200,
    errors: [input('before', 'is not a cursor from this list')],
  },
  {
    name: 'a NUL byte in the change feed\'s before cursor',
    as: 'admin',
    body: { query: 'query Q($b: String) { ticketChanges(last: 1, before: $b) { totalCount } }', variables: { b: 'abc\u0000' } },
    status: 400,
    errors: [input('before', NUL)],
  },
  {
    name: 'a meeting of minus five minutes, in 1970',
    as: 'admin',
    body: { query: 'mutation { scheduleMeeting(ticketId: "tkt_00000000-0000-7000-8000-000000000000", startAt: "1970-01-01T00:00:00Z", durationMinutes: -5) { joinUrl } }' },
    status: 200,
    errors: [{
      message: 'Invalid input: durationMinutes must be 1 to 1440 minutes; startAt must not be in the past',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'durationMinutes', message: 'must be 1 to 1440 minutes' }, { field: 'startAt', message: 'must not be in the past' }] },
    }],
  },
  {
    name: 'a flood of unsigned calls at an integration\'s inbound URL: past its budget, 429 with Retry-After before the body is read',
    as: 'anonymous',
    path: `/integrations/${INTEGRATION}/inbound`,
    body: { raw: 'command=%2Fticket&text=Everything+is+down+please+help', contentType: 'application/x-www-form-urlencoded' },
    floodBefore: INBOUND_PER_MINUTE,
    status: 429,
    errors: (retryAfter) => [{ message: `Too many requests; try again in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED', retryAfter } }],
  },
  {
    name: 'a routing rule pattern of 100,000 characters, for an agent who does not exist',
    as: 'admin',
    body: { query: `mutation { createRoutingRule(input: { name: "big", pattern: "${'a'.repeat(100_000)}", agentIds: ["usr_0193e714-0000-7000-8000-000000000000"] }) { id } }` },
    status: 200,
    errors: [{
      message: 'Invalid input: pattern must be at most 200 characters; agentIds[0] is not a user: usr_0193e714-0000-7000-8000-000000000000',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'pattern', message: 'must be at most 200 characters' },
          { field: 'agentIds[0]', message: 'is not a user: usr_0193e714-0000-7000-8000-000000000000' },
        ],
      },
    }],
  },
  {
    name: 'a routing rule pattern with a back reference (the construct that backtracks)',
    as: 'admin',
    body: { query: 'mutation { createRoutingRule(input: { name: "slow", pattern: "^(a+)+\\\\1$", agentIds: [] }) { id } }' },
    status: 200,
    errors: [{
      message: 'Invalid input: pattern must not use back references (\\1 to \\9); agentIds must name 1 to 50 agents',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'pattern', message: 'must not use back references (\\1 to \\9)' }, { field: 'agentIds', message: 'must name 1 to 50 agents' }],
      },
    }],
  },
  {
    name: 'a routing rule with 2,000 words and 2,000 agents',
    as: 'admin',
    body: {
      query: 'mutation M($words: [String!]!, $agents: [ID!]!) { createRoutingRule(input: { name: "many", words: $words, agentIds: $agents }) { id } }',
      variables: { words: Array.from({ length: 2000 }, (_, i) => `word${i}`), agents: Array.from({ length: 2000 }, () => 'usr_0193e714-0000-7000-8000-000000000000') },
    },
    status: 200,
    errors: [{
      message: 'Invalid input: words must hold at most 50 entries; agentIds must name 1 to 50 agents',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'words', message: 'must hold at most 50 entries' }, { field: 'agentIds', message: 'must name 1 to 50 agents' }],
      },
    }],
  },
  {
    name: 'a NUL byte in a routing rule\'s new name: refused before the rule is looked up',
    as: 'admin',
    body: { query: 'mutation { updateRoutingRule(id: "rtr_0193e714-0000-7000-8000-000000000000", input: { position: 2147483647, name: "A\\u0000B" }) { id } }' },
    status: 400,
    errors: [input('input.name', NUL)],
  },
  {
    name: 'deleting a routing rule that does not exist',
    as: 'admin',
    body: { query: 'mutation { deleteRoutingRule(id: "rtr_0193e714-0000-7000-8000-000000000000") }' },
    status: 200,
    errors: [{ message: 'RoutingRule rtr_0193e714-0000-7000-8000-000000000000 was not found', extensions: { code: 'NOT_FOUND' } }],
  },
  {
    name: 'a NUL byte in a business calendar\'s name',
    as: 'admin',
    body: { query: 'mutation { createBusinessCalendar(input: { name: "cal\\u0000", timeZone: "Europe/Berlin", hours: [{ weekday: MONDAY, start: "09:00", end: "17:00" }] }) { id } }' },
    status: 400,
    errors: [input('input.name', NUL)],
  },
  {
    name: 'a business calendar with 1,000 working periods',
    as: 'admin',
    body: {
      query: 'mutation C($hours: [WorkingHoursInput!]!) { createBusinessCalendar(input: { name: "many", timeZone: "UTC", hours: $hours }) { id } }',
      variables: { hours: Array.from({ length: 1000 }, () => ({ weekday: 'MONDAY', start: '09:00', end: '10:00' })) },
    },
    status: 200,
    errors: [input('hours', 'must hold 1-50 working periods')],
  },
  {
    name: 'a business calendar in a time zone of 10,000 characters',
    as: 'admin',
    body: { query: `mutation { createBusinessCalendar(input: { name: "tz", timeZone: "Europe/${'x'.repeat(10_000)}", hours: [{ weekday: MONDAY, start: "09:00", end: "17:00" }] }) { id } }` },
    status: 200,
    errors: [input('timeZone', 'must be an IANA time zone such as Europe/Berlin')],
  },
  {
    name: 'a holiday on February 30th',
    as: 'admin',
    body: { query: 'mutation { createBusinessCalendar(input: { name: "feb", timeZone: "UTC", hours: [{ weekday: MONDAY, start: "09:00", end: "17:00" }], holidays: ["2026-02-30"] }) { id } }' },
    status: 400,
    errors: [{ message: 'Date must be a calendar date YYYY-MM-DD, e.g. 2026-12-25; got "2026-02-30"', extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' } }],
  },
  {
    name: 'an SLA target of 2^31-1 minutes',
    as: 'admin',
    body: { query: 'mutation { setSlaPolicy(input: { priority: LOW, resolutionMinutes: 2147483647 }) { priority } }' },
    status: 200,
    errors: [input('resolutionMinutes', 'must be from 1 to 600000 minutes')],
  },
  {
    name: 'an SLA report over ten thousand years',
    as: 'admin',
    body: { query: 'query { slaReport(from: "0001-01-01T00:00:00Z", to: "9999-12-31T00:00:00Z", groupBy: ASSIGNEE) { key } }' },
    status: 200,
    errors: [input('to', 'must be at most 366 days after from')],
  },
];
