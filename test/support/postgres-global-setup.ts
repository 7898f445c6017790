/**
 * Vitest global setup: one PostgreSQL server for the whole `npm test` run. When `SOMKB_TEST_PG_URL`
 * names a server (a superuser's URL, e.g. `postgres://postgres:pw@127.0.0.1:5432/postgres`), the
 * tests use it; otherwise a private cluster is started (see `private-postgres.ts`) and removed at
 * the end. Tests read the URL with `inject('postgresUrl')` and create their own databases on it
 * (`createTestDatabase` in `postgres-test-database.ts`).
 */
import type { TestProject } from 'vitest/node';
import { startPrivateCluster } from './private-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser's URL of the PostgreSQL server of this test run. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env['SOMKB_TEST_PG_URL'];
  if (given !== undefined && given !== '') {
    project.provide('postgresUrl', given);
    return () => Promise.resolve();
  }
  const cluster = await startPrivateCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.remove();
}
