import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError, SomkbErrorCode } from '../errors/index.js';
import { catalogVersionKey, openSqliteCatalogStore } from '../store/index.js';
import { bundledIngestRequest } from '../../test/support/corpus.js';
import { makeLanguageVersion } from '../../test/support/language-versions.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { createCatalogService } from './catalog-service.js';
import type { IngestRequest } from './catalog-service.js';
import { guardRemovals } from './removal-guard.js';

/** The bundled summary cut to its first `lines` lines: valid on its own, but shorter. */
function cutIngestRequest(lines: number): IngestRequest {
  const full = bundledIngestRequest();
  const text = `${Buffer.from(full.bytes).toString('utf8').split('\n').slice(0, lines).join('\n')}\n`;
  const bytes = Buffer.from(text, 'utf8');
  return { ...full, bytes, name: 'cut.txt', sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Runs `work` and returns the SomkbError of `code` it rejected with. */
async function rejection(code: SomkbErrorCode, work: () => Promise<unknown>): Promise<SomkbError> {
  const error: unknown = await work().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(isSomkbError(error, code), String(error)).toBe(true);
  return error as SomkbError;
}

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

  it('ingest records who published, the message and the version made', async () => {
    const store = await openSqliteCatalogStore(':memory:');
    try {
      const service = createCatalogService(store);
      const { publication } = await service.ingest({
        ...bundledIngestRequest(),
        by: 'cli:ana',
        message: '首次发布',
      });
      expect(publication.published).toMatchObject({ version: 1, by: 'cli:ana', message: '首次发布' });
      expect(publication.published.removals).toBeUndefined();
      expect(await store.history('thematic-summary-2021')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('refuses a text that would remove paragraphs, papers and themes, and publishes nothing', async () => {
    const store = await openSqliteCatalogStore(':memory:');
    try {
      const service = createCatalogService(store);
      const { publication } = await service.ingest(bundledIngestRequest());
      const error = await rejection('REMOVALS_REFUSED', () => service.ingest(cutIngestRequest(399)));
      expect(error.message).toMatch(
        /would remove paragraphs 38–79, papers .+, … \(8\), themes .+, … \(6\) of version 1 /,
      );
      expect(error.message).toContain('--allow-removals');
      expect(error.where).toBe('cut.txt');
      expect(await store.history('thematic-summary-2021')).toHaveLength(1);
      expect(await store.current('thematic-summary-2021', 'zh')).toEqual(publication.published);
    } finally {
      await store.close();
    }
  });

  it('publishes the removals when they are allowed, and records them in the version', async () => {
    const store = await openSqliteCatalogStore(':memory:');
    try {
      const service = createCatalogService(store);
      await service.ingest(bundledIngestRequest());
      const { publication, report } = await service.ingest({ ...cutIngestRequest(399), allowRemovals: true });
      expect(report.counts).toMatchObject({ paragraphs: 37, papers: 9, themes: 3 });
      const { removals } = publication.published;
      expect(removals?.paragraphs).toEqual(Array.from({ length: 42 }, (_, index) => index + 38));
      expect(removals?.papers).toHaveLength(8);
      expect(removals?.themes).toEqual(['theme-4', 'theme-5', 'theme-6', 'theme-7', 'theme-8', 'theme-9']);
      const history = await store.history('thematic-summary-2021');
      expect(history.map((record) => record.version)).toEqual([1, 2]);
      expect(history[1]?.removals).toEqual(removals);
      // Bringing the content back removes nothing.
      const back = await service.ingest(bundledIngestRequest());
      expect(back.publication.published.version).toBe(3);
      expect(back.publication.published.removals).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('a publish made between the check and the publish fails the ingest with CONFLICT', async () => {
    const store = await openSqliteCatalogStore(':memory:');
    try {
      const service = createCatalogService(store);
      await service.ingest(bundledIngestRequest());
      let meanwhile: Promise<unknown> = Promise.resolve();
      const error = await rejection('CONFLICT', () =>
        service.ingest({
          ...cutIngestRequest(799),
          onPublishing: () => {
            meanwhile = store.publish(makeSampleCatalog(), { name: 'other.txt', sha256: 'b'.repeat(64) });
          },
        }),
      );
      await meanwhile;
      expect(error.message).toMatch(/version 2 is current, but version 1 was/);
      expect(await store.history('thematic-summary-2021')).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});

describe('guardRemovals', () => {
  it('passes a first publish and one that removes nothing; returns what an allowed one removes', async () => {
    const store = await openSqliteCatalogStore(':memory:');
    try {
      const { published } = await store.publish(makeSampleCatalog(), {
        name: 'a.txt',
        sha256: 'a'.repeat(64),
      });
      expect(guardRemovals(undefined, makeSampleCatalog())).toBeUndefined();
      expect(guardRemovals(published, makeSampleCatalog())).toBeUndefined();
      const shorter = { ...makeSampleCatalog(), paragraphs: makeSampleCatalog().paragraphs.slice(0, 8) };
      expect(guardRemovals(published, shorter, { allowRemovals: true })).toEqual({
        paragraphs: [9],
        papers: [],
        themes: [],
      });
      expect(() => guardRemovals(published, shorter, { where: 'version 1' })).toThrow(
        /would remove paragraph 9 of version 1 of thematic-summary-2021 \(zh\)/,
      );
    } finally {
      await store.close();
    }
  });
});

describe('catalog service: language versions', () => {
  it('gives a reader their language when published, else Chinese with the languages available', async () => {
    const store = await openSqliteCatalogStore(join(root, 'languages.db'));
    const service = createCatalogService(store);
    try {
      expect(await service.chooseLanguage('fr')).toBeUndefined();
      expect(await service.publishedLanguages()).toEqual([]);
      const zh = makeSampleCatalog();
      await store.publish(zh, { name: 'zh.txt', sha256: 'a'.repeat(64) });
      await store.publish(makeLanguageVersion(zh, 'en'), { name: 'en.txt', sha256: 'b'.repeat(64) });
      expect(await service.publishedLanguages()).toEqual(['zh', 'en']);
      const english = await service.chooseLanguage('en');
      expect(english).toMatchObject({
        requested: 'en',
        shown: 'en',
        fallback: false,
        available: ['zh', 'en'],
      });
      expect(english?.published.catalog.paragraphs[0]?.text).toMatch(/^\[en fixture\]/);
      const french = await service.chooseLanguage('fr');
      expect(french).toMatchObject({ requested: 'fr', shown: 'zh', fallback: true });
      expect(french?.published.language).toBe('zh');
      await expect(service.chooseLanguage('xx')).rejects.toThrow(/not a UN language/);
    } finally {
      await store.close();
    }
  });
});
