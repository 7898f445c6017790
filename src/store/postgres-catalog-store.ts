import type { Generated, Insertable, Selectable, Transaction } from 'kysely';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Catalog, CatalogCounts, Language } from '../domain/index.js';
import { countCatalog } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import { canonicalJson, parseCatalogJson, sha256Hex } from './catalog-json.js';
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
import {
  POSTGRES_MIGRATION_NAMES,
  POSTGRES_SCHEMA_VERSION,
  appliedMigrations,
  migratePostgresDatabase,
} from './postgres-migrations.js';
import type { PostgresLocation } from './store-url.js';
import { parsePostgresUrl } from './store-url.js';
import { copySource, recordColumns, recordFromColumns } from './version-columns.js';

/** The channel on which a publish notifies every store listening on the same database. */
export const PUBLISH_CHANNEL = 'somkb_publish';

/**
 * Idle time after which TCP keep-alive probes check a connection, in milliseconds: a server that
 * vanished without closing its connections (a network cut) is noticed within a minute or so.
 */
const KEEP_ALIVE_DELAY_MS = 10_000;

/** How many versions that are not current a store keeps parsed for `version()` (they never change). */
const KEPT_OLD_VERSIONS = 8;

/** Options of {@link openPostgresCatalogStore}. */
export interface PostgresCatalogStoreOptions {
  /**
   * Apply pending migrations when opening (default `true`), under the migrator's advisory lock.
   * With `false` a database whose schema is behind is refused, naming `somkb migrate`.
   */
  readonly migrate?: boolean;
  /** Called when the database is lost (`degraded`) and when it is reached again (`ok`). */
  readonly onHealthChange?: (health: StoreHealth) => void;
  /** Most connections of the pool (default 10); the listener has one more of its own. */
  readonly poolSize?: number;
  /** First wait before reconnecting, in milliseconds (default 250); it doubles up to `reconnectMaxMs`. */
  readonly reconnectFirstMs?: number;
  /** Longest wait between two reconnection attempts, in milliseconds (default 5000). */
  readonly reconnectMaxMs?: number;
}

interface DocumentsTable {
  document_id: string;
  last_version: number;
}

interface CatalogVersionsTable {
  document_id: string;
  version: number;
  language: string;
  published_at: string;
  published_by: string;
  message: string;
  source_name: string;
  source_sha256: string;
  rollback_of: number | null;
  draft: string | null;
  author: string | null;
  reviewer: string | null;
  /** jsonb: pg parses it on read; written as JSON text. */
  counts: CatalogCounts | string;
  removals: CatalogRemovals | string | null;
  catalog_sha256: string;
  catalog_json: string;
}

interface CurrentCatalogTable {
  document_id: string;
  language: string;
  version: number;
}

interface MigrationTable {
  name: Generated<string>;
}

/** The tables of the PostgreSQL store (see `postgres-migrations.ts`). */
interface StoreDatabase {
  documents: DocumentsTable;
  catalog_versions: CatalogVersionsTable;
  current_catalog: CurrentCatalogTable;
  kysely_migration: MigrationTable;
}

/** Where the pool reports the failure of an idle connection (see the store's constructor). */
interface IdleFailures {
  report: (error: Error) => void;
}

type RecordRow = Omit<Selectable<CatalogVersionsTable>, 'catalog_json' | 'catalog_sha256'>;

const RECORD_COLUMNS = [
  'cv.document_id',
  'cv.version',
  'cv.language',
  'cv.published_at',
  'cv.published_by',
  'cv.message',
  'cv.source_name',
  'cv.source_sha256',
  'cv.rollback_of',
  'cv.draft',
  'cv.author',
  'cv.reviewer',
  'cv.counts',
  'cv.removals',
] as const;

/** The key of one version in the store's memory. */
function versionKey(documentId: string, version: number): string {
  return `${documentId}\u0000${version}`;
}

