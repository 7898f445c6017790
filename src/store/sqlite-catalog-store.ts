import type Database from 'better-sqlite3';
import { countCatalog } from '../domain/index.js';
import type { Catalog, CatalogCounts, Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type {
  CatalogRemovals,
  CatalogSource,
  CatalogStore,
  PublishedCatalog,
  PublishOptions,
  PublishResult,
  StoreHealth,
  VersionRecord,
} from './catalog-store.js';
import { canonicalJson, parseCatalogJson } from './catalog-json.js';
import type { RecordColumns } from './version-columns.js';
import { copySource, recordColumns, recordFromColumns } from './version-columns.js';
import type { SqliteStoreNames } from './sqlite-database.js';
import {
  checkSchema,
  hasSchema,
  leaveWalMode,
  openSqliteDatabase,
  sqliteStoreError,
  sqliteStoreNames,
  userVersion,
} from './sqlite-database.js';
import { SCHEMA_VERSION, countsJsonSql } from './sqlite-schema.js';

/** Default wait for a lock held by another connection, in milliseconds. */
const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** Who published a version when the publisher did not say (see `PublishOptions.by`). */
const UNKNOWN_PUBLISHER = 'unknown';

/** Options of {@link openSqliteCatalogStore}. */
export interface SqliteCatalogStoreOptions {
  /**
   * Open the database read-only (default `false`), as a reader such as `somkb serve` does: the file
   * must exist, nothing is ever written to it (its schema is not migrated: every schema from version
   * 1 on is read as it is, an older one with its versions numbered as a migration would number
   * them), and `publish` and `importVersion` fail. A file that holds no schema yet (a zero-length
   * file) is a store where nothing is published. Readers see what writers publish without reopening.
   */
  readonly readonly?: boolean;
  /** How long to wait for a lock held by another connection, in milliseconds (default 5000). */
  readonly busyTimeoutMs?: number;
}

/** One row of `catalog_versions` (schema 3) as the statements select it. */
interface VersionRow extends RecordColumns {
  readonly counts_json: string;
  readonly removals_json: string | null;
  /** Absent from the head queries, which leave the catalog to a second query on a cache miss. */
  readonly catalog_json?: string;
}

/** The named parameters of the statement that inserts a version. */
interface InsertParameters extends RecordColumns {
  readonly counts_json: string;
  readonly removals_json: string | null;
  readonly catalog_json: string;
}

interface Statements {
  /** The schema version the statements were prepared for (older ones are read through a view). */
  readonly schema: number;
  readonly current: Database.Statement<[string, string], VersionRow>;
  readonly listCurrent: Database.Statement<[], VersionRow>;
  readonly history: Database.Statement<[string], VersionRow>;
  readonly historyInLanguage: Database.Statement<[string, string], VersionRow>;
  readonly version: Database.Statement<[string, number], VersionRow>;
  readonly dataVersion: Database.Statement<[], number>;
  readonly catalogJson: Database.Statement<[string, number], { readonly catalog_json: string }>;
  readonly nextVersion: Database.Statement<[string], number>;
  readonly newestInLanguage: Database.Statement<[string, string], number | null>;
  /** The writes, prepared only on the current schema (a reader of an older one never writes). */
  readonly writes: WriteStatements | undefined;
}

interface WriteStatements {
  readonly insertVersion: Database.Statement<[InsertParameters]>;
  readonly setCurrent: Database.Statement<[string, string, number]>;
}

/**
 * The SQLite backend of {@link CatalogStore}: the embedded default. One file holds every published
 * version of every document (as canonical JSON, with its provenance; nothing is ever deleted) and a
 * pointer to the current version of each document and language; a publish numbers the new version,
 * writes it and moves the pointer in one `BEGIN IMMEDIATE` transaction, so two publishers never
 * take one number, readers in this or other processes see either the previous catalog or the new
 * one, never a mix, and a crash during publish leaves the previous catalog current.
 *
 * Errors name the file in full in their message (for the operator and the log) but only by its
 * base name in `where`, which front ends may show to clients.
 *
 * The better-sqlite3 API is synchronous; the async methods run it on the calling thread.
 */
export class SqliteCatalogStore implements CatalogStore {
  /** The database path as given to {@link openSqliteCatalogStore}. */
  readonly path: string;
  /** True when opened with `readonly: true`. */
  readonly readonly: boolean;
  readonly #db: Database.Database;
  /** How errors name the database (`where`: only its base name, safe to show to a client). */
  readonly #names: SqliteStoreNames;
  readonly #label: string;
  readonly #where: string;
  /** Undefined while a read-only store's database holds no schema yet (nothing is published). */
  #statements: Statements | undefined;
  readonly #publish: Database.Transaction<
    (catalog: Catalog, source: CatalogSource, options: PublishOptions, json: string) => PublishResult
  >;
  readonly #import: Database.Transaction<(published: PublishedCatalog, json: string) => void>;
  #closed = false;
  /**
   * The parsed catalogs last listed, by document, version, published time and source hash: a
   * published version never changes, so a listing parses only versions it has not seen (the portal
   * lists on every page).
   */
  #parsed = new Map<string, PublishedCatalog>();
  /**
   * The last listing and SQLite's `data_version` when it was read: the number changes when another
   * connection commits, and this connection's own publish forgets the listing, so while it holds the
   * listing is current and a read costs one pragma instead of a join.
   */
  #listed: { readonly dataVersion: number; readonly list: readonly PublishedCatalog[] } | undefined;

  /** Use {@link openSqliteCatalogStore}, which prepares the database first. */
  constructor(db: Database.Database, path: string, readonly: boolean) {
    this.#db = db;
    this.path = path;
    this.readonly = readonly;
    this.#names = sqliteStoreNames(path, 'catalog store');
    this.#label = this.#names.label;
    this.#where = this.#names.where;
    this.#statements = hasSchema(db) ? prepareStatements(db, userVersion(db)) : undefined;
    this.#publish = db.transaction(
      (catalog: Catalog, source: CatalogSource, options: PublishOptions, json: string) =>
        this.#publishInTransaction(catalog, source, options, json),
    );
    this.#import = db.transaction((published: PublishedCatalog, json: string) => {
      this.#importInTransaction(published, json);
    });
  }

  /** {@inheritDoc CatalogStore.publish} */
  publish(catalog: Catalog, source: CatalogSource, options: PublishOptions = {}): Promise<PublishResult> {
    return this.#run('publish to', () => {
      this.#refuseReadOnly('publish');
      const json = canonicalJson(catalog);
      this.#listed = undefined;
      try {
        return this.#publish.immediate(catalog, source, options, json);
      } finally {
        this.#listed = undefined;
      }
    });
  }

  /** {@inheritDoc CatalogStore.current} */
  current(documentId: string, language: Language): Promise<PublishedCatalog | undefined> {
    return this.#run('read', () => {
      const row = this.#ready()?.current.get(documentId, language);
      return row === undefined ? undefined : this.#toPublished(row);
    });
  }

  /** {@inheritDoc CatalogStore.listCurrent} */
  listCurrent(): Promise<readonly PublishedCatalog[]> {
    return this.#run('read', () => {
      const statements = this.#ready();
      if (statements === undefined) return [];
      const dataVersion = statements.dataVersion.get() as number;
      if (this.#listed?.dataVersion === dataVersion) return this.#listed.list;
      const parsed = new Map<string, PublishedCatalog>();
      const list = statements.listCurrent.all().map((row) => {
        const key = `${row.document_id} ${row.version} ${row.published_at} ${row.source_sha256}`;
        let published = this.#parsed.get(key);
        if (published === undefined) {
          const json = statements.catalogJson.get(row.document_id, row.version)?.catalog_json;
          published = this.#toPublished({ ...row, ...(json === undefined ? {} : { catalog_json: json }) });
        }
        parsed.set(key, published);
        return published;
      });
      this.#parsed = parsed;
      this.#listed = { dataVersion, list };
      return list;
    });
  }

  /** {@inheritDoc CatalogStore.history} */
  history(documentId: string, language?: Language): Promise<readonly VersionRecord[]> {
    return this.#run('read', () => {
      const statements = this.#ready();
      if (statements === undefined) return [];
      const rows =
        language === undefined
          ? statements.history.all(documentId)
          : statements.historyInLanguage.all(documentId, language);
      return rows.map((row) => toRecord(row));
    });
  }

  /** {@inheritDoc CatalogStore.version} */
  version(documentId: string, version: number): Promise<PublishedCatalog | undefined> {
    return this.#run('read', () => {
      if (!Number.isSafeInteger(version)) return undefined;
      const row = this.#ready()?.version.get(documentId, version);
      return row === undefined ? undefined : this.#toPublished(row);
    });
  }

  /** {@inheritDoc CatalogStore.importVersion} */
  importVersion(published: PublishedCatalog): Promise<void> {
    return this.#run('import into', () => {
      this.#refuseReadOnly('import a version');
      const json = canonicalJson(published.catalog);
      this.#listed = undefined;
      try {
        this.#import.immediate(published, json);
      } finally {
        this.#listed = undefined;
      }
    });
  }

  /** {@inheritDoc CatalogStore.health} A SQLite file, once open, is always reachable. */
  health(): StoreHealth {
    return { status: 'ok' };
  }

  /**
   * {@inheritDoc CatalogStore.close} Closing twice is harmless. A writer that is the last
   * connection to its file leaves it in rollback-journal mode (see `leaveWalMode`).
   */
  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    try {
      if (!this.readonly && !this.#db.memory) leaveWalMode(this.#db);
      this.#db.close();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(sqliteStoreError('close', this.#names, error));
    }
  }

  #run<T>(action: string, work: () => T): Promise<T> {
    try {
      if (this.#closed) {
        throw new SomkbError('STORE_FAILED', `The catalog store ${this.#label} is closed.`, {
          where: this.#where,
        });
      }
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(sqliteStoreError(action, this.#names, error));
    }
  }

  #refuseReadOnly(what: string): void {
    if (this.readonly) {
      throw new SomkbError(
        'STORE_FAILED',
        `Cannot ${what}: the catalog store ${this.#label} was opened read-only.`,
        { where: this.#where },
      );
    }
  }

  /**
   * The prepared statements, or `undefined` while the database holds no schema (only a read-only
   * store opened on an empty file): each read then looks again, so a reader sees the first catalog
   * a writer publishes into that file without reopening. A reader of an older schema also looks
   * again at each read, and prepares the statements anew once a writer has migrated the file.
   */
  #ready(): Statements | undefined {
    const statements = this.#statements;
    if (statements !== undefined && statements.schema === SCHEMA_VERSION) return statements;
    const found = userVersion(this.#db);
    if (found !== 0 && found !== statements?.schema) {
      checkSchema(this.#db, this.#names, 'read');
      this.#statements = prepareStatements(this.#db, found);
      this.#listed = undefined;
    }
    return this.#statements;
  }

  #publishInTransaction(
    catalog: Catalog,
    source: CatalogSource,
    options: PublishOptions,
    json: string,
  ): PublishResult {
    const s = this.#writable();
    const documentId = catalog.document.id;
    const language = catalog.language;
    const current = s.current.get(documentId, language);
    const { base } = options;
    if (base !== undefined && (current?.version ?? null) !== base) {
      throw conflict(documentId, language, current?.version, base);
    }
    if (current !== undefined && current.source_sha256 === source.sha256 && current.catalog_json === json) {
      return { changed: false, published: { ...toRecord(current), catalog } };
    }

    const record: VersionRecord = {
      documentId,
      language,
      version: s.nextVersion.get(documentId) ?? 1,
      publishedAt: new Date().toISOString(),
      by: options.by ?? UNKNOWN_PUBLISHER,
      message: options.message ?? '',
      source: copySource(source),
      counts: countCatalog(catalog),
      ...(options.removals === undefined ? {} : { removals: copyRemovals(options.removals) }),
    };
    s.writes.insertVersion.run(insertParameters(record, json));
    s.writes.setCurrent.run(documentId, language, record.version);
    return { changed: true, published: { ...record, catalog } };
  }

  #importInTransaction(published: PublishedCatalog, json: string): void {
    const s = this.#writable();
    const { catalog } = published;
    const documentId = catalog.document.id;
    const language = catalog.language;
    if (published.documentId !== documentId || published.language !== language) {
      throw new SomkbError(
        'STORE_FAILED',
        `Cannot import version ${published.version} of ${published.documentId} (${published.language}): ` +
          `its catalog is of ${documentId} (${language}).`,
        { where: this.#where },
      );
    }
    if (!Number.isSafeInteger(published.version) || published.version < 1) {
      throw new SomkbError(
        'STORE_FAILED',
        `Cannot import version ${published.version}: not a version number.`,
        {
          where: this.#where,
        },
      );
    }
    if (s.version.get(documentId, published.version) !== undefined) {
      throw new SomkbError(
        'CONFLICT',
        `The catalog store ${this.#label} already holds version ${published.version} of ${documentId}.`,
        { where: `${documentId} version ${published.version}` },
      );
    }
    const newest = s.newestInLanguage.get(documentId, language) ?? 0;
    s.writes.insertVersion.run(insertParameters(published, json));
    if (published.version > newest) s.writes.setCurrent.run(documentId, language, published.version);
  }

  /** The statements of a writer (its schema is always the current one). */
  #writable(): Statements & { readonly writes: WriteStatements } {
    const s = this.#ready();
    if (s?.writes === undefined) throw new Error('The catalog store has no current schema.');
    return { ...s, writes: s.writes };
  }

  #toPublished(row: VersionRow): PublishedCatalog {
    const catalog = parseCatalogJson(row.catalog_json ?? '');
    if (catalog?.document.id !== row.document_id || catalog.language !== row.language) {
      throw new SomkbError(
        'STORE_FAILED',
        `The catalog store ${this.#label} is corrupt: version ${row.version} of ${row.document_id} ` +
          `does not hold a catalog of ${row.document_id} (${row.language}).`,
        { where: this.#where },
      );
    }
    return { ...toRecord(row), catalog };
  }
}

