import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import type { SearchService } from '../services/index.js';
import { escapeHtml } from '../search/index.js';
import { startBundledServices } from '../../test/support/bundled-app.js';
import { publishedOf } from '../../test/support/published.js';
import { CONTENT_SECURITY_POLICY, createApp } from './index.js';
import type { CreateAppDeps } from './index.js';

const MAX_PAGE_BYTES = 60 * 1024;

let catalog: Catalog;
let knowledge: CatalogKnowledge;
let searches: SearchService;

beforeAll(async () => {
  ({ catalog, knowledge, searches } = await startBundledServices());
});

/** The portal over the bundled catalog and its knowledge, with 5xx reports collected. */
function portal(overrides: Partial<CreateAppDeps> = {}) {
  const reportError = vi.fn<(error: unknown) => void>();
  const app = createApp({
    loadPublished: () => Promise.resolve(publishedOf(catalog)),
    loadKnowledge: () => Promise.resolve(knowledge),
    search: (request) => searches.search(request),
    version: '0.1.0-test',
    reportError,
    ...overrides,
  });
  return { app, reportError };
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await portal().app.request(path, { headers });
  return { response, text: await response.text() };
}

function slug(symbol: string): string {
  return symbol.replaceAll('/', '-');
}

/** Every page the portal links to from its indexes: home, themes, papers, topics (every page), search, provisions, mechanisms. */
function everyPage(): string[] {
  const topicPages = knowledge.concepts.flatMap((entry) => {
    const pages = Math.max(1, Math.ceil(entry.paragraphs.length / 12));
    return Array.from({ length: pages }, (_, index) =>
      index === 0 ? `/topics/${entry.concept.id}` : `/topics/${entry.concept.id}?page=${index + 1}`,
    );
  });
  return [
    '/',
    ...catalog.themes.map((theme) => `/themes/${theme.id}`),
    ...catalog.papers.map((paper) => `/papers/${slug(paper.symbol)}`),
    '/topics',
    ...topicPages,
    '/search',
    `/search?q=${encodeURIComponent('国际合作')}`,
    `/search?q=${encodeURIComponent('偷运移民')}&group=1`,
    `/search?theme=theme-1`,
    '/references',
    '/mechanisms',
    '/brief',
    `/brief?theme=theme-3&paper=CTOC-COP-WG.7-2015-4&topic=hawala&q=${encodeURIComponent('洗钱')}`,
  ];
}

describe('every page', () => {
  it('answers 200 HTML in Chinese under 60 KB, with security headers and an ETag', async () => {
    const { app } = portal();
    const pages = everyPage();
    expect(pages.length).toBeGreaterThan(200);
    for (const path of pages) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html; charset=utf-8$/i);
      const body = await response.text();
      expect(Buffer.byteLength(body), path).toBeLessThan(MAX_PAGE_BYTES);
      expect(body, path).toContain('<html lang="zh" dir="ltr">');
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('etag'), path).toMatch(/^"[0-9a-f]{40}"$/);
      expect(response.headers.get('vary'), path).toBe('Accept-Language, Cookie');
      // No inline script or style: scripts come from /assets/ only (script-src 'self').
      expect(body.match(/<script\b[^>]*>/g) ?? [], path).toEqual(['<script src="/assets/portal.js" defer>']);
      expect(body, path).not.toMatch(/\sstyle=|\son[a-z]+=/i);
      const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.length - new Set(ids).size, `${path}: repeated ids`).toBe(0);
    }
  });

  it('explain the own-rendering mark once at their end exactly when they show it, in every language', async () => {
    const { app } = portal();
    let marked = 0;
    for (const lang of ['fr', 'ar', 'zh'])
      for (const path of everyPage()) {
        const body = await (await app.request(path, { headers: { 'accept-language': lang } })).text();
        const shows = body.includes('<sup class="own-rendering"');
        expect(body.split('own-rendering-note').length - 1, `${lang} ${path}`).toBe(shows ? 1 : 0);
        if (shows) marked++;
      }
    expect(marked).toBeGreaterThan(10);
  });

  it('stay under 60 KB in the longest interface language too', async () => {
    const { app } = portal();
    for (const path of [
      '/',
      '/topics',
      '/mechanisms',
      '/references',
      '/brief',
      '/papers/CTOC-COP-WG.7-2015-2',
    ]) {
      for (const lang of ['ru', 'ar', 'fr']) {
        const response = await app.request(`${path}?lang=${lang}`);
        expect(Buffer.byteLength(await response.text()), `${path} ${lang}`).toBeLessThan(MAX_PAGE_BYTES);
      }
    }
  });
});

describe('interface language', () => {
  it('follows Accept-Language, and Chinese without it', async () => {
    expect((await get('/')).text).toContain('<html lang="zh" dir="ltr">');
    const french = await get('/', { 'accept-language': 'de-CH, fr-CH;q=0.9, en;q=0.8' });
    expect(french.text).toContain('<html lang="fr" dir="ltr">');
    expect(french.response.headers.get('content-language')).toBe('fr');
    expect(french.response.headers.get('set-cookie')).toBeNull();
  });

  it('is chosen with ?lang=, remembered in a cookie, and the cookie beats Accept-Language', async () => {
    const chosen = await get('/themes/theme-2?lang=ar', { 'accept-language': 'en' });
    expect(chosen.text).toContain('<html lang="ar" dir="rtl">');
    const cookie = chosen.response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^somkb_lang=ar;/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/HttpOnly/i);
    const later = await get('/papers/CTOC-COP-WG.7-2020-2', {
      cookie: 'somkb_lang=ar',
      'accept-language': 'en',
    });
    expect(later.text).toContain('<html lang="ar" dir="rtl">');
    const overridden = await get('/?lang=es', { cookie: 'somkb_lang=ar' });
    expect(overridden.text).toContain('<html lang="es" dir="ltr">');
    const unknown = await get('/?lang=xx', { 'accept-language': 'ru' });
    expect(unknown.text).toContain('<html lang="ru" dir="ltr">');
    expect(unknown.response.headers.get('set-cookie')).toBeNull();
  });

  it('offers the six languages, each a link to the same page in that language', async () => {
    const { text } = await get('/papers/CTOC-COP-WG.7-2015-4');
    for (const lang of ['zh', 'en', 'fr', 'es', 'ru', 'ar']) {
      expect(text).toContain(
        `href="/papers/CTOC-COP-WG.7-2015-4?lang=${lang}" lang="${lang}" hreflang="${lang}"`,
      );
    }
    const search = await get(`/search?q=${encodeURIComponent('洗钱')}&theme=theme-1&lang=en`);
    expect(search.text).toContain('href="/search?q=%E6%B4%97%E9%92%B1&amp;theme=theme-1&amp;lang=fr"');
  });

  it('marks the Chinese content as Chinese in other languages, with a note, and lays it out left to right in Arabic', async () => {
    const english = (await get('/papers/CTOC-COP-WG.7-2015-4?lang=en')).text;
    expect(english).toContain('The summary exists in Chinese only');
    expect(english).toContain('<div class="para-text" lang="zh">');
    const arabic = (await get('/papers/CTOC-COP-WG.7-2015-4?lang=ar')).text;
    expect(arabic).toContain('<div class="para-text" lang="zh" dir="ltr">');
    const chinese = (await get('/papers/CTOC-COP-WG.7-2015-4')).text;
    expect(chinese).not.toContain('class="content-note"');
    expect(chinese).toContain('<div class="para-text">');
  });
});

