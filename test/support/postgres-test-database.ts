/**
 * A database of its own for each test file or suite, on the PostgreSQL server of the test run
 * (started by `postgres-global-setup.ts`, or named by `SOMKB_TEST_PG_URL`).
 */
import pg from 'pg';
import { afterAll, inject } from 'vitest';
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

/**
 * How long the drops at a file's end may take, in ms. PostgreSQL 15 checkpoints for each DROP
 * DATABASE; one after the other, thirty of them took longer than the 30 s hook timeout on a loaded
 * machine. Together, the server merges their checkpoints.
 */
const DROP_TIMEOUT_MS = 120_000;

/**
 * For a test file: a function that creates a new database (as {@link createTestDatabase}) and
 * remembers it, and an `afterAll` that drops every database it made, all at once (they matter on a server named
 * by `SOMKB_TEST_PG_URL`, which outlives the run). Call it once, at the top of the file.
 */
export function useTestDatabases(): (label: string) => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((url) => dropTestDatabase(url)));
  }, DROP_TIMEOUT_MS);
  return async (label) => {
    const url = await createTestDatabase(label);
    made.push(url);
    return url;
  };
}
