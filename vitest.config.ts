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
    // A limit that catches a test that hangs, not one that is slow: the end-to-end tests run somkb's
    // command line several times each, seconds a run on a busy machine (speed is measured under
    // bench/, never here).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
