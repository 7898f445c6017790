import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, Language } from '../domain/index.js';
import { messagesFor } from '../messages/index.js';
import type { ParallelRefusal } from '../messages/index.js';
import { escapeHtml } from '../search/index.js';
import type { CatalogService } from '../services/index.js';
import { createCatalogService } from '../services/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import type { CatalogStore } from '../store/index.js';
import { languageFixtureCatalog, languageFixtureRequest } from '../../test/support/language-fixtures.js';
import { makeLanguageVersion } from '../../test/support/language-versions.js';
import { createLanguagesApp } from '../../test/support/bundled-app.js';

/**
 * The portal as `somkb serve` wires it, over a store where the Chinese and English fixture documents
 * are ingested (the fixtures written for the tests), and other languages published as marked copies
 * of the Chinese fixture (`makeLanguageVersion`) where a test needs them.
 */
let store: CatalogStore;
let service: CatalogService;
let zh: Catalog;
let en: Catalog;
let app: ReturnType<typeof portal>;

beforeEach(async () => {
  store = await openSqliteCatalogStore(':memory:');
  service = createCatalogService(store);
  await service.ingest(languageFixtureRequest('zh'));
  await service.ingest(languageFixtureRequest('en'));
  zh = languageFixtureCatalog('zh');
  en = languageFixtureCatalog('en');
  app = portal();
});

afterEach(async () => {
  await store.close();
});

function portal() {
  return createLanguagesApp(store, service);
}

/** Ingests the fixture document of `language` (written for the tests) and gives its catalog. */
async function ingestFixture(language: Language): Promise<Catalog> {
  await service.ingest(languageFixtureRequest(language));
  return languageFixtureCatalog(language);
}

/** Publishes a marked copy of the Chinese fixture as the `language` version (a TEST FIXTURE, not a translation). */
async function publishCopy(language: Language, mark = `[${language} fixture]`): Promise<Catalog> {
  const catalog = makeLanguageVersion(zh, language, (text) => `${mark} ${text}`);
  await store.publish(catalog, { name: `${language}.txt`, sha256: language.repeat(32).slice(0, 64) });
  return catalog;
}

async function get(path: string) {
  const response = await app.request(path);
  return { status: response.status, text: await response.text() };
}

function paragraph(catalog: Catalog, number: number) {
  const found = catalog.paragraphs.find((candidate) => candidate.number === number);
  if (found === undefined) throw new Error(`the fixture has paragraph ${number}`);
  return found;
}

/** The list of the document's languages on a page (empty when the page has none). */
function languagesBlock(text: string): string {
  return /<div class="document-languages">.*?<\/div>/s.exec(text)?.[0] ?? '';
}

/** The fixture's paper whose paragraph has lettered items, and that paragraph's number. */
function paperWithItems(): { slug: string; number: number } {
  const withItems = zh.paragraphs.find((candidate) => candidate.items.length > 0);
  if (withItems?.paper == null) throw new Error('the fixture has a paper paragraph with items');
  return { slug: withItems.paper.replaceAll('/', '-'), number: withItems.number };
}