describe('home, theme and paper pages', () => {
  it('home: the nine themes with paper counts, the seven meetings and a search box', async () => {
    const { text } = await get('/?lang=en');
    for (const theme of catalog.themes) {
      expect(text).toContain(`<a href="/themes/${theme.id}">`);
      expect(text).toContain(`Background papers: ${theme.papers.length}`);
    }
    for (const [meeting, year] of [
      ['1st', 2012],
      ['3rd', 2015],
      ['7th', 2020],
    ] as const) {
      expect(text).toMatch(new RegExp(`<span>${meeting} meeting</span> <time datetime="${year}">`));
    }
    expect(text).toContain('<form class="search-form" role="search" action="/search" method="get">');
    expect(text).toContain('id="para-1"');
  });

  it('theme: key topics linked to their concepts, papers in order with their first paragraph', async () => {
    const theme = catalog.themes.find((candidate) => candidate.id === 'theme-3');
    if (theme === undefined) throw new Error('the corpus has a theme-3');
    const { text } = await get('/themes/theme-3');
    expect(text).toContain('<a class="topic" href="/topics/international-cooperation">');
    const positions = theme.papers.map((symbol) => text.indexOf(`<a href="/papers/${slug(symbol)}">`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const symbol of theme.papers) {
      const paper = catalog.papers.find((candidate) => candidate.symbol === symbol);
      const first = catalog.paragraphs.find((paragraph) => paragraph.number === paper?.paragraphs[0]);
      expect(text).toContain(escapeHtml(first?.text ?? '<missing>'));
    }
  });

  it('paper: facts, official link, every paragraph with its anchor, items and citation', async () => {
    const paper = catalog.papers.find((candidate) =>
      candidate.paragraphs.some(
        (number) => catalog.paragraphs.find((p) => p.number === number)?.items.length,
      ),
    );
    if (paper === undefined) throw new Error('the corpus has a paper with lettered items');
    const { text } = await get(`/papers/${slug(paper.symbol)}?lang=en`);
    expect(text).toContain(`href="https://undocs.org/${paper.symbol}"`);
    expect(text).toContain(`<dd>${String(paper.year)}</dd>`);
    for (const number of paper.paragraphs) {
      expect(text).toContain(`<article class="para" id="para-${number}"`);
      expect(text).toContain(
        `<cite class="cite-text">Thematic summary (2021), para. ${number} (on ${paper.symbol})</cite>`,
      );
      const paragraph = catalog.paragraphs.find((candidate) => candidate.number === number);
      for (const item of paragraph?.items ?? [])
        expect(text).toContain(`<span class="item-label">(${item.label})</span>`);
    }
    const chinese = (await get(`/papers/${slug(paper.symbol)}`)).text;
    expect(chinese).toContain(
      `专题概要（2021 年），第 ${String(paper.paragraphs[0])} 段（关于文件 ${paper.symbol}）`,
    );
  });

  it('paper: cited provisions and mechanisms link to their index entries', async () => {
    const { text } = await get('/papers/CTOC-COP-WG.7-2018-2?lang=en');
    expect(text).toContain(
      '<a href="/references#provision-protocol-3-a">Smuggling of Migrants Protocol, art. 3(a) (Use of terms)</a>',
    );
    const references = (await get('/references?lang=en')).text;
    expect(references).toContain('<li id="provision-protocol-3-a">');
    expect(references).toContain(
      '<a href="/papers/CTOC-COP-WG.7-2018-2#para-5">Thematic summary (2021), para. 5 (on CTOC/COP/WG.7/2018/2)</a>',
    );
    // Issue 12.12: a link to a paragraph is named by its citation in the reader's language.
    const russian = (await get('/references?lang=ru')).text;
    expect(russian).toContain('Тематическое резюме (2021 год), п. 5 (о документе CTOC/COP/WG.7/2018/2)');
    const mechanisms = (await get('/mechanisms')).text;
    const eurosur = knowledge.mechanisms.find((entry) => entry.mechanism.id === 'eurosur');
    expect(mechanisms).toContain('<li class="mechanism" id="mechanism-eurosur">');
    for (const number of eurosur?.paragraphs ?? [])
      expect(mechanisms).toMatch(new RegExp(`#para-${number}"`));
  });

  it('redirects a paper symbol, encoded or not, and a differently cased slug, to the slug with 301', async () => {
    for (const path of [
      '/papers/CTOC%2FCOP%2FWG.7%2F2015%2F4',
      '/papers/CTOC/COP/WG.7/2015/4',
      '/papers/ctoc-cop-wg.7-2015-4',
    ]) {
      const { response } = await get(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.get('location'), path).toBe('/papers/CTOC-COP-WG.7-2015-4');
    }
    const { response } = await get('/papers/CTOC%2FCOP%2FWG.7%2F2015%2F4?lang=fr');
    expect(response.headers.get('location')).toBe('/papers/CTOC-COP-WG.7-2015-4?lang=fr');
  });
});

describe('topic pages', () => {
  it('list the paragraphs that treat the topic, grouped by paper, a page at a time', async () => {
    const entry = knowledge.concepts.reduce((best, candidate) =>
      candidate.paragraphs.length > best.paragraphs.length ? candidate : best,
    );
    expect(entry.paragraphs.length).toBeGreaterThan(12);
    const first = (await get(`/topics/${entry.concept.id}`)).text;
    const second = (await get(`/topics/${entry.concept.id}?page=2`)).text;
    const shown = (text: string) =>
      [...text.matchAll(/<a class="para-link" href="[^"]*#para-(\d+)"/g)].map((m) => Number(m[1]));
    expect(shown(first)).toEqual(entry.paragraphs.slice(0, 12));
    expect(shown(second)).toEqual(entry.paragraphs.slice(12, 24));
    expect(first).toContain(`href="/topics/${entry.concept.id}?page=2"`);
    expect(first).toContain('<section class="paper-group">');
    expect((await get(`/topics/${entry.concept.id}?page=99`)).response.status).toBe(404);
  });

  it('name the topic in the interface language and in Chinese, and mark its labels in the text', async () => {
    const { text } = await get('/topics/international-cooperation?lang=en');
    expect(text).toContain(
      '<h1>International cooperation <span class="title-original" lang="zh">国际合作</span></h1>',
    );
    expect(text).toContain('<mark>国际合作</mark>');
  });
});

describe('search page', () => {
  it('shows hits with snippets and marks, facets, the query language and a shareable URL', async () => {
    const { text } = await get(`/search?q=${encodeURIComponent('洗钱')}&lang=en`);
    expect(text).toContain('<mark>洗钱</mark>');
    expect(text).toMatch(/Results 1–\d+ of \d+/);
    expect(text).toContain('<nav class="facets"');
    expect(text).toContain('<code dir="auto">topic:洗钱</code>');
    expect(text).toContain('value="洗钱"');
  });

  it('titles each hit with its citation, the summary paragraph with its paper as context, in each language (issue 12.12)', async () => {
    const titles = (text: string): string[] =>
      [...text.matchAll(/<h3 class="hit-title"><a href="[^"]*">([^<]*)<\/a><\/h3>/g)].map(
        (match) => match[1] ?? '',
      );
    const english = titles((await get(`/search?q=${encodeURIComponent('洗钱')}&lang=en`)).text);
    expect(english.length).toBeGreaterThan(0);
    for (const title of english)
      expect(title).toMatch(/^Thematic summary \(2021\), para\. \d+( \(on CTOC\/COP\/WG\.7\/20\d\d\/\d\))?$/);
    const french = titles((await get(`/search?q=${encodeURIComponent('洗钱')}&lang=fr`)).text);
    expect(french[0]).toMatch(/^Résumé thématique \(2021\), par\. \d+/);
  });

  it('narrows the results with a facet link', async () => {
    const all = await searches.search({ query: '洗钱' });
    const { text } = await get(`/search?q=${encodeURIComponent('洗钱')}`);
    const facet = /<a href="(\/search\?q=[^"]*&amp;theme=(theme-\d+))">/.exec(text);
    expect(facet).not.toBeNull();
    const href = (facet?.[1] ?? '').replaceAll('&amp;', '&');
    const narrowed = (await get(href)).text;
    const theme = catalog.themes.find((candidate) => candidate.id === facet?.[2]);
    const hits = [...narrowed.matchAll(/<li class="hit">.*?<\/li>/gs)].map((m) => m[0]);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(all.total);
    for (const hit of hits) expect(hit).toContain(`<a href="/themes/${theme?.id ?? ''}">`);
    expect(narrowed).toContain('<a class="chip" href="/search?q=%E6%B4%97%E9%92%B1">');
  });

  it('pages through the results and groups them by paper', async () => {
    const query = '偷运移民';
    const result = await searches.search({ query });
    expect(result.total).toBeGreaterThan(10);
    const first = (await get(`/search?q=${encodeURIComponent(query)}`)).text;
    expect(first).toContain(`href="/search?q=${encodeURIComponent(query)}&amp;page=2"`);
    const second = (await get(`/search?q=${encodeURIComponent(query)}&page=2`)).text;
    expect(second).toContain('<ol class="hits" start="11">');
    const grouped = (await get(`/search?q=${encodeURIComponent(query)}&group=1`)).text;
    expect(grouped).toContain('<section class="hit-group">');
  });

  it('shows the concept a query word matched: hawala → 哈瓦拉', async () => {
    const { text } = await get('/search?q=hawala&lang=en');
    expect(text).toContain(
      '<li><bdi>hawala</bdi> → <a href="/topics/hawala"><span lang="zh">哈瓦拉</span></a></li>',
    );
    const russian = (await get('/search?q=hawala&lang=ru')).text;
    expect(russian).toContain(
      '<li><bdi>hawala</bdi> → <a href="/topics/hawala"><span lang="zh">哈瓦拉</span></a> <span class="gloss">хавала</span></li>',
    );
    expect(text).toContain('<mark>哈瓦拉');
  });

  it('shows each wording of a concept as its own query named it, page after page', async () => {
    const wordings = ['hawala', 'Hawala', 'HAWALA', 'hawala'];
    for (const wording of wordings) {
      const { text } = await get(`/search?q=${wording}&lang=en`);
      expect(text, wording).toContain(
        `<li><bdi>${wording}</bdi> → <a href="/topics/hawala"><span lang="zh">哈瓦拉</span></a></li>`,
      );
      for (const other of wordings.filter((shown) => shown !== wording))
        expect(text, `${wording} ${other}`).not.toContain(`<bdi>${other}</bdi>`);
    }
  });

  it('helps when nothing is found: advice, and the topics closest to the query', async () => {
    const { response, text } = await get('/search?q=hawalla&lang=en');
    expect(response.status).toBe(200);
    expect(text).toContain('No results');
    expect(text).toContain('href="/topics/hawala"');
    const empty = [];
    for (const theme of catalog.themes) {
      if ((await searches.search({ query: `哈瓦拉 theme:${theme.id}` })).total === 0) empty.push(theme.id);
    }
    expect(empty.length).toBeGreaterThan(0);
    const filtered = (await get(`/search?q=${encodeURIComponent('哈瓦拉')}&theme=${empty[0] ?? ''}&lang=en`))
      .text;
    expect(filtered).toContain('No results');
    expect(filtered).toContain(
      '<a class="button-link" href="/search?q=%E5%93%88%E7%93%A6%E6%8B%89">Search again without filters</a>',
    );
  });

  it('escapes the query and every parameter', async () => {
    const hostile = '<script>alert(1)</script>';
    const path = `/search?q=${encodeURIComponent(hostile)}&theme=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&topic=${encodeURIComponent('<b>')}&page=<x>`;
    const { response, text } = await get(path);
    expect(response.status).toBe(200);
    expect(text).not.toContain(hostile);
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<b>');
    expect(text).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(text).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; · 搜索 · somkb</title>');
  });

  it('keeps the refusal of a 1,600-character query under 60 KB: the language links drop the query', async () => {
    const query = '偷运移民洗钱合作'.repeat(200);
    const { response, text } = await get(`/search?q=${encodeURIComponent(query)}&theme=theme-1&lang=en`);
    expect(response.status).toBe(400);
    expect(text).toContain('The query is too long');
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_PAGE_BYTES);
    // As typed in the title and the search box; the language switcher leads to the search without it.
    expect(text.split(query)).toHaveLength(3);
    expect(text).toContain('href="/search?theme=theme-1&amp;lang=fr"');
  });

  it('refuses a query over 1,000 characters with a 400 page that says so', async () => {
    const { response, text } = await get(`/search?q=${'偷'.repeat(1001)}&lang=en`);
    expect(response.status).toBe(400);
    expect(text).toContain('The query is too long');
  });
});