/** The CONFLICT of a publish based on `base` while `current` is the current version. */
function conflict(
  documentId: string,
  language: Language,
  current: number | undefined,
  base: number | null,
): SomkbError {
  const found = current === undefined ? 'no version is published' : `version ${current} is current`;
  const expected = base === null ? 'none was' : `version ${base} was`;
  return new SomkbError(
    'CONFLICT',
    `Someone published meanwhile: of ${documentId} (${language}) ${found}, but ${expected} when this ` +
      `publish began; look at the new version and try again.`,
    { where: documentId },
  );
}

/** The version record of a row (its catalog aside). */
function toRecord(row: VersionRow): VersionRecord {
  return recordFromColumns(
    row,
    JSON.parse(row.counts_json) as CatalogCounts,
    row.removals_json === null ? null : (JSON.parse(row.removals_json) as CatalogRemovals),
  );
}

function insertParameters(record: VersionRecord, json: string): InsertParameters {
  return {
    ...recordColumns(record),
    counts_json: JSON.stringify(copyCounts(record.counts)),
    removals_json: record.removals === undefined ? null : JSON.stringify(copyRemovals(record.removals)),
    catalog_json: json,
  };
}

function copyRemovals(removals: CatalogRemovals): CatalogRemovals {
  return { paragraphs: [...removals.paragraphs], papers: [...removals.papers], themes: [...removals.themes] };
}

