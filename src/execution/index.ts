/**
 * How operations run fast: the read path's and the fan-out's plumbing, in one place.
 *
 * A page of 20 tickets with 5 comments each means hundreds of field resolutions. Run by graphql-js's
 * interpreter through type-graphql, each re-reads the AST and costs a promise or more; that, not
 * SQL, is where most of a request's CPU went (the read benchmark measures both). So:
 *
 * - queries and mutations run compiled by graphql-jit (`compiledOperations`, plugged into Apollo
 *   as `compiledExecutor`): each distinct operation becomes a function once, then resolves fields
 *   without re-reading the AST;
 * - over HTTP, a plain JSON POST of one operation runs without Apollo's per-request pipeline
 *   (http/direct-execution.ts); when its result has errors, or it throws, Apollo answers with
 *   that outcome (`settle`) instead of running it again, so errors are formatted in one place;
 * - fields resolved once per item of a list are attached to the schema as plain functions at build
 *   time (`attachPerItemResolvers`), bypassing type-graphql's per-argument promise chain;
 * - a ticket list reads the comment pages its query selects right after the tickets, in one
 *   statement per selection (`prefetchComments`, reading the selection with `lookahead`), so each
 *   ticket's `comments` resolves without a promise;
 * - a published event is executed once per group of subscribers who get the same answer
 *   (`sharedSubscribe`), not once per subscriber.
 *
 * Every operation is traced when tracing is on (`operation-span.ts`); over WebSocket, graphql-ws runs
 * it through `tracedExecution` or `tracedSubscription`.
 *
 * Subscriptions run on graphql-js; everything else about an operation (parsing, validation,
 * limits, errors) is the same whichever way it runs.
 */
export { compiledExecutor, compiledOperations, settle } from './compiled-executor';
export { selectedFieldNodes, selectedFields, type Selection } from './lookahead';
export { tracedExecution, tracedSubscription } from './operation-span';
export { attachPerItemResolvers } from './per-item-resolvers';
export { sharedSubscribe } from './shared-subscribe';
export { prefetchComments, ticketComments, ticketHistory } from './ticket-children';
