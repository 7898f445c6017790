import Database from 'better-sqlite3';
import type { Catalog, Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogSource, CatalogStore, PublishedCatalog, PublishResult } from './catalog-store.js';

/** The schema version this code writes and reads, kept in `PRAGMA user_version`. */
const SCHEMA_VERSION = 1;

/** How many versions of each document and language the store keeps; older ones are deleted on publish. */
const KEPT_VERSIONS = 5;

/** Default wait for a lock held by another connection, in milliseconds. */
const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Schema migrations: `MIGRATIONS[n]` takes a database from schema version `n` to `n + 1`. Version 0
 * is an empty database. Each runs inside the transaction that also sets `user_version`.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE catalog_versions (
    version INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL,
    language TEXT NOT NULL,
    published_at TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    catalog_json TEXT NOT NULL
  );
  CREATE INDEX catalog_versions_by_document ON catalog_versions (document_id, language, version);

  CREATE TABLE current_catalog (
    document_id TEXT NOT NULL,
    language TEXT NOT NULL,
    version INTEGER NOT NULL REFERENCES catalog_versions (version),
    PRIMARY KEY (document_id, language)
  ) WITHOUT ROWID;

  CREATE TABLE paragraphs (
    version INTEGER NOT NULL REFERENCES catalog_versions (version),
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    items_json TEXT NOT NULL,
    chapter INTEGER NOT NULL,
    theme TEXT,
    paper TEXT,
    PRIMARY KEY (version, number)
  ) WITHOUT ROWID;

  CREATE TABLE themes (
    version INTEGER NOT NULL REFERENCES catalog_versions (version),
    id TEXT NOT NULL,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    key_topics_json TEXT NOT NULL,
    papers_json TEXT NOT NULL,
    PRIMARY KEY (version, id)
  ) WITHOUT ROWID;

  CREATE TABLE papers (
    version INTEGER NOT NULL REFERENCES catalog_versions (version),
    symbol TEXT NOT NULL,
    year INTEGER NOT NULL,
    meeting INTEGER NOT NULL,
    subject TEXT NOT NULL,
    theme TEXT NOT NULL,
    paragraphs_json TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (version, symbol)
  ) WITHOUT ROWID;
  `,
];

/** Options of {@link openSqliteCatalogStore}. */
export interface SqliteCatalogStoreOptions {
  /**
   * Open the database read-only (default `false`): the file must exist and hold a somkb catalog
   * store, and `publish` fails. Readers see what writers publish without reopening.
   */
  readonly readonly?: boolean;
  /** How long to wait for a lock held by another connection, in milliseconds (default 5000). */
  readonly busyTimeoutMs?: number;
}

interface VersionRow {
  readonly version: number;
  readonly document_id: string;
  readonly language: string;
  readonly published_at: string;
  readonly source_name: string;
  readonly source_sha256: string;
  /** Absent from the head queries, which leave the catalog to a second query on a cache miss. */
  readonly catalog_json?: string;
}

interface Statements {
  readonly current: Database.Statement<[string, string], VersionRow>;
  readonly listCurrent: Database.Statement<[], VersionRow>;
  readonly dataVersion: Database.Statement<[], number>;
  readonly catalogJson: Database.Statement<[number], { readonly catalog_json: string }>;
  readonly insertVersion: Database.Statement<[string, string, string, string, string, string]>;
  readonly insertParagraph: Database.Statement<
    [number, number, string, string, number, string | null, string | null]
  >;
  readonly insertTheme: Database.Statement<[number, string, number, string, string, string]>;
  readonly insertPaper: Database.Statement<[number, string, number, number, string, string, string, string]>;
  readonly staleVersions: Database.Statement<[string, string, number], { readonly version: number }>;
  readonly deleteParagraphs: Database.Statement<[number]>;
  readonly deleteThemes: Database.Statement<[number]>;
  readonly deletePapers: Database.Statement<[number]>;
  readonly deleteVersion: Database.Statement<[number]>;
  readonly setCurrent: Database.Statement<[string, string, number]>;
}

/**
 * The SQLite backend of {@link CatalogStore}: the embedded default. One file holds every published
 * version (the last 5 per document and language; older ones are deleted on publish) and a pointer to the current
 * one; a publish writes the new version and moves the pointer in one transaction, so readers in
 * this or other processes see either the previous catalog or the new one, never a mix, and a crash
 * during publish leaves the previous catalog current. Besides the catalog JSON, each version is
 * written to the normalized tables `paragraphs`, `themes` and `papers` for search and indexing.
 *
 * The better-sqlite3 API is synchronous; the async methods run it on the calling thread.
 */
export class SqliteCatalogStore implements CatalogStore {
  /** The database path as given to {@link openSqliteCatalogStore}. */
  readonly path: string;
  /** True when opened with `readonly: true`. */
  readonly readonly: boolean;
  readonly #db: Database.Database;
  readonly #label: string;
  readonly #statements: Statements;
  readonly #publish: Database.Transaction<
    (catalog: Catalog, source: CatalogSource, json: string) => PublishResult
  >;
  #closed = false;
  /**
   * The parsed catalogs last listed, by version, published time and source hash: a published version
   * never changes, so a listing parses only versions it has not seen (the portal lists on every page).
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
    this.#label = describePath(path);
    this.#statements = prepareStatements(db);
    this.#publish = db.transaction((catalog: Catalog, source: CatalogSource, json: string) =>
      this.#publishInTransaction(catalog, source, json),
    );
  }

  /** {@inheritDoc CatalogStore.publish} */
  publish(catalog: Catalog, source: CatalogSource): Promise<PublishResult> {
    return this.#run('publish to', () => {
      if (this.readonly) {
        throw new SomkbError(
          'STORE_FAILED',
          `Cannot publish: the catalog store ${this.#label} was opened read-only.`,
          { where: this.path },
        );
      }
      const json = canonicalJson(catalog);
      this.#listed = undefined;
      try {
        return this.#publish.immediate(catalog, source, json);
      } finally {
        this.#listed = undefined;
      }
    });
  }

  /** {@inheritDoc CatalogStore.current} */
  current(documentId: string, language: Language): Promise<PublishedCatalog | undefined> {
    return this.#run('read', () => {
      const row = this.#statements.current.get(documentId, language);
      return row === undefined ? undefined : this.#toPublished(row);
    });
  }

  /** {@inheritDoc CatalogStore.listCurrent} */
  listCurrent(): Promise<readonly PublishedCatalog[]> {
    return this.#run('read', () => {
      const dataVersion = this.#statements.dataVersion.get() as number;
      if (this.#listed?.dataVersion === dataVersion) return this.#listed.list;
      const parsed = new Map<string, PublishedCatalog>();
      const list = this.#statements.listCurrent.all().map((row) => {
        const key = `${row.version} ${row.published_at} ${row.source_sha256}`;
        let published = this.#parsed.get(key);
        if (published === undefined) {
          const json = this.#statements.catalogJson.get(row.version)?.catalog_json;
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

  /** {@inheritDoc CatalogStore.close} Closing twice is harmless. */
  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    try {
      this.#db.close();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(storeError('close', this.#label, this.path, error));
    }
  }

  #run<T>(action: string, work: () => T): Promise<T> {
    try {
      if (this.#closed) {
        throw new SomkbError('STORE_FAILED', `The catalog store ${this.#label} is closed.`, {
          where: this.path,
        });
      }
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(storeError(action, this.#label, this.path, error));
    }
  }

  #publishInTransaction(catalog: Catalog, source: CatalogSource, json: string): PublishResult {
    const s = this.#statements;
    const documentId = catalog.document.id;
    const language = catalog.language;
    const current = s.current.get(documentId, language);
    if (current !== undefined && current.source_sha256 === source.sha256 && current.catalog_json === json) {
      return {
        changed: false,
        published: {
          version: current.version,
          publishedAt: current.published_at,
          source: { name: current.source_name, sha256: current.source_sha256 },
          catalog,
        },
      };
    }

    const publishedAt = new Date().toISOString();
    const version = Number(
      s.insertVersion.run(documentId, language, publishedAt, source.name, source.sha256, json)
        .lastInsertRowid,
    );
    for (const p of catalog.paragraphs) {
      s.insertParagraph.run(version, p.number, p.text, JSON.stringify(p.items), p.chapter, p.theme, p.paper);
    }
    for (const t of catalog.themes) {
      s.insertTheme.run(
        version,
        t.id,
        t.number,
        t.name,
        JSON.stringify(t.keyTopics),
        JSON.stringify(t.papers),
      );
    }
    for (const p of catalog.papers) {
      s.insertPaper.run(
        version,
        p.symbol,
        p.year,
        p.meeting,
        p.subject,
        p.theme,
        JSON.stringify(p.paragraphs),
        p.url,
      );
    }
    for (const { version: stale } of s.staleVersions.all(documentId, language, KEPT_VERSIONS)) {
      s.deleteParagraphs.run(stale);
      s.deleteThemes.run(stale);
      s.deletePapers.run(stale);
      s.deleteVersion.run(stale);
    }
    s.setCurrent.run(documentId, language, version);
    return {
      changed: true,
      published: { version, publishedAt, source: { name: source.name, sha256: source.sha256 }, catalog },
    };
  }

  #toPublished(row: VersionRow): PublishedCatalog {
    const catalog = parseCatalog(row.catalog_json ?? '');
    if (catalog?.document.id !== row.document_id || catalog.language !== row.language) {
      throw new SomkbError(
        'STORE_FAILED',
        `The catalog store ${this.#label} is corrupt: version ${row.version} does not hold a catalog of ` +
          `${row.document_id} (${row.language}).`,
        { where: this.path },
      );
    }
    return {
      version: row.version,
      publishedAt: row.published_at,
      source: { name: row.source_name, sha256: row.source_sha256 },
      catalog,
    };
  }
}

