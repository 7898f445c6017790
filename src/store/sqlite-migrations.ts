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
