import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabases } from '../../test/support/postgres-test-database.js';
import { sampleCatalog } from './catalog-store.contract.js';
import { describeStore, isPostgresUrl, migrateStore, openStoreFor } from './index.js';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'somkb-open-store-'));
/** A database of its own for each test, all dropped at the file's end. */
const freshDatabase = useTestDatabases();

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('store URLs', () => {
  it('tells a PostgreSQL URL from a SQLite path', () => {
    expect(isPostgresUrl('postgres://u:p@h:5432/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u:p@h/db')).toBe(true);
    expect(isPostgresUrl('POSTGRES://h/db')).toBe(true);
    expect(isPostgresUrl('data/somkb.db')).toBe(false);
    expect(isPostgresUrl('./postgres://x')).toBe(false);
    expect(isPostgresUrl(':memory:')).toBe(false);
  });

  it('names a store without its password', () => {
    expect(describeStore('postgres://editor:s3cret@db.example:5433/somkb')).toBe(
      'postgres://editor@db.example:5433/somkb',
    );
    expect(describeStore('postgresql://db.example/somkb')).toBe('postgres://db.example/somkb');
    expect(describeStore('postgres://editor:s3cret@')).not.toContain('s3cret');
    expect(describeStore('data/somkb.db')).toBe('data/somkb.db');
  });
});

describe('openStoreFor', () => {
  it('opens a SQLite file or a PostgreSQL database by what it is given', async () => {
    for (const db of [join(folder, 'sqlite', 'catalog.db'), await freshDatabase('open_for')]) {
      const store = await openStoreFor(db, 'write');
      try {
        const { published } = await store.publish(sampleCatalog(), { name: 's.txt', sha256: 'a'.repeat(64) });
        expect(published.version, db).toBe(1);
      } finally {
        await store.close();
      }
      const reader = await openStoreFor(db, 'read');
      try {
        expect(
          (await reader.listCurrent()).map((entry) => entry.version),
          db,
        ).toEqual([1]);
      } finally {
        await reader.close();
      }
    }
  });

  it('loads the PostgreSQL driver only for a postgres:// URL', async () => {
    const script = fileURLToPath(new URL('./testing/loaded-drivers.ts', import.meta.url));
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const loaded = async (db: string): Promise<boolean> => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', script, db], { cwd: root });
      return (JSON.parse(stdout) as { pgLoaded: boolean }).pgLoaded;
    };
    expect(await loaded(join(folder, 'no-pg.db'))).toBe(false);
    expect(await loaded(await freshDatabase('loaded'))).toBe(true);
  }, 60_000);
});

describe('migrateStore', () => {
  it('says what it applied, then that nothing was left, on both backends', async () => {
    for (const db of [join(folder, 'migrate', 'm.db'), await freshDatabase('migrate_store')]) {
      const first = await migrateStore(db);
      expect(first.applied.length, db).toBeGreaterThan(0);
      expect(first.schemaVersion).toBe(first.applied.length);
      const again = await migrateStore(db);
      expect(again).toEqual({ ...first, applied: [] });
    }
  });
});
