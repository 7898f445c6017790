import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError } from '../errors/index.js';
import { eventually } from '../../test/support/eventually.js';
import { queryDatabase, useTestDatabases, testServerUrl } from '../../test/support/postgres-test-database.js';
import { databaseUrl, startPrivateCluster } from '../../test/support/private-postgres.js';
import { runCatalogStoreContract, sampleCatalog } from './catalog-store.contract.js';
import type { CatalogStore, StoreHealth } from './catalog-store.js';
import { migratePostgresStore, openPostgresCatalogStore } from './postgres-catalog-store.js';
import { POSTGRES_SCHEMA_VERSION } from './postgres-migrations.js';

/** A database of its own for each test, all dropped at the file's end. */
const freshDatabase = useTestDatabases();

runCatalogStoreContract('PostgreSQL', async () => openPostgresCatalogStore(await freshDatabase('contract')));

async function storeFailure(open: () => Promise<unknown>): Promise<SomkbError> {
  try {
    await open();
  } catch (error) {
    if (isSomkbError(error)) return error;
    throw error;
  }
  throw new Error('expected a SomkbError');
}

/** A source record whose hash is made of one hex digit. */
function source(digit: string): { name: string; sha256: string } {
  return { name: 'summary.txt', sha256: digit.repeat(64) };
}

