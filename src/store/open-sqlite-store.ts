import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SomkbError } from '../errors/index.js';
import type { SqliteCatalogStore } from './sqlite-catalog-store.js';
import { openSqliteCatalogStore } from './sqlite-catalog-store.js';

/**
 * What a command does with the store: a writer (`somkb ingest`, `somkb start`, `somkb rollback`)
 * publishes and migrates the schema; a reader (`somkb search`, `export`, `history` …) reads once, and
 * a server (`somkb serve`) reads and follows what writers publish. Readers and servers never write to
 * an existing database, so they run from a read-only folder.
 */
export type StoreAccess = 'read' | 'serve' | 'write';

/** Why `mkdir` failed, in words, by Node's error code. */
const FOLDER_FAILURES: Readonly<Record<string, string>> = {
  ENOTDIR: 'a file is in the way',
  EEXIST: 'a file is in the way',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

/**
 * Creates the folder of the database file `path` (and its parents) when missing; nothing for
 * `:memory:`.
 *
 * @throws SomkbError `STORE_FOLDER` naming the folder when it cannot be created (a file in the way,
 *   no permission, a read-only file system).
 */
export function createDatabaseFolder(path: string): void {
  if (path === ':memory:' || path === '') return;
  const folder = dirname(resolve(path));
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = FOLDER_FAILURES[code] ?? (error instanceof Error ? error.message : String(error));
    throw new SomkbError('STORE_FOLDER', `cannot create the folder ${folder} for the database: ${reason}`, {
      cause: error,
    });
  }
}

/**
 * Opens the SQLite catalog store a command names (`--db`), for its access:
 * - `write`: creates the database's folder when missing ({@link createDatabaseFolder}), then opens
 *   the database read-write, creating it and migrating its schema;
 * - `read`: opens the database read-only and never writes to it. When there is no file, it is a store
 *   where nothing is published (in memory): a command that only reads creates no file;
 * - `serve`: as `read`, but when there is no file yet an empty store is made first, as a writer would
 *   make it, so that a server started before the first publish shows that nothing is published and
 *   then the first catalog published into it.
 */
export async function openSqliteStoreFor(path: string, access: StoreAccess): Promise<SqliteCatalogStore> {
  if (access === 'read' && path !== ':memory:' && !existsSync(path)) {
    return openSqliteCatalogStore(':memory:');
  }
  if (access === 'write' || path === ':memory:' || !existsSync(path)) {
    createDatabaseFolder(path);
    const store = await openSqliteCatalogStore(path);
    if (access === 'write' || path === ':memory:') return store;
    await store.close();
  }
  return openSqliteCatalogStore(path, { readonly: true });
}