/**
 * The PostgreSQL backend of {@link CatalogStore}, for deployments with several processes over one
 * database. Every version is a row of `catalog_versions` (its record and its catalog as canonical
 * JSON), never updated or deleted; `current_catalog` points at the current version of each document
 * and language. A publish numbers its version from the document's row, which it locks, writes the
 * version and moves the pointer in one transaction, and notifies {@link PUBLISH_CHANNEL} in it.
 *
 * Every store LISTENs on that channel on a connection of its own and keeps the current catalogs in
 * memory: {@link PostgresCatalogStore.listCurrent} is answered without a query, and refreshed when
 * a publish (of any process) is notified. A version's catalog is parsed once and kept: versions
 * never change. When the database is lost the store keeps answering from memory, reports
 * `degraded` in {@link PostgresCatalogStore.health}, and reconnects by itself with a growing wait;
 * once back it refreshes its listing, since publishes may have been missed meanwhile.
 *
 * Messages name the database by its URL without the password; `where` is the database name.
 */
export class PostgresCatalogStore implements CatalogStore {
  readonly #db: Kysely<StoreDatabase>;
  readonly #location: PostgresLocation;
  readonly #options: PostgresCatalogStoreOptions;
  #listener: pg.Client | undefined;
  #closed = false;
  #health: StoreHealth = { status: 'ok' };
  #reconnecting = false;
  #reconnectTimer: NodeJS.Timeout | undefined;
  /** The current catalogs, ordered by document id then language; undefined until first listed. */
  #listing: readonly PublishedCatalog[] | undefined;
  /** The current catalogs by {@link versionKey}. */
  #current = new Map<string, PublishedCatalog>();
  /** Other versions read lately, least recently read first. */
  #recent = new Map<string, PublishedCatalog>();
  /** Refreshes run one at a time; a notification during one asks for another after it. */
  #refreshing: Promise<void> | undefined;
  #refreshAgain = false;
  /**
   * The versions this store is committing: their notification comes back to its own listener,
   * often before the commit returns, and needs no refresh.
   */
  readonly #writing = new Set<string>();

  /**
   * Use {@link openPostgresCatalogStore}. `idleFailures.report` is set to take the failures of idle
   * connections of the pool (a server going away), which count as a loss of the database.
   */
  constructor(
    db: Kysely<StoreDatabase>,
    location: PostgresLocation,
    options: PostgresCatalogStoreOptions,
    idleFailures: IdleFailures,
  ) {
    this.#db = db;
    this.#location = location;
    this.#options = options;
    idleFailures.report = (error) => {
      if (isConnectionLoss(error)) this.#lost(error);
    };
  }

  /** The database's URL without its password (`postgres://user@host:port/database`). */
  get label(): string {
    return this.#location.label;
  }

  /** Connects the listener and reads the current catalogs; the store is ready afterwards. */
  async start(): Promise<void> {
    await this.#listen();
    await this.#refresh();
  }

