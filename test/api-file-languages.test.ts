import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { readDocxParts } from '../src/export/testing/docx-parts.js';
import { createKnowledgeService, createPublishedCatalogFiles } from '../src/services/index.js';
import { createBundledApp, startBundledServices } from './support/bundled-app.js';
import { bundledKnowledge } from './support/knowledge.js';
import { makeLanguageVersion } from './support/language-versions.js';

let app: Hono;

/**
 * The app over the bundled summary published in Chinese, with fixture versions in English and
 * Arabic published beside it (texts that name their place: `en text of paragraph 30`).
 */
beforeAll(async () => {
  const services = await startBundledServices();
  for (const [language, words] of [
    ['en', 'en text of'],
    ['ar', 'نص تجريبي من'],
  ] as const) {
    await services.store.publish(
      makeLanguageVersion(services.catalog, language, (_, where) => `${words} ${where}`),
      { name: `summary.${language}.txt`, sha256: language.repeat(32) },
    );
  }
  app = createBundledApp(services, {
    files: createPublishedCatalogFiles(
      services.service,
      createKnowledgeService(services.service, bundledKnowledge()),
      (request) => services.searches.search(request),
    ),
  });
}, 60_000);

describe('exports and briefing packs of the API in the published languages', () => {
  it('exports the English version with catalogLang=en: its texts, the same structure, its language', async () => {
    const get = async (query: string) =>
      (await (await app.request(`/api/v1/export?format=json&theme=theme-3${query}`)).json()) as {
        document: { language: string };
        paragraphs: { number: number; text: string; items: { label: string; text: string }[] }[];
        papers: {
          symbol: string;
          year: number;
          meeting: number;
          themeId: string;
          paragraphs: number[];
          subject: string;
        }[];
      };
    const chinese = await get('');
    const english = await get('&catalogLang=en');
    expect(chinese.document.language).toBe('zh');
    expect(english.document.language).toBe('en');
    expect(english.paragraphs.map((paragraph) => paragraph.number)).toEqual(
      chinese.paragraphs.map((paragraph) => paragraph.number),
    );
    const structure = (papers: typeof chinese.papers) =>
      papers.map(({ symbol, year, meeting, themeId, paragraphs }) => ({
        symbol,
        year,
        meeting,
        themeId,
        paragraphs,
      }));
    expect(english.papers.length).toBeGreaterThan(0);
    expect(structure(english.papers)).toEqual(structure(chinese.papers));
    for (const paper of english.papers) expect(paper.subject).toBe(`en text of ${paper.symbol}`);
    for (const paragraph of english.paragraphs) {
      expect(paragraph.text).toBe(`en text of paragraph ${paragraph.number}`);
      for (const item of paragraph.items)
        expect(item.text).toBe(`en text of item ${paragraph.number}(${item.label})`);
    }
  });

  it('answers 404 naming the published languages for one that is not', async () => {
    for (const path of ['/api/v1/export?catalogLang=fr', '/api/v1/brief?format=md&parallelLang=fr']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string; details: unknown } };
      expect(body.error.message, path).toBe(
        "the thematic summary is not published in 'fr'; its published languages are ar, zh, en",
      );
      expect(JSON.stringify(body.error.details), path).toContain(
        path.includes('parallel') ? 'parallelLang' : 'catalogLang',
      );
    }
    const same = await app.request('/api/v1/brief?format=md&catalogLang=en&parallelLang=en');
    expect(same.status).toBe(400);
  });

  it('makes a bilingual pack: HTML with both languages and their directions, Word with a table per paragraph', async () => {
    const html = await (
      await app.request(
        '/api/v1/brief?format=html&paper=CTOC/COP/WG.7/2019/2&catalogLang=zh&parallelLang=ar&date=2026-12-01',
      )
    ).text();
    expect(html).toContain('<html lang="zh">');
    expect(html).toContain(
      '<p lang="ar" dir="rtl"><span class="number">30.</span>نص تجريبي من paragraph 30</p>',
    );
    const docx = await app.request('/api/v1/brief?format=docx&paper=CTOC/COP/WG.7/2019/2&parallelLang=en');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('-zh-en.docx');
    const xml = readDocxParts(new Uint8Array(await docx.arrayBuffer())).get('word/document.xml') ?? '';
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('en text of item 30(c)');
  });

  it('gives an English pack English headings, and the portal form the same pack', async () => {
    const english = await (
      await app.request('/api/v1/brief?format=md&theme=theme-3&catalogLang=en&date=2026-12-01')
    ).text();
    expect(english).toContain('## Contents');
    expect(english).toContain('en text of paragraph 29');
    const portal = await app.request(
      '/brief/download?format=md&theme=theme-3&catalogLang=en&date=2026-12-01',
    );
    expect(portal.status).toBe(200);
    expect(await portal.text()).toBe(english);
  });
});

describe('the portal’s briefing-pack form and the languages of the text', () => {
  it('offers the language of the text and a second language, none by default', async () => {
    const page = await (await app.request('/brief?lang=en')).text();
    expect(page).toContain('<legend>Language of the text</legend>');
    expect(page).toContain('<input type="radio" name="catalogLang" value="zh" checked>');
    expect(page).toContain('<legend>Second language (bilingual pack)</legend>');
    expect(page).toContain('<input type="radio" name="parallelLang" value="" checked>');
    const chosen = await (await app.request('/brief?lang=en&catalogLang=en&parallelLang=ar')).text();
    expect(chosen).toContain('<input type="radio" name="catalogLang" value="en" checked>');
    expect(chosen).toContain('<input type="radio" name="parallelLang" value="ar" checked>');
  });

  it('makes the pack the form sends, bilingual or not, and says when a language is not published', async () => {
    const base = '/brief/download?format=md&theme=theme-3&lang=en&date=2026-12-01&catalogLang=zh';
    const one = await app.request(`${base}&parallelLang=`);
    expect(one.status).toBe(200);
    expect(await one.text()).not.toContain('en text of');
    const two = await app.request(`${base}&parallelLang=en`);
    expect(two.status).toBe(200);
    expect(await two.text()).toContain('> **29.** en text of paragraph 29');
    // The page says it in the reader's language (Accept-Language), whatever the headings' language.
    const refused = await app.request(`${base}&parallelLang=fr`, { headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain('The summary is not published in the language chosen.');
    const french = await app.request(`${base}&parallelLang=ru`, { headers: { 'accept-language': 'fr' } });
    expect(await french.text()).toContain('Le résumé n’est pas publié dans la langue choisie.');
  });
});