/**
 * Opens (creating it if needed) a SQLite catalog store at `path`; `':memory:'` gives a private
 * in-memory store. A file database is switched to WAL journal mode so that readers in other
 * processes are never blocked by a publish, waits up to `busyTimeoutMs` for locks, enforces foreign
 * keys, and has its schema created or migrated to the current version (`PRAGMA user_version`).
 *
 * @throws SomkbError `STORE_FAILED`, naming the file, when the file cannot be opened or created, is
 *   not a SQLite database or is corrupt, belongs to another application, or has a newer schema.
 */
export function openSqliteCatalogStore(
  path: string,
  options: SqliteCatalogStoreOptions = {},
): SqliteCatalogStore {
  const readonly = options.readonly ?? false;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const label = describePath(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: busyTimeoutMs });
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    if (!readonly && !db.memory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    prepareSchema(db, label, path, readonly);
    return new SqliteCatalogStore(db, path, readonly);
  } catch (error) {
    closeQuietly(db);
    throw storeError('open', label, path, error);
  }
}

function prepareSchema(db: Database.Database, label: string, path: string, readonly: boolean): void {
  const found = userVersion(db);
  if (found > SCHEMA_VERSION) {
    throw new SomkbError(
      'STORE_FAILED',
      `The catalog store ${label} has schema version ${found}, newer than this somkb supports ` +
        `(${SCHEMA_VERSION}); upgrade somkb.`,
      { where: path },
    );
  }
  if (found === SCHEMA_VERSION) return;
  if (readonly) {
    throw new SomkbError(
      'STORE_FAILED',
      found === 0
        ? `${label} is not a somkb catalog store (it has no catalog schema); publish a catalog first.`
        : `The catalog store ${label} has the old schema version ${found}; open it once read-write to migrate it.`,
      { where: path },
    );
  }
  db.transaction(() => {
    const start = userVersion(db);
    if (start === 0 && hasTables(db)) {
      throw new SomkbError(
        'STORE_FAILED',
        `${label} is a SQLite database of another application, not a somkb catalog store.`,
        { where: path },
      );
    }
    for (let version = start; version < SCHEMA_VERSION; version++) {
      const migration = MIGRATIONS[version];
      if (migration === undefined) throw new Error(`No migration from schema version ${version}.`);
      db.exec(migration);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

function userVersion(db: Database.Database): number {
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

function prepareStatements(db: Database.Database): Statements {
  const headColumns =
    'cv.version, cv.document_id, cv.language, cv.published_at, cv.source_name, cv.source_sha256';
  const versionColumns = `${headColumns}, cv.catalog_json`;
  return {
    current: db.prepare(
      `SELECT ${versionColumns} FROM current_catalog cc JOIN catalog_versions cv ON cv.version = cc.version
       WHERE cc.document_id = ? AND cc.language = ?`,
    ),
    catalogJson: db.prepare('SELECT catalog_json FROM catalog_versions WHERE version = ?'),
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    listCurrent: db.prepare(
      `SELECT ${headColumns} FROM current_catalog cc JOIN catalog_versions cv ON cv.version = cc.version
       ORDER BY cc.document_id, cc.language`,
    ),
    insertVersion: db.prepare(
      `INSERT INTO catalog_versions (document_id, language, published_at, source_name, source_sha256, catalog_json)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertParagraph: db.prepare(
      'INSERT INTO paragraphs (version, number, text, items_json, chapter, theme, paper) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertTheme: db.prepare(
      'INSERT INTO themes (version, id, number, name, key_topics_json, papers_json) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertPaper: db.prepare(
      `INSERT INTO papers (version, symbol, year, meeting, subject, theme, paragraphs_json, url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    staleVersions: db.prepare(
      `SELECT version FROM (
         SELECT version FROM catalog_versions WHERE document_id = ? AND language = ?
         ORDER BY version DESC LIMIT -1 OFFSET ?
       ) WHERE version NOT IN (SELECT version FROM current_catalog)`,
    ),
    deleteParagraphs: db.prepare('DELETE FROM paragraphs WHERE version = ?'),
    deleteThemes: db.prepare('DELETE FROM themes WHERE version = ?'),
    deletePapers: db.prepare('DELETE FROM papers WHERE version = ?'),
    deleteVersion: db.prepare('DELETE FROM catalog_versions WHERE version = ?'),
    setCurrent: db.prepare(
      `INSERT INTO current_catalog (document_id, language, version) VALUES (?, ?, ?)
       ON CONFLICT (document_id, language) DO UPDATE SET version = excluded.version`,
    ),
  };
}

/**
 * JSON with object keys in sorted order, so that two deep-equal catalogs serialize identically
 * whatever order their properties were created in.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(withSortedKeys(value));
}

/** A deep copy of `value` whose objects have their keys in sorted order (faster than a replacer). */
function withSortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((element: unknown) => withSortedKeys(element));
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = withSortedKeys(record[key]);
  return sorted;
}

function parseCatalog(json: string): Catalog | undefined {
  const value: unknown = JSON.parse(json);
  return isCatalogShaped(value) ? value : undefined;
}

function isCatalogShaped(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const document = record['document'];
  return (
    typeof record['language'] === 'string' &&
    typeof document === 'object' &&
    document !== null &&
    typeof (document as Record<string, unknown>)['id'] === 'string' &&
    Array.isArray(record['paragraphs']) &&
    Array.isArray(record['themes']) &&
    Array.isArray(record['papers'])
  );
}

function describePath(path: string): string {
  return path === ':memory:' || path === '' ? 'in-memory database' : path;
}

function closeQuietly(db: Database.Database | undefined): void {
  try {
    db?.close();
  } catch {
    // The open failure is the error worth reporting.
  }
}

/** Turns any failure into a `STORE_FAILED` SomkbError whose message names the database. */
function storeError(action: string, label: string, path: string, error: unknown): SomkbError {
  if (error instanceof SomkbError) return error;
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
      message = `The catalog store ${label} is corrupt (${detail}).`;
      break;
    case 'SQLITE_BUSY':
    case 'SQLITE_BUSY_SNAPSHOT':
    case 'SQLITE_BUSY_TIMEOUT':
      message = `Could not ${action} the catalog store ${label}: it stayed locked by another connection (${detail}).`;
      break;
    case 'SQLITE_FULL':
      message = `Could not ${action} the catalog store ${label}: the disk is full (${detail}).`;
      break;
    default:
      message = `Could not ${action} the catalog store ${label}: ${detail}`;
  }
  return new SomkbError('STORE_FAILED', message, { cause: error, where: path });
}
