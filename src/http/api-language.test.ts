import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createBundledApp, startBundledServices } from '../../test/support/bundled-app.js';
import { API_ROUTE_DEFINITIONS } from './create-api.js';

let app: Hono;

/** The app over the bundled catalog, published in Chinese only, with a search service that refuses other languages. */
beforeAll(async () => {
  app = createBundledApp(await startBundledServices(), {
    apiDocs: { bundle: '/* bundle */', css: '/* css */' },
  });
});

async function getJson(path: string, init?: RequestInit) {
  const response = await app.request(path, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the search API and the catalog language', () => {
  it('answers a language without content with the Chinese text and says so, for catalogLang and the old lang', async () => {
    const chinese = await getJson('/api/v1/search?q=controlled%20delivery');
    expect(chinese.status).toBe(200);
    expect(chinese.body.catalog).toEqual({ requested: 'zh', language: 'zh', fallback: false });
    for (const parameter of ['catalogLang', 'lang']) {
      const answer = await getJson(`/api/v1/search?q=controlled%20delivery&${parameter}=en`);
      expect(answer.status, parameter).toBe(200);
      expect(answer.body.catalog).toMatchObject({ requested: 'en', language: 'zh', fallback: true });
      expect((answer.body.catalog as { note: string }).note).toContain("'en'");
      expect(answer.body.hits).toEqual(chinese.body.hits);
      expect(answer.body.total).toBe(chinese.body.total);
    }
  });

  it('takes catalogLang in a POST body too, catalogLang winning over lang', async () => {
    const answer = await getJson('/api/v1/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: '控制下交付', catalogLang: 'fr', lang: 'zh' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.catalog).toMatchObject({ requested: 'fr', language: 'zh', fallback: true });
    expect((answer.body.hits as unknown[]).length).toBeGreaterThan(0);
  });

  it('still refuses a language that is none of the six, naming the parameter', async () => {
    const answer = await getJson('/api/v1/search?q=x&catalogLang=de');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('catalogLang');
  });
});

describe('the official documents of papers in the API', () => {
  it('gives each paper its plain url and one per language in /papers, and the export its plain url', async () => {
    const paper = await getJson('/api/v1/papers/CTOC-COP-WG.7-2015-4');
    expect(paper.body.url).toBe('https://undocs.org/CTOC/COP/WG.7/2015/4');
    expect(paper.body.urls).toMatchObject({
      en: 'https://undocs.org/en/CTOC/COP/WG.7/2015/4',
      ar: 'https://undocs.org/ar/CTOC/COP/WG.7/2015/4',
    });
    // The JSON export keeps the contract of DESIGN.md: the plain address only.
    const exported = await getJson('/api/v1/catalog');
    const papers = exported.body.papers as { symbol: string; url: string; urls?: unknown }[];
    for (const each of papers) {
      expect(each.url).toBe(`https://undocs.org/${each.symbol}`);
      expect(each.urls).toBeUndefined();
    }
  });
});

describe('the API reference', () => {
  it('gives every operation a summary and a tag that the document lists, and documents catalogLang with lang deprecated', async () => {
    const { body } = await getJson('/api/v1/openapi.json');
    const paths = body.paths as Record<
      string,
      Record<
        string,
        {
          summary?: string;
          tags?: string[];
          parameters?: { name: string; deprecated?: boolean; description?: string }[];
        }
      >
    >;
    const tags = new Set((body.tags as { name: string; description: string }[]).map((tag) => tag.name));
    expect(tags).toEqual(new Set(['catalog', 'documents', 'knowledge', 'search', 'exports', 'history']));
    for (const route of Object.values(API_ROUTE_DEFINITIONS)) {
      const operation = paths[route.path]?.[route.method];
      expect(operation?.summary?.length ?? 0, `${route.method} ${route.path}`).toBeGreaterThan(10);
      expect(operation?.tags?.length, `${route.method} ${route.path}`).toBe(1);
      for (const tag of operation?.tags ?? []) expect(tags.has(tag)).toBe(true);
    }
    const parameters = paths['/search']?.get?.parameters ?? [];
    expect(parameters.find((parameter) => parameter.name === 'catalogLang')?.description).toMatch(/content/);
    expect(parameters.find((parameter) => parameter.name === 'lang')?.deprecated).toBe(true);
  });

  it('serves a favicon at /favicon.ico and names one on the reference page, so no browser asks in vain', async () => {
    const favicon = await app.request('/favicon.ico');
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toMatch(/^image\//);
    const page = await (await app.request('/api/docs')).text();
    const href = /<link rel="icon" href="([^"]+)"/.exec(page)?.[1];
    expect(href).toBeDefined();
    expect((await app.request(href ?? '')).status).toBe(200);
  });
});
