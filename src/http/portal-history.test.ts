import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { messagesFor } from '../messages/index.js';
import type { BundledHistory } from '../../test/support/bundled-history.js';
import {
  EDITED_PARAGRAPH,
  HOSTILE_TEXT,
  createHistoryApp,
  startBundledHistory,
} from '../../test/support/bundled-history.js';
import { createBundledApp } from '../../test/support/bundled-app.js';

/** The paper whose summary holds the edited paragraph 12. */
const PAPER = '/papers/CTOC-COP-WG.7-2015-4';
const OLD_TEXT = EDITED_PARAGRAPH.from;
const NEW_TEXT = EDITED_PARAGRAPH.to;

let services: BundledHistory;
/** One app for the tests that only read: its caches are part of what they check. */
let shared: Hono;

beforeAll(async () => {
  services = await startBundledHistory();
  shared = createHistoryApp(services);
});

async function get(path: string, lang?: string) {
  const app = shared;
  const response = await app.request(
    path,
    lang === undefined ? {} : { headers: { 'Accept-Language': lang } },
  );
  return { response, text: await response.text() };
}

describe('GET /history', () => {
  it('lists the versions newest first, with who, message, source and a link to the diff with the version before', async () => {
    const { response, text } = await get('/history', 'en');
    expect(response.status).toBe(200);
    expect(text).toContain('<h1>History of the catalogue</h1>');
    expect(text.indexOf('id="version-2"')).toBeGreaterThan(0);
    expect(text.indexOf('id="version-2"')).toBeLessThan(text.indexOf('id="version-1"'));
    expect(text).toContain('href="/history/1..2">Changes since version 1</a>');
    expect(text).toContain('file thematic-summary-2021.txt (SHA-256 ');
    expect(text).toContain('file thematic-summary-2021-edited.txt (SHA-256 ');
    expect(text).toContain(
      `${services.catalog.paragraphs.length} paragraphs, ${services.catalog.papers.length} background papers`,
    );
    expect(text).toContain('<form class="compare-form" action="/history" method="get">');
  });

  it('escapes who published and their message', async () => {
    const { text } = await get('/history', 'en');
    expect(text).not.toContain(HOSTILE_TEXT);
    expect(text).not.toContain('<script>');
    expect(text).toContain('editor &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(text).toContain('paragraph 12 &lt;script&gt;');
  });

  it('answers 404 for a page of the list that does not exist', async () => {
    expect((await get('/history?page=2')).response.status).toBe(404);
    expect((await get('/history?page=x')).response.status).toBe(404);
    expect((await get('/history?page=1')).response.status).toBe(200);
  });

  it('sends the compare form to the diff page of the two versions chosen', async () => {
    const { response } = await get('/history?from=1&to=2');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/history/1..2');
  });

  it('is in each interface language, right to left in Arabic', async () => {
    for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const satisfies readonly Language[]) {
      const { response, text } = await get(`/history?lang=${lang}`);
      expect(response.status, lang).toBe(200);
      expect(text, lang).toContain(messagesFor(lang).historyTitle);
    }
    expect((await get('/history?lang=ar')).text).toContain('<html lang="ar" dir="rtl">');
  });

  it('answers 404 when the app has no history', async () => {
    const app = createBundledApp(services);
    expect((await app.request('/history')).status).toBe(404);
    expect((await app.request('/history/1..2')).status).toBe(404);
  });
});