/** The checkboxes and radio buttons of a page: name, value and whether it is checked. */
function formControls(html: string): { name: string; value: string; checked: boolean }[] {
  return [
    ...html.matchAll(/<input type="(?:checkbox|radio)" name="([^"]+)" value="([^"]*)"( checked)?>/g),
  ].map((match) => ({
    name: match[1] ?? '',
    value: (match[2] ?? '').replaceAll('&amp;', '&'),
    checked: match[3] !== undefined,
  }));
}

/** Where a page's briefing-pack form goes. */
function formAction(html: string): string {
  return /<form class="brief-form" action="([^"]+)" method="get">/.exec(html)?.[1] ?? '<no brief form>';
}

/** The value of a text field of a page, by id, unescaped; undefined when it has none. */
function fieldValue(html: string, id: string): string | undefined {
  const input = new RegExp(`<input id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
  const value = / value="([^"]*)"/.exec(input)?.[1];
  return value
    ?.replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** The checked values of a page's checkboxes or radio buttons named `name`. */
function checked(html: string, name: string): string[] {
  return formControls(html)
    .filter((control) => control.name === name && control.checked)
    .map((control) => control.value);
}

/** The decoded form of an HTML attribute value. */
function unescapeAttribute(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** A URL as path and its parameters in order, decoded, with `from` replaced by `to` in every value. */
function urlParts(url: string, from = '', to = ''): [string, [string, string][]] {
  const parsed = new URL(url, 'http://portal.test');
  const params = [...parsed.searchParams].map(([key, value]): [string, string] => [
    key,
    from === '' ? value : value.replaceAll(from, to),
  ]);
  return [parsed.pathname, params];
}

/** The hidden fields of the form that holds a long search's state, as URL parameters. */
function stateFormParams(html: string): URLSearchParams {
  const form = /<form id="search-state" action="\/search" method="get">(.*?)<\/form>/s.exec(html)?.[1];
  expect(form, 'the state form').toBeDefined();
  const params = new URLSearchParams();
  for (const match of (form ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    params.append(match[1] ?? '', unescapeAttribute(match[2] ?? ''));
  return params;
}

/** The buttons of the state form, in document order: name and value. */
function stateButtons(html: string): [string, string][] {
  return [...html.matchAll(/<button [^>]*form="search-state" name="([^"]+)" value="([^"]*)"/g)].map(
    (match) => [match[1] ?? '', unescapeAttribute(match[2] ?? '')],
  );
}

describe('search pages stay under 60 KB whatever is typed', () => {
  const cjk = '偷运移民洗钱合作'.repeat(125);
  const latin = 'smuggling '.repeat(100).trim() + 'x';

  it.each([
    ['1,000 CJK characters', `q=${encodeURIComponent(cjk)}`],
    ['1,000 Latin characters', `q=${encodeURIComponent(latin)}`],
    ['1,000 quotes and ampersands', `q=${encodeURIComponent('"&<'.repeat(333))}`],
    [
      '960 CJK characters, two facets, grouped, page 2',
      `q=${encodeURIComponent(cjk.slice(0, 960))}&theme=theme-1&year=2015&group=1&page=2`,
    ],
    [
      '960 CJK characters, two facets, page 2',
      `q=${encodeURIComponent(cjk.slice(0, 960))}&theme=theme-1&year=2015&page=2`,
    ],
  ])('%s', async (_, query) => {
    for (const lang of ['zh', 'en', 'ar']) {
      const { response, text } = await get(`/search?${query}&lang=${lang}`);
      expect(response.status).toBe(200);
      expect(Buffer.byteLength(text), `${lang}: ${query.slice(0, 40)}`).toBeLessThan(MAX_PAGE_BYTES);
      // The state is carried once, in its form; the controls are its buttons.
      expect(text).toContain('<form id="search-state" action="/search" method="get">');
      expect(text).not.toMatch(/href="\/(?:search|brief|api\/v1\/\w+)\?q=/);
    }
  });

  it('keeps plain links for an ordinary query', async () => {
    const { text } = await get('/search?q=%E6%B4%97%E9%92%B1&theme=theme-1&lang=en');
    expect(text).not.toContain('id="search-state"');
    expect(text).toContain('href="/search?q=%E6%B4%97%E9%92%B1&amp;theme=theme-1&amp;group=1"');
  });

  it('stays under 60 KB with plain links for the longest URL that keeps them (512 bytes)', async () => {
    const query = encodeURIComponent(`${'洗钱'.repeat(27)}smugglingmoneyla`);
    expect(`/search?q=${query}`).toHaveLength(512);
    for (const lang of ['zh', 'en', 'ar']) {
      const { text } = await get(`/search?q=${query}&lang=${lang}`);
      expect(text).not.toContain('id="search-state"');
      expect(text.split(`href="/search?q=${query}&amp;`).length).toBeGreaterThan(10);
      expect(Buffer.byteLength(text)).toBeLessThan(MAX_PAGE_BYTES);
    }
  });

  it("leads each button of a long search to the state its short search's link leads to", async () => {
    // Both searches answer as the same real query does, so their pages have the same controls.
    const { app } = portal({ search: (request) => searches.search({ ...request, query: '洗钱' }) });
    const short = 'shortq';
    const long = '偷'.repeat(940);
    for (const filters of ['', '&theme=theme-1&year=2015', '&paper=ctoc-cop-wg.7-2015-4&group=1&page=2']) {
      const shortPage = await (await app.request(`/search?q=${short}${filters}&lang=en`)).text();
      const longUrl = `/search?q=${encodeURIComponent(long)}${filters}&lang=en`;
      const longResponse = await app.request(longUrl);
      const longPage = await longResponse.text();
      expect(longResponse.status).toBe(200);
      expect(Buffer.byteLength(longPage)).toBeLessThan(MAX_PAGE_BYTES);
      const links = [...shortPage.matchAll(/<a (?:class="[^"]*" )?href="([^"]*(?:\?|&amp;)q=[^"]*)"/g)].map(
        (match) => unescapeAttribute(match[1] ?? ''),
      );
      const buttons = stateButtons(longPage);
      const fields = stateFormParams(longPage);
      expect(links.length).toBeGreaterThan(5);
      expect(buttons).toHaveLength(links.length);
      for (const [index, [name, value]] of buttons.entries()) {
        const submitted = new URLSearchParams(fields);
        submitted.append(name, value);
        const response = await app.request(`/search?${submitted.toString()}`);
        const expected = urlParts(links[index] ?? '', short, long);
        if (name === 'lang') {
          // The language buttons show the same search in another language: the state as the link has it.
          expect(response.status).toBe(200);
          expect(urlParts(`/search?${submitted.toString()}`)).toEqual(expected);
          continue;
        }
        expect(response.status, `${name}=${value}`).toBe(303);
        const location = response.headers.get('location') ?? '';
        expect(urlParts(location), `${name}=${value}`).toEqual(expected);
        if (location.startsWith('/search')) {
          const next = await app.request(location);
          expect(next.status).toBe(200);
          expect(Buffer.byteLength(await next.text())).toBeLessThan(MAX_PAGE_BYTES);
        }
      }
    }
  });

  it('answers an unknown step with the state itself', async () => {
    const { response } = await get(
      `/search?q=${encodeURIComponent('偷'.repeat(600))}&theme=theme-1&step=page:0`,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `/search?q=${encodeURIComponent('偷'.repeat(600))}&theme=theme-1`,
    );
  });
});