function copyCounts(counts: CatalogCounts): CatalogCounts {
  const { chapters, themes, keyTopics, papers, paragraphs, items } = counts;
  return { chapters, themes, keyTopics, papers, paragraphs, items };
}

/**
 * Opens (creating it if needed) a SQLite catalog store at `path`; `':memory:'` gives a private
 * in-memory store. A file database is switched to WAL journal mode so that readers in other
 * processes are never blocked by a publish, waits up to `busyTimeoutMs` for locks, and enforces
 * foreign keys. A writer (the default) brings the schema to the current version with the
 * migrations of `sqlite-migrations.ts` (Kysely's migrator, loaded only when a migration is due);
 * a read-only store never writes (see {@link SqliteCatalogStoreOptions.readonly}).
 *
 * @throws SomkbError `STORE_FAILED`, naming the file, when the file cannot be opened or created, is
 *   not a SQLite database or is corrupt, belongs to another application, or has a schema newer than
 *   this code (in one line: upgrade somkb).
 */
export async function openSqliteCatalogStore(
  path: string,
  options: SqliteCatalogStoreOptions = {},
): Promise<SqliteCatalogStore> {
  const readonly = options.readonly ?? false;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const names = sqliteStoreNames(path, 'catalog store');
  const db = await openSqliteDatabase(path, names, { readonly, busyTimeoutMs });
  try {
    return new SqliteCatalogStore(db, path, readonly);
  } catch (error) {
    db.close();
    throw sqliteStoreError('open', names, error);
  }
}