describe('the portal in the reader’s language', () => {
  it('shows the French text to a French reader once a French version is published, and says which languages the document has', async () => {
    const { slug, number } = paperWithItems();
    const before = await get(`/papers/${slug}?lang=fr`);
    expect(before.text).not.toContain(escapeHtml(paragraph(languageFixtureCatalog('fr'), number).text));
    const fr = await ingestFixture('fr');
    const { status, text } = await get(`/papers/${slug}?lang=fr`);
    expect(status).toBe(200);
    expect(text).toContain(escapeHtml(paragraph(fr, number).text));
    expect(text).toContain(escapeHtml(paragraph(fr, number).items[0]?.text ?? '?'));
    // In the reader's language: no language mark on the text, no note that it is another language.
    expect(text).toContain('<div class="para-text">');
    expect(text).not.toContain(escapeHtml(messagesFor('fr').notInYourLanguage('中文')));
    expect(text).toContain(messagesFor('fr').documentLanguages);
    for (const [language, version] of [
      ['zh', 1],
      ['en', 2],
      ['fr', 3],
    ] as const) {
      expect(text).toMatch(
        new RegExp(
          `href="/papers/${slug}\\?lang=${language}" lang="${language}" hreflang="${language}"[^>]*>[^<]+</a> <span class="language-version">\\(${escapeHtml(messagesFor('fr').versionName(version))}\\)`,
        ),
      );
    }
  });

  it('shows the English fixture to an English reader on the home, theme and paper pages', async () => {
    const home = await get('/?lang=en');
    expect(home.text).toContain(escapeHtml(paragraph(en, 1).text));
    const theme = await get('/themes/theme-1?lang=en');
    expect(theme.text).toContain(escapeHtml(en.themes[0]?.name ?? '?'));
    const paper = await get('/papers/CTOC-COP-WG.7-2018-2?lang=en');
    expect(paper.text).toContain(escapeHtml(paragraph(en, 4).text));
    expect(paper.text).not.toContain(escapeHtml(paragraph(zh, 4).text));
    expect(paper.text).toContain('href="https://undocs.org/en/CTOC/COP/WG.7/2018/2"');
  });

  it('shows the Chinese text with a note and the languages one click away when the reader’s is not published', async () => {
    const { status, text } = await get('/papers/CTOC-COP-WG.7-2018-2?lang=es');
    expect(status).toBe(200);
    expect(text).toContain(escapeHtml(paragraph(zh, 4).text));
    expect(text).toContain('<div class="para-text" lang="zh">');
    expect(text).toContain(escapeHtml(messagesFor('es').notInYourLanguage('中文')));
    expect(text).toContain(
      'href="/papers/CTOC-COP-WG.7-2018-2?lang=zh" lang="zh" hreflang="zh" aria-current="true"',
    );
    expect(text).toContain('href="/papers/CTOC-COP-WG.7-2018-2?lang=en" lang="en" hreflang="en"');
    expect(text).toContain('href="/papers/CTOC-COP-WG.7-2018-2?parallel=zh%2Cen"');
    // The official document still opens in the reader's language.
    expect(text).toContain('href="https://undocs.org/es/CTOC/COP/WG.7/2018/2"');
  });

  it('renews a kept page when a language version it shows or lists is published', async () => {
    const first = await get('/papers/CTOC-COP-WG.7-2018-2?lang=ru');
    expect(first.text).toContain(escapeHtml(paragraph(zh, 4).text));
    expect(languagesBlock(first.text)).toContain('hreflang="zh" aria-current');
    expect(languagesBlock(first.text)).not.toContain('hreflang="ru"');
    const ru = await ingestFixture('ru');
    const second = await get('/papers/CTOC-COP-WG.7-2018-2?lang=ru');
    expect(second.text).toContain(escapeHtml(paragraph(ru, 4).text));
    expect(languagesBlock(second.text)).toContain('hreflang="ru" aria-current');
    const english = await get('/themes/theme-1?lang=en');
    expect(english.text).toContain(escapeHtml(en.themes[0]?.name ?? '?'));
    await publishCopy('en', '[en second fixture]');
    const renewed = await get('/themes/theme-1?lang=en');
    expect(renewed.text).toContain('[en second fixture]');
    // The Chinese page lists the languages: a publish in another language renews it too.
    const chinese = await get('/papers/CTOC-COP-WG.7-2018-2');
    await ingestFixture('es');
    const listed = await get('/papers/CTOC-COP-WG.7-2018-2');
    expect(languagesBlock(chinese.text)).not.toContain('hreflang="es"');
    expect(languagesBlock(listed.text)).toContain('hreflang="es">Español');
  });

  it('reads a topic and the mechanisms in the reader’s language version', async () => {
    const fr = await ingestFixture('fr');
    for (const path of ['/topics/international-cooperation', '/mechanisms']) {
      const { status, text } = await get(`${path}?lang=fr`);
      expect(status, path).toBe(200);
      expect(languagesBlock(text), path).toContain('hreflang="fr" aria-current="true"');
      expect(text, path).not.toContain(escapeHtml(messagesFor('fr').notInYourLanguage('中文')));
    }
    const topic = await get('/topics/international-cooperation?lang=fr');
    expect(topic.text).toContain(escapeHtml(paragraph(fr, 4).text));
    const references = await get('/references?lang=fr');
    expect(references.status).toBe(200);
  });
});

describe('versions of the language versions', () => {
  it('serves ?version=N in the language of that version, with a banner once its language has a newer one', async () => {
    const current = await get('/papers/CTOC-COP-WG.7-2018-2?version=2&lang=fr');
    expect(current.status).toBe(200);
    expect(current.text).toContain(escapeHtml(paragraph(en, 4).text));
    expect(current.text).not.toContain('class="version-banner"');
    expect(languagesBlock(current.text)).toContain('hreflang="en" aria-current="true"');
    await publishCopy('en', '[en third version]');
    const older = await get('/papers/CTOC-COP-WG.7-2018-2?version=2&lang=fr');
    expect(older.text).toContain(escapeHtml(paragraph(en, 4).text));
    expect(older.text).toContain(escapeHtml(messagesFor('fr').versionBanner(2, 3)));
    const chinese = await get('/papers/CTOC-COP-WG.7-2018-2?version=1&lang=en');
    expect(chinese.text).toContain(escapeHtml(paragraph(zh, 4).text));
    expect(chinese.text).not.toContain('class="version-banner"');
  });
});

