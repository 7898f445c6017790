import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from './catalog-json.js';
import { describeStore, isPostgresUrl } from './store-url.js';

/**
 * Where the bytes of a stored search index are kept, by key (what the index was built for: catalog
 * versions, analyzer and layout versions, knowledge). The store keeps bytes only: whoever reads them
 * checks that they are an index for the key (magic, versions, checksum) and never trusts them
 * otherwise. One index is kept: writing the index of a new key removes those of the keys it
 * supersedes.
 */
export interface SearchIndexStore {
  /** Where the indexes are kept, for logs and messages (a folder, or `database`). */
  readonly where: string;
  /** The bytes stored under `key`, or undefined when there are none. */
  read(key: string): Promise<Uint8Array | undefined>;
  /** Stores `bytes` under `key`, atomically: a reader sees the old bytes or the new, never a part. */
  write(key: string, bytes: Uint8Array): Promise<void>;
}

/** The environment variable naming the folder of the stored search index, for any store. */
export const INDEX_DIR_ENV = 'SOMKB_INDEX_DIR';

const SUFFIX = '.somkbidx';
const TEMPORARY = '.tmp';
/** A temporary file older than this (one hour, in ms) was left by a writer that died: removed. */
const ABANDONED_MS = 60 * 60 * 1000;

/** The file of the index of `key` in a folder: a hash of the key (the key itself is in the file). */
function fileOf(key: string): string {
  return `index-${sha256Hex(key).slice(0, 32)}${SUFFIX}`;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * A folder of index files, one per key: written to a temporary file, flushed to disk, renamed over
 * the index's file (atomic on POSIX), and the folder flushed; then the other keys' files are removed.
 * The folder is made on the first write.
 */
export function createSearchIndexFolder(folder: string): SearchIndexStore {
  return {
    where: folder,
    async read(key) {
      try {
        return await readFile(join(folder, fileOf(key)));
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async write(key, bytes) {
      await mkdir(folder, { recursive: true });
      const name = fileOf(key);
      const temporary = join(folder, `${name}.${process.pid}-${randomBytes(4).toString('hex')}${TEMPORARY}`);
      const file = await open(temporary, 'wx');
      try {
        await file.writeFile(bytes);
        await file.sync();
      } catch (error) {
        await file.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await file.close();
      await rename(temporary, join(folder, name));
      const directory = await open(folder, 'r');
      try {
        await directory.sync();
      } finally {
        await directory.close();
      }
      await removeSuperseded(folder, name);
    },
  };
}

/** Removes the index files of other keys and temporary files abandoned by a writer that died. */
async function removeSuperseded(folder: string, kept: string): Promise<void> {
  const now = Date.now();
  for (const entry of await readdir(folder)) {
    const path = join(folder, entry);
    try {
      if (entry.endsWith(SUFFIX) && entry !== kept) await rm(path, { force: true });
      else if (entry.endsWith(TEMPORARY) && now - (await stat(path)).mtimeMs > ABANDONED_MS)
        await rm(path, { force: true });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
}

/**
 * The folder where the search index of the store `db` is kept: `SOMKB_INDEX_DIR` when set, else
 * `<db file>.index` beside a SQLite file; undefined for a SQLite store in memory (`:memory:`, nothing
 * is kept) and for PostgreSQL, whose index is kept in the database (see {@link openSearchIndexStoreFor}).
 */
export function searchIndexFolderFor(
  db: string,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const configured = env[INDEX_DIR_ENV]?.trim();
  if (configured !== undefined && configured !== '') return configured;
  if (isPostgresUrl(db) || db === ':memory:' || db.trim() === '') return undefined;
  return `${db}.index`;
}

/**
 * The search index store of the store `db`: the folder {@link searchIndexFolderFor} names; for
 * PostgreSQL without `SOMKB_INDEX_DIR`, the database's table `search_index` (every machine loads what
 * one built; the driver is loaded on first use); undefined for a SQLite store in memory.
 */
export function openSearchIndexStoreFor(
  db: string,
  env: Readonly<Record<string, string | undefined>>,
): SearchIndexStore | undefined {
  const folder = searchIndexFolderFor(db, env);
  if (folder !== undefined) return createSearchIndexFolder(folder);
  if (!isPostgresUrl(db)) return undefined;
  let opened: Promise<SearchIndexStore> | undefined;
  const open = (): Promise<SearchIndexStore> =>
    (opened ??= import('./postgres-search-index-store.js').then((module) =>
      module.openPostgresSearchIndexStore(db),
    ));
  return {
    where: describeStore(db),
    read: async (key) => (await open()).read(key),
    write: async (key, bytes) => {
      await (await open()).write(key, bytes);
    },
  };
}