describe('PostgreSQL catalog store: schema and migrations', () => {
  it('migrates a new database once, even when two processes start together', async () => {
    const url = await freshDatabase('migrate');
    const both = await Promise.all([migratePostgresStore(url), migratePostgresStore(url)]);
    expect(both.flatMap((migration) => migration.applied)).toEqual([
      '0001-catalog-versions',
      '0002-editorial',
      '0003-version-authors',
      '0004-search-index',
    ]);
    for (const migration of both) expect(migration.schemaVersion).toBe(POSTGRES_SCHEMA_VERSION);
    const again = await migratePostgresStore(url);
    expect(again.applied).toEqual([]);
    const { rows } = await queryDatabase(url, 'SELECT name FROM kysely_migration');
    expect(rows).toHaveLength(POSTGRES_SCHEMA_VERSION);
  });

  it('two stores opening a new database together both work, over one schema', async () => {
    const url = await freshDatabase('open-together');
    const [a, b] = await Promise.all([openPostgresCatalogStore(url), openPostgresCatalogStore(url)]);
    const stores = [a, b];
    try {
      await a.publish(sampleCatalog(), source('a'));
      expect((await b.current('thematic-summary-2021', 'zh'))?.catalog).toEqual(sampleCatalog());
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('refuses a database whose schema is newer than the code, in one line', async () => {
    const url = await freshDatabase('newer');
    await migratePostgresStore(url);
    await queryDatabase(
      url,
      `INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', 'x')`,
    );
    const error = await storeFailure(() => openPostgresCatalogStore(url));
    expect(error.code).toBe('STORE_FAILED');
    expect(error.message).toMatch(/schema version \d+, newer than this somkb supports .*upgrade somkb/);
    expect(error.describe()).not.toContain('\n');
    await expect(migratePostgresStore(url)).rejects.toThrow(/newer than this somkb supports/);
  });

  it('refuses a database behind the code when told not to migrate, naming somkb migrate', async () => {
    const url = await freshDatabase('behind');
    const error = await storeFailure(() => openPostgresCatalogStore(url, { migrate: false }));
    expect(error.message).toContain('somkb migrate');
  });

  it('keeps every version: the database itself refuses to update or delete one', async () => {
    const url = await freshDatabase('kept');
    const store = await openPostgresCatalogStore(url);
    try {
      await store.publish(sampleCatalog({ variant: '一' }), source('a'));
      await store.publish(sampleCatalog({ variant: '二' }), source('b'));
    } finally {
      await store.close();
    }
    await expect(queryDatabase(url, 'DELETE FROM catalog_versions')).rejects.toThrow(
      /keeps every catalog version/,
    );
    await expect(queryDatabase(url, `UPDATE catalog_versions SET message = 'x'`)).rejects.toThrow(
      /keeps every catalog version/,
    );
    const { rows } = await queryDatabase(url, 'SELECT version FROM catalog_versions ORDER BY version');
    expect(rows).toEqual([{ version: 1 }, { version: 2 }]);
  });
});

describe('PostgreSQL catalog store: bad input, one line without the password', () => {
  const server = (): URL => new URL(testServerUrl());

  it('a malformed URL', async () => {
    for (const bad of [
      'postgres://',
      'postgres://host-only',
      'postgres://u:hunter2@[bad/db',
      'postgresql://u:hunter2@h:99999/db',
    ]) {
      const error = await storeFailure(() => openPostgresCatalogStore(bad));
      expect(error.message, bad).toMatch(
        /^The PostgreSQL URL is malformed: .*postgres:\/\/user:password@host:port\/database\.$/,
      );
      expect(error.message).not.toContain('hunter2');
    }
  });

  it('a wrong password', async () => {
    const url = server();
    url.password = 'not-the-password-42';
    url.pathname = '/postgres';
    const error = await storeFailure(() => openPostgresCatalogStore(url.toString()));
    expect(error.code).toBe('STORE_FAILED');
    expect(error.message).toMatch(/password authentication failed/);
    expect(error.message).toContain(`postgres://${url.username}@${url.host}/postgres`);
    expect(error.message).not.toContain('not-the-password-42');
    expect(error.describe()).not.toContain('\n');
  });

  it('an unknown database', async () => {
    const url = databaseUrl(testServerUrl(), 'somkb_no_such_database');
    const error = await storeFailure(() => openPostgresCatalogStore(url));
    expect(error.message).toMatch(/database "somkb_no_such_database" does not exist/);
    expect(error.message).not.toContain(server().password);
  });

  it('a server that is down', async () => {
    const url = server();
    url.port = '1';
    const error = await storeFailure(() => openPostgresCatalogStore(url.toString()));
    expect(error.message).toMatch(/no PostgreSQL server answers at 127\.0\.0\.1:1 \(connection refused\)/);
    expect(error.message).not.toContain(server().password);
  });
});

describe('PostgreSQL catalog store: several stores over one database', () => {
  it('a publish of one store is listed by the other, through the notification', async () => {
    const url = await freshDatabase('notify');
    const writer = await openPostgresCatalogStore(url);
    const reader = await openPostgresCatalogStore(url);
    try {
      expect(await reader.listCurrent()).toEqual([]);
      const first = await writer.publish(sampleCatalog({ variant: '一' }), source('a'));
      await eventually(
        async () => (await reader.listCurrent())[0]?.version === first.published.version,
        20_000,
      );
      const second = await writer.publish(sampleCatalog({ variant: '二' }), source('b'));
      await eventually(
        async () => (await reader.listCurrent())[0]?.version === second.published.version,
        20_000,
      );
      expect((await reader.listCurrent())[0]?.catalog).toEqual(sampleCatalog({ variant: '二' }));
      expect(second.published.version).toBe(first.published.version + 1);
    } finally {
      await Promise.all([writer.close(), reader.close()]);
    }
  });

  it('lists its own publish at once, even while a refresh read before it commits is under way', async () => {
    const url = await freshDatabase('own-publish');
    const store = await openPostgresCatalogStore(url);
    const other = await openPostgresCatalogStore(url);
    try {
      // The other store's publishes make this one refresh again and again (another document), while
      // it publishes its own: no refresh may take its own publish back out of its listing.
      for (let round = 0; round < 30; round++) {
        const noise = other.publish(
          sampleCatalog({ documentId: 'doc-noise', variant: String(round) }),
          source(String(round % 10)),
        );
        const { published } = await store.publish(
          sampleCatalog({ language: 'ar', variant: String(round) }),
          source(String((round + 5) % 10)),
        );
        const listed = (await store.listCurrent()).find((entry) => entry.language === 'ar');
        expect(listed?.version, `round ${round}`).toBe(published.version);
        await noise;
        await new Promise((resolve) => setTimeout(resolve, round % 3));
        expect((await store.listCurrent()).find((entry) => entry.language === 'ar')?.version).toBe(
          published.version,
        );
      }
    } finally {
      await Promise.all([store.close(), other.close()]);
    }
  });

  it('numbers the publishes of one document one after another, whoever publishes', async () => {
    const url = await freshDatabase('numbering');
    const stores: CatalogStore[] = await Promise.all([1, 2, 3].map(() => openPostgresCatalogStore(url)));
    try {
      const results = await Promise.all(
        stores.flatMap((store, index) =>
          [0, 1].map((round) =>
            store.publish(sampleCatalog({ variant: `${index}-${round}` }), source(String(index * 2 + round))),
          ),
        ),
      );
      expect(results.map((result) => result.published.version).sort((a, b) => a - b)).toEqual([
        1, 2, 3, 4, 5, 6,
      ]);
      const history = await stores[0]?.history('thematic-summary-2021');
      expect(history?.map((record) => record.version)).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});

describe('PostgreSQL catalog store: losing the database', () => {
  it('keeps serving what it holds, reports degraded, reconnects by itself and catches up', async () => {
    const cluster = await startPrivateCluster();
    const changes: StoreHealth[] = [];
    try {
      const url = databaseUrl(cluster.url, 'postgres');
      const store = await openPostgresCatalogStore(url, {
        onHealthChange: (health) => changes.push(health),
        reconnectFirstMs: 50,
        reconnectMaxMs: 500,
      });
      try {
        const first = await store.publish(sampleCatalog({ variant: '一' }), source('a'));
        expect(store.health()).toEqual({ status: 'ok' });

        await cluster.stop();
        await eventually(() => store.health().status === 'degraded', 20_000);
        const degraded = store.health();
        expect(degraded.reason).toBeTruthy();
        expect(degraded.reason).not.toContain(new URL(cluster.url).password);
        expect(degraded.reason, 'the health check shows no host or port').not.toContain(String(cluster.port));
        expect(degraded.reason).not.toMatch(/at the server/);
        expect(Date.parse(degraded.since ?? '')).not.toBeNaN();
        expect((await store.listCurrent())[0]?.version).toBe(first.published.version);
        expect((await store.current('thematic-summary-2021', 'zh'))?.version).toBe(first.published.version);
        await expect(store.publish(sampleCatalog({ variant: '失' }), source('c'))).rejects.toThrow(
          /Could not publish to the catalog store/,
        );

        await cluster.start();
        const other = await openPostgresCatalogStore(url);
        let second;
        try {
          second = await other.publish(sampleCatalog({ variant: '二' }), source('b'));
        } finally {
          await other.close();
        }
        await eventually(() => store.health().status === 'ok', 20_000);
        await eventually(
          async () => (await store.listCurrent())[0]?.version === second.published.version,
          20_000,
        );
        expect(changes.map((change) => change.status)).toEqual(['degraded', 'ok']);
      } finally {
        await store.close();
      }
    } finally {
      await cluster.remove();
    }
  }, 120_000);
});
