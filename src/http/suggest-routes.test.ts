import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { publishedOf } from '../../test/support/published.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { describeCatalog } from '../knowledge/index.js';
import { search, buildSearchIndex, documentsFromCatalog } from '../search/index.js';
import { createAnalyzer } from '../analysis/index.js';
import { createApi } from './create-api.js';

const catalog = makeSampleCatalog();
const knowledge = describeCatalog(catalog, bundledKnowledge());
const index = buildSearchIndex(documentsFromCatalog(catalog), createAnalyzer('zh'));

function makeApp(empty = false): Hono {
  const root = new Hono();
  root.route(
    '/api/v1',
    createApi({
      loadPublished: () => Promise.resolve(empty ? undefined : publishedOf(catalog)),
      loadKnowledge: () => Promise.resolve(knowledge),
      search: (request) => Promise.resolve(search(index, request)),
      version: '9.9.9',
    }),
  );
  return root;
}
const app = makeApp();

interface SuggestBody {
  query: string;
  lang: string;
  suggestions: {
    kind: string;
    id: string;
    label: string;
    labelZh?: string;
    href: string;
    matched?: string;
  }[];
}
interface ErrorBody {
  error: { code: string; message: string; details: { parameter?: string } };
}

async function get(query: string): Promise<{ status: number; body: unknown; type: string | null }> {
  const response = await app.request(`/api/v1/suggest${query}`);
  return { status: response.status, body: await response.json(), type: response.headers.get('content-type') };
}

describe('GET /api/v1/suggest', () => {
  it('answers concepts named in the reader’s language and in Chinese, with the page each leads to', async () => {
    const { status, body } = await get(`?q=${encodeURIComponent('intellig')}&lang=fr`);
    expect(status).toBe(200);
    const { query, lang, suggestions } = body as SuggestBody;
    expect(query).toBe('intellig');
    expect(lang).toBe('fr');
    expect(suggestions[0]).toMatchObject({
      kind: 'concept',
      id: 'intelligence',
      labelZh: '情报',
      href: '/topics/intelligence',
    });
  });

  it('finds papers by a partial symbol and mechanisms by name, with their pages', async () => {
    const papers = (await get('?q=2015/4')).body as SuggestBody;
    expect(papers.suggestions[0]).toMatchObject({
      kind: 'paper',
      id: 'CTOC/COP/WG.7/2015/4',
      href: '/papers/CTOC-COP-WG.7-2015-4',
    });
    const mechanisms = (await get('?q=EUROSUR&lang=en')).body as SuggestBody;
    expect(mechanisms.suggestions[0]).toMatchObject({
      kind: 'mechanism',
      id: 'eurosur',
      href: '/mechanisms#mechanism-eurosur',
    });
  });

  it('keeps to the limit, 8 by default', async () => {
    expect(((await get('?q=a')).body as SuggestBody).suggestions).toHaveLength(8);
    expect(((await get('?q=a&limit=3')).body as SuggestBody).suggestions).toHaveLength(3);
    expect(((await get('?q=a&limit=20')).body as SuggestBody).suggestions.length).toBeGreaterThan(8);
  });

  it.each([
    ['', 'q', 'is required'],
    ['?q=', 'q', 'must not be empty'],
    [`?q=${'x'.repeat(201)}`, 'q', 'must be at most 200 characters'],
    ['?q=a&limit=abc', 'limit', 'whole number'],
    ['?q=a&limit=0', 'limit', 'whole number'],
    ['?q=a&limit=21', 'limit', 'whole number'],
    ['?q=a&limit=2.5', 'limit', 'whole number'],
    ['?q=a&lang=xx', 'lang', ''],
  ])('refuses %s with 400 naming the parameter', async (query, parameter, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    const { error } = body as ErrorBody;
    expect(error.code).toBe('USAGE');
    expect(error.details.parameter).toBe(parameter);
    expect(error.message).toContain(`'${parameter}'`);
    expect(error.message).toContain(message);
  });

  it('answers 200 at the length limit, and nothing for a text of blanks', async () => {
    expect((await get(`?q=${'x'.repeat(200)}`)).status).toBe(200);
    const blank = await get('?q=%20%20%09');
    expect(blank.status).toBe(200);
    expect((blank.body as SuggestBody).suggestions).toEqual([]);
  });

  it.each(
    [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '\u0000\u0007\u001b[31m\u202e',
      '.*+?^${}()|[]\\',
    ]
      .map((text) => encodeURIComponent(text))
      .concat([
        // A lone surrogate cannot be sent: its UTF-8 bytes, and a truncated sequence, are what arrive.
        '%ED%A0%80',
        '%F0%9F',
        '%',
      ]),
  )('answers a hostile text %s as JSON, without a crash', async (text) => {
    const response = await app.request(`/api/v1/suggest?q=${text}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const raw = await response.text();
    // The text comes back only as JSON string content: no raw markup a page could take as HTML.
    expect(raw).not.toContain('<script>');
    expect(raw).not.toContain('<img');
    const body = JSON.parse(raw) as SuggestBody;
    expect(Array.isArray(body.suggestions)).toBe(true);
  });

  it('says CATALOG_EMPTY when nothing is published', async () => {
    const response = await makeApp(true).request('/api/v1/suggest?q=a');
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).error.code).toBe('CATALOG_EMPTY');
  });
});

describe('did you mean, in GET /api/v1/search', () => {
  it('offers the closest concepts when the query finds nothing, named in the language asked for', async () => {
    const response = await app.request('/api/v1/search?q=intelligance&catalogLang=en');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; didYouMean?: SuggestBody['suggestions'] };
    expect(body.total).toBe(0);
    expect(body.didYouMean?.[0]).toMatchObject({
      kind: 'concept',
      id: 'intelligence',
      label: 'intelligence',
      labelZh: '情报',
      href: '/topics/intelligence',
    });
  });

  it('has no didYouMean when the query finds something, or nothing is close', async () => {
    const found = (await (await app.request(`/api/v1/search?q=${encodeURIComponent('情报')}`)).json()) as {
      total: number;
    };
    expect(found.total).toBeGreaterThan(0);
    expect(found).not.toHaveProperty('didYouMean');
    const far = (await (await app.request('/api/v1/search?q=zzqqxxjj')).json()) as { total: number };
    expect(far.total).toBe(0);
    expect(far).not.toHaveProperty('didYouMean');
  });
});