describe('other pages that echo what is typed stay under 60 KB', () => {
  const long = '偷运移民"<&'.repeat(200);
  const typed = encodeURIComponent(long);
  it.each([
    ['the brief page with a long query and title', `/brief?q=${typed}&title=${typed}&theme=theme-1`],
    ['the refused brief download', `/brief/download?q=${typed}&title=${typed}&format=docx`],
    ['a brief download that matches nothing', `/brief/download?q=${encodeURIComponent('偷'.repeat(990))}`],
    ['an unknown page', `/${typed}`],
    ['an unknown paper', `/papers/${typed}`],
    ['an unknown topic', `/topics/${typed}?page=${typed}`],
    ['a refused search', `/search?q=${typed}${typed}&theme=${typed}&topic=${typed}`],
  ])('%s', async (_, path) => {
    for (const lang of ['zh', 'en']) {
      const { response, text } = await get(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(text).toContain('</html>');
      expect(Buffer.byteLength(text), `${path.slice(0, 30)} ${String(response.status)}`).toBeLessThan(
        MAX_PAGE_BYTES,
      );
    }
  });

  it('an error page (a failing search) stays small whatever was asked', async () => {
    const { app } = portal({ search: () => Promise.reject(new Error('boom')) });
    const response = await app.request(`/search?q=${encodeURIComponent('偷'.repeat(900))}`);
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(Buffer.byteLength(await response.text())).toBeLessThan(MAX_PAGE_BYTES);
  });
});

describe('briefing pack page', () => {
  it('answers 200 with an ETag in each interface language, and 304 to it', async () => {
    const { app } = portal();
    const tags = new Set<string>();
    for (const lang of ['zh', 'en', 'ar']) {
      const response = await app.request(`/brief?lang=${lang}`);
      expect(response.status, lang).toBe(200);
      const tag = response.headers.get('etag') ?? '';
      expect(tag, lang).toMatch(/^"[0-9a-f]{40}"$/);
      tags.add(tag);
      const body = await response.text();
      expect(body, lang).toContain('<form class="brief-form" action="/brief/download" method="get">');
      expect(body, lang).toContain('<a href="/brief" aria-current="page">');
      const again = await app.request(`/brief?lang=${lang}`, { headers: { 'if-none-match': tag } });
      expect(again.status, lang).toBe(304);
    }
    expect(tags.size).toBe(3);
    const chinese = (await get('/brief')).text;
    expect(formControls(chinese).filter((control) => control.name === 'lang' && control.checked)).toEqual([
      { name: 'lang', value: 'zh', checked: true },
    ]);
    const english = (await get('/brief?lang=en')).text;
    expect(formControls(english).filter((control) => control.name === 'lang' && control.checked)).toEqual([
      { name: 'lang', value: 'en', checked: true },
    ]);
  });

  it('is linked from the navigation, the home page and the download links of a theme', async () => {
    const home = (await get('/?lang=en')).text;
    expect(home).toContain('<li><a href="/brief">Briefing pack</a></li>');
    expect(home).toContain('<ul class="more-links">');
    expect(home).toMatch(/<ul class="more-links">.*<a href="\/brief">Compose a briefing pack<\/a>/s);
    const theme = (await get('/themes/theme-3?lang=en')).text;
    expect(theme).toContain('<a href="/brief?theme=theme-3">Compose a briefing pack…</a>');
    const ticked = (await get('/brief?theme=theme-3&theme=%3Cscript%3E&lang=en')).text;
    expect(formControls(ticked).filter((control) => control.checked && control.name === 'theme')).toEqual([
      { name: 'theme', value: 'theme-3', checked: true },
    ]);
    expect(ticked).not.toContain('<script>');
    expect(ticked).toContain('href="/brief?theme=theme-3&amp;lang=fr"');
  });

  it('keeps one page per canonical choice, whatever the order or unknown values of the URL', async () => {
    const { app } = portal();
    const odd = await (
      await app.request('/brief?topic=hawala&junk=1&theme=theme-9&theme=theme-2&paper=nope')
    ).text();
    const plain = await (await app.request('/brief?theme=theme-2&theme=theme-9&topic=hawala')).text();
    expect(odd).toBe(plain);
    expect(plain).not.toContain('junk');
    expect(plain).not.toContain('nope');
  });

  it('builds, from the fields the form sends to its action, a pack of the chosen theme and paper and nothing else', async () => {
    const { app } = portal();
    const page = await (await app.request('/brief?lang=en')).text();
    const action = formAction(page);
    expect(action).toBe('/brief/download');
    const controls = formControls(page);
    const themes = controls.filter((control) => control.name === 'theme');
    expect(themes.map((control) => control.value)).toEqual(catalog.themes.map((theme) => theme.id));
    const chosenTheme = catalog.themes.find((theme) => theme.id === themes[1]?.value);
    const chosenPaper = catalog.papers.find(
      (paper) =>
        paper.theme !== chosenTheme?.id &&
        controls.some((control) => control.name === 'paper' && control.value === paper.symbol),
    );
    if (chosenTheme === undefined || chosenPaper === undefined)
      throw new Error('the form offers themes and papers');
    // What a browser sends: the ticked boxes, the checked radios, and the empty text fields.
    const query = new URLSearchParams();
    query.append('theme', chosenTheme.id);
    query.append('paper', chosenPaper.symbol);
    query.append('q', '');
    query.append('title', '');
    for (const control of controls.filter((each) => each.checked)) query.append(control.name, control.value);
    expect(query.get('format')).toBe('docx');
    expect(query.get('lang')).toBe('en');
    query.set('format', 'md');
    const response = await app.request(`${action}?${query.toString()}`);
    expect(response.status).toBe(200);
    // Issue 12.14: the file is named after what it holds and its headings language.
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(
        `^attachment; filename="somkb-brief-[a-z0-9-]+-${chosenPaper.symbol.toLowerCase().replace(/[/.]/g, '-')}-en\\.md"$`,
      ),
    );
    const markdown = await response.text();
    const direct = await app.request(`/api/v1/brief?${query.toString()}`);
    expect(await direct.text()).toBe(markdown);
    // An English pack names the theme in English (issue 12.14).
    expect(markdown).toContain(
      `## ${knowledge.concepts.find((entry) => entry.concept.prefLabel.zh === chosenTheme.name)?.concept.prefLabel.en?.replace(/^./, (first) => first.toUpperCase()) ?? chosenTheme.name}\n`,
    );
    expect(markdown).toContain(chosenTheme.papers[0] ?? '<no paper>');
    expect(markdown).toContain(chosenPaper.symbol);
    const shown = new Set([...markdown.matchAll(/^\*\*(\d+)\.\*\* /gm)].map((match) => Number(match[1])));
    const wanted = catalog.paragraphs.filter(
      (paragraph) => paragraph.theme === chosenTheme.id || paragraph.paper === chosenPaper.symbol,
    );
    expect(shown).toEqual(new Set(wanted.map((paragraph) => paragraph.number)));
    const other = catalog.paragraphs.find(
      (paragraph) =>
        paragraph.theme !== null &&
        paragraph.theme !== chosenTheme.id &&
        paragraph.paper !== chosenPaper.symbol,
    );
    expect(other).toBeDefined();
    expect(shown.has(other?.number ?? 0)).toBe(false);
  });

  it('offers the whole catalog as files', async () => {
    const { app } = portal();
    const page = await (await app.request('/brief?lang=en')).text();
    const links = [
      ...page.matchAll(/<a href="(\/api\/v1\/export\?format=[a-z]+(?:&amp;bom=true)?)" download>/g),
    ].map((match) => (match[1] ?? '').replaceAll('&amp;', '&'));
    // The CSV is for a spreadsheet: it asks for the byte order mark that makes Excel read it as UTF-8.
    expect(links).toEqual(
      ['json', 'csv&bom=true', 'md', 'docx'].map((format) => `/api/v1/export?format=${format}`),
    );
    const spreadsheet = await app.request('/api/v1/export?format=csv&bom=true');
    expect([...new Uint8Array(await spreadsheet.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    for (const link of links) {
      const response = await app.request(link);
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-disposition'), link).toMatch(
        /^attachment; filename="somkb-export\./,
      );
    }
    const csv = await (await app.request('/api/v1/export?format=csv')).text();
    expect(csv.trim().split(/\r?\n/).length - 1).toBe(catalog.papers.length);
  });
});

/** A word in no language of the catalog, so that no paragraph matches it. */
const NONSENSE = 'zxqvbrumplestiltoq';

/** The query string the brief form sends with `fields` set (empty text fields, as a browser sends them). */
function formQuery(fields: Record<string, string | string[]>): string {
  const query = new URLSearchParams({ q: '', title: '', format: 'docx', lang: 'zh' });
  for (const [name, value] of Object.entries(fields)) {
    query.delete(name);
    for (const each of Array.isArray(value) ? value : [value]) query.append(name, each);
  }
  return query.toString();
}

describe('briefing pack download (the form action)', () => {
  it('answers the API file unchanged: bytes, type, name, ETag, with security headers and 304', async () => {
    const { app } = portal();
    for (const format of ['md', 'html', 'docx']) {
      const query = formQuery({ theme: 'theme-3', format, lang: 'en' });
      const response = await app.request(`/brief/download?${query}`);
      expect(response.status, format).toBe(200);
      const direct = await app.request(`/api/v1/brief?${query}`);
      for (const header of ['content-type', 'content-disposition'])
        expect(response.headers.get(header), `${format} ${header}`).toBe(direct.headers.get(header));
      expect(response.headers.get('content-disposition'), format).toBe(
        `attachment; filename="somkb-brief-international-cooperation-en.${format}"`,
      );
      expect(response.headers.get('content-security-policy'), format).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), format).toBe('nosniff');
      expect(response.headers.get('set-cookie'), format).toBeNull();
      expect(response.headers.get('content-language'), format).toBeNull();
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length, format).toBeGreaterThan(1000);
      if (format === 'docx') {
        expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
        continue;
      }
      // Text packs are the same bytes (a DOCX holds the time it was zipped).
      expect(bytes.equals(Buffer.from(await direct.arrayBuffer())), format).toBe(true);
      const tag = response.headers.get('etag') ?? '';
      expect(tag, format).toBe(direct.headers.get('etag'));
      const again = await app.request(`/brief/download?${query}`, { headers: { 'if-none-match': tag } });
      expect(again.status, format).toBe(304);
    }
  });

  it('brings the page back when no paragraph matches the query: 404, the query named, the choices kept, in zh and en', async () => {
    const { app } = portal();
    const query = formQuery({
      theme: 'theme-3',
      topic: 'hawala',
      q: `  ${NONSENSE} `,
      title: 'Notes & <b>',
      format: 'html',
      lang: 'en',
    });
    const api = await app.request(`/api/v1/brief?${query}`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { details: unknown } }).error.details).toEqual({ where: 'q' });
    for (const [headers, lang, sentence] of [
      [{}, 'zh', `没有段落与查询“<bdi class="asked">${NONSENSE}</bdi>”相符。请修改查询，或将其清空`],
      [
        { cookie: 'somkb_lang=en' },
        'en',
        `No paragraph matches the query “<bdi class="asked">${NONSENSE}</bdi>”. Change the query, or clear it`,
      ],
    ] as const) {
      const response = await app.request(`/brief/download?${query}`, { headers });
      expect(response.status, lang).toBe(404);
      expect(response.headers.get('content-type'), lang).toMatch(/^text\/html; charset=utf-8$/i);
      expect(response.headers.get('cache-control'), lang).toBe('no-cache');
      expect(response.headers.get('content-disposition'), lang).toBeNull();
      expect(response.headers.get('content-security-policy'), lang).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('vary'), lang).toBe('Accept-Language, Cookie');
      expect(response.headers.get('content-language'), lang).toBe(lang);
      // `lang` is the pack's headings here, not the interface: no cookie, the page in the reader's language.
      expect(response.headers.get('set-cookie'), lang).toBeNull();
      const text = await response.text();
      expect(text, lang).toContain(`<html lang="${lang}"`);
      expect(text, lang).toContain('<div class="notice error brief-notice" id="brief-notice" role="alert">');
      expect(text, lang).toContain(sentence);
      expect(text.indexOf('id="brief-notice"'), lang).toBeLessThan(text.indexOf('<form class="brief-form"'));
      expect(formAction(text), lang).toBe('/brief/download');
      const ids = [...text.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.length - new Set(ids).size, `${lang}: repeated ids`).toBe(0);
      expect(text, lang).not.toMatch(/\sstyle=|\son[a-z]+=/i);
      expect(checked(text, 'theme'), lang).toEqual(['theme-3']);
      expect(new Set(checked(text, 'topic')), lang).toEqual(new Set(['hawala']));
      expect(checked(text, 'format'), lang).toEqual(['html']);
      expect(checked(text, 'lang'), lang).toEqual(['en']);
      expect(fieldValue(text, 'brief-q'), lang).toBe(NONSENSE);
      expect(fieldValue(text, 'brief-title'), lang).toBe('Notes & <b>');
      expect(text, lang).not.toContain('<b>');
      expect(text, lang).toMatch(
        /<input id="brief-q"[^>]* aria-invalid="true" aria-describedby="brief-notice brief-q-help">/,
      );
      // The language switcher leads to the brief page with the same choices.
      expect(text, lang).toContain(
        `href="/brief?theme=theme-3&amp;topic=hawala&amp;q=${NONSENSE}&amp;title=Notes+%26+%3Cb%3E&amp;format=html&amp;lang=fr"`,
      );
    }
  });

  it('escapes a query that holds markup', async () => {
    const hostile = `<script>${NONSENSE}</script>`;
    const { response, text } = await get(`/brief/download?${formQuery({ q: hostile })}`, {
      'accept-language': 'en',
    });
    expect(response.status).toBe(404);
    expect(text).not.toContain(`<script>${NONSENSE}`);
    expect(text).toContain(
      `No paragraph matches the query “<bdi class="asked">&lt;script&gt;${NONSENSE}&lt;/script&gt;</bdi>”.`,
    );
    expect(fieldValue(text, 'brief-q')).toBe(hostile);
  });

  it('brings the page back with the reason when the API refuses a parameter: a title of 201 characters is a 400', async () => {
    const { app } = portal();
    const title = `<img src=x>${'题'.repeat(190)}`;
    expect(title).toHaveLength(201);
    const query = formQuery({ paper: 'CTOC-COP-WG.7-2015-4', title, lang: 'en' });
    const api = (await (await app.request(`/api/v1/brief?${query}`)).json()) as {
      error: { message: string };
    };
    expect(api.error.message).toMatch(/^parameter 'title'/);
    for (const [lang, generic, reason] of [
      [
        'en',
        'The briefing pack could not be made, for this reason:',
        'The cover title may have at most 200 characters.',
      ],
      [
        'fr',
        'Le dossier n’a pas pu être composé, pour ce motif\u00a0:',
        'Le titre de la couverture ne peut dépasser 200 caractères.',
      ],
    ] as const) {
      const response = await app.request(`/brief/download?${query}`, {
        headers: { 'accept-language': lang },
      });
      expect(response.status, lang).toBe(400);
      expect(response.headers.get('cache-control'), lang).toBe('no-cache');
      const text = await response.text();
      expect(text, lang).toContain(`<html lang="${lang}"`);
      expect(text, lang).toContain(`<p>${generic}</p>`);
      // Issue 12.14: the reason in the reader's language, not the API's English sentence.
      expect(text, lang).toContain(`<p>${reason}</p>`);
      expect(text, lang).not.toContain(escapeHtml(api.error.message));
      expect(text, lang).not.toContain('<img');
      expect(fieldValue(text, 'brief-title'), lang).toBe(title);
      expect(text, lang).toMatch(
        /<input id="brief-title"[^>]* aria-invalid="true" aria-describedby="brief-notice">/,
      );
      expect(checked(text, 'paper'), lang).toEqual(['CTOC/COP/WG.7/2015/4']);
      expect(checked(text, 'lang'), lang).toEqual(['en']);
    }
  });

  it('renders a refusal for every request and keeps it out of the page cache, which keeps the brief page', async () => {
    const themes = catalog.themes.map((theme) => ({ ...theme }));
    const changing: Catalog = { ...catalog, themes };
    const first = themes[0];
    if (first === undefined) throw new Error('the corpus has themes');
    const { app } = portal({ loadPublished: () => Promise.resolve(publishedOf(changing)) });
    const failing = (q: string) => `/brief/download?${formQuery({ theme: first.id, q })}`;
    const before = first.name;
    const page = await (await app.request(`/brief?theme=${first.id}`)).text();
    const refusal = await (await app.request(failing(NONSENSE))).text();
    expect(page).toContain(before);
    expect(refusal).toContain(before);
    // Changed in place: a page from the cache still shows the old name, a page rendered again the new.
    Object.assign(first, { name: `${before}（改）` });
    expect(await (await app.request(`/brief?theme=${first.id}`)).text()).toBe(page);
    const again = await app.request(failing(NONSENSE));
    expect(again.status).toBe(404);
    expect(await again.text()).toContain(`${before}（改）`);
    const other = await (await app.request(failing(`${NONSENSE}x`))).text();
    expect(other).toContain(`“<bdi class="asked">${NONSENSE}x</bdi>”`);
    expect(other).not.toContain(`“<bdi class="asked">${NONSENSE}</bdi>”`);
  });

  it('answers a failure of the API with the portal error page, reported once', async () => {
    const { app, reportError } = portal({
      search: () => Promise.reject(new SomkbError('STORE_FAILED', 'SQLITE_BUSY /srv/somkb/secret.db')),
    });
    const response = await app.request(`/brief/download?${formQuery({ q: '洗钱' })}`, {
      headers: { 'accept-language': 'fr' },
    });
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).toContain('<html lang="fr" dir="ltr">');
    expect(text).toContain('Le catalogue est momentanément indisponible.');
    expect(text).not.toContain('secret.db');
    expect(text).not.toContain('brief-notice');
    expect(reportError).toHaveBeenCalledOnce();
  });
});

