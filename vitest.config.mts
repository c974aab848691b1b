import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships ESM and CJS builds; one copy only, or schemas from "another realm" fail.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/reflect-metadata.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