  /** {@inheritDoc CatalogStore.publish} */
  publish(catalog: Catalog, source: CatalogSource, options: PublishOptions = {}): Promise<PublishResult> {
    let writing: string | undefined;
    return this.#run('publish to', async () => {
      const json = canonicalJson(catalog);
      const catalogSha256 = sha256Hex(json);
      const documentId = catalog.document.id;
      const language = catalog.language;
      const outcome = await this.#db.transaction().execute(async (trx) => {
        const lastVersion = await lockDocument(trx, documentId);
        const current = await trx
          .selectFrom('current_catalog as cc')
          .innerJoin('catalog_versions as cv', (join) =>
            join.onRef('cv.document_id', '=', 'cc.document_id').onRef('cv.version', '=', 'cc.version'),
          )
          .select([...RECORD_COLUMNS, 'cv.catalog_sha256'])
          .where('cc.document_id', '=', documentId)
          .where('cc.language', '=', language)
          .executeTakeFirst();
        checkBase(options.base, current?.version, documentId, language);
        if (current?.source_sha256 === source.sha256 && current.catalog_sha256 === catalogSha256) {
          return { changed: false, record: toRecord(current) };
        }
        const record: VersionRecord = {
          documentId,
          language,
          version: lastVersion + 1,
          publishedAt: new Date().toISOString(),
          by: options.by ?? 'unknown',
          message: options.message ?? '',
          source: copySource(source),
          counts: countCatalog(catalog),
          ...(options.removals === undefined ? {} : { removals: options.removals }),
        };
        writing = versionKey(documentId, record.version);
        this.#writing.add(writing);
        await writeCurrentVersion(trx, record, json, catalogSha256);
        return { changed: true, record };
      });
      const published: PublishedCatalog = { ...outcome.record, catalog };
      if (outcome.changed) this.#remember(published);
      return { changed: outcome.changed, published };
    }).finally(() => {
      if (writing !== undefined) this.#writing.delete(writing);
    });
  }

  /** {@inheritDoc CatalogStore.current} Asked of the database; from memory while it is unreachable. */
  current(documentId: string, language: Language): Promise<PublishedCatalog | undefined> {
    return this.#run('read', async () => {
      try {
        const row = await this.#db
          .selectFrom('current_catalog as cc')
          .innerJoin('catalog_versions as cv', (join) =>
            join.onRef('cv.document_id', '=', 'cc.document_id').onRef('cv.version', '=', 'cc.version'),
          )
          .select(RECORD_COLUMNS)
          .where('cc.document_id', '=', documentId)
          .where('cc.language', '=', language)
          .executeTakeFirst();
        return row === undefined ? undefined : await this.#withCatalog(toRecord(row));
      } catch (error) {
        if (!isConnectionLoss(error) || this.#listing === undefined) throw error;
        this.#lost(error);
        return this.#listing.find(
          (published) => published.documentId === documentId && published.language === language,
        );
      }
    });
  }

  /** {@inheritDoc CatalogStore.listCurrent} From memory, refreshed when a publish is notified. */
  listCurrent(): Promise<readonly PublishedCatalog[]> {
    if (this.#listing !== undefined && !this.#closed) return Promise.resolve(this.#listing);
    return this.#run('read', async () => {
      await this.#refresh();
      return this.#listing ?? [];
    });
  }

  /** {@inheritDoc CatalogStore.history} */
  history(documentId: string, language?: Language): Promise<readonly VersionRecord[]> {
    return this.#run('read', async () => {
      let query = this.#db
        .selectFrom('catalog_versions as cv')
        .select(RECORD_COLUMNS)
        .where('cv.document_id', '=', documentId);
      if (language !== undefined) query = query.where('cv.language', '=', language);
      const rows = await query.orderBy('cv.version').execute();
      return rows.map(toRecord);
    });
  }

  /** {@inheritDoc CatalogStore.version} */
  version(documentId: string, version: number): Promise<PublishedCatalog | undefined> {
    return this.#run('read', async () => {
      if (!Number.isSafeInteger(version) || version < 1) return undefined;
      const known = this.#known(documentId, version);
      if (known !== undefined) return known;
      const row = await this.#db
        .selectFrom('catalog_versions as cv')
        .select(RECORD_COLUMNS)
        .where('cv.document_id', '=', documentId)
        .where('cv.version', '=', version)
        .executeTakeFirst();
      return row === undefined ? undefined : this.#withCatalog(toRecord(row));
    });
  }

  /** {@inheritDoc CatalogStore.importVersion} */
  importVersion(published: PublishedCatalog): Promise<void> {
    return this.#run('import into', async () => {
      const { catalog, ...record } = published;
      if (catalog.document.id !== record.documentId || catalog.language !== record.language) {
        throw new SomkbError(
          'STORE_FAILED',
          `Cannot import version ${record.version} of ${record.documentId} (${record.language}): its catalog is of ` +
            `${catalog.document.id} (${catalog.language}).`,
          { where: this.#location.where },
        );
      }
      const json = canonicalJson(catalog);
      await this.#db.transaction().execute(async (trx) => {
        await lockDocument(trx, record.documentId);
        const existing = await trx
          .selectFrom('catalog_versions')
          .select('version')
          .where('document_id', '=', record.documentId)
          .where('version', '=', record.version)
          .executeTakeFirst();
        if (existing !== undefined) {
          throw new SomkbError(
            'CONFLICT',
            `The catalog store ${this.#location.label} already holds version ${record.version} of ${record.documentId}.`,
            { where: `${record.documentId} version ${record.version}` },
          );
        }
        await insertVersion(trx, record, json, sha256Hex(json));
        await trx
          .updateTable('documents')
          .set({ last_version: sql<number>`greatest(last_version, ${record.version})` })
          .where('document_id', '=', record.documentId)
          .execute();
        const current = await trx
          .selectFrom('current_catalog')
          .select('version')
          .where('document_id', '=', record.documentId)
          .where('language', '=', record.language)
          .executeTakeFirst();
        if (current === undefined || current.version < record.version) await makeCurrent(trx, record);
      });
      this.#remember(published);
    });
  }

  /** {@inheritDoc CatalogStore.health} */
  health(): StoreHealth {
    return this.#health;
  }

  /** {@inheritDoc CatalogStore.close} Closing twice is harmless. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#reconnectTimer);
    const listener = this.#listener;
    this.#listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.#refreshing?.catch(() => undefined);
    await this.#db.destroy();
  }

  async #run<T>(action: string, work: () => Promise<T>): Promise<T> {
    if (this.#closed) {
      throw new SomkbError('STORE_FAILED', `The catalog store ${this.#location.label} is closed.`, {
        where: this.#location.where,
      });
    }
    try {
      return await work();
    } catch (error) {
      if (isConnectionLoss(error)) this.#lost(error);
      throw postgresError(action, this.#location, error);
    }
  }

  /** The version from memory: a current one, or one read lately (which it marks as the latest read). */
  #known(documentId: string, version: number): PublishedCatalog | undefined {
    const key = versionKey(documentId, version);
    const current = this.#current.get(key);
    if (current !== undefined) return current;
    const recent = this.#recent.get(key);
    if (recent !== undefined) {
      this.#recent.delete(key);
      this.#recent.set(key, recent);
    }
    return recent;
  }

  /** The record with its catalog: from memory, or read and parsed once. */
  async #withCatalog(record: VersionRecord): Promise<PublishedCatalog> {
    const known = this.#known(record.documentId, record.version);
    if (known !== undefined) return known;
    const row = await this.#db
      .selectFrom('catalog_versions')
      .select('catalog_json')
      .where('document_id', '=', record.documentId)
      .where('version', '=', record.version)
      .executeTakeFirst();
    const catalog = row === undefined ? undefined : parseCatalogJson(row.catalog_json);
    if (catalog?.document.id !== record.documentId || catalog.language !== record.language) {
      throw new SomkbError(
        'STORE_FAILED',
        `The catalog store ${this.#location.label} is corrupt: version ${record.version} of ${record.documentId} ` +
          `does not hold a catalog of ${record.documentId} (${record.language}).`,
        { where: this.#location.where },
      );
    }
    const published: PublishedCatalog = { ...record, catalog };
    this.#keepRecent(published);
    return published;
  }

  #keepRecent(published: PublishedCatalog): void {
    const key = versionKey(published.documentId, published.version);
    if (this.#current.has(key)) return;
    this.#recent.delete(key);
    this.#recent.set(key, published);
    while (this.#recent.size > KEPT_OLD_VERSIONS) {
      const oldest = this.#recent.keys().next().value;
      if (oldest === undefined) break;
      this.#recent.delete(oldest);
    }
  }

  /**
   * Puts a version this store wrote into its listing at once (when it is newer than the listed one
   * of its document and language), so that the store's own reads see it before the notification.
   */
  #remember(published: PublishedCatalog): void {
    const listing = this.#listing ?? [];
    const same = listing.find(
      (entry) => entry.documentId === published.documentId && entry.language === published.language,
    );
    if (same !== undefined && same.version >= published.version) {
      this.#keepRecent(published);
      return;
    }
    const next = [...listing.filter((entry) => entry !== same), published].sort(compareListed);
    this.#setListing(next);
  }

  #setListing(listing: readonly PublishedCatalog[]): void {
    const previous = this.#current;
    this.#current = new Map(listing.map((entry) => [versionKey(entry.documentId, entry.version), entry]));
    for (const [key, entry] of previous) {
      if (!this.#current.has(key)) this.#keepRecent(entry);
    }
    this.#listing = listing;
  }

  /** Reads the current catalogs again (one query, plus one per catalog not yet in memory). */
  #refresh(): Promise<void> {
    if (this.#refreshing !== undefined) {
      this.#refreshAgain = true;
      return this.#refreshing;
    }
    const run = async (): Promise<void> => {
      try {
        do {
          this.#takeRefreshRequest();
          const rows = await this.#db
            .selectFrom('current_catalog as cc')
            .innerJoin('catalog_versions as cv', (join) =>
              join.onRef('cv.document_id', '=', 'cc.document_id').onRef('cv.version', '=', 'cc.version'),
            )
            .select(RECORD_COLUMNS)
            .orderBy(sql`cc.document_id COLLATE "C"`)
            .orderBy(sql`cc.language COLLATE "C"`)
            .execute();
          const listing: PublishedCatalog[] = [];
          for (const row of rows) listing.push(await this.#withCatalog(toRecord(row)));
          if (!this.#closed) this.#setListing(newestOfBoth(this.#listing ?? [], listing));
        } while (this.#takeRefreshRequest() && !this.#closed);
      } finally {
        this.#refreshing = undefined;
      }
    };
    this.#refreshing = run();
    return this.#refreshing;
  }

  /** Whether another refresh was asked for since the last call (and forgets that it was). */
  #takeRefreshRequest(): boolean {
    const asked = this.#refreshAgain;
    this.#refreshAgain = false;
    return asked;
  }

  /** Connects the listening connection and LISTENs on {@link PUBLISH_CHANNEL}. */
  async #listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.#location.connectionString,
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEP_ALIVE_DELAY_MS,
    });
    client.on('error', (error) => {
      if (this.#listener === client) this.#lost(error);
    });
    client.on('end', () => {
      if (this.#listener === client) this.#lost(new Error('the connection was closed'));
    });
    client.on('notification', (message) => {
      if (message.channel === PUBLISH_CHANNEL) this.#notified(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLISH_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.#closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#listener = client;
  }

  /** A publish was notified: refresh the listing unless it already holds that version. */
  #notified(payload: string | undefined): void {
    const published = parseNotification(payload);
    if (published !== undefined) {
      const key = versionKey(published.documentId, published.version);
      // This store's own publish: it puts the version in its listing itself once committed.
      if (this.#writing.delete(key) || this.#current.has(key)) return;
    }
    this.#refresh().catch((error: unknown) => {
      if (isConnectionLoss(error)) this.#lost(error);
    });
  }

  /** The database was lost: report it once, drop the listener, and reconnect in the background. */
  #lost(error: unknown): void {
    if (this.#closed) return;
    const listener = this.#listener;
    this.#listener = undefined;
    listener?.end().catch(() => undefined);
    if (this.#health.status === 'ok') {
      this.#health = {
        status: 'degraded',
        since: new Date().toISOString(),
        reason: healthReason(error, this.#location),
      };
      this.#options.onHealthChange?.(this.#health);
    }
    this.#scheduleReconnect(0);
  }

  #scheduleReconnect(attempt: number): void {
    if (this.#closed || (this.#reconnecting && attempt === 0)) return;
    this.#reconnecting = true;
    const first = this.#options.reconnectFirstMs ?? 250;
    const max = this.#options.reconnectMaxMs ?? 5000;
    const wait = Math.min(max, first * 2 ** Math.min(attempt, 20));
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnect().then(
        () => {
          this.#reconnecting = false;
          if (this.#closed) return;
          this.#health = { status: 'ok' };
          this.#options.onHealthChange?.(this.#health);
        },
        (error: unknown) => {
          if (this.#closed) return;
          if (this.#health.status === 'degraded') {
            this.#health = { ...this.#health, reason: healthReason(error, this.#location) };
          }
          this.#scheduleReconnect(attempt + 1);
        },
      );
    }, wait);
    this.#reconnectTimer.unref();
  }

  /** Listens again and reads the current catalogs; a failed attempt leaves no connection behind. */
  async #reconnect(): Promise<void> {
    await this.#listen();
    try {
      await this.#refresh();
    } catch (error) {
      const listener = this.#listener;
      this.#listener = undefined;
      await listener?.end().catch(() => undefined);
      throw error;
    }
  }
}

