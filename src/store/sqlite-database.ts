import { basename, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SomkbError } from '../errors/index.js';
import { MIGRATION_NAMES, MIGRATION_TABLE, OLDEST_READABLE_SCHEMA, SCHEMA_VERSION } from './sqlite-schema.js';

/**
 * How a store over a SQLite file names itself in errors: `label` names the file in full (for the
 * operator and the log), `where` only by its base name (front ends may show it to clients), `kind`
 * says which store of the file speaks (`catalog store`, `editorial store`).
 */
export interface SqliteStoreNames {
  readonly label: string;
  readonly where: string;
  readonly kind: string;
}

/** The names of the store of `kind` over the file `path` (see {@link SqliteStoreNames}). */
export function sqliteStoreNames(path: string, kind: string): SqliteStoreNames {
  return { label: describePath(path), where: safeName(path), kind };
}

/** Options of {@link openSqliteDatabase}. */
export interface OpenSqliteDatabaseOptions {
  /** Open read-only: the file must exist, its schema is checked and never migrated. */
  readonly readonly: boolean;
  /** How long to wait for a lock held by another connection, in milliseconds. */
  readonly busyTimeoutMs: number;
}

/**
 * Opens the SQLite database of a somkb store (creating the file when writable): a file is switched
 * to WAL journal mode when writable (readers in other connections are never blocked by a write),
 * waits up to `busyTimeoutMs` for locks and enforces foreign keys. A writable database is brought
 * to the current schema with the one migration list of the file (`sqlite-migrations.ts`), whichever
 * store opens it first; a read-only one is only checked.
 *
 * @throws SomkbError `STORE_FAILED` naming the file (see {@link sqliteStoreError}).
 */
export async function openSqliteDatabase(
  path: string,
  names: SqliteStoreNames,
  options: OpenSqliteDatabaseOptions,
): Promise<Database.Database> {
  const { readonly, busyTimeoutMs } = options;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: busyTimeoutMs });
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    if (!readonly && !db.memory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    if (readonly) checkSchema(db, names, 'read');
    else await migrateSchema(db, names);
    return db;
  } catch (error) {
    closeQuietly(db);
    throw sqliteStoreError('open', names, error);
  }
}

/**
 * Refuses a database this code cannot use: one whose schema is newer (a higher `user_version`, or a
 * migration this code does not know), or a SQLite database of another application (tables but no
 * somkb schema). A reader also refuses a somkb schema too old to read; a database with no tables
 * at all is an empty store.
 */
export function checkSchema(db: Database.Database, names: SqliteStoreNames, access: 'read' | 'write'): void {
  const { label, where, kind } = names;
  const found = userVersion(db);
  const unknown = unknownMigrations(db);
  if (found > SCHEMA_VERSION || unknown.length > 0) {
    const version = Math.max(found, SCHEMA_VERSION + 1);
    throw new SomkbError(
      'STORE_FAILED',
      `The ${kind} ${label} has schema version ${version}, newer than this somkb supports ` +
        `(${SCHEMA_VERSION}); upgrade somkb.`,
      { where },
    );
  }
  if (found === 0 && hasTables(db)) {
    throw new SomkbError(
      'STORE_FAILED',
      `${label} is a SQLite database of another application, not a somkb ${kind}.`,
      { where },
    );
  }
  if (access === 'read' && found !== 0 && found < OLDEST_READABLE_SCHEMA) {
    throw new SomkbError(
      'STORE_FAILED',
      `The ${kind} ${label} has the old schema version ${found}; open it once for writing ` +
        `(somkb ingest or somkb start) to migrate it.`,
      { where },
    );
  }
}

/**
 * Brings the schema of a writer's database to {@link SCHEMA_VERSION}. The check and the migrations
 * run in one `BEGIN IMMEDIATE` transaction: a second process opening the same database waits for
 * it and then finds nothing left to do, and a failed migration leaves the database as it was.
 */
