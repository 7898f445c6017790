import { countCatalog } from '../../src/domain/index.js';
import type { Catalog } from '../../src/domain/index.js';
import type { PublishedCatalog } from '../../src/services/index.js';
import type { CatalogStore } from '../../src/store/index.js';
import { openSqliteCatalogStore } from '../../src/store/index.js';
import { makeSampleCatalog } from './sample-catalog.js';

/**
 * `catalog` as the store would give it when published as `version`: what the portal and the API
 * load, and what their caches key on (document, catalog language, version).
 */
export function publishedOf(catalog: Catalog, version = 1): PublishedCatalog {
  return {
    documentId: catalog.document.id,
    language: catalog.language,
    version,
    publishedAt: '2026-11-30T00:00:00.000Z',
    by: 'test',
    message: '',
    source: { name: 'test', sha256: '0'.repeat(64) },
    counts: countCatalog(catalog),
    catalog,
  };
}

/** Every version of the summary in the SQLite store `db`, with its catalog, as the store gives them. */
export async function sqliteVersionsOf(db: string): Promise<(PublishedCatalog | undefined)[]> {
  const store = await openSqliteCatalogStore(db, { readonly: true });
  try {
    const records = await store.history('thematic-summary-2021');
    return await Promise.all(records.map((record) => store.version(record.documentId, record.version)));
  } finally {
    await store.close();
  }
}

/** The sample catalog with paragraph 6 reworded: the second version of the history tests. */
export function makeEditedSampleCatalog(): Catalog {
  const catalog = makeSampleCatalog();
  return {
    ...catalog,
    paragraphs: catalog.paragraphs.map((paragraph) =>
      paragraph.number === 6 ? { ...paragraph, text: '所分析的手段包括对移民的"秘密行动"。' } : paragraph,
    ),
  };
}

/**
 * Publishes two versions into `store`: the sample catalog (by `cli:alice`), then
 * {@link makeEditedSampleCatalog} (by `cli:bob`, message `paragraph 6 reworded`).
 */
export async function publishTwoSampleVersions(store: CatalogStore): Promise<void> {
  await store.publish(
    makeSampleCatalog(),
    { name: 'summary.txt', sha256: 'a'.repeat(64) },
    { by: 'cli:alice' },
  );
  await store.publish(
    makeEditedSampleCatalog(),
    { name: 'edited.txt', sha256: 'b'.repeat(64) },
    { by: 'cli:bob', message: 'paragraph 6 reworded' },
  );
}