/** Orders listed catalogs by document id, then language (by code points, as SQLite's BINARY does). */
/**
 * The union of two listings, keeping for each document and language the higher version. A refresh
 * read in a snapshot taken before this store's own publish committed must not take that publish
 * out of the listing (`#remember` put it there, and its notification is ignored); the current
 * version of a document in a language only ever grows, and a listing only ever gains entries, so
 * the newer of the two is always right.
 */
function newestOfBoth(
  held: readonly PublishedCatalog[],
  read: readonly PublishedCatalog[],
): readonly PublishedCatalog[] {
  const newest = new Map<string, PublishedCatalog>();
  for (const entry of [...held, ...read]) {
    const key = `${entry.documentId}\u0000${entry.language}`;
    const other = newest.get(key);
    if (other === undefined || other.version < entry.version) newest.set(key, entry);
  }
  return [...newest.values()].sort(compareListed);
}

function compareListed(a: PublishedCatalog, b: PublishedCatalog): number {
  const byBytes = (x: string, y: string): number => Buffer.compare(Buffer.from(x), Buffer.from(y));
  return byBytes(a.documentId, b.documentId) || byBytes(a.language, b.language);
}

function parseNotification(payload: string | undefined): { documentId: string; version: number } | undefined {
  try {
    const value = JSON.parse(payload ?? '') as { documentId?: unknown; version?: unknown };
    return typeof value.documentId === 'string' && typeof value.version === 'number'
      ? { documentId: value.documentId, version: value.version }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Locks the document's row for the rest of the transaction (creating it when the document is new)
 * and returns its last version number: publishes of one document are numbered one after another.
 */
async function lockDocument(trx: Transaction<StoreDatabase>, documentId: string): Promise<number> {
  // ON CONFLICT DO UPDATE locks the existing row (and a new row is locked by its insert): one
  // statement both creates and locks, and a second publish of the document waits here.
  const row = await trx
    .insertInto('documents')
    .values({ document_id: documentId, last_version: 0 })
    .onConflict((conflict) =>
      conflict.column('document_id').doUpdateSet({ last_version: sql<number>`documents.last_version` }),
    )
    .returning('last_version')
    .executeTakeFirstOrThrow();
  return row.last_version;
}

function checkBase(
  base: number | null | undefined,
  current: number | undefined,
  documentId: string,
  language: Language,
): void {
  if (base === undefined || (current ?? null) === base) return;
  const found = current === undefined ? 'no version is published' : `version ${current} is current`;
  const expected = base === null ? 'none was' : `version ${base} was`;
  throw new SomkbError(
    'CONFLICT',
    `Someone published meanwhile: of ${documentId} (${language}) ${found}, but ${expected} when this ` +
      `publish began; look at the new version and try again.`,
    { where: documentId },
  );
}

/** The row of `catalog_versions` that holds a version. */
function versionRow(
  record: VersionRecord,
  json: string,
  catalogSha256: string,
): Insertable<CatalogVersionsTable> {
  return {
    ...recordColumns(record),
    counts: JSON.stringify(record.counts),
    removals: record.removals === undefined ? null : JSON.stringify(record.removals),
    catalog_sha256: catalogSha256,
    catalog_json: json,
  };
}

/** What a publish notifies on {@link PUBLISH_CHANNEL}. */
function notification(record: VersionRecord): string {
  return JSON.stringify({
    documentId: record.documentId,
    language: record.language,
    version: record.version,
  });
}

/**
 * Writes a new version, advances its document's last number, makes the version current and
 * notifies it, in one statement (one round trip: a publish waits on the server four times less).
 */
async function writeCurrentVersion(
  trx: Transaction<StoreDatabase>,
  record: VersionRecord,
  json: string,
  catalogSha256: string,
): Promise<void> {
  await trx
    .with('inserted', (db) =>
      db
        .insertInto('catalog_versions')
        .values(versionRow(record, json, catalogSha256))
        .returning(['document_id', 'language', 'version']),
    )
    .with('advanced', (db) =>
      db
        .updateTable('documents')
        .set({ last_version: sql<number>`greatest(last_version, ${record.version})` })
        .where('document_id', '=', record.documentId)
        .returning('last_version'),
    )
    .with('pointed', (db) =>
      db
        .insertInto('current_catalog')
        .columns(['document_id', 'language', 'version'])
        .expression((eb) => eb.selectFrom('inserted').select(['document_id', 'language', 'version']))
        .onConflict((conflict) =>
          conflict.columns(['document_id', 'language']).doUpdateSet({ version: record.version }),
        )
        .returning('version'),
    )
    .selectNoFrom(sql<string>`pg_notify(${PUBLISH_CHANNEL}, ${notification(record)})`.as('notified'))
    .execute();
}

/** Writes a version as another store holds it and advances its document's last number. */
async function insertVersion(
  trx: Transaction<StoreDatabase>,
  record: VersionRecord,
  json: string,
  catalogSha256: string,
): Promise<void> {
  await trx
    .insertInto('catalog_versions')
    .values(versionRow(record, json, catalogSha256))
    .execute();
  await trx
    .updateTable('documents')
    .set({ last_version: sql<number>`greatest(last_version, ${record.version})` })
    .where('document_id', '=', record.documentId)
    .execute();
}

/** Points the current catalog of the record's document and language at it, and notifies the change. */
async function makeCurrent(trx: Transaction<StoreDatabase>, record: VersionRecord): Promise<void> {
  await trx
    .insertInto('current_catalog')
    .values({ document_id: record.documentId, language: record.language, version: record.version })
    .onConflict((conflict) =>
      conflict.columns(['document_id', 'language']).doUpdateSet({ version: record.version }),
    )
    .execute();
  await sql`SELECT pg_notify(${PUBLISH_CHANNEL}, ${notification(record)})`.execute(trx);
}

function toRecord(row: RecordRow): VersionRecord {
  const counts = typeof row.counts === 'string' ? (JSON.parse(row.counts) as CatalogCounts) : row.counts;
  const removals =
    typeof row.removals === 'string' ? (JSON.parse(row.removals) as CatalogRemovals) : row.removals;
  return recordFromColumns(row, counts, removals);
}

/** Error codes of node and PostgreSQL that mean the server cannot be reached (or went away). */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);

/** True when `error` says the database cannot be reached, rather than that a query was wrong. */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  return /Connection terminated|connection was closed|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    error.message,
  );
}

