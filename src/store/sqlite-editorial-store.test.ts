import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleCatalog } from './catalog-store.contract.js';
import { at, failure, runEditorialStoreContract, sampleUser } from './editorial-store.contract.js';
import { migrateStore, openEditorialStoreFor, openSqliteCatalogStore, openStoreFor } from './index.js';
import { MIGRATION_NAMES } from './sqlite-schema.js';
import { openSqliteEditorialStore } from './sqlite-editorial-store.js';

const root = mkdtempSync(join(tmpdir(), 'somkb-editorial-'));
let files = 0;

/** A path for a new database file in this run's temporary directory. */
function freshPath(name = 'editorial'): string {
  files += 1;
  return join(root, `${name}-${files}.sqlite`);
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

let lastPath = '';

runEditorialStoreContract('SQLite :memory:', () => openSqliteEditorialStore(':memory:'));
runEditorialStoreContract(
  'SQLite file, two connections',
  () => {
    lastPath = freshPath('contract');
    return openEditorialStoreFor(lastPath);
  },
  () => openEditorialStoreFor(lastPath),
);

/** The audit log's rows as SQLite holds them, read over a connection of its own. */
function auditRows(path: string): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT * FROM audit_log ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('SQLite editorial store', () => {
  it('the database refuses to update or delete an audit entry, whatever connection tries', async () => {
    const path = freshPath('append-only');
    const store = await openEditorialStoreFor(path);
    try {
      await store.audit.append({
        at: at(1),
        actor: 'ana@un.org',
        ip: '192.0.2.1',
        action: 'sign-in',
        target: 'session',
        before: null,
        after: null,
        detail: {},
      });
      await store.knowledge.publishKnowledge(0, {
        publishedAt: at(2),
        by: 'ana@un.org',
        draft: null,
        thesaurus: {},
        mechanisms: {},
      });
    } finally {
      await store.close();
    }
    const before = auditRows(path);
    expect(before).toHaveLength(1);
    const db = new Database(path);
    try {
      expect(() => db.prepare("UPDATE audit_log SET actor = 'mallory@evil.example'").run()).toThrow(
        /somkb keeps every entry of audit_log: UPDATE refused/,
      );
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(
        /somkb keeps every entry of audit_log: DELETE refused/,
      );
      expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/DELETE refused/);
      expect(() => db.prepare('UPDATE knowledge_versions SET published_by = ?').run('x')).toThrow(
        /UPDATE refused/,
      );
      expect(() => db.prepare('DELETE FROM knowledge_versions').run()).toThrow(/DELETE refused/);
    } finally {
      db.close();
    }
    expect(auditRows(path)).toEqual(before);
  });

  it('writes while the catalog store of somkb serve holds the file read-only, and that reader keeps reading', async () => {
    const path = freshPath('beside-serve');
    const writer = await openSqliteCatalogStore(path);
    await writer.publish(sampleCatalog(), { name: 's.txt', sha256: 'a'.repeat(64) });
    await writer.close();

    const reader = await openStoreFor(path, 'serve');
    const editorial = await openEditorialStoreFor(path);
    try {
      await editorial.accounts.createUser(sampleUser('u-1'));
      const entry = await editorial.audit.append({
        at: at(1),
        actor: 'cli:root',
        ip: 'cli',
        action: 'user-added',
        target: 'user:u-1@un.org',
        before: null,
        after: 'editor',
        detail: {},
      });
      expect(entry.id).toBe(1);
      expect((await reader.listCurrent()).map((published) => published.version)).toEqual([1]);
      expect((await reader.history('thematic-summary-2021')).map((record) => record.version)).toEqual([1]);
    } finally {
      await editorial.close();
      await reader.close();
    }
  });

  it('opened first on a new file, migrates it for the catalog store too; opened second, finds it migrated', async () => {
    const first = freshPath('editorial-first');
    const editorial = await openEditorialStoreFor(first);
    await editorial.close();
    const catalog = await openSqliteCatalogStore(first);
    try {
      expect(
        (await catalog.publish(sampleCatalog(), { name: 's.txt', sha256: 'b'.repeat(64) })).published.version,
      ).toBe(1);
    } finally {
      await catalog.close();
    }

    const second = freshPath('catalog-first');
    const migration = await migrateStore(second);
    expect(migration.applied).toEqual([...MIGRATION_NAMES]);
    expect(migration.applied).toContain('0004-editorial');
    const again = await openEditorialStoreFor(second);
    try {
      await again.accounts.createUser(sampleUser('u-1'));
      expect(await again.accounts.findUserByEmail('U-1@UN.ORG')).toEqual(sampleUser('u-1'));
    } finally {
      await again.close();
    }
    expect((await migrateStore(second)).applied).toEqual([]);
  });

  it('creates the folder of a new database, and :memory: gives each store its own', async () => {
    const path = join(root, 'new-folder', 'deeper', 'somkb.db');
    const store = await openEditorialStoreFor(path);
    await store.close();
    expect(existsSync(path)).toBe(true);

    const a = await openEditorialStoreFor(':memory:');
    const b = await openEditorialStoreFor(':memory:');
    try {
      await a.accounts.createUser(sampleUser('u-1'));
      expect(await b.accounts.findUser('u-1')).toBeUndefined();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a database of a newer somkb, and a file that is no database, in one line naming it', async () => {
    const newer = freshPath('newer');
    await (await openEditorialStoreFor(newer)).close();
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const error = await failure('STORE_FAILED', () => openEditorialStoreFor(newer));
    expect(error.message).toMatch(
      /editorial store .* has schema version 99, newer than this somkb supports .*upgrade somkb/,
    );
    expect(error.message).not.toContain('\n');
    expect(error.where).toBe(newer.split('/').at(-1));

    const text = freshPath('text');
    writeFileSync(text, 'not a database, but a long enough line of text to fill a header '.repeat(4));
    const notADatabase = await failure('STORE_FAILED', () => openEditorialStoreFor(text));
    expect(notADatabase.message).toMatch(/is not a SQLite database/);
  });
});
