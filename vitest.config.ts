import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // somkb compiled once, for the tests that run its command line; one PostgreSQL server for the
    // run: a private cluster, or the one SOMKB_TEST_PG_URL names.
    globalSetup: ['test/support/build-global-setup.ts', 'test/support/postgres-global-setup.ts'],
    // At least two test files at a time, even on two cores (vitest's default there is one): the
    // end-to-end tests spend most of their time waiting for the processes they start (somkb's CLI,
    // PostgreSQL, LibreOffice, Chromium).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