describe('errors', () => {
  it('an unknown paper is a real 404 that lists the papers, closest first', async () => {
    const { response, text } = await get('/papers/CTOC-COP-WG.7-2015-9?lang=en');
    expect(response.status).toBe(404);
    expect(text).toContain('There is no background paper with the symbol CTOC-COP-WG.7-2015-9.');
    expect(text).toContain('Papers with a similar symbol');
    for (const paper of catalog.papers) expect(text).toContain(`href="/papers/${slug(paper.symbol)}"`);
  });

  it('other unknown pages are 404 pages with a way on, with the asked path escaped', async () => {
    for (const path of [
      '/themes/theme-99',
      '/topics/no-such-topic',
      '/nowhere/<script>',
      '/papers/%3Cscript%3E',
    ]) {
      const { response, text } = await get(path);
      expect(response.status, path).toBe(404);
      expect(text, path).toContain('<html lang="zh" dir="ltr">');
      expect(text, path).toContain('<a href="/">');
      expect(text, path).not.toContain('<script>');
    }
  });

  it('a failing search or store gives an error page in the reader language without internal text', async () => {
    const { app, reportError } = portal({
      search: () => Promise.reject(new SomkbError('STORE_FAILED', 'SQLITE_BUSY /srv/somkb/secret.db')),
    });
    const response = await app.request('/search?q=x&lang=fr');
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).toContain('<html lang="fr" dir="ltr">');
    expect(text).toContain('Le catalogue est momentanément indisponible.');
    expect(text).not.toContain('secret.db');
    expect(reportError).toHaveBeenCalledOnce();
  });
});