describe('GET /history/<from>..<to>', () => {
  it('shows the edited paragraph with <ins> and <del>, anchored, with links to it in both versions', async () => {
    const { response, text } = await get('/history/1..2', 'en');
    expect(response.status).toBe(200);
    expect(text).toContain('<h1>Changes from version 1 to version 2</h1>');
    expect(text).toContain('<li class="change" id="para-12">');
    expect(text).toMatch(/<ins>[^<]*汇款[^<]*<\/ins>/);
    const change = text.slice(text.indexOf('id="para-12"'));
    expect(change).toContain(`href="${PAPER}?version=1#para-12">in version 1</a>`);
    expect(change).toContain(`href="${PAPER}#para-12">in version 2</a>`);
    // Exactly that change: one paragraph, nothing else.
    expect(text).toContain('>1 change · ');
    // Who published version 2 and why are shown, escaped.
    expect(text).not.toContain(HOSTILE_TEXT);
    expect(text).toContain('editor &lt;script&gt;');
  });

  it('is in the reader’s language, right to left in Arabic with the Chinese text left to right', async () => {
    const arabic = await get('/history/1..2?lang=ar');
    expect(arabic.response.status).toBe(200);
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.text).toContain(messagesFor('ar').diffTitle(1, 2));
    expect(arabic.text).toContain('<div class="change-text" lang="zh" dir="ltr">');
    const chinese = await get('/history/1..2?lang=zh');
    expect(chinese.text).toContain(messagesFor('zh').diffTitle(1, 2));
    expect(chinese.text).toContain('<div class="change-text">');
  });

  it('refuses a range that is not two numbers, one version twice or the newer first with 400, in the reader’s language', async () => {
    const cases: readonly (readonly [string, string])[] = [
      ['/history/abc', messagesFor('fr').badRangeText('abc')],
      ['/history/1..x', messagesFor('fr').badRangeText('1..x')],
      ['/history/2..2', messagesFor('fr').sameVersionText(2)],
      ['/history/2..1', messagesFor('fr').reversedRangeText(2, 1)],
    ];
    for (const [path, message] of cases) {
      const { response, text } = await get(path, 'fr');
      expect(response.status, path).toBe(400);
      expect(text, path).toContain('<html lang="fr" dir="ltr">');
      expect(text, path).toContain(message);
      expect(text, path).toContain('href="/history"');
    }
    expect((await get('/history/2..1', 'fr')).text).toContain('href="/history/1..2"');
  });

  it('answers 404 naming a version that does not exist', async () => {
    const { response, text } = await get('/history/1..9', 'en');
    expect(response.status).toBe(404);
    expect(text).toContain('There is no version 9: the versions are 1 to 2.');
    const arabic = await get('/history/7..9?lang=ar');
    expect(arabic.response.status).toBe(404);
    expect(arabic.text).toContain(messagesFor('ar').versionMissingText(7, 2));
  });

  it('escapes a hostile range', async () => {
    const { response, text } = await get(`/history/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(response.status).toBe(400);
    expect(text).not.toContain('<img src=x');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('a paragraph changed since the first version', () => {
  it('says so on its paper’s page, with a link to its change', async () => {
    const { text } = await get(PAPER, 'en');
    const paragraph = text.slice(
      text.indexOf('id="para-12"'),
      text.indexOf('</article>', text.indexOf('id="para-12"')),
    );
    expect(paragraph).toContain(NEW_TEXT);
    expect(paragraph).toContain(
      '<p class="para-change">Changed since the first version. <a href="/history/1..2#para-12">See the change</a></p>',
    );
    // Only that paragraph.
    expect(text.split('class="para-change"')).toHaveLength(2);
  });

  it('says nothing on the page of the first version', async () => {
    const { text } = await get(`${PAPER}?version=1`, 'en');
    expect(text).not.toContain('class="para-change"');
  });
});

describe('?version=N on the portal', () => {
  it('serves the current version without it, and an older one with it, with a banner and the version in the footer', async () => {
    const current = await get(PAPER, 'en');
    expect(current.text).toContain(NEW_TEXT);
    expect(current.text).not.toContain('version-banner');
    expect(current.text).toContain('<a href="/history" class="catalog-version">Catalogue version 2</a>');

    const older = await get(`${PAPER}?version=1`, 'en');
    expect(older.response.status).toBe(200);
    const paragraph = older.text.slice(older.text.indexOf('id="para-12"'));
    expect(paragraph).toContain(OLD_TEXT);
    expect(older.text).not.toContain(NEW_TEXT);
    expect(older.text).toContain(
      'You are reading version 1 of the thematic summary; the current version is 2. <a href="/papers/CTOC-COP-WG.7-2015-4">Read the current version</a>',
    );
    expect(older.text).toContain('Catalogue version 1</a>');
    // The language switcher keeps the version.
    expect(older.text).toContain(`href="${PAPER}?version=1&amp;lang=fr"`);
  });

  it('keeps a reader of an older version in it: the links of the page to the catalog pages carry the version, those of the header do not', async () => {
    const { text } = await get(`${PAPER}?version=1`, 'en');
    const main = text.slice(text.indexOf('<main'), text.indexOf('</main>'));
    expect(main).toContain('href="/themes/theme-1?version=1"');
    expect(main).toContain('href="/?version=1"');
    expect(main).toMatch(/href="\/papers\/CTOC-COP-WG\.7-[^"]*\?version=1"/);
    expect(main).toMatch(/href="\/topics\/[^"]*\?version=1"/);
    // The banner's link leads to the current version, as does the header's menu.
    expect(main).toContain(`<a href="${PAPER}">Read the current version</a>`);
    const menu = text.slice(
      text.indexOf('<nav class="main-nav"'),
      text.indexOf('</nav>', text.indexOf('<nav class="main-nav"')),
    );
    expect(menu).toContain('href="/topics"');
    expect(menu).not.toContain('version=1');
    // On the current version, no link carries a version.
    expect((await get(PAPER, 'en')).text).not.toContain('version=');
  });

  it('keeps pages per version served: the current page after an older one is still the current', async () => {
    const app = createHistoryApp(services);
    const first = await (await app.request(PAPER)).text();
    const older = await app.request(`${PAPER}?version=1`);
    const again = await app.request(PAPER);
    const againText = await again.text();
    expect(againText).toBe(first);
    expect(againText).toContain(NEW_TEXT);
    expect(older.headers.get('etag')).not.toBe(again.headers.get('etag'));
    // The current version's number names the current page.
    expect(await (await app.request(`${PAPER}?version=2`)).text()).not.toContain('version-banner');
  });

  it('serves older versions of the home, theme, topic and provision pages', async () => {
    for (const path of ['/', '/themes/theme-1', '/topics', '/references', '/mechanisms']) {
      const { response, text } = await get(`${path}?version=1`, 'zh');
      expect(response.status, path).toBe(200);
      expect(text, path).toContain(messagesFor('zh').versionBanner(1, 2));
    }
  });

  it('answers 404 naming a version that does not exist, and 400 for one that is no number, in the reader’s language', async () => {
    const missing = await get(`${PAPER}?version=9`, 'es');
    expect(missing.response.status).toBe(404);
    expect(missing.text).toContain(messagesFor('es').versionMissingText(9, 2));
    const bad = await get(`${PAPER}?version=${encodeURIComponent('<b>1')}`, 'ru');
    expect(bad.response.status).toBe(400);
    expect(bad.text).toContain(messagesFor('ru').badVersionText('&lt;b&gt;1'));
    expect((await get(`${PAPER}?version=0`)).response.status).toBe(400);
  });

  it('keeps a version through the redirect of a paper symbol to its page', async () => {
    const app = createHistoryApp(services);
    const response = await app.request(`/papers/${encodeURIComponent('CTOC/COP/WG.7/2015/4')}?version=1`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${PAPER}?version=1`);
  });
});