/**
 * One line on why the database failed, without the password (PostgreSQL's messages hold none).
 * `host` names the server (`host:port`) in the line; {@link StoreHealth.reason}, which
 * `/api/v1/health` shows to anyone, passes `null`: the line then names no host or port.
 */
function describeFailure(
  error: unknown,
  location: PostgresLocation,
  host: string | null = hostOf(location),
): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const at = host === null ? '' : ` at ${host}`;
  switch (code) {
    case 'ECONNREFUSED':
      return `no PostgreSQL server answers${at} (connection refused)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return host === null ? "the server's host name is unknown" : `the host of ${host} is unknown`;
    case 'ETIMEDOUT':
      return `${host ?? 'the server'} did not answer in time`;
    case '57P01':
    case '57P02':
    case '57P03':
      return 'the PostgreSQL server is shutting down or starting up';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      if (/client password must be a string/i.test(message)) {
        return 'the server asks for a password and the URL gives none (postgres://user:password@host:port/database)';
      }
      const line = (
        message.replaceAll(location.connectionString, location.label).split('\n')[0] ?? ''
      ).trim();
      return line.replaceAll(hostOf(location), host ?? 'the server');
    }
  }
}

/** `host:port` of the store's URL. */
function hostOf(location: PostgresLocation): string {
  return location.label.replace(/^postgres:\/\/(?:[^@/]*@)?/, '').replace(/\/.*$/, '');
}

/** Why the database is unreachable, as the health check may show it to anyone: no host, no port. */
function healthReason(error: unknown, location: PostgresLocation): string {
  return describeFailure(error, location, null);
}

/**
 * Turns any failure into a `STORE_FAILED` SomkbError naming the database without its password;
 * `kind` says which store of the database speaks. A SomkbError passes unchanged.
 */
export function postgresError(
  action: string,
  location: PostgresLocation,
  error: unknown,
  kind = 'catalog store',
): SomkbError {
  if (error instanceof SomkbError) return error;
  return new SomkbError(
    'STORE_FAILED',
    `Could not ${action} the ${kind} ${location.label}: ${describeFailure(error, location)}.`,
    { cause: error, where: location.where },
  );
}

/** What {@link migratePostgresStore} did. */
export interface PostgresMigration {
  /** The database's URL without its password. */
  readonly store: string;
  /** The migrations applied now, in order (empty when the schema was up to date). */
  readonly applied: readonly string[];
  /** The schema version of the database afterwards. */
  readonly schemaVersion: number;
}

/**
 * Checks the schema of the database and, when `migrate`, applies the migrations it lacks (under the
 * migrator's advisory lock, so that two processes starting together do not collide).
 *
 * @throws SomkbError `STORE_FAILED` when the schema is newer than this code (one line: upgrade
 *   somkb), or behind it and `migrate` is false.
 */
export async function prepareSchema(
  db: Kysely<unknown>,
  location: PostgresLocation,
  migrate: boolean,
  kind = 'catalog store',
): Promise<string[]> {
  const known = new Set(POSTGRES_MIGRATION_NAMES);
  const check = async (): Promise<string[]> => {
    const applied = await appliedMigrations(db);
    const unknown = applied.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new SomkbError(
        'STORE_FAILED',
        `The ${kind} ${location.label} has schema version ${applied.length}, newer than this somkb ` +
          `supports (${POSTGRES_SCHEMA_VERSION}); upgrade somkb.`,
        { where: location.where },
      );
    }
    return applied;
  };
  const applied = await check();
  if (applied.length === POSTGRES_SCHEMA_VERSION) return [];
  if (!migrate) {
    throw new SomkbError(
      'STORE_FAILED',
      `The ${kind} ${location.label} has schema version ${applied.length}, older than this somkb's ` +
        `(${POSTGRES_SCHEMA_VERSION}); run: somkb migrate --db <url>.`,
      { where: location.where },
    );
  }
  const done = await migratePostgresDatabase(db);
  await check();
  return done;
}