async function migrateSchema(db: Database.Database, names: SqliteStoreNames): Promise<void> {
  checkSchema(db, names, 'write');
  if (userVersion(db) === SCHEMA_VERSION) return;
  const { migrateSqliteDatabase } = await import('./sqlite-migrations.js');
  await oneAtATime(db.memory ? db : resolve(db.name), async () => {
    db.exec('BEGIN IMMEDIATE');
    try {
      checkSchema(db, names, 'write');
      if (userVersion(db) < SCHEMA_VERSION) await migrateSqliteDatabase(db);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  });
}

/** The migration running in this process on each database file, by absolute path. */
const migrations = new Map<unknown, Promise<void>>();

/**
 * Runs the migrations of one database file in this process one after another: a migration holds
 * its write transaction across awaits, and a second connection of this process that began its own
 * meanwhile would block the event loop waiting for that lock (other processes simply wait for it).
 * The catalog store and the editorial store of one process open the file on two connections.
 */
async function oneAtATime(key: unknown, work: () => Promise<void>): Promise<void> {
  const previous = migrations.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  migrations.set(key, next);
  try {
    await next;
  } finally {
    if (migrations.get(key) === next) migrations.delete(key);
  }
}

/**
 * Switches a writer's database back from WAL to rollback-journal mode when no other connection
 * has it open (otherwise SQLite refuses at once, and it stays in WAL mode for them). A WAL database
 * can be read only by a process that may create its `-shm` file next to it, so this is what lets
 * `somkb serve` read a database in a read-only folder; the next writer turns WAL on again.
 */
export function leaveWalMode(db: Database.Database): void {
  try {
    db.pragma('journal_mode = DELETE');
  } catch {
    // Another connection still has the database open: WAL mode stays, as they need it.
  }
}

/** The schema version of the database (its `PRAGMA user_version`; 0 when it holds no schema). */
export function userVersion(db: Database.Database): number {
  const value = db.pragma('user_version', { simple: true });
  if (typeof value !== 'number') throw new Error(`PRAGMA user_version returned ${String(value)}.`);
  return value;
}

function hasTables(db: Database.Database): boolean {
  return (
    db
      .prepare<[], { readonly n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'")
      .get()?.n !== 0
  );
}

/** True when the database holds a somkb schema (a reader of an empty file has none yet). */
export function hasSchema(db: Database.Database): boolean {
  return userVersion(db) !== 0;
}

/** The migrations recorded as applied in the database that this code does not know. */
function unknownMigrations(db: Database.Database): string[] {
  const table = db
    .prepare<[string], { readonly name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ?",
    )
    .get(MIGRATION_TABLE);
  if (table === undefined) return [];
  const known = new Set<string>(MIGRATION_NAMES);
  return db
    .prepare<[], { readonly name: string }>(`SELECT name FROM ${MIGRATION_TABLE}`)
    .all()
    .map((row) => row.name)
    .filter((name) => !known.has(name));
}

function describePath(path: string): string {
  return path === ':memory:' || path === '' ? 'in-memory database' : path;
}

/**
 * The name of the database that may be shown to anyone: the file's base name, never the folders
 * above it (a client must not learn the server's paths); `database` when it has none.
 */
function safeName(path: string): string {
  const name = path === ':memory:' ? '' : basename(path);
  return name === '' ? 'database' : name;
}

function closeQuietly(db: Database.Database | undefined): void {
  try {
    db?.close();
  } catch {
    // The open failure is the error worth reporting.
  }
}

/**
 * Turns any failure into a `STORE_FAILED` SomkbError whose message names the database in full and
 * whose `where` is its safe name; a SomkbError passes unchanged.
 */
export function sqliteStoreError(action: string, names: SqliteStoreNames, error: unknown): SomkbError {
  if (error instanceof SomkbError) return error;
  const { label, where, kind } = names;
  const detail = error instanceof Error ? error.message : String(error);
  const code = error instanceof Database.SqliteError ? error.code : undefined;
  let message: string;
  switch (code) {
    case 'SQLITE_NOTADB':
      message = `${label} is not a SQLite database, or its header is corrupt (${detail}).`;
      break;
    case 'SQLITE_CORRUPT':
    case 'SQLITE_CORRUPT_INDEX':
    case 'SQLITE_CORRUPT_SEQUENCE':
    case 'SQLITE_CORRUPT_VTAB':
      message = `The ${kind} ${label} is corrupt (${detail}).`;
      break;
    case 'SQLITE_BUSY':
    case 'SQLITE_BUSY_SNAPSHOT':
    case 'SQLITE_BUSY_TIMEOUT':
      message = `Could not ${action} the ${kind} ${label}: it stayed locked by another connection (${detail}).`;
      break;
    case 'SQLITE_FULL':
      message = `Could not ${action} the ${kind} ${label}: the disk is full (${detail}).`;
      break;
    default:
      message = `Could not ${action} the ${kind} ${label}: ${detail}`;
  }
  return new SomkbError('STORE_FAILED', message, { cause: error, where });
}