describe('the parallel view', () => {
  it('shows two versions side by side, a row per paragraph and per item, Arabic right to left', async () => {
    const ar = await ingestFixture('ar');
    const { slug, number } = paperWithItems();
    const { status, text } = await get(`/papers/${slug}?parallel=zh,ar&lang=en`);
    expect(status).toBe(200);
    expect(text).toContain(
      '<th scope="col" lang="zh" dir="ltr">中文</th><th scope="col" lang="ar" dir="rtl">العربية</th>',
    );
    const row = new RegExp(
      `<tr class="parallel-paragraph" id="para-${number}"><th scope="row">.*?</tr>`,
      's',
    ).exec(text)?.[0];
    expect(row).toBeDefined();
    expect(row).toContain(
      `<td lang="zh" dir="ltr" data-label="中文">${escapeHtml(paragraph(zh, number).text)}</td>`,
    );
    expect(row).toContain(
      `<td lang="ar" dir="rtl" data-label="العربية">${escapeHtml(paragraph(ar, number).text)}</td>`,
    );
    for (const [index, item] of paragraph(zh, number).items.entries()) {
      const itemRow = new RegExp(
        `<tr class="parallel-item" id="para-${number}-${item.label}">.*?</tr>`,
        's',
      ).exec(text)?.[0];
      expect(itemRow, item.label).toContain(escapeHtml(item.text));
      expect(itemRow, item.label).toContain(escapeHtml(paragraph(ar, number).items[index]?.text ?? '?'));
      expect(itemRow, item.label).toContain('<td lang="ar" dir="rtl"');
    }
    // Every paragraph of the paper has its row, in order.
    const rows = [...text.matchAll(/<tr class="parallel-paragraph" id="para-(\d+)">/g)].map((match) =>
      Number(match[1]),
    );
    expect(rows).toEqual(zh.papers.find((paper) => paper.symbol.replaceAll('/', '-') === slug)?.paragraphs);
  });

  it('aligns the Chinese and English fixtures on the theme and document pages', async () => {
    const theme = await get('/themes/theme-3?parallel=en,zh');
    expect(theme.status).toBe(200);
    expect(theme.text).toContain(escapeHtml(en.themes[2]?.name ?? '?'));
    expect(theme.text).toContain(escapeHtml(zh.themes[2]?.name ?? '?'));
    const document = await get('/?parallel=zh,en');
    expect(document.status).toBe(200);
    const rows = [...document.text.matchAll(/<tr class="parallel-paragraph" id="para-(\d+)">/g)].map(
      (match) => Number(match[1]),
    );
    expect(rows).toEqual(
      zh.paragraphs.filter((candidate) => candidate.paper === null).map((candidate) => candidate.number),
    );
    expect(document.text).toContain(escapeHtml(en.document.header.title));
    expect(document.text).toContain(escapeHtml(zh.document.header.title));
  });

  it('refuses a pair that cannot be shown with a 400 page that says why, in the reader’s language', async () => {
    const cases: [string, ParallelRefusal, string][] = [
      ['xx,en', 'unknown-language', 'xx'],
      ['zh,fr', 'not-published', 'fr'],
      ['en,en', 'same-language', 'en'],
      ['zh,en,ar', 'not-two', 'zh,en,ar'],
      ['zh', 'not-two', 'zh'],
      ['', 'not-two', ''],
      ['<script>,', 'not-two', '<script>,'],
    ];
    for (const [value, reason, asked] of cases) {
      for (const path of ['/', '/themes/theme-1', '/papers/CTOC-COP-WG.7-2018-2']) {
        const { status, text } = await get(`${path}?parallel=${encodeURIComponent(value)}&lang=fr`);
        expect(status, `${path} ${value}`).toBe(400);
        expect(text, `${path} ${value}`).toContain(
          escapeHtml(messagesFor('fr').parallelRefused[reason](asked, '中文, English')),
        );
        expect(text).not.toContain('<script>,');
      }
    }
    const versioned = await get('/?parallel=zh,en&version=1');
    expect(versioned.status).toBe(400);
    expect(versioned.text).toContain(
      escapeHtml(messagesFor('zh').parallelRefused['with-version']('zh,en', '')),
    );
  });
});
