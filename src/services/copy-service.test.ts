import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError, SomkbErrorCode } from '../errors/index.js';
import type { CatalogStore, PublishedCatalog } from '../store/index.js';
import { canonicalJson, openSqliteCatalogStore, sha256Hex } from '../store/index.js';
import type { Catalog, Language } from '../domain/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { copyStore } from './copy-service.js';
import type { CopyProgress } from './copy-service.js';

/** The sample catalog, of another document or language, its texts marked with `variant`, cut to `paragraphs`. */
function sampleCatalog(
  options: { documentId?: string; language?: Language; variant?: string; paragraphs?: number } = {},
): Catalog {
  const catalog = makeSampleCatalog();
  const variant = options.variant ?? '';
  return {
    ...catalog,
    language: options.language ?? catalog.language,
    document: { ...catalog.document, id: options.documentId ?? catalog.document.id },
    paragraphs: catalog.paragraphs
      .slice(0, options.paragraphs ?? catalog.paragraphs.length)
      .map((paragraph) => ({ ...paragraph, text: `${variant}${paragraph.text}` })),
  };
}

const source = (digit: string) => ({ name: `${digit}.txt`, sha256: digit.repeat(64) });

/** Runs `work` and returns the SomkbError of `code` it rejected with. */
async function rejection(code: SomkbErrorCode, work: () => Promise<unknown>): Promise<SomkbError> {
  const error: unknown = await work().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(isSomkbError(error, code), String(error)).toBe(true);
  return error as SomkbError;
}

/** A source store with two documents: the summary in Chinese and English (4 versions), and another (1). */
async function filledStore(): Promise<CatalogStore> {
  const store = await openSqliteCatalogStore(':memory:');
  await store.publish(sampleCatalog({ variant: '一' }), source('1'), { by: 'cli:ana', message: 'first' });
  await store.publish(sampleCatalog({ language: 'en', variant: 'one ' }), source('2'), { by: 'a@un.org' });
  await store.publish(
    sampleCatalog({ variant: '二', paragraphs: 4 }),
    { ...source('3'), rollbackOf: 1 },
    {
      removals: { paragraphs: [5, 6], papers: [], themes: [] },
    },
  );
  await store.publish(sampleCatalog({ variant: '三' }), source('4'), { message: 'back' });
  await store.publish(sampleCatalog({ documentId: 'other-document' }), source('5'));
  return store;
}

async function withStores(work: (from: CatalogStore, to: CatalogStore) => Promise<void>): Promise<void> {
  const from = await filledStore();
  const to = await openSqliteCatalogStore(':memory:');
  try {
    await work(from, to);
  } finally {
    await from.close();
    await to.close();
  }
}

describe('copyStore', () => {
  it('copies every version of every document as published, reports progress and checks the copy', async () => {
    await withStores(async (from, to) => {
      const progress: CopyProgress[] = [];
      const report = await copyStore(from, to, { onProgress: (step) => progress.push(step) });
      expect(progress.map((step) => `${step.copied}/${step.total}`)).toEqual([
        '1/5',
        '2/5',
        '3/5',
        '4/5',
        '5/5',
      ]);
      expect(report.versions).toBe(5);
      expect(report.verified).toBe(true);
      expect(report.documents).toEqual([
        { document: 'other-document', versions: 1, languages: ['zh'] },
        { document: 'thematic-summary-2021', versions: 4, languages: ['zh', 'en'] },
      ]);
      for (const document of ['thematic-summary-2021', 'other-document']) {
        expect(await to.history(document)).toEqual(await from.history(document));
      }
      for (let version = 1; version <= 4; version++) {
        expect(await to.version('thematic-summary-2021', version)).toEqual(
          await from.version('thematic-summary-2021', version),
        );
      }
      expect(await to.listCurrent()).toEqual(await from.listCurrent());

      const lines = [];
      for (const [document, versions] of [
        ['other-document', 1],
        ['thematic-summary-2021', 4],
      ] as const) {
        for (let version = 1; version <= versions; version++) {
          const published = (await from.version(document, version)) as PublishedCatalog;
          lines.push(`${document}\t${version} ${sha256Hex(canonicalJson(published.catalog))}\n`);
        }
      }
      expect(report.checksum).toBe(sha256Hex(lines.join('')));
    });
  });

  it('refuses a target that holds a version of a document copied, naming it, and writes nothing', async () => {
    await withStores(async (from, to) => {
      await to.publish(sampleCatalog({ documentId: 'other-document', variant: '别' }), source('9'));
      const before = await to.listCurrent();
      const error = await rejection('CONFLICT', () => copyStore(from, to));
      expect(error.message).toMatch(/already holds version 1 of other-document; nothing was copied/);
      expect(await to.history('thematic-summary-2021')).toEqual([]);
      expect(await to.listCurrent()).toEqual(before);
    });
  });

  it('says when the source holds nothing', async () => {
    const empty = await openSqliteCatalogStore(':memory:');
    const to = await openSqliteCatalogStore(':memory:');
    try {
      const error = await rejection('NOT_FOUND', () => copyStore(empty, to));
      expect(error.message).toMatch(/holds no published version/);
    } finally {
      await empty.close();
      await to.close();
    }
  });

  it('fails when what the target holds afterwards differs from the source, naming the version', async () => {
    await withStores(async (from, to) => {
      // A target that loses one paragraph of version 3 on its way in.
      const lossy: CatalogStore = {
        ...to,
        history: (document, language) => to.history(document, language),
        version: (document, version) => to.version(document, version),
        listCurrent: () => to.listCurrent(),
        importVersion: (published) =>
          to.importVersion(
            published.version === 3
              ? {
                  ...published,
                  catalog: { ...published.catalog, paragraphs: published.catalog.paragraphs.slice(1) },
                }
              : published,
          ),
      };
      const error = await rejection('STORE_FAILED', () => copyStore(from, lossy));
      expect(error.message).toMatch(
        /version 3 of thematic-summary-2021 has the catalog checksum [0-9a-f]{64} in the target/,
      );
    });
  });
});
