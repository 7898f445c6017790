import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { catalogVersionKey, openSqliteCatalogStore } from '../store/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { createCatalogService } from './catalog-service.js';

const root = mkdtempSync(join(tmpdir(), 'somkb-catalog-service-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('catalog service', () => {
  it('says that nothing is published over a zero-length database opened read-only', async () => {
    const path = join(root, 'zero.db');
    writeFileSync(path, '');
    const store = await openSqliteCatalogStore(path, { readonly: true });
    try {
      const service = createCatalogService(store);
      expect(await service.listPublished()).toEqual([]);
      expect(await service.findPublished('zh')).toBeUndefined();
      const error: unknown = await service.catalog('zh').catch((thrown: unknown) => thrown);
      expect(isSomkbError(error, 'CATALOG_EMPTY')).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('lists what is published, with the version key of each', async () => {
    const store = await openSqliteCatalogStore(':memory:');
    try {
      const service = createCatalogService(store);
      const { published } = await store.publish(makeSampleCatalog(), {
        name: 'a.txt',
        sha256: 'a'.repeat(64),
      });
      const listed = await service.listPublished();
      expect(listed).toEqual([published]);
      const found = await service.findPublished('zh');
      expect(found === undefined ? undefined : catalogVersionKey(found)).toBe(catalogVersionKey(published));
      expect(await service.findPublished('en')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
