import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { sampleCatalog } from './catalog-store.contract.js';
import { createDatabaseFolder, openSqliteStoreFor } from './index.js';

const root = mkdtempSync(join(tmpdir(), 'somkb-open-store-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const source = { name: 'summary.txt', sha256: 'a'.repeat(64) };

describe('createDatabaseFolder', () => {
  it('creates the missing folders of a database file', () => {
    const path = join(root, 'made', 'deep', 'catalog.db');
    createDatabaseFolder(path);
    expect(statSync(join(root, 'made', 'deep')).isDirectory()).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('reports a folder it cannot create as such, naming the folder', () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a folder');
    for (const path of [join(file, 'catalog.db'), join(file, 'sub', 'catalog.db')]) {
      let thrown: unknown;
      try {
        createDatabaseFolder(path);
      } catch (error) {
        thrown = error;
      }
      expect(isSomkbError(thrown, 'STORE_FOLDER'), String(thrown)).toBe(true);
      expect((thrown as Error).message).toMatch(
        /^cannot create the folder .+ for the database: a file is in the way$/,
      );
      expect((thrown as Error).message).toContain(file);
    }
  });
});

describe('openSqliteStoreFor', () => {
  it('a writer creates the folder and the database, and may publish', async () => {
    const path = join(root, 'writer', 'catalog.db');
    const store = await openSqliteStoreFor(path, 'write');
    try {
      expect(store.readonly).toBe(false);
      expect((await store.publish(sampleCatalog(), source)).changed).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('a reader opens an existing database read-only and leaves it untouched', async () => {
    const path = join(root, 'reader', 'catalog.db');
    const writer = await openSqliteStoreFor(path, 'write');
    const { published } = await writer.publish(sampleCatalog(), source);
    await writer.close();
    const before = readFileSync(path);
    const reader = await openSqliteStoreFor(path, 'read');
    try {
      expect(reader.readonly).toBe(true);
      expect(await reader.listCurrent()).toEqual([published]);
    } finally {
      await reader.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a reader of a zero-length file finds nothing published and writes nothing', async () => {
    const path = join(root, 'zero.db');
    writeFileSync(path, '');
    const reader = await openSqliteStoreFor(path, 'read');
    try {
      expect(reader.readonly).toBe(true);
      expect(await reader.listCurrent()).toEqual([]);
    } finally {
      await reader.close();
    }
    expect(statSync(path).size).toBe(0);
  });

  it('a reader with no database finds nothing published and creates no file or folder', async () => {
    const path = join(root, 'absent', 'catalog.db');
    const reader = await openSqliteStoreFor(path, 'read');
    try {
      expect(await reader.listCurrent()).toEqual([]);
      expect(await reader.history('thematic-summary-2021')).toEqual([]);
    } finally {
      await reader.close();
    }
    expect(existsSync(join(root, 'absent'))).toBe(false);
  });

  it('a server with no database yet makes an empty one, opens it read-only, and sees the first publish', async () => {
    const path = join(root, 'new', 'catalog.db');
    const server = await openSqliteStoreFor(path, 'serve');
    try {
      expect(server.readonly).toBe(true);
      expect(await server.listCurrent()).toEqual([]);
      const writer = await openSqliteStoreFor(path, 'write');
      const { published } = await writer.publish(sampleCatalog(), source);
      await writer.close();
      expect(await server.listCurrent()).toEqual([published]);
    } finally {
      await server.close();
    }
  });
});
