'use strict';

/**
 * The graphile-config preset that the read benchmark gives PostGraphile 5, after the Amber preset:
 * `npx postgraphile -P postgraphile/presets/amber,<this file> -c <database> -s public`
 * (see startPostGraphile5 in bench/lib/targets.ts). PostGraphile loads it with require() in its
 * own process, so it is plain CommonJS data and imports nothing.
 *
 * - Mutations off, as `--disable-default-mutations` does for the PostGraphile 4 anchor. Plugins
 *   that a later preset adds again are enabled again, so this preset must come after Amber.
 * - Collections are connections only by default in V5 (what V4's `--simple-collections omit` sets).
 * - No query log and no explain: both are off unless asked for (V5 has no per-query log; `-e` is
 *   not passed).
 * - The pool: the CLI's `-c` makes a pg Pool with pg's default of 10 connections.
 *
 * BENCH_EXPECT_NODE (e.g. 24.21.0) makes start-up fail unless this is that Node: the bench runs
 * PostGraphile 5 on the Node of the npm package `node`, not on the machine's own.
 */
const expected = process.env.BENCH_EXPECT_NODE;
if (expected && process.versions.node !== expected) {
  throw new Error(`PostGraphile 5 should run on Node ${expected}, not ${process.versions.node} (${process.execPath})`);
}

module.exports = {
  disablePlugins: ['PgMutationCreatePlugin', 'PgMutationUpdateDeletePlugin'],
};
