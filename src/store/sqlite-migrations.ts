import type Database from 'better-sqlite3';
import type { Migration, MigrationProvider } from 'kysely';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import type { MigrationName } from './sqlite-schema.js';
import { MIGRATION_TABLE, SCHEMA_VERSION, countsJsonSql } from './sqlite-schema.js';

/**
 * The schema migrations of the SQLite store, run by Kysely's `Migrator` in the order of their
 * names (`MIGRATION_NAMES`; the type keeps the two in step). A migration is never changed once
 * released: a new schema is a new migration with the next number. The schema version of a database
 * (its `PRAGMA user_version`) is the number of the last migration applied to it.
 *
 * Schema 1 was made before the migrator (it kept `user_version = 1` and no migration table): its
 * tables are what `0001` creates, which `0001` therefore creates only when missing.
 *
 * Each migration is a list of single SQL statements or schema builder calls (better-sqlite3 runs one
 * statement at a time); all of them run in the caller's one transaction.
 */
const MIGRATIONS: Readonly<Record<MigrationName, Migration>> = {
  '0001-catalog-versions': {
    async up(db) {
      await db.schema
        .createTable('catalog_versions')
        .ifNotExists()
        .addColumn('version', 'integer', (column) => column.primaryKey().autoIncrement())
        .addColumn('document_id', 'text', (column) => column.notNull())
        .addColumn('language', 'text', (column) => column.notNull())
        .addColumn('published_at', 'text', (column) => column.notNull())
        .addColumn('source_name', 'text', (column) => column.notNull())
        .addColumn('source_sha256', 'text', (column) => column.notNull())
        .addColumn('catalog_json', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('catalog_versions_by_document')
        .ifNotExists()
        .on('catalog_versions')
        .columns(['document_id', 'language', 'version'])
        .execute();
      await db.schema
        .createTable('current_catalog')
        .ifNotExists()
        .addColumn('document_id', 'text', (column) => column.notNull())
        .addColumn('language', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull().references('catalog_versions.version'))
        .addPrimaryKeyConstraint('current_catalog_key', ['document_id', 'language'])
        .modifyEnd(sql`without rowid`)
        .execute();
    },
  },
  /** Schema 1 also wrote each version to `paragraphs`, `themes` and `papers`; nothing read them. */
  '0002-drop-unused-tables': {
    async up(db) {
      for (const table of ['paragraphs', 'themes', 'papers']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
  /**
   * Schema 3: version numbers per document (1, 2, 3 … across its languages) instead of one number
   * for the whole store, and the provenance of each version (who, message, rollback or draft,
   * counts, what it removed). The versions already published are renumbered in the order they were
   * published, with `unknown` as their publisher and their counts computed from their catalogs.
   * Nothing is deleted any more (schema 2 kept the last 5 versions of each document and language).
   */
  '0003-versions-per-document': {
    async up(db) {
      const statements = [
        `CREATE TABLE catalog_versions_3 (
           document_id TEXT NOT NULL,
           version INTEGER NOT NULL CHECK (version >= 1),
           language TEXT NOT NULL,
           published_at TEXT NOT NULL,
           published_by TEXT NOT NULL,
           message TEXT NOT NULL,
           source_name TEXT NOT NULL,
           source_sha256 TEXT NOT NULL,
           rollback_of INTEGER,
           draft TEXT,
           counts_json TEXT NOT NULL,
           removals_json TEXT,
           catalog_json TEXT NOT NULL,
           PRIMARY KEY (document_id, version)
         )`,
        `INSERT INTO catalog_versions_3
           SELECT document_id, row_number() OVER (PARTITION BY document_id ORDER BY version), language,
                  published_at, 'unknown', '', source_name, source_sha256, NULL, NULL,
                  ${countsJsonSql('catalog_json')}, NULL, catalog_json
           FROM catalog_versions`,
        `CREATE TABLE current_catalog_3 (
           document_id TEXT NOT NULL,
           language TEXT NOT NULL,
           version INTEGER NOT NULL,
           PRIMARY KEY (document_id, language),
           FOREIGN KEY (document_id, version) REFERENCES catalog_versions_3 (document_id, version)
         ) WITHOUT ROWID`,
        `INSERT INTO current_catalog_3
           SELECT cc.document_id, cc.language, renumbered.version
           FROM current_catalog cc JOIN (
             SELECT version AS old, row_number() OVER (PARTITION BY document_id ORDER BY version) AS version
             FROM catalog_versions
           ) renumbered ON renumbered.old = cc.version`,
        'DROP TABLE current_catalog',
        'DROP TABLE catalog_versions',
        // Renaming also renames the table that current_catalog_3's foreign key names.
        'ALTER TABLE catalog_versions_3 RENAME TO catalog_versions',
        'ALTER TABLE current_catalog_3 RENAME TO current_catalog',
        'CREATE INDEX catalog_versions_by_language ON catalog_versions (document_id, language, version)',
      ];
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  },
  /**
   * Schema 4: the editorial store (`sqlite-editorial-store.ts`): users (their email unique whatever
   * its case, through `email_key`), sessions, API tokens, failed sign-ins, drafts (their changes and
   * comments as JSON), the versions of the knowledge base and the audit log. The audit log and the
   * knowledge versions are append-only in the database itself: triggers refuse every UPDATE and
   * DELETE of them, whatever connection tries.
   */
  '0004-editorial': {
    async up(db) {
      const statements = [
        `CREATE TABLE users (
           id TEXT PRIMARY KEY,
           email TEXT NOT NULL,
           email_key TEXT NOT NULL UNIQUE,
           role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
           password_hash TEXT NOT NULL,
           totp_secret TEXT,
           disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
           created_at TEXT NOT NULL,
           updated_at TEXT NOT NULL
         )`,
        `CREATE TABLE sessions (
           id TEXT PRIMARY KEY,
           user_id TEXT NOT NULL REFERENCES users (id),
           created_at TEXT NOT NULL,
           last_seen_at TEXT NOT NULL,
           expires_at TEXT NOT NULL,
           form_token TEXT NOT NULL,
           ip TEXT NOT NULL
         )`,
        'CREATE INDEX sessions_by_user ON sessions (user_id)',
        `CREATE TABLE api_tokens (
           id TEXT PRIMARY KEY,
           user_id TEXT NOT NULL REFERENCES users (id),
           name TEXT NOT NULL,
           token_hash TEXT NOT NULL UNIQUE,
           created_at TEXT NOT NULL,
           last_used_at TEXT,
           revoked_at TEXT
         )`,
        'CREATE INDEX api_tokens_by_user ON api_tokens (user_id, created_at)',
        `CREATE TABLE sign_in_failures (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           key TEXT NOT NULL,
           at TEXT NOT NULL
         )`,
        'CREATE INDEX sign_in_failures_by_key ON sign_in_failures (key, at)',
        `CREATE TABLE drafts (
           id TEXT PRIMARY KEY,
           title TEXT NOT NULL,
           document_id TEXT NOT NULL,
           base INTEGER NOT NULL,
           knowledge_base INTEGER NOT NULL,
           author_id TEXT NOT NULL,
           reviewer_id TEXT,
           status TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'approved', 'published', 'withdrawn')),
           changes_json TEXT NOT NULL,
           comments_json TEXT NOT NULL,
           revision INTEGER NOT NULL CHECK (revision >= 1),
           created_at TEXT NOT NULL,
           updated_at TEXT NOT NULL,
           published_version INTEGER
         )`,
        'CREATE INDEX drafts_by_author ON drafts (author_id, created_at)',
        'CREATE INDEX drafts_by_status ON drafts (status, created_at)',
        `CREATE TABLE knowledge_versions (
           version INTEGER PRIMARY KEY CHECK (version >= 1),
           published_at TEXT NOT NULL,
           published_by TEXT NOT NULL,
           draft TEXT,
           thesaurus_json TEXT NOT NULL,
           mechanisms_json TEXT NOT NULL
         )`,
        `CREATE TABLE audit_log (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           at TEXT NOT NULL,
           actor TEXT NOT NULL,
           ip TEXT NOT NULL,
           action TEXT NOT NULL,
           target TEXT NOT NULL,
           before TEXT,
           after TEXT,
           detail_json TEXT NOT NULL
         )`,
        'CREATE INDEX audit_log_by_actor ON audit_log (actor, id)',
        'CREATE INDEX audit_log_by_action ON audit_log (action, id)',
        'CREATE INDEX audit_log_by_time ON audit_log (at, id)',
      ];
      for (const table of ['audit_log', 'knowledge_versions']) {
        for (const operation of ['UPDATE', 'DELETE']) {
          statements.push(
            `CREATE TRIGGER ${table}_no_${operation.toLowerCase()} BEFORE ${operation} ON ${table}
             BEGIN SELECT RAISE(ABORT, 'somkb keeps every entry of ${table}: ${operation} refused'); END`,
          );
        }
      }
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  },
  /**
   * Schema 5: the author and the reviewer of an editor's publish in its version's provenance
   * (`CatalogSource.author`, `reviewer`); the versions published before have none (NULL).
   */
  '0005-version-authors': {
    async up(db) {
      await sql.raw('ALTER TABLE catalog_versions ADD COLUMN author TEXT').execute(db);
      await sql.raw('ALTER TABLE catalog_versions ADD COLUMN reviewer TEXT').execute(db);
    },
  },
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/**
 * Applies the migrations `db` lacks and sets its `user_version` to {@link SCHEMA_VERSION}. The
 * caller holds the write transaction (`BEGIN IMMEDIATE`) around it, so that two processes opening
 * one database never migrate it twice and a failed migration leaves the database as it was; the
 * migrator therefore runs without transactions of its own. Does not close `db`.
 */
export async function migrateSqliteDatabase(db: Database.Database): Promise<void> {
  const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: db }) });
  const migrator = new Migrator({
    db: kysely,
    provider,
    migrationTableName: MIGRATION_TABLE,
    disableTransactions: true,
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error("Kysely's migrator failed.", { cause: error });
  }
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}