describe('caching', () => {
  it('answers 304 to a matching If-None-Match, and another ETag in another language', async () => {
    const { app } = portal();
    for (const path of ['/', '/papers/CTOC-COP-WG.7-2015-4', `/search?q=${encodeURIComponent('洗钱')}`]) {
      const first = await app.request(path);
      const tag = first.headers.get('etag') ?? '';
      expect(tag, path).not.toBe('');
      const again = await app.request(path, { headers: { 'if-none-match': tag } });
      expect(again.status, path).toBe(304);
      expect(await again.text(), path).toBe('');
      expect(again.headers.get('etag'), path).toBe(tag);
      const english = await app.request(path, { headers: { 'if-none-match': tag, 'accept-language': 'en' } });
      expect(english.status, path).toBe(200);
      expect(english.headers.get('etag'), path).not.toBe(tag);
    }
  });

  it('keeps one search page per canonical URL, whatever the order or extra parameters of the asked one', async () => {
    const { app } = portal();
    const odd = await (
      await app.request(`/search?junk=1&theme=theme-1&q=${encodeURIComponent('洗钱')}`)
    ).text();
    const plain = await (await app.request(`/search?q=${encodeURIComponent('洗钱')}&theme=theme-1`)).text();
    expect(odd).toBe(plain);
    expect(plain).not.toContain('junk');
    expect(plain).toContain('href="/search?q=%E6%B4%97%E9%92%B1&amp;theme=theme-1&amp;lang=en"');
  });

  it('serves a newly published catalog at once', async () => {
    let current = publishedOf(catalog);
    const { app } = portal({ loadPublished: () => Promise.resolve(current), pageCacheBytes: 1024 * 1024 });
    const before = await (await app.request('/themes/theme-1')).text();
    current = publishedOf(
      {
        ...catalog,
        themes: catalog.themes.map((theme) =>
          theme.id === 'theme-1' ? { ...theme, name: '新的专题名称' } : theme,
        ),
      },
      2,
    );
    const after = await (await app.request('/themes/theme-1')).text();
    expect(before).not.toContain('新的专题名称');
    expect(after).toContain('新的专题名称');
  });

  it('keys the page cache and the API bodies on the catalog version, not on the catalog object', async () => {
    // A store backend may answer every read with a new, equal object: the caches must still hit.
    let name = catalog.themes[0]?.name ?? '';
    let version = 1;
    const copy = () =>
      publishedOf(
        {
          ...catalog,
          themes: catalog.themes.map((theme) => (theme.id === 'theme-1' ? { ...theme, name } : theme)),
        },
        version,
      );
    const { app } = portal({ loadPublished: () => Promise.resolve(copy()) });
    const page = await (await app.request('/themes/theme-1')).text();
    const body = await (await app.request('/api/v1/themes/theme-1')).text();
    // Same version, another object whose content differs: what was made for the version is answered.
    name = '只有新版本才显示的名称';
    expect(await (await app.request('/themes/theme-1')).text()).toBe(page);
    expect(await (await app.request('/api/v1/themes/theme-1')).text()).toBe(body);
    version = 2;
    expect(await (await app.request('/themes/theme-1')).text()).toContain(name);
    expect(await (await app.request('/api/v1/themes/theme-1')).text()).toContain(name);
  });

  it('renders every request when the page cache is off, with the same pages', async () => {
    const cached = portal().app;
    const uncached = portal({ pageCacheBytes: 0 }).app;
    for (const path of ['/', `/search?q=${encodeURIComponent('洗钱')}`]) {
      expect(await (await uncached.request(path)).text()).toBe(await (await cached.request(path)).text());
    }
  });

  it('renders a search page the same whatever it rendered before, in any interface language', async () => {
    const paths = [
      `/search?q=${encodeURIComponent('洗钱')}`,
      `/search?q=${encodeURIComponent('洗钱')}&theme=theme-6`,
      `/search?q=${encodeURIComponent('money laundering')}&group=1`,
      `/search?q=${encodeURIComponent('偷运')}&page=2&year=2015`,
    ];
    const requests = ['zh', 'en', 'ar'].flatMap((lang) =>
      paths.map((path) => ({ path, headers: { 'accept-language': lang } })),
    );
    const warm = portal({ pageCacheBytes: 0 }).app;
    const first = [];
    for (const { path, headers } of requests)
      first.push(await (await warm.request(path, { headers })).text());
    for (const [at, { path, headers }] of [...requests.entries()].reverse()) {
      const fresh = await (await portal({ pageCacheBytes: 0 }).app.request(path, { headers })).text();
      expect(first[at]).toBe(fresh);
      expect(await (await warm.request(path, { headers })).text()).toBe(fresh);
    }
    expect(new Set(first).size).toBe(requests.length);
  });
});

