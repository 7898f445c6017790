import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { countCatalog } from '../domain/index.js';
import type { Catalog } from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError } from '../errors/index.js';
import { runCatalogStoreContract, sampleCatalog } from './catalog-store.contract.js';
import { openSqliteCatalogStore } from './index.js';
import type { CatalogSource } from './index.js';
import { PUBLISH_FOREVER_DOCUMENT, lastParagraphText } from './testing/publish-forever.js';

const root = mkdtempSync(join(tmpdir(), 'somkb-store-'));
let files = 0;

/** A path for a new database file in this run's temporary directory. */
function freshPath(name = 'catalog'): string {
  files += 1;
  return join(root, `${name}-${files}.sqlite`);
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function source(digit: string): CatalogSource {
  return { name: `source-${digit}.txt`, sha256: digit.repeat(64) };
}

/** Runs `work` and returns the SomkbError it threw or rejected with, failing if it did not. */
async function storeFailure(work: () => unknown): Promise<SomkbError> {
  try {
    await work();
  } catch (error) {
    expect(isSomkbError(error, 'STORE_FAILED'), String(error)).toBe(true);
    return error as SomkbError;
  }
  throw new Error('expected a STORE_FAILED error');
}

runCatalogStoreContract('SQLite :memory:', () => openSqliteCatalogStore(':memory:'));
runCatalogStoreContract('SQLite file', () => openSqliteCatalogStore(freshPath('contract')));

describe('SQLite catalog store', () => {
  it('creates the schema with its version and uses WAL for files while open', async () => {
    const path = freshPath();
    const store = await openSqliteCatalogStore(path);
    const reader = new Database(path, { readonly: true });
    try {
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
      await store.close();
      // Another connection is open: the writer leaves WAL mode on for it.
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reader.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(ALL_MIGRATIONS.length);
      expect(tableNames(db)).toEqual(ALL_TABLES);
      expect(migrationNames(db)).toEqual(ALL_MIGRATIONS);
    } finally {
      db.close();
    }
  });

  it('a writer that closes last leaves its file in rollback-journal mode, readable without -shm', async () => {
    const path = freshPath();
    const store = await openSqliteCatalogStore(path);
    await store.publish(sampleCatalog(), source('a'));
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      db.close();
    }
    const again = await openSqliteCatalogStore(path);
    const reader = new Database(path, { readonly: true });
    try {
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reader.close();
      await again.close();
    }
  });

  it('a reopened file store sees the published catalog and keeps numbering versions', async () => {
    const path = freshPath();
    const first = await openSqliteCatalogStore(path);
    const published = await first.publish(sampleCatalog({ variant: '甲' }), source('a'));
    await first.close();

    const reopened = await openSqliteCatalogStore(path);
    try {
      expect(await reopened.current('thematic-summary-2021', 'zh')).toEqual(published.published);
      expect(await reopened.listCurrent()).toEqual([published.published]);
      const same = await reopened.publish(sampleCatalog({ variant: '甲' }), source('a'));
      expect(same.changed).toBe(false);
      const next = await reopened.publish(sampleCatalog({ variant: '乙' }), source('b'));
      expect(next.published.version).toBeGreaterThan(published.published.version);
    } finally {
      await reopened.close();
    }
  });

  it('refuses a file that is not a SQLite database, naming it, and leaves it untouched', async () => {
    const garbage = freshPath('garbage');
    const bytes = randomBytes(64 * 1024);
    writeFileSync(garbage, bytes);
    const text = freshPath('text');
    writeFileSync(text, '第1段：这不是数据库。\n'.repeat(500));

    for (const path of [garbage, text]) {
      for (const readonly of [false, true]) {
        const error = await storeFailure(() => openSqliteCatalogStore(path, { readonly }));
        expect(error.message).toContain(path);
        expect(error.message).toMatch(/not a SQLite database/);
        expect(error.where).toBe(basename(path));
        expect(error.cause).toBeInstanceOf(Database.SqliteError);
      }
    }
    expect(readFileSync(garbage).equals(bytes)).toBe(true);
  });

  it('refuses databases it cannot use, naming the file', async () => {
    const foreign = freshPath('foreign');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    other.close();
    expect((await storeFailure(() => openSqliteCatalogStore(foreign))).message).toMatch(
      new RegExp(`${escapeRegExp(foreign)} is a SQLite database of another application`),
    );

    const newer = freshPath('newer');
    const future = new Database(newer);
    future.pragma('user_version = 99');
    future.close();
    const newerError = await storeFailure(() => openSqliteCatalogStore(newer));
    expect(newerError.message).toContain(newer);
    expect(newerError.message).toMatch(/schema version 99/);

    const missingDirectory = join(root, 'no-such-directory', 'catalog.sqlite');
    expect((await storeFailure(() => openSqliteCatalogStore(missingDirectory))).message).toContain(
      missingDirectory,
    );

    const missingFile = freshPath('missing');
    expect(
      (await storeFailure(() => openSqliteCatalogStore(missingFile, { readonly: true }))).message,
    ).toContain(missingFile);
    await storeFailure(() => openSqliteCatalogStore(':memory:', { readonly: true }));
  });

  it('a read-only store sees new publishes without reopening and cannot publish', async () => {
    const path = freshPath();
    const writer = await openSqliteCatalogStore(path);
    await writer.publish(sampleCatalog({ variant: '旧' }), source('a'));
    const reader = await openSqliteCatalogStore(path, { readonly: true });
    try {
      expect((await reader.current('thematic-summary-2021', 'zh'))?.catalog).toEqual(
        sampleCatalog({ variant: '旧' }),
      );
      const next = await writer.publish(sampleCatalog({ variant: '新' }), source('b'));
      expect(await reader.current('thematic-summary-2021', 'zh')).toEqual(next.published);
      const error = await storeFailure(() => reader.publish(sampleCatalog(), source('c')));
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/read-only/);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('lists what this and other connections publish, after a listing was kept', async () => {
    const path = freshPath();
    const writer = await openSqliteCatalogStore(path);
    const reader = await openSqliteCatalogStore(path, { readonly: true });
    const variantOf = async (store: typeof writer) =>
      (await store.listCurrent()).map((published) => published.catalog.document.header.title);
    try {
      await writer.publish(sampleCatalog({ variant: '旧' }), source('a'));
      const before = await variantOf(reader);
      expect(await variantOf(reader)).toEqual(before);
      expect(await variantOf(writer)).toEqual(before);
      await writer.publish(sampleCatalog({ variant: '新' }), source('b'));
      const after = await variantOf(reader);
      expect(after).not.toEqual(before);
      expect(await variantOf(writer)).toEqual(after);
      expect((await reader.listCurrent())[0]?.catalog).toEqual(sampleCatalog({ variant: '新' }));
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('keeps every version: 30 publishes of one document leave 30 rows, numbered 1 to 31 with its English', async () => {
    const path = freshPath();
    const store = await openSqliteCatalogStore(path);
    for (let n = 0; n < 30; n++) {
      await store.publish(sampleCatalog({ variant: `第${n}版` }), source(String(n % 10)));
    }
    const english = await store.publish(sampleCatalog({ language: 'en' }), source('e'));
    await store.close();
    expect(english.published.version).toBe(31);

    const db = new Database(path, { readonly: true });
    try {
      const kept = (language: string): number[] =>
        db
          .prepare<[string], { version: number }>(
            'SELECT version FROM catalog_versions WHERE language = ? ORDER BY version',
          )
          .all(language)
          .map((row) => row.version);
      expect(kept('zh')).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
      expect(kept('en')).toEqual([31]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('a publish that fails part-way writes nothing and leaves the previous catalog current', async () => {
    const path = freshPath();
    const store = await openSqliteCatalogStore(path);
    try {
      const before = await store.publish(sampleCatalog(), source('a'));
      // Fails the last step of a publish (moving the pointer), after the version row was written.
      const saboteur = new Database(path);
      saboteur.exec(`CREATE TRIGGER fail_on_51 BEFORE UPDATE ON current_catalog
        WHEN (SELECT json_array_length(catalog_json, '$.paragraphs') FROM catalog_versions
              WHERE version = NEW.version) = 51
        BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
      saboteur.close();
      const good = sampleCatalog({ paragraphs: 50, variant: '坏' });
      const duplicated: Catalog = {
        ...good,
        paragraphs: [
          ...good.paragraphs,
          { ...good.paragraphs[0], number: 1 } as Catalog['paragraphs'][number],
        ],
      };
      const error = await storeFailure(() => store.publish(duplicated, source('b')));
      expect(error.message).toContain(path);
      expect(error.message).toContain('injected failure');
      expect(await store.current('thematic-summary-2021', 'zh')).toEqual(before.published);
      const after = await store.publish(good, source('b'));
      expect(after.changed).toBe(true);
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM catalog_versions').get()).toEqual({ n: 2 });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('a closed store rejects calls with STORE_FAILED; closing twice is harmless', async () => {
    const store = await openSqliteCatalogStore(':memory:');
    await store.close();
    await store.close();
    const error = await storeFailure(() => store.current('thematic-summary-2021', 'zh'));
    expect(error.message).toMatch(/in-memory database is closed/);
    await storeFailure(() => store.listCurrent());
    await storeFailure(() => store.publish(sampleCatalog(), source('a')));
  });
});

/** Every migration of this code, as a database it migrated records them. */
const ALL_MIGRATIONS = [
  '0001-catalog-versions',
  '0002-drop-unused-tables',
  '0003-versions-per-document',
  '0004-editorial',
  '0005-version-authors',
];

/** Every table of a database this code made or migrated: the catalogs' and the editorial store's. */
const ALL_TABLES = [
  'api_tokens',
  'audit_log',
  'catalog_versions',
  'current_catalog',
  'drafts',
  'knowledge_versions',
  'kysely_migration',
  'kysely_migration_lock',
  'sessions',
  'sign_in_failures',
  'sqlite_sequence',
  'users',
];

/** The names of the tables of `db`, sorted. */
function tableNames(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);
}

/** The migrations recorded as applied in `db`, sorted. */
function migrationNames(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>('SELECT name FROM kysely_migration ORDER BY name')
    .all()
    .map((row) => row.name);
}

/** The schema somkb wrote before the migrator (schema version 1), as it was released. */
const SCHEMA_1 = `
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
    number INTEGER NOT NULL, text TEXT NOT NULL, items_json TEXT NOT NULL,
    chapter INTEGER NOT NULL, theme TEXT, paper TEXT,
    PRIMARY KEY (version, number)
  ) WITHOUT ROWID;
  CREATE TABLE themes (
    version INTEGER NOT NULL REFERENCES catalog_versions (version),
    id TEXT NOT NULL, number INTEGER NOT NULL, name TEXT NOT NULL,
    key_topics_json TEXT NOT NULL, papers_json TEXT NOT NULL,
    PRIMARY KEY (version, id)
  ) WITHOUT ROWID;
  CREATE TABLE papers (
    version INTEGER NOT NULL REFERENCES catalog_versions (version),
    symbol TEXT NOT NULL, year INTEGER NOT NULL, meeting INTEGER NOT NULL, subject TEXT NOT NULL,
    theme TEXT NOT NULL, paragraphs_json TEXT NOT NULL, url TEXT NOT NULL,
    PRIMARY KEY (version, symbol)
  ) WITHOUT ROWID;
  PRAGMA user_version = 1;
`;

/**
 * A database as somkb wrote it before the migrator: schema 1, WAL, with the catalogs published
 * (their rows in the unused tables too). Returns the catalogs by version.
 */
function schema1Database(path: string, catalogs: readonly Catalog[]): Map<number, Catalog> {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA_1);
    const byVersion = new Map<number, Catalog>();
    for (const catalog of catalogs) {
      const version = Number(
        db
          .prepare(
            `INSERT INTO catalog_versions (document_id, language, published_at, source_name, source_sha256, catalog_json)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(
            catalog.document.id,
            catalog.language,
            '2026-11-01T10:00:00.000Z',
            'old.txt',
            'c'.repeat(64),
            JSON.stringify(catalog),
          ).lastInsertRowid,
      );
      for (const paragraph of catalog.paragraphs) {
        db.prepare(
          'INSERT INTO paragraphs (version, number, text, items_json, chapter, theme, paper) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(
          version,
          paragraph.number,
          paragraph.text,
          JSON.stringify(paragraph.items),
          paragraph.chapter,
          paragraph.theme,
          paragraph.paper,
        );
      }
      db.prepare(
        `INSERT INTO current_catalog (document_id, language, version) VALUES (?, ?, ?)
         ON CONFLICT (document_id, language) DO UPDATE SET version = excluded.version`,
      ).run(catalog.document.id, catalog.language, version);
      byVersion.set(version, catalog);
    }
    return byVersion;
  } finally {
    db.close();
  }
}

describe('SQLite catalog store: schema migrations', () => {
  it('migrates a database of schema 1 on open, dropping the unused tables and keeping its catalogs', async () => {
    const path = freshPath('schema-1');
    const zh = sampleCatalog({ variant: '旧' });
    const en = sampleCatalog({ language: 'en', variant: 'old ' });
    const versions = schema1Database(path, [sampleCatalog({ variant: '更旧' }), zh, en]);
    const [, zhVersion, enVersion] = [...versions.keys()];

    const store = await openSqliteCatalogStore(path);
    try {
      const current = await store.current('thematic-summary-2021', 'zh');
      expect(current?.catalog).toEqual(zh);
      expect(current?.version).toBe(zhVersion);
      expect(current?.source).toEqual({ name: 'old.txt', sha256: 'c'.repeat(64) });
      expect((await store.listCurrent()).map((published) => published.version)).toEqual([
        enVersion,
        zhVersion,
      ]);
      const next = await store.publish(sampleCatalog({ variant: '新' }), source('d'));
      expect(next.published.version).toBeGreaterThan(Math.max(...versions.keys()));
    } finally {
      await store.close();
    }

    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(ALL_MIGRATIONS.length);
      expect(tableNames(db)).toEqual(ALL_TABLES);
      expect(migrationNames(db)).toEqual(ALL_MIGRATIONS);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('a reader reads a database of schema 1 as it is, without migrating or writing it', async () => {
    const path = freshPath('schema-1-read');
    const zh = sampleCatalog({ variant: '旧' });
    schema1Database(path, [zh]);
    const before = readFileSync(path);
    const reader = await openSqliteCatalogStore(path, { readonly: true });
    try {
      expect((await reader.current('thematic-summary-2021', 'zh'))?.catalog).toEqual(zh);
      expect(await reader.listCurrent()).toHaveLength(1);
    } finally {
      await reader.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses, in one line, a database with a migration this somkb does not know', async () => {
    const path = freshPath('unknown-migration');
    const writer = await openSqliteCatalogStore(path);
    await writer.publish(sampleCatalog(), source('a'));
    await writer.close();
    const db = new Database(path);
    db.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run(
      '0004-from-the-future',
      new Date().toISOString(),
    );
    db.close();
    for (const readonly of [false, true]) {
      const error = await storeFailure(() => openSqliteCatalogStore(path, { readonly }));
      expect(error.message).toMatch(
        new RegExp(`newer than this somkb supports \\(${ALL_MIGRATIONS.length}\\); upgrade somkb\\.$`),
      );
      expect(error.message).not.toContain('\n');
      expect(error.where).toBe(basename(path));
    }
  });

  it('a failed migration leaves the database as it was', async () => {
    const path = freshPath('schema-1-blocked');
    schema1Database(path, [sampleCatalog()]);
    const db = new Database(path);
    // A row of another table that refers to a paragraph row makes dropping paragraphs fail.
    db.exec(`CREATE TABLE notes (version INTEGER, number INTEGER,
               FOREIGN KEY (version, number) REFERENCES paragraphs (version, number));
             INSERT INTO notes VALUES (1, 1);`);
    db.close();
    const before = readFileSync(path);
    const error = await storeFailure(() => openSqliteCatalogStore(path));
    expect(error.message).toContain(path);
    const after = new Database(path, { readonly: true });
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(1);
      expect(tableNames(after)).toContain('paragraphs');
      expect(tableNames(after)).not.toContain('kysely_migration');
    } finally {
      after.close();
    }
    expect(readFileSync(path).length).toBe(before.length);
  });

  it('a writer opening a zero-length file makes it an empty store', async () => {
    const path = freshPath('zero-write');
    writeFileSync(path, '');
    const store = await openSqliteCatalogStore(path);
    try {
      expect(await store.listCurrent()).toEqual([]);
      expect((await store.publish(sampleCatalog(), source('a'))).changed).toBe(true);
    } finally {
      await store.close();
    }
  });
});

/**
 * A database as somkb 0002 left it (schema 2): one version number for the whole store, the last
 * versions of each document and language only (older ones deleted), no provenance. Publishes, in
 * order: A zh (deleted since), B zh, A zh, A en, B zh, A zh.
 */
function schema2Database(path: string): { readonly a: readonly Catalog[]; readonly b: readonly Catalog[] } {
  const aZh1 = sampleCatalog({ documentId: 'doc-a', variant: '一' });
  const bZh1 = sampleCatalog({ documentId: 'doc-b', variant: '一' });
  const aZh2 = sampleCatalog({ documentId: 'doc-a', variant: '二', paragraphs: 9 });
  const aEn = sampleCatalog({ documentId: 'doc-a', language: 'en', variant: 'EN ' });
  const bZh2 = sampleCatalog({ documentId: 'doc-b', variant: '二' });
  const aZh3 = sampleCatalog({ documentId: 'doc-a', variant: '三', paragraphs: 4 });
  schema1Database(path, [aZh1, bZh1, aZh2, aEn, bZh2, aZh3]);
  const db = new Database(path);
  try {
    db.exec(`DROP TABLE paragraphs; DROP TABLE themes; DROP TABLE papers;
      DELETE FROM catalog_versions WHERE version = 1;
      CREATE TABLE kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL);
      CREATE TABLE kysely_migration_lock (id varchar(255) NOT NULL PRIMARY KEY, is_locked integer DEFAULT 0 NOT NULL);
      INSERT INTO kysely_migration VALUES ('0001-catalog-versions', '2026-11-01T10:00:00.000Z'),
        ('0002-drop-unused-tables', '2026-11-01T10:00:00.000Z');
      PRAGMA user_version = 2;`);
  } finally {
    db.close();
  }
  return { a: [aZh2, aEn, aZh3], b: [bZh1, bZh2] };
}

describe('SQLite catalog store: versions per document (schema 3)', () => {
  it('migrates schema 2: renumbers each document 1, 2, 3 … in order, provenance unknown, counts computed', async () => {
    const path = freshPath('schema-2');
    const { a, b } = schema2Database(path);
    const store = await openSqliteCatalogStore(path);
    try {
      const history = await store.history('doc-a');
      expect(history.map((record) => [record.version, record.language])).toEqual([
        [1, 'zh'],
        [2, 'en'],
        [3, 'zh'],
      ]);
      history.forEach((record, index) => {
        const catalog = a[index] as Catalog;
        expect(record.counts).toEqual(countCatalog(catalog));
        expect(record.by).toBe('unknown');
        expect(record.message).toBe('');
        expect(record.source).toEqual({ name: 'old.txt', sha256: 'c'.repeat(64) });
        expect(record.removals).toBeUndefined();
      });
      expect((await store.history('doc-b')).map((record) => record.version)).toEqual([1, 2]);
      expect((await store.version('doc-a', 2))?.catalog).toEqual(a[1]);
      expect((await store.version('doc-b', 1))?.catalog).toEqual(b[0]);
      expect((await store.current('doc-a', 'zh'))?.version).toBe(3);
      expect((await store.current('doc-a', 'en'))?.version).toBe(2);
      expect((await store.current('doc-b', 'zh'))?.catalog).toEqual(b[1]);
      const next = await store.publish(sampleCatalog({ documentId: 'doc-a', variant: '四' }), source('d'));
      expect(next.published.version).toBe(4);
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(ALL_MIGRATIONS.length);
      expect(migrationNames(db)).toEqual(ALL_MIGRATIONS);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('a reader of schema 2 reads it as the migration would number it, without writing, until a writer migrates it', async () => {
    const path = freshPath('schema-2-read');
    const { a } = schema2Database(path);
    const before = readFileSync(path);
    const reader = await openSqliteCatalogStore(path, { readonly: true });
    try {
      const history = await reader.history('doc-a');
      expect(history.map((record) => record.version)).toEqual([1, 2, 3]);
      expect(history.map((record) => record.counts)).toEqual(a.map((catalog) => countCatalog(catalog)));
      expect((await reader.history('doc-a', 'en')).map((record) => record.version)).toEqual([2]);
      expect((await reader.version('doc-a', 3))?.catalog).toEqual(a[2]);
      expect((await reader.current('doc-a', 'zh'))?.version).toBe(3);
      expect(
        (await reader.listCurrent()).map(
          (published) => `${published.documentId}/${published.language}/${published.version}`,
        ),
      ).toEqual(['doc-a/en/2', 'doc-a/zh/3', 'doc-b/zh/2']);
      expect(readFileSync(path).equals(before)).toBe(true);

      const writer = await openSqliteCatalogStore(path);
      const next = await writer.publish(sampleCatalog({ documentId: 'doc-a', variant: '四' }), source('d'));
      await writer.close();
      expect(next.published.version).toBe(4);
      expect((await reader.current('doc-a', 'zh'))?.version).toBe(4);
      expect((await reader.history('doc-a')).map((record) => record.version)).toEqual([1, 2, 3, 4]);
      expect((await reader.listCurrent()).map((published) => published.version)).toEqual([2, 4, 2]);
    } finally {
      await reader.close();
    }
  });

  it('two connections to one file number their publishes in turn and see each other through base', async () => {
    const path = freshPath('two-writers');
    const first = await openSqliteCatalogStore(path);
    const second = await openSqliteCatalogStore(path);
    try {
      const numbers: number[] = [];
      for (let n = 0; n < 6; n++) {
        const writer = n % 2 === 0 ? first : second;
        const { published } = await writer.publish(sampleCatalog({ variant: `第${n}次` }), source(String(n)));
        numbers.push(published.version);
      }
      expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
      const seen = (await first.current('thematic-summary-2021', 'zh'))?.version;
      await second.publish(sampleCatalog({ variant: '抢先' }), source('a'), { base: 6 });
      const refused: unknown = await first
        .publish(sampleCatalog({ variant: '迟了' }), source('b'), { base: seen ?? null })
        .catch((thrown: unknown) => thrown);
      expect(isSomkbError(refused, 'CONFLICT')).toBe(true);
      expect((refused as SomkbError).message).toMatch(/version 7 is current, but version 6 was/);
      expect((await second.history('thematic-summary-2021')).map((record) => record.version)).toEqual([
        1, 2, 3, 4, 5, 6, 7,
      ]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('records the provenance of a publish and keeps it in the file', async () => {
    const path = freshPath('provenance');
    const store = await openSqliteCatalogStore(path);
    const { published } = await store.publish(
      sampleCatalog(),
      { name: 'summary.txt', sha256: 'a'.repeat(64), rollbackOf: 2, draft: 'd-1' },
      {
        by: 'cli:ana',
        message: '第 12 段改写',
        removals: { paragraphs: [7, 8], papers: ['CTOC/COP/WG.7/2014/2'], themes: ['theme-9'] },
      },
    );
    await store.close();
    const reopened = await openSqliteCatalogStore(path, { readonly: true });
    try {
      expect(await reopened.history('thematic-summary-2021')).toEqual([
        {
          documentId: 'thematic-summary-2021',
          language: 'zh',
          version: 1,
          publishedAt: published.publishedAt,
          by: 'cli:ana',
          message: '第 12 段改写',
          source: { name: 'summary.txt', sha256: 'a'.repeat(64), rollbackOf: 2, draft: 'd-1' },
          counts: countCatalog(sampleCatalog()),
          removals: { paragraphs: [7, 8], papers: ['CTOC/COP/WG.7/2014/2'], themes: ['theme-9'] },
        },
      ]);
      expect(reopened.health()).toEqual({ status: 'ok' });
      const error = await storeFailure(() =>
        reopened.importVersion({
          ...published,
          documentId: 'other',
          catalog: sampleCatalog({ documentId: 'other' }),
        }),
      );
      expect(error.message).toMatch(/read-only/);
    } finally {
      await reopened.close();
    }
  });
});

describe('SQLite catalog store: authors and reviewers (schema 5)', () => {
  /** A database of schema 4: made by this code, then its author and reviewer columns taken away. */
  async function schema4Database(path: string): Promise<void> {
    const store = await openSqliteCatalogStore(path);
    await store.publish(sampleCatalog({ variant: '一' }), source('a'), { by: 'cli:ana' });
    await store.close();
    const db = new Database(path);
    try {
      db.exec(`ALTER TABLE catalog_versions DROP COLUMN author;
        ALTER TABLE catalog_versions DROP COLUMN reviewer;
        DELETE FROM kysely_migration WHERE name = '0005-version-authors';
        PRAGMA user_version = 4;`);
    } finally {
      db.close();
    }
  }

  it('a reader of schema 4 reads its versions without authors, and those a writer adds after migrating it', async () => {
    const path = freshPath('schema-4');
    await schema4Database(path);
    const reader = await openSqliteCatalogStore(path, { readonly: true });
    try {
      const [old] = await reader.history('thematic-summary-2021');
      expect(old?.source).toEqual(source('a'));

      const writer = await openSqliteCatalogStore(path);
      const edit = { ...source('b'), draft: 'd-1', author: 'ed@un.org', reviewer: 'rev@un.org' };
      await writer.publish(sampleCatalog({ variant: '二' }), edit, { by: 'rev@un.org' });
      await writer.close();

      expect((await reader.history('thematic-summary-2021')).map((record) => record.source)).toEqual([
        source('a'),
        edit,
      ]);
      expect((await reader.current('thematic-summary-2021', 'zh'))?.source).toEqual(edit);
    } finally {
      await reader.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(ALL_MIGRATIONS.length);
      expect(
        db.prepare('SELECT version, author, reviewer FROM catalog_versions ORDER BY version').all(),
      ).toEqual([
        { version: 1, author: null, reviewer: null },
        { version: 2, author: 'ed@un.org', reviewer: 'rev@un.org' },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('SQLite catalog store: read-only access', () => {
  it('opening and reading an up-to-date database read-only writes nothing', async () => {
    const path = freshPath('read-only');
    const writer = await openSqliteCatalogStore(path);
    const { published } = await writer.publish(sampleCatalog(), source('a'));
    await writer.close();
    const before = readFileSync(path);
    const reader = await openSqliteCatalogStore(path, { readonly: true });
    try {
      expect(reader.readonly).toBe(true);
      expect(await reader.current('thematic-summary-2021', 'zh')).toEqual(published);
      expect(await reader.listCurrent()).toEqual([published]);
      const error = await storeFailure(() => reader.publish(sampleCatalog({ variant: '新' }), source('b')));
      expect(error.message).toMatch(/read-only/);
      expect(error.where).toBe(basename(path));
      expect(await reader.current('thematic-summary-2021', 'zh')).toEqual(published);
    } finally {
      await reader.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a zero-length file is a store where nothing is published, until a writer publishes into it', async () => {
    const path = freshPath('zero-read');
    writeFileSync(path, '');
    const reader = await openSqliteCatalogStore(path, { readonly: true });
    try {
      expect(await reader.listCurrent()).toEqual([]);
      expect(await reader.current('thematic-summary-2021', 'zh')).toBeUndefined();
      expect(statSync(path).size).toBe(0);
      await storeFailure(() => reader.publish(sampleCatalog(), source('a')));

      const writer = await openSqliteCatalogStore(path);
      const { published } = await writer.publish(sampleCatalog(), source('a'));
      await writer.close();
      expect(await reader.listCurrent()).toEqual([published]);
      expect(await reader.current('thematic-summary-2021', 'zh')).toEqual(published);
    } finally {
      await reader.close();
    }
  });

  it('a database damaged while open fails its reads with the file base name as where', async () => {
    const path = freshPath('damaged');
    const writer = await openSqliteCatalogStore(path);
    await writer.publish(sampleCatalog(), source('a'));
    await writer.close();
    const reader = await openSqliteCatalogStore(path, { readonly: true });
    try {
      writeFileSync(path, randomBytes(64 * 1024));
      const error = await storeFailure(() => reader.current('thematic-summary-2021', 'zh'));
      expect(error.where).toBe(basename(path));
      expect(error.message).toContain(path);
    } finally {
      await reader.close();
    }
  });
});

describe('SQLite catalog store: publish killed with SIGKILL', () => {
  /** Paragraphs per catalog the child publishes: big enough that one publish takes seconds. */
  const CHILD_PARAGRAPHS = 200_000;
  const SCRIPT = fileURLToPath(new URL('./testing/publish-forever.ts', import.meta.url));
  const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
  const catalogA = sampleCatalog({ documentId: PUBLISH_FOREVER_DOCUMENT, paragraphs: 5, variant: 'A' });

  interface Publisher {
    /** Resolves with the time (performance.now()) the child printed `line`. */
    waitFor(line: string): Promise<number>;
    printed(line: string): boolean;
    /** Sends SIGKILL and resolves once the child is gone and its output is read. */
    kill(): Promise<void>;
  }

  /** Children still running, killed after the tests even if a test failed or timed out. */
  const running = new Set<Publisher>();

  afterAll(async () => {
    await Promise.all([...running].map((publisher) => publisher.kill()));
  });

  function startPublisher(database: string): Publisher {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, database, String(CHILD_PARAGRAPHS)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = new Map<string, number>();
    const listeners = new Set<() => void>();
    let pending = '';
    let stderr = '';
    let closed = false;
    const notify = (): void => {
      for (const listener of listeners) listener();
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const at = performance.now();
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) lines.set(line, at);
      notify();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    const gone = new Promise<void>((resolve) => {
      child.on('close', () => {
        closed = true;
        notify();
        resolve();
      });
    });
    const publisher: Publisher = {
      waitFor(line) {
        return new Promise((resolve, reject) => {
          const check = (): void => {
            const at = lines.get(line);
            if (at !== undefined) {
              listeners.delete(check);
              resolve(at);
            } else if (closed) {
              listeners.delete(check);
              reject(new Error(`publish-forever exited before printing "${line}":\n${stderr}`));
            }
          };
          listeners.add(check);
          check();
        });
      },
      printed: (line) => lines.has(line),
      async kill() {
        if (!closed) child.kill('SIGKILL');
        await gone;
        running.delete(publisher);
      },
    };
    running.add(publisher);
    return publisher;
  }

  async function databaseWithA(): Promise<{ path: string; versionA: number }> {
    const path = freshPath('killed');
    const store = await openSqliteCatalogStore(path);
    const { published } = await store.publish(catalogA, source('a'));
    await store.close();
    return { path, versionA: published.version };
  }

  /** Deletes a database of a finished run now: each holds up to a few hundred MB. */
  function removeDatabase(path: string): void {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }

  function walBytes(path: string): number {
    return statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  }

  /**
   * Reopens the store after the kill and checks that the current catalog is exactly A or exactly
   * one of the child's complete catalogs, and that the file is sound. Returns 0 for A, else the
   * number of the child's catalog.
   */
  async function checkAfterKill(path: string, versionA: number, lastStarted: number): Promise<number> {
    const store = await openSqliteCatalogStore(path);
    let outcome: number;
    let version: number;
    try {
      const current = await store.current(PUBLISH_FOREVER_DOCUMENT, 'zh');
      if (current === undefined) throw new Error('no current catalog after the kill');
      version = current.version;
      if (current.catalog.paragraphs.length === catalogA.paragraphs.length) {
        expect(current.catalog).toEqual(catalogA);
        expect(current.version).toBe(versionA);
        outcome = 0;
      } else {
        const match = /^第(\d+)版$/.exec(current.catalog.document.header.title);
        outcome = Number(match?.[1]);
        expect(outcome).toBeGreaterThanOrEqual(1);
        expect(outcome).toBeLessThanOrEqual(lastStarted);
        expect(current.catalog.paragraphs).toHaveLength(CHILD_PARAGRAPHS);
        expect(current.catalog.paragraphs.at(-1)?.text).toBe(lastParagraphText(outcome, CHILD_PARAGRAPHS));
        expect(current.catalog.paragraphs[0]?.text.startsWith(`第${outcome}版，第1段`)).toBe(true);
        expect(current.source.name).toBe(`forever-${outcome}.txt`);
      }
    } finally {
      await store.close();
    }

    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.prepare('SELECT max(version) AS v FROM catalog_versions').get()).toEqual({ v: version });
      const expectedParagraphs = outcome === 0 ? catalogA.paragraphs.length : CHILD_PARAGRAPHS;
      expect(
        db
          .prepare(
            "SELECT json_array_length(catalog_json, '$.paragraphs') AS n FROM catalog_versions WHERE version = ?",
          )
          .get(version),
      ).toEqual({ n: expectedParagraphs });
    } finally {
      db.close();
    }
    return outcome;
  }

  interface KillReport {
    /**
     * Whether the kill came before the child printed `published 1`. On a loaded machine a publish
     * can end sooner than measured, so a late kill is reported, not failed: the file must be sound
     * either way, and each test asks that some kill landed mid-publish.
     */
    readonly landed: boolean;
    /** 0 when the catalog A published before the child ran is current, else the child's catalog number. */
    readonly outcome: number;
    /** Size of the WAL file right after the kill: above 0 means the child had written pages. */
    readonly walBytes: number;
    readonly description: string;
  }

  /**
   * Publishes A, starts the child, waits until it printed `publishing 1`, then (when `walGrowth`)
   * until its write transaction has put pages into the WAL, waits `delayMs` more, and kills it.
   */
  async function killDuringFirstPublish(delayMs: number, walGrowth: boolean): Promise<KillReport> {
    const run = await databaseWithA();
    expect(walBytes(run.path), 'closing the store after publishing A empties the WAL').toBe(0);
    const publisher = startPublisher(run.path);
    try {
      await publisher.waitFor('publishing 1');
      if (walGrowth) {
        while (walBytes(run.path) === 0 && !publisher.printed('published 1')) await sleep(1);
      }
      await sleep(delayMs);
    } finally {
      await publisher.kill();
    }
    const landed = !publisher.printed('published 1');
    const description = `killed ${delayMs} ms after ${walGrowth ? 'the WAL grew' : 'publishing 1 was printed'}${landed ? '' : ', after the publish had ended'}`;
    const wal = walBytes(run.path);
    const outcome = await checkAfterKill(run.path, run.versionA, 1);
    removeDatabase(run.path);
    return {
      landed,
      outcome,
      walBytes: wal,
      description: `${description}: WAL ${wal} bytes, current = ${outcome === 0 ? 'A' : `catalog ${outcome}`}`,
    };
  }

  /**
   * How long the child's first publish takes on this machine, in milliseconds: in all (from
   * `publishing 1` to `published 1`) and in its write transaction (from the WAL's first pages to
   * `published 1`). The kills below land at fractions of these, so that they fall mid-publish on a
   * fast machine as on a slow one.
   */
  async function measureFirstPublish(): Promise<{ readonly totalMs: number; readonly writeMs: number }> {
    const run = await databaseWithA();
    const publisher = startPublisher(run.path);
    try {
      const started = await publisher.waitFor('publishing 1');
      while (walBytes(run.path) === 0 && !publisher.printed('published 1')) await sleep(1);
      const walGrew = performance.now();
      const published = await publisher.waitFor('published 1');
      return { totalMs: published - started, writeMs: published - walGrew };
    } finally {
      await publisher.kill();
      removeDatabase(run.path);
    }
  }

  it('killed while it prepares the publish, the previous catalog stays current', async () => {
    const { totalMs } = await measureFirstPublish();
    const reports: KillReport[] = [];
    for (const share of [0.1, 0.3])
      reports.push(await killDuringFirstPublish(Math.floor(totalMs * share), false));
    const descriptions = reports.map((report) => report.description).join('\n');
    expect(
      reports.some((report) => report.landed && report.outcome === 0),
      descriptions,
    ).toBe(true);
  }, 120_000);

  it('killed inside the write transaction, the half-written catalog is rolled back', async () => {
    const { writeMs } = await measureFirstPublish();
    const reports: KillReport[] = [];
    for (const share of [0, 0.2, 0.4]) {
      reports.push(await killDuringFirstPublish(Math.floor(writeMs * share), true));
    }
    const descriptions = reports.map((report) => report.description).join('\n');
    // Uncommitted pages in the WAL and A still current: the kill interrupted the transaction.
    expect(
      reports.some((report) => report.landed && report.outcome === 0 && report.walBytes > 0),
      descriptions,
    ).toBe(true);
  }, 120_000);

  it('killed while replacing a complete large catalog, one complete catalog stays current', async () => {
    // A kill that comes after publish 2 ended proves nothing here, so it is tried again sooner.
    const missed: string[] = [];
    for (const share of [0.5, 0.25, 0.1]) {
      const run = await databaseWithA();
      const publisher = startPublisher(run.path);
      let delayMs: number;
      try {
        const started = await publisher.waitFor('publishing 1');
        delayMs = Math.round(((await publisher.waitFor('published 1')) - started) * share);
        await publisher.waitFor('publishing 2');
        await sleep(delayMs);
      } finally {
        await publisher.kill();
      }
      if (publisher.printed('published 2')) {
        missed.push(`killed ${delayMs} ms into publish 2, after it had ended`);
        removeDatabase(run.path);
        continue;
      }
      expect([1, 2]).toContain(await checkAfterKill(run.path, run.versionA, 2));
      removeDatabase(run.path);
      return;
    }
    expect.fail(`no kill landed mid-publish:\n${missed.join('\n')}`);
  }, 120_000);
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
