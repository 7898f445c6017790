import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import type { CatalogStore, PublishedCatalog } from '../store/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import { publishedOf } from '../../test/support/published.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { languageFixtureRequest } from '../../test/support/language-fixtures.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { createCatalogService } from './catalog-service.js';
import { createSearchService } from './search-service.js';
import type { SearchServiceOptions } from './search-service.js';

const source = (sha256: string) => ({ name: 'summary.txt', sha256 });

describe('search service', () => {
  let store: CatalogStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function serviceOver(catalog: Catalog, options?: SearchServiceOptions) {
    const opened = await openSqliteCatalogStore(':memory:');
    store = opened;
    await opened.publish(catalog, source('a'));
    const catalogs = createCatalogService(opened);
    return { store: opened, search: createSearchService(catalogs, undefined, options) };
  }

  it('gives the same result again for the same request, and a new one for another', async () => {
    const { search } = await serviceOver(makeSampleCatalog());
    const first = await search.search({ query: '背景文件', limit: 2 });
    expect(first.total).toBeGreaterThan(2);
    expect(await search.search({ query: '背景文件', limit: 2 })).toBe(first);
    const next = await search.search({ query: '背景文件', limit: 2, offset: 2 });
    expect(next).not.toBe(first);
    expect(next.hits[0]?.paragraph).not.toBe(first.hits[0]?.paragraph);
    expect(await search.search({ query: '背景文件', limit: 2, groupByPaper: true })).not.toBe(first);
  });

  it('searches the newly published catalog, not the results of the previous one', async () => {
    const { store: opened, search } = await serviceOver(makeSampleCatalog());
    const before = await search.search({ query: '援助措施' });
    expect(before.total).toBe(1);
    const catalog = makeSampleCatalog();
    const changed: Catalog = {
      ...catalog,
      paragraphs: catalog.paragraphs.map((paragraph) =>
        paragraph.number === 1 ? { ...paragraph, text: `${paragraph.text}援助措施。` } : paragraph,
      ),
    };
    await opened.publish(changed, source('b'));
    const after = await search.search({ query: '援助措施' });
    expect(after.total).toBe(2);
    expect(after.hits.map((hit) => hit.paragraph)).toContain(1);
  });

  it('keeps at most the given number of results, dropping the least recently used', async () => {
    const { search } = await serviceOver(makeSampleCatalog(), { resultCacheEntries: 2 });
    const a = await search.search({ query: '背景文件' });
    const b = await search.search({ query: '援助措施' });
    expect(await search.search({ query: '背景文件' })).toBe(a);
    await search.search({ query: '控制下交付' });
    expect(await search.search({ query: '背景文件' })).toBe(a);
    const again = await search.search({ query: '援助措施' });
    expect(again).not.toBe(b);
    expect(again).toEqual(b);
  });

  it('searches every time when the cache holds nothing', async () => {
    const { search } = await serviceOver(makeSampleCatalog(), { resultCacheEntries: 0 });
    const first = await search.search({ query: '背景文件' });
    const second = await search.search({ query: '背景文件' });
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it('keys its index and results on the catalog version, not on the catalog object', async () => {
    let published: PublishedCatalog = { ...publishedOf(makeSampleCatalog(), 7), source: source('a') };
    // A backend that answers every read with a new, structurally equal object.
    const catalogs = { listPublished: () => Promise.resolve([structuredClone(published)]) };
    const search = createSearchService(catalogs);
    const first = await search.search({ query: '背景文件' });
    expect(first.total).toBeGreaterThan(0);
    expect(await search.search({ query: '背景文件' })).toBe(first);
    published = { ...published, version: 8 };
    const next = await search.search({ query: '背景文件' });
    expect(next).not.toBe(first);
    expect(next).toEqual(first);
    expect(await search.search({ query: '背景文件' })).toBe(next);
  });

  it('keeps results apart by the filters given as fields', async () => {
    const { search } = await serviceOver(makeSampleCatalog());
    const catalog = makeSampleCatalog();
    const [one, two] = catalog.themes;
    const first = await search.search({ query: '', filters: { theme: [one?.id ?? ''] } });
    expect(await search.search({ query: '', filters: { theme: [one?.id ?? ''] } })).toBe(first);
    const other = await search.search({ query: '', filters: { theme: [two?.id ?? ''] } });
    expect(other).not.toBe(first);
    expect(other.hits.map((hit) => hit.paragraph)).not.toEqual(first.hits.map((hit) => hit.paragraph));
  });
});

describe('search service over several language versions', () => {
  let store: CatalogStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('searches every published language version, rebuilt when any language is published', async () => {
    store = await openSqliteCatalogStore(':memory:');
    const catalogs = createCatalogService(store);
    await catalogs.ingest(languageFixtureRequest('zh'));
    const search = createSearchService(catalogs, bundledKnowledge());
    // "offenders" is only in the English text.
    const before = await search.search({ query: 'offenders', catalogLanguage: 'en' });
    expect(before.total).toBe(0);
    expect(before.language).toBe('zh');
    await catalogs.ingest(languageFixtureRequest('en'));
    const after = await search.search({ query: 'offenders', catalogLanguage: 'en' });
    expect(after.hits[0]).toMatchObject({ paragraph: 3, language: 'en' });
    expect(after.language).toBe('en');
    // Shown in Chinese by default, and for a language not published.
    for (const request of [{ query: 'offenders' }, { query: 'offenders', catalogLanguage: 'fr' }]) {
      const shown = await search.search(request);
      expect(shown.language).toBe('zh');
      expect(shown.hits.map((hit) => hit.paragraph)).toEqual(after.hits.map((hit) => hit.paragraph));
      expect(shown.hits[0]?.language).toBe('zh');
    }
    // The query's lang: chooses when no language is given; a language given wins over it.
    expect((await search.search({ query: 'lang:en offenders' })).hits[0]?.language).toBe('en');
    expect((await search.search({ query: 'lang:en offenders', catalogLanguage: 'zh' })).language).toBe('zh');
    await expect(search.search({ query: 'x', catalogLanguage: 'de' })).rejects.toThrow(/not a UN language/);
  });

  it('says that nothing is published when no version is', async () => {
    store = await openSqliteCatalogStore(':memory:');
    const search = createSearchService(createCatalogService(store));
    await expect(search.search({ query: 'x' })).rejects.toMatchObject({ code: 'CATALOG_EMPTY' });
  });
});
