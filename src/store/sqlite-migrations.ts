import type Database from 'better-sqlite3';
import type { Migration, MigrationProvider } from 'kysely';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import type { MigrationName } from './sqlite-schema.js';
import { MIGRATION_TABLE, SCHEMA_VERSION } from './sqlite-schema.js';

/**
 * The schema migrations of the SQLite store, run by Kysely's `Migrator` in the order of their
 * names (`MIGRATION_NAMES`; the type keeps the two in step). A migration is never changed once
 * released: a new schema is a new migration with the next number. The schema version of a database
 * (its `PRAGMA user_version`) is the number of the last migration applied to it.
 *
 * Schema 1 was made before the migrator (it kept `user_version = 1` and no migration table): its
 * tables are what `0001` creates, which `0001` therefore creates only when missing.
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
