import { describe, expect, it } from 'vitest';
import { queryDatabase, useTestDatabases } from '../../test/support/postgres-test-database.js';
import { migrateStore, openSearchIndexStoreFor } from './index.js';
import { openPostgresSearchIndexStore } from './postgres-search-index-store.js';

/** A database of its own for each test, all dropped at the file's end. */
const freshDatabase = useTestDatabases();

describe('PostgreSQL search index store', () => {
  it('keeps the bytes of one key in the database, read back exactly, for every process', async () => {
    const url = await freshDatabase('search_index');
    await migrateStore(url);
    const store = openPostgresSearchIndexStore(url);
    const other = openSearchIndexStoreFor(url, {});
    try {
      expect(await store.read('key a')).toBeUndefined();
      const bytes = new Uint8Array(3_000_000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
      await store.write('key a', bytes);
      const read = await other?.read('key a');
      expect(read === undefined ? undefined : Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
      expect(await store.read('key b')).toBeUndefined();

      await store.write('key a', new Uint8Array([1, 2]));
      expect([...((await store.read('key a')) ?? [])]).toEqual([1, 2]);
      await other?.write('key b', new Uint8Array([3]));
      expect(await store.read('key a')).toBeUndefined();
      expect([...((await store.read('key b')) ?? [])]).toEqual([3]);
      const { rows } = await queryDatabase(url, 'SELECT key FROM search_index');
      expect(rows).toEqual([{ key: 'key b' }]);
      expect(store.where).not.toContain(new URL(url).password);
    } finally {
      await store.close();
    }
  });

  it('says which database failed, without its password, when it cannot be reached', async () => {
    const store = openPostgresSearchIndexStore('postgres://somkb:secret@127.0.0.1:1/nowhere');
    try {
      const failure = await store.read('key').then(
        () => undefined,
        (error: unknown) => error as Error & { code?: string },
      );
      expect(failure?.code).toBe('STORE_FAILED');
      expect(failure?.message).toMatch(/search index store postgres:\/\/somkb@127\.0\.0\.1:1\/nowhere/);
      expect(failure?.message).not.toContain('secret');
    } finally {
      await store.close();
    }
  });
});
