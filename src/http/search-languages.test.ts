import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createBundledApp } from '../../test/support/bundled-app.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { languageFixtureCatalog, languageFixtureRequest } from '../../test/support/language-fixtures.js';
import { describeCatalog } from '../knowledge/index.js';
import { createCatalogService, createSearchService } from '../services/index.js';
import type { CatalogStore } from '../store/index.js';
import { openSqliteCatalogStore } from '../store/index.js';

let app: Hono;
let store: CatalogStore;

/** The app over the Chinese and English fixture documents, both published. */
beforeAll(async () => {
  store = await openSqliteCatalogStore(':memory:');
  const service = createCatalogService(store);
  await service.ingest(languageFixtureRequest('zh'));
  await service.ingest(languageFixtureRequest('en'));
  app = createBundledApp({
    store,
    service,
    catalog: languageFixtureCatalog('zh'),
    knowledge: describeCatalog(languageFixtureCatalog('zh'), bundledKnowledge()),
    searches: createSearchService(service, bundledKnowledge()),
  });
});
afterAll(async () => {
  await store.close();
});

async function searchJson(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await app.request(`/api/v1/search?${query}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface Hit {
  readonly paragraph: number;
  readonly language: string;
  readonly snippet: string;
  readonly theme: string | null;
}

describe('the search API over two language versions', () => {
  it('shows the hits in the language asked for, found through the English text', async () => {
    const english = await searchJson('q=offenders&catalogLang=en');
    expect(english.status).toBe(200);
    expect(english.body.catalog).toEqual({ requested: 'en', language: 'en', fallback: false });
    const [first] = english.body.hits as Hit[];
    expect(first).toMatchObject({ paragraph: 3, language: 'en', theme: 'Criminal justice responses' });
    expect(first?.snippet).toContain('<mark>offenders</mark>');
    // The old name of the parameter says the same.
    expect((await searchJson('q=offenders&lang=en')).body.hits).toEqual(english.body.hits);
  });

  it('shows them in Chinese for a language not published, and says so; in Chinese by default', async () => {
    for (const query of ['q=offenders&catalogLang=fr', 'q=lang:fr%20offenders']) {
      const answer = await searchJson(query);
      expect(answer.body.catalog, query).toMatchObject({ requested: 'fr', language: 'zh', fallback: true });
      const hits = answer.body.hits as Hit[];
      expect(hits.map((hit) => hit.paragraph)).toContain(3);
      expect(hits.every((hit) => hit.language === 'zh')).toBe(true);
    }
    const plain = await searchJson('q=offenders');
    expect(plain.body.catalog).toEqual({ requested: 'zh', language: 'zh', fallback: false });
    expect((plain.body.hits as Hit[])[0]).toMatchObject({ paragraph: 3, language: 'zh' });
  });
});

describe('the portal search page over two language versions', () => {
  async function page(path: string): Promise<string> {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    return response.text();
  }

  it("shows the hits in the reader's language when its version is published, else in Chinese marked as such", async () => {
    const english = await page('/search?q=offenders&lang=en');
    expect(english).toContain('<mark>offenders</mark>');
    const french = await page('/search?q=offenders&lang=fr');
    expect(french).not.toContain('<mark>offenders</mark>');
    expect(french).toMatch(/<p class="snippet" lang="zh">[^<]*犯罪者/u);
  });

  it('shows a search kept from before a version in another language was published with that version', async () => {
    const own = await openSqliteCatalogStore(':memory:');
    try {
      const service = createCatalogService(own);
      await service.ingest(languageFixtureRequest('zh'));
      const portal = createBundledApp({
        store: own,
        service,
        catalog: languageFixtureCatalog('zh'),
        knowledge: describeCatalog(languageFixtureCatalog('zh'), bundledKnowledge()),
        searches: createSearchService(service, bundledKnowledge()),
      });
      const before = await (await portal.request('/search?q=offenders&lang=en')).text();
      expect(before).not.toContain('<mark>offenders</mark>');
      await service.ingest(languageFixtureRequest('en'));
      const after = await (await portal.request('/search?q=offenders&lang=en')).text();
      expect(after).toContain('<mark>offenders</mark>');
    } finally {
      await own.close();
    }
  });
});
