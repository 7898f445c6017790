import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { CatalogStore, StoreHealth } from './catalog-store.js';
import type { EditorialStore } from './editorial-store.js';
import type { StoreAccess } from './open-sqlite-store.js';
import { createDatabaseFolder, openSqliteStoreFor } from './open-sqlite-store.js';
import { describeStore, isPostgresUrl } from './store-url.js';

/** Options of {@link openStoreFor}. */
export interface OpenStoreOptions {
  /**
   * Called when a PostgreSQL store loses its database (`degraded`) and when it reaches it again
   * (`ok`), e.g. to log it; a SQLite store never calls it.
   */
  readonly onHealthChange?: (health: StoreHealth) => void;
}

/**
 * Opens the store a command names (`--db` or `SOMKB_DB`), for its access:
 * - `postgres://…` or `postgresql://…`: the PostgreSQL store (its driver is loaded only then),
 *   which applies pending migrations under the migrator's advisory lock whatever the access, so
 *   that `somkb serve` and `somkb ingest` started together over a new database do not collide;
 * - anything else: a SQLite file, opened as {@link openSqliteStoreFor} does for `access`.
 *
 * @throws SomkbError `STORE_FAILED` (or `STORE_FOLDER`) in one line, never with a password.
 */
export async function openStoreFor(
  db: string,
  access: StoreAccess,
  options: OpenStoreOptions = {},
): Promise<CatalogStore> {
  if (isPostgresUrl(db)) {
    const { openPostgresCatalogStore } = await import('./postgres-catalog-store.js');
    return openPostgresCatalogStore(
      db,
      options.onHealthChange === undefined ? {} : { onHealthChange: options.onHealthChange },
    );
  }
  return openSqliteStoreFor(db, access);
}

/** Options of {@link openEditorialStoreFor}. */
export interface OpenEditorialStoreOptions {
  /** SQLite: how long to wait for a lock held by another connection, in milliseconds (default 5000). */
  readonly busyTimeoutMs?: number;
  /** PostgreSQL: most connections of the editorial store's own pool (default 5). */
  readonly poolSize?: number;
}

/**
 * Opens the editorial store (accounts, drafts, knowledge versions, audit log) of the store a
 * command names (`--db` or `SOMKB_DB`, as {@link openStoreFor}): the same database as the catalogs.
 * - a SQLite file: on a read-write connection of its own (creating the file and its folder when
 *   missing), so that it writes while the catalog store of `somkb serve` has the file open
 *   read-only; `:memory:` gives a store of its own, empty;
 * - `postgres://…`: the PostgreSQL store.
 * Either way the schema is brought up to date with the one migration list of the database, which
 * the catalog store applies too: whichever opens first migrates.
 *
 * @throws SomkbError `STORE_FAILED` (or `STORE_FOLDER`) in one line, never with a password.
 */
export async function openEditorialStoreFor(
  db: string,
  options: OpenEditorialStoreOptions = {},
): Promise<EditorialStore> {
  if (isPostgresUrl(db)) {
    const { openPostgresEditorialStore } = await import('./postgres-editorial-store.js');
    return openPostgresEditorialStore(
      db,
      options.poolSize === undefined ? {} : { poolSize: options.poolSize },
    );
  }
  createDatabaseFolder(db);
  const { openSqliteEditorialStore } = await import('./sqlite-editorial-store.js');
  return openSqliteEditorialStore(
    db,
    options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs },
  );
}

/** What {@link migrateStore} did (`somkb migrate`). */
export interface StoreMigration {
  /** The store: a SQLite path as given, or a PostgreSQL URL without its password. */
  readonly store: string;
  readonly backend: 'sqlite' | 'postgres';
  /** The migrations applied now, in order; empty when the schema was up to date. */
  readonly applied: readonly string[];
  /** The number of migrations the store's schema holds afterwards. */
  readonly schemaVersion: number;
}

/**
 * Brings the schema of the store `db` to the version of this code (creating a SQLite file when
 * missing) and says which migrations it applied.
 *
 * @throws SomkbError `STORE_FAILED` as {@link openStoreFor} does, e.g. for a schema newer than the code.
 */
export async function migrateStore(db: string): Promise<StoreMigration> {
  if (isPostgresUrl(db)) {
    const { migratePostgresStore } = await import('./postgres-catalog-store.js');
    const { store, applied, schemaVersion } = await migratePostgresStore(db);
    return { store, backend: 'postgres', applied, schemaVersion };
  }
  const before = new Set(sqliteMigrations(db));
  const store = await openSqliteStoreFor(db, 'write');
  await store.close();
  const after = sqliteMigrations(db);
  return {
    store: describeStore(db),
    backend: 'sqlite',
    applied: after.filter((name) => !before.has(name)),
    schemaVersion: after.length,
  };
}

/**
 * The migrations recorded in a SQLite store's file: none for a missing file, `:memory:`, or a file
 * that cannot be read as a SQLite database (opening the store then says what is wrong with it).
 */
function sqliteMigrations(path: string): string[] {
  if (path === ':memory:' || path === '' || !existsSync(path)) return [];
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return [];
  }
  try {
    const table = db
      .prepare<[], { readonly name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'kysely_migration'",
      )
      .get();
    if (table === undefined) return [];
    return db
      .prepare<[], { readonly name: string }>('SELECT name FROM kysely_migration ORDER BY name')
      .all()
      .map((row) => row.name);
  } catch {
    return [];
  } finally {
    db.close();
  }
}
