/**
 * A database of its own for each test file or suite, on the PostgreSQL server of the test run
 * (started by `postgres-global-setup.ts`, or named by `SOMKB_TEST_PG_URL`).
 */
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, dropDatabase } from './private-postgres.js';

/** The superuser's URL of the test run's server. */
export function testServerUrl(): string {
  return inject('postgresUrl');
}

/** Creates a new, empty database named after `label` and returns its URL. */
export function createTestDatabase(label: string): Promise<string> {
  return createDatabase(testServerUrl(), label);
}

/** Drops a database made by {@link createTestDatabase}. */
export function dropTestDatabase(url: string): Promise<void> {
  return dropDatabase(url);
}

/** Runs one SQL statement on the database at `url` over a connection of its own. */
export async function queryDatabase(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}