describe('assets', () => {
  it('serves the stylesheet, the script and the icon with their types', async () => {
    const css = await get('/assets/portal.css');
    expect(css.response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.text).toContain('@media print');
    expect(css.text).toContain('[dir="rtl"]');
    const js = await get('/assets/portal.js');
    expect(js.response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.text).toContain('navigator.clipboard');
    const icon = await get('/assets/icon.svg');
    expect(icon.response.headers.get('content-type')).toBe('image/svg+xml');
    expect(css.response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('downloads', () => {
  it('a paper, a search, a theme and a topic offer Word, Markdown and a briefing pack, each a file', async () => {
    const paper = await get('/papers/CTOC-COP-WG.7-2015-4?lang=en');
    const search = await get(`/search?q=${encodeURIComponent('洗钱')}&theme=theme-6`);
    const theme = await get('/themes/theme-4');
    const topic = await get('/topics/money-laundering');
    for (const { text } of [paper, search, theme, topic]) {
      const links = [...text.matchAll(/href="(\/api\/v1\/(?:export|brief)\?[^"]+)"/g)].map((match) =>
        (match[1] ?? '').replaceAll('&amp;', '&'),
      );
      expect(links).toHaveLength(3);
      for (const link of links) {
        const response = await portal().app.request(link);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="somkb-/);
      }
    }
    expect(paper.text).toContain('Briefing pack (Word)');
    expect(search.text).toContain('简报材料（Word）');
  });
});
