import { describe, expect, it } from 'vitest';
import { queryDatabase, useTestDatabases } from '../../test/support/postgres-test-database.js';
import { sampleCatalog } from './catalog-store.contract.js';
import { at, failure, runEditorialStoreContract, sampleUser } from './editorial-store.contract.js';
import { migrateStore, openEditorialStoreFor, openStoreFor } from './index.js';
import { openPostgresEditorialStore } from './postgres-editorial-store.js';
import { POSTGRES_MIGRATION_NAMES } from './postgres-migrations.js';

/** A database of its own for each test, all dropped at the file's end. */
const freshDatabase = useTestDatabases();

let lastUrl = '';

runEditorialStoreContract(
  'PostgreSQL',
  async () => {
    lastUrl = await freshDatabase('editorial');
    return openPostgresEditorialStore(lastUrl);
  },
  () => openEditorialStoreFor(lastUrl),
);

/** Runs one statement and returns the error PostgreSQL answered with, failing if it did not. */
async function refused(url: string, statement: string): Promise<Error> {
  try {
    await queryDatabase(url, statement);
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error(`expected PostgreSQL to refuse: ${statement}`);
}

describe('PostgreSQL editorial store', () => {
  it('the database refuses to update, delete or truncate an audit entry, whatever client tries', async () => {
    const url = await freshDatabase('append_only');
    const store = await openEditorialStoreFor(url);
    try {
      for (const minutes of [1, 2]) {
        await store.audit.append({
          at: at(minutes),
          actor: 'ana@un.org',
          ip: '192.0.2.1',
          action: 'sign-in',
          target: 'session',
          before: null,
          after: null,
          detail: { n: minutes },
        });
      }
      await store.knowledge.publishKnowledge(0, {
        publishedAt: at(3),
        by: 'ana@un.org',
        draft: null,
        thesaurus: {},
        mechanisms: {},
      });
    } finally {
      await store.close();
    }
    const before = (await queryDatabase(url, 'SELECT * FROM audit_log ORDER BY id')).rows;
    expect(before).toHaveLength(2);
    for (const [statement, operation] of [
      ["UPDATE audit_log SET actor = 'mallory@evil.example'", 'UPDATE'],
      ['UPDATE audit_log SET detail_json = $$ {} $$ WHERE id = 1', 'UPDATE'],
      ['DELETE FROM audit_log', 'DELETE'],
      ['DELETE FROM audit_log WHERE id = 2', 'DELETE'],
      ['TRUNCATE audit_log', 'TRUNCATE'],
    ] as const) {
      const error = await refused(url, statement);
      expect(error.message, statement).toBe(`somkb keeps every entry of audit_log: ${operation} refused`);
    }
    for (const statement of [
      "UPDATE knowledge_versions SET published_by = 'x'",
      'DELETE FROM knowledge_versions',
      'TRUNCATE knowledge_versions',
    ]) {
      expect((await refused(url, statement)).message).toMatch(
        /somkb keeps every entry of knowledge_versions/,
      );
    }
    expect((await queryDatabase(url, 'SELECT * FROM audit_log ORDER BY id')).rows).toEqual(before);
    expect((await queryDatabase(url, 'SELECT count(*)::int AS n FROM knowledge_versions')).rows).toEqual([
      { n: 1 },
    ]);
  });

  it('shares the migrations of the catalog store: whichever opens first migrates, somkb migrate lists them all', async () => {
    const url = await freshDatabase('editorial_first');
    const editorial = await openEditorialStoreFor(url);
    try {
      await editorial.accounts.createUser(sampleUser('u-1'));
    } finally {
      await editorial.close();
    }
    const catalog = await openStoreFor(url, 'serve');
    try {
      const { published } = await catalog.publish(sampleCatalog(), { name: 's.txt', sha256: 'a'.repeat(64) });
      expect(published.version).toBe(1);
    } finally {
      await catalog.close();
    }

    const other = await freshDatabase('migrate_first');
    const migration = await migrateStore(other);
    expect(migration.applied).toEqual([...POSTGRES_MIGRATION_NAMES]);
    expect(migration.applied).toContain('0002-editorial');
    const again = await openEditorialStoreFor(other);
    try {
      expect(await again.accounts.listUsers()).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('names the database without its password when it cannot be reached', async () => {
    const url = await freshDatabase('unreachable');
    const wrong = new URL(url);
    wrong.password = 'not-the-password-s3cret';
    wrong.port = '1';
    const error = await failure('STORE_FAILED', () => openEditorialStoreFor(wrong.toString()));
    expect(error.message).toMatch(/^Could not open the editorial store postgres:\/\//);
    expect(error.message).not.toContain('s3cret');
    expect(error.message).not.toContain('\n');
  });
});
