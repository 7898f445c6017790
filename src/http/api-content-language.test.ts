import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import type { CatalogService } from '../services/index.js';
import { createCatalogService } from '../services/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import type { CatalogStore } from '../store/index.js';
import { languageFixtureCatalog, languageFixtureRequest } from '../../test/support/language-fixtures.js';
import {
  ContentLanguageSchema,
  DocumentReadSchema,
  ParagraphListSchema,
  ParagraphReadSchema,
} from './api-schemas.js';
import { createLanguagesApp } from '../../test/support/bundled-app.js';

/**
 * The API as `somkb serve` wires it, over the Chinese (version 1) and English (version 2) fixture
 * documents written for the tests.
 */
let store: CatalogStore;
let service: CatalogService;
let zh: Catalog;
let en: Catalog;
let app: ReturnType<typeof createLanguagesApp>;

const DOCUMENT = '/api/v1/documents/thematic-summary-2021';

beforeEach(async () => {
  store = await openSqliteCatalogStore(':memory:');
  service = createCatalogService(store);
  await service.ingest(languageFixtureRequest('zh'));
  await service.ingest(languageFixtureRequest('en'));
  zh = languageFixtureCatalog('zh');
  en = languageFixtureCatalog('en');
  app = createLanguagesApp(store, service);
});

afterEach(async () => {
  await store.close();
});

async function getJson(path: string) {
  const response = await app.request(path);
  return {
    status: response.status,
    language: response.headers.get('content-language'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

function textOf(catalog: Catalog, number: number): string {
  const found = catalog.paragraphs.find((paragraph) => paragraph.number === number);
  if (found === undefined) throw new Error(`the fixture has paragraph ${number}`);
  return found.text;
}

describe('the API reads the document in a language (lang)', () => {
  it('lists the languages of the document with their versions, and answers the document in the language asked for', async () => {
    const plain = await getJson(DOCUMENT);
    expect(plain.status).toBe(200);
    expect(plain.body.languages).toEqual([
      { language: 'zh', version: 1 },
      { language: 'en', version: 2 },
    ]);
    expect(plain.body.title).toBe(zh.document.header.title);
    expect(plain.body.catalog).toEqual({ requested: 'zh', language: 'zh', fallback: false });
    const english = await getJson(`${DOCUMENT}?lang=en`);
    expect(english.body.title).toBe(en.document.header.title);
    expect(english.body.language).toBe('en');
    expect(english.language).toBe('en');
    expect(DocumentReadSchema.safeParse(english.body).success).toBe(true);
    const list = await getJson('/api/v1/documents');
    expect((list.body.items as { languages: unknown }[])[0]?.languages).toEqual(plain.body.languages);
  });

  it('answers every paragraph route in the language asked for, and in Chinese, saying so, when it is not published', async () => {
    const english = await getJson(`${DOCUMENT}/paragraphs?lang=en`);
    expect(english.status).toBe(200);
    expect(ParagraphListSchema.safeParse(english.body).success).toBe(true);
    const items = english.body.items as { number: number; text: string }[];
    expect(items.map((item) => item.text)).toEqual(en.paragraphs.map((paragraph) => paragraph.text));
    expect(english.body.catalog).toEqual({ requested: 'en', language: 'en', fallback: false });
    const one = await getJson(`${DOCUMENT}/paragraphs/4?lang=en`);
    expect(ParagraphReadSchema.safeParse(one.body).success).toBe(true);
    expect(one.body.text).toBe(textOf(en, 4));
    expect(one.body.catalog).toEqual({ requested: 'en', language: 'en', fallback: false });
    expect(one.language).toBe('en');
    const french = await getJson(`${DOCUMENT}/paragraphs/4?lang=fr`);
    expect(french.status).toBe(200);
    expect(french.body.text).toBe(textOf(zh, 4));
    expect(french.body.catalog).toEqual({ requested: 'fr', language: 'zh', fallback: true });
    expect(french.language).toBe('zh');
    const frenchList = await getJson(`${DOCUMENT}/paragraphs?lang=fr`);
    expect(ContentLanguageSchema.parse(frenchList.body.catalog)).toEqual({
      requested: 'fr',
      language: 'zh',
      fallback: true,
    });
  });

  it('answers in a language as soon as it is published (no answer kept from before)', async () => {
    expect((await getJson(`${DOCUMENT}/paragraphs/4?lang=ar`)).body.text).toBe(textOf(zh, 4));
    await service.ingest(languageFixtureRequest('ar'));
    const ar = languageFixtureCatalog('ar');
    const arabic = await getJson(`${DOCUMENT}/paragraphs/4?lang=ar`);
    expect(arabic.body.text).toBe(textOf(ar, 4));
    expect(arabic.body.catalog).toEqual({ requested: 'ar', language: 'ar', fallback: false });
    const document = await getJson(DOCUMENT);
    expect(document.body.languages).toEqual([
      { language: 'ar', version: 3 },
      { language: 'zh', version: 1 },
      { language: 'en', version: 2 },
    ]);
  });

  it('keeps the answers without lang as they were: the Chinese text', async () => {
    const paragraph = await getJson(`${DOCUMENT}/paragraphs/4`);
    expect(paragraph.body.text).toBe(textOf(zh, 4));
    expect(paragraph.body.citation).toBe('Thematic summary (2021), para. 4 (on CTOC/COP/WG.7/2018/2)');
    const versioned = await getJson(`${DOCUMENT}/paragraphs/4?version=2`);
    expect(versioned.body.text).toBe(textOf(en, 4));
    expect(versioned.body.catalog).toEqual({ requested: 'en', language: 'en', fallback: false });
  });

  it('refuses a lang that is no UN language, or that is not the language of the version asked for, with a 400 naming lang', async () => {
    for (const path of [
      `${DOCUMENT}?lang=xx`,
      `${DOCUMENT}/paragraphs?lang=EN`,
      `${DOCUMENT}/paragraphs/4?lang=`,
      `${DOCUMENT}/paragraphs/4?lang=zh-Hans`,
      `${DOCUMENT}/paragraphs/4?version=1&lang=en`,
    ]) {
      const answer = await getJson(path);
      expect(answer.status, path).toBe(400);
      const error = answer.body.error as { code: string; message: string };
      expect(error.code, path).toBe('USAGE');
      expect(error.message, path).toMatch(/^parameter 'lang'/);
    }
  });

  it('describes lang on the paragraph routes in the OpenAPI document', async () => {
    const openapi = (await getJson('/api/v1/openapi.json')).body as {
      paths: Record<string, { get: { parameters: { name: string; schema: { enum?: string[] } }[] } }>;
    };
    for (const path of [
      '/documents/{id}',
      '/documents/{id}/paragraphs',
      '/documents/{id}/paragraphs/{number}',
    ]) {
      const lang = openapi.paths[path]?.get.parameters.find((parameter) => parameter.name === 'lang');
      expect(lang?.schema.enum, path).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    }
  });
});