/**
 * The statements over a database of schema `schema`. Schema 3 holds the versions as they are read;
 * an older schema (read-only stores only) is read through a view with the same columns, which
 * numbers each document's versions 1, 2, 3 … in the order they were published (as migration `0003`
 * renumbers them) and computes their counts; the provenance it lacks reads as `unknown`. Before
 * schema 5 no version names an author or a reviewer. Only the current schema is written.
 */
function prepareStatements(db: Database.Database, schema: number): Statements {
  const legacy = schema < 3;
  const authors = schema >= 5 ? 'cv.author, cv.reviewer' : 'NULL AS author, NULL AS reviewer';
  const versions = legacy
    ? `(SELECT (SELECT count(*) FROM catalog_versions earlier
                WHERE earlier.document_id = old.document_id AND earlier.version <= old.version) AS version,
               old.version AS row_id, old.document_id, old.language, old.published_at,
               '${UNKNOWN_PUBLISHER}' AS published_by, '' AS message, old.source_name, old.source_sha256,
               NULL AS rollback_of, NULL AS draft, ${countsJsonSql('old.catalog_json')} AS counts_json,
               NULL AS removals_json, old.catalog_json
        FROM catalog_versions old)`
    : 'catalog_versions';
  const currentJoin = legacy
    ? 'cv.row_id = cc.version'
    : 'cv.document_id = cc.document_id AND cv.version = cc.version';
  const headColumns = `cv.document_id, cv.version, cv.language, cv.published_at, cv.published_by, cv.message,
    cv.source_name, cv.source_sha256, cv.rollback_of, cv.draft, ${authors}, cv.counts_json, cv.removals_json`;
  const versionColumns = `${headColumns}, cv.catalog_json`;
  const current = `FROM current_catalog cc JOIN ${versions} cv ON ${currentJoin}`;
  return {
    schema,
    current: db.prepare(`SELECT ${versionColumns} ${current} WHERE cc.document_id = ? AND cc.language = ?`),
    listCurrent: db.prepare(`SELECT ${headColumns} ${current} ORDER BY cc.document_id, cc.language`),
    history: db.prepare(
      `SELECT ${headColumns} FROM ${versions} cv WHERE cv.document_id = ? ORDER BY cv.version`,
    ),
    historyInLanguage: db.prepare(
      `SELECT ${headColumns} FROM ${versions} cv WHERE cv.document_id = ? AND cv.language = ? ORDER BY cv.version`,
    ),
    version: db.prepare(
      `SELECT ${versionColumns} FROM ${versions} cv WHERE cv.document_id = ? AND cv.version = ?`,
    ),
    catalogJson: db.prepare(
      `SELECT cv.catalog_json FROM ${versions} cv WHERE cv.document_id = ? AND cv.version = ?`,
    ),
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    nextVersion: db
      .prepare<[string], number>(
        `SELECT coalesce(max(cv.version), 0) + 1 FROM ${versions} cv WHERE cv.document_id = ?`,
      )
      .pluck(),
    newestInLanguage: db
      .prepare<[string, string], number | null>(
        `SELECT max(cv.version) FROM ${versions} cv WHERE cv.document_id = ? AND cv.language = ?`,
      )
      .pluck(),
    writes: schema < SCHEMA_VERSION ? undefined : prepareWrites(db),
  };
}

function prepareWrites(db: Database.Database): WriteStatements {
  return {
    insertVersion: db.prepare(
      `INSERT INTO catalog_versions (document_id, version, language, published_at, published_by, message,
         source_name, source_sha256, rollback_of, draft, author, reviewer, counts_json, removals_json, catalog_json)
       VALUES (@document_id, @version, @language, @published_at, @published_by, @message,
         @source_name, @source_sha256, @rollback_of, @draft, @author, @reviewer, @counts_json, @removals_json,
         @catalog_json)`,
    ),
    setCurrent: db.prepare(
      `INSERT INTO current_catalog (document_id, language, version) VALUES (?, ?, ?)
       ON CONFLICT (document_id, language) DO UPDATE SET version = excluded.version`,
    ),
  };
}