/**
 * A Kysely database over a pool of `poolSize` connections to the store's database, with TCP
 * keep-alive; `onIdleError` takes the failures of idle connections (a server going away).
 */
export function createDatabase<Tables = StoreDatabase>(
  location: PostgresLocation,
  poolSize: number,
  onIdleError: (error: Error) => void,
): Kysely<Tables> {
  const pool = new pg.Pool({
    connectionString: location.connectionString,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEP_ALIVE_DELAY_MS,
  });
  pool.on('error', onIdleError);
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Opens the PostgreSQL catalog store at `url` (`postgres://user:password@host:port/database`):
 * checks its schema and applies pending migrations (see {@link PostgresCatalogStoreOptions.migrate}),
 * starts listening for publishes and reads the current catalogs.
 *
 * @throws SomkbError `STORE_FAILED` in one line without the password: a malformed URL, a server that
 *   does not answer, a wrong password, an unknown database, a schema newer than this code.
 */
export async function openPostgresCatalogStore(
  url: string,
  options: PostgresCatalogStoreOptions = {},
): Promise<PostgresCatalogStore> {
  const location = parsePostgresUrl(url);
  let store: PostgresCatalogStore | undefined;
  const idleFailures: IdleFailures = { report: () => undefined };
  const db = createDatabase(location, options.poolSize ?? 10, (error) => {
    idleFailures.report(error);
  });
  try {
    await prepareSchema(db as unknown as Kysely<unknown>, location, options.migrate ?? true);
    store = new PostgresCatalogStore(db, location, options, idleFailures);
    await store.start();
    return store;
  } catch (error) {
    if (store === undefined) await db.destroy().catch(() => undefined);
    else await store.close().catch(() => undefined);
    throw postgresError('open', location, error);
  }
}

/**
 * Applies the migrations the database at `url` lacks (`somkb migrate`), under the migrator's
 * advisory lock, and says what it did.
 *
 * @throws SomkbError `STORE_FAILED` as {@link openPostgresCatalogStore} does.
 */
export async function migratePostgresStore(url: string): Promise<PostgresMigration> {
  const location = parsePostgresUrl(url);
  const db = createDatabase<unknown>(location, 1, () => undefined);
  try {
    const applied = await prepareSchema(db, location, true);
    return { store: location.label, applied, schemaVersion: POSTGRES_SCHEMA_VERSION };
  } catch (error) {
    throw postgresError('migrate', location, error);
  } finally {
    await db.destroy().catch(() => undefined);
  }
}