describe('?version=N on the API', () => {
  const paragraph = '/api/v1/documents/thematic-summary-2021/paragraphs/12';

  async function json(path: string) {
    const response = await shared.request(path);
    return { response, body: (await response.json()) as Record<string, unknown> };
  }

  it('serves the current version of an old link, and an older one with ?version=N', async () => {
    const current = await json(paragraph);
    expect(current.response.status).toBe(200);
    expect(String(current.body.text)).toContain(NEW_TEXT);
    const older = await json(`${paragraph}?version=1`);
    expect(older.response.status).toBe(200);
    expect(String(older.body.text)).toContain(OLD_TEXT);
    expect(String(older.body.text)).not.toContain(NEW_TEXT);
    expect(older.response.headers.get('etag')).not.toBe(current.response.headers.get('etag'));
  });

  it('takes ?version=N on the catalog, the paragraphs, the papers and the document', async () => {
    const catalog = await json('/api/v1/catalog?version=1');
    const paragraphs = catalog.body.paragraphs as { number: number; text: string }[];
    expect(paragraphs.find((each) => each.number === 12)?.text).toContain(OLD_TEXT);
    for (const path of [
      '/api/v1/documents/thematic-summary-2021/paragraphs?version=1',
      '/api/v1/documents/thematic-summary-2021?version=1',
      '/api/v1/papers?version=1',
      '/api/v1/papers/CTOC-COP-WG.7-2015-4?version=1',
    ]) {
      expect((await json(path)).response.status, path).toBe(200);
    }
  });

  it('answers 404 naming a version that does not exist, and 400 naming the parameter for one that is no number', async () => {
    const missing = await json(`${paragraph}?version=9`);
    expect(missing.response.status).toBe(404);
    expect(JSON.stringify(missing.body)).toMatch(/version 9/);
    const bad = await json(`${paragraph}?version=two`);
    expect(bad.response.status).toBe(400);
    expect((bad.body.error as { details: { parameter: string } }).details.parameter).toBe('version');
  });
});

describe('a new publish', () => {
  it('is served at once: after a rollback to version 1, the current version 3 has the old text, no note, and version 2 is an older one', async () => {
    const own = await startBundledHistory();
    const app = createHistoryApp(own);
    expect(await (await app.request(PAPER)).text()).toContain('class="para-change"');
    await own.history.rollback(1, { by: 'cli:test', message: 'back to the first text' });

    const current = await (await app.request(PAPER, { headers: { 'Accept-Language': 'en' } })).text();
    expect(current).toContain('Catalogue version 3</a>');
    expect(current).not.toContain(NEW_TEXT);
    // Version 3 holds the first version's text: nothing changed since the first version.
    expect(current).not.toContain('class="para-change"');

    const older = await (
      await app.request(`${PAPER}?version=2`, { headers: { 'Accept-Language': 'en' } })
    ).text();
    expect(older).toContain(NEW_TEXT);
    expect(older).toContain('You are reading version 2 of the thematic summary; the current version is 3.');
    expect(older).toContain('<a href="/history/1..2#para-12">');

    const history = await (await app.request('/history', { headers: { 'Accept-Language': 'en' } })).text();
    expect(history).toContain('rollback of version 1');
    expect(history).toContain('href="/history/2..3">Changes since version 2</a>');
  });
});

describe('search results', () => {
  it('say of a hit changed since the first version that it changed, with a link to its change', async () => {
    const { text } = await get(`/search?q=${encodeURIComponent('汇款')}`, 'en');
    const hit = text.slice(text.indexOf('#para-12">'), text.indexOf('</li>', text.indexOf('#para-12">')));
    expect(hit).toContain('<a href="/history/1..2#para-12">See the change</a>');
  });
});
