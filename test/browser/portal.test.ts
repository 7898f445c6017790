/**
 * The portal in a real browser (Chromium through playwright-core): the server runs in this process on a
 * loopback port over the bundled corpus and its knowledge; each walk checks what a reader sees and
 * does, that no page logs an error to the console, and saves screenshots to test-artifacts/.
 *
 * Chromium is looked for at /usr/bin/chromium (or $SOMKB_CHROMIUM); without it these tests fail.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalBrowser } from '../support/portal-browser.js';
import { startPortalBrowser } from '../support/portal-browser.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const WALK_TIMEOUT = 120_000;

let portal: PortalBrowser | undefined;
let origin = '';
let browser: Browser | undefined;
/** The server and the browser, started once; each test awaits it, so that each fails when it cannot start. */
let started: Promise<void> | undefined;

async function start(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  portal = await startPortalBrowser();
  ({ origin, browser } = portal);
}

beforeAll(() => {
  started = start();
  // Each test reports the failure; this keeps it from also being an unhandled rejection.
  started.catch(() => undefined);
});

afterAll(async () => {
  await portal?.close();
});

/** A page in a fresh browser context that records console errors, page errors and failed requests. */
async function open(
  options: { width?: number; locale?: string; javaScript?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  await started;
  if (browser === undefined) throw new Error('Chromium did not start');
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'zh-CN',
    permissions: ['clipboard-read', 'clipboard-write'],
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${page.url()})`));
  page.on('requestfailed', (request) => {
    // A navigation cancels what the previous page was still loading (the icon); that is no failure.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
  });
  return { context, page, problems };
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage });
}

/** Evaluates a JavaScript expression in the page (given as text, so that this file needs no DOM types). */
async function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression);
}

/** How far the page is wider than the window, in CSS pixels (0 when nothing sticks out). */
async function overflow(page: Page): Promise<number> {
  return inPage<number>(page, 'document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/** The id of the element the URL's fragment targets, or undefined. */
async function targetId(page: Page): Promise<string | undefined> {
  return inPage<string | undefined>(page, "document.querySelector(':target')?.id");
}

describe('the portal in a browser', () => {
  it(
    'walks home → theme → paper → paragraph anchor, and copies a citation',
    async () => {
      const { context, page, problems } = await open();
      await page.goto(`${origin}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('zh');
      await expect(page.locator('h1').textContent()).resolves.toContain('偷运移民问题工作组');
      expect(await page.locator('.theme-card').count()).toBe(9);
      await shot(page, 'home-zh');

      await page.click('a[href="/themes/theme-1"]');
      await page.waitForURL(`${origin}/themes/theme-1`);
      await expect(page.locator('h1').textContent()).resolves.toContain('刑事司法对策');
      await shot(page, 'theme-1-zh');

      await page.click('.paper-cards a[href="/papers/CTOC-COP-WG.7-2015-4"]');
      await page.waitForURL(`${origin}/papers/CTOC-COP-WG.7-2015-4`);
      await expect(page.locator('h1').textContent()).resolves.toBe('CTOC/COP/WG.7/2015/4');
      await page.click('#para-12 a.para-link');
      await page.waitForURL(`${origin}/papers/CTOC-COP-WG.7-2015-4#para-12`);
      expect(await targetId(page)).toBe('para-12');
      expect(await page.locator('#para-12').isVisible()).toBe(true);

      const button = page.locator('#para-12 button.copy-button');
      expect(await button.isVisible()).toBe(true);
      // The label says 已复制 from the moment the clipboard accepted the text until 2 s later. Record
      // every label the button shows, so that neither a slow clipboard nor a slow machine can make
      // the test look too early or too late.
      await inPage(
        page,
        "(() => { const b = document.querySelector('#para-12 button.copy-button'); window.copyLabels = []; new MutationObserver(() => window.copyLabels.push(b.textContent)).observe(b, { childList: true, characterData: true, subtree: true }); })()",
      );
      // The asynchronous clipboard answers only a focused document: make sure this page has the
      // focus (other tests' pages may have taken it), then wait for the label itself, however long
      // the clipboard takes, rather than for the first change.
      await page.bringToFront();
      await button.focus();
      await button.click();
      await page.waitForFunction("window.copyLabels.includes('已复制')");
      expect(await inPage<string[]>(page, 'window.copyLabels')).toContain('已复制');
      expect(await inPage<string>(page, 'navigator.clipboard.readText()')).toBe(
        '专题概要（2021 年），第 12 段（关于文件 CTOC/COP/WG.7/2015/4）',
      );
      await shot(page, 'paper-2015-4-para-12-zh', false);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'searches, narrows with a facet, opens a result and comes back',
    async () => {
      const { context, page, problems } = await open();
      await page.goto(`${origin}/`);
      await page.fill('#home-q', '洗钱');
      await page.press('#home-q', 'Enter');
      await page.waitForURL(/\/search\?q=/);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=洗钱');
      const all = await page.locator('li.hit').count();
      expect(all).toBeGreaterThan(1);
      expect(await page.locator('li.hit mark').count()).toBeGreaterThan(0);
      await shot(page, 'search-zh');

      const facet = page.locator('.facet').first().locator('li a').first();
      const facetHref = (await facet.getAttribute('href')) ?? '';
      expect(facetHref).toMatch(/[?&]theme=theme-\d+/);
      await facet.click();
      await page.waitForURL((url) => url.searchParams.has('theme'));
      const narrowedUrl = page.url();
      const narrowed = await page.locator('li.hit').count();
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThanOrEqual(all);
      const theme = new URL(narrowedUrl).searchParams.get('theme') ?? '';
      expect(await page.locator(`li.hit .hit-meta a[href="/themes/${theme}"]`).count()).toBe(narrowed);
      expect(await page.locator('a.chip').count()).toBe(1);
      await shot(page, 'search-facet-zh');

      const first = page.locator('li.hit .hit-title a').first();
      const target = (await first.getAttribute('href')) ?? '';
      await first.click();
      await page.waitForURL(`${origin}${target}`);
      expect(await targetId(page)).toBe(target.split('#')[1]);

      await page.goBack();
      await page.waitForURL(narrowedUrl);
      expect(await page.locator('li.hit').count()).toBe(narrowed);
      expect(await page.inputValue('#q')).toBe('洗钱');
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'walks a search too long to repeat in links with the buttons of its one form, without script: facet, grouping, language, filter removal',
    async () => {
      const { context, page, problems } = await open({ javaScript: false });
      const query = Array.from({ length: 200 }, () => '洗钱').join(' ');
      await page.goto(`${origin}/search?q=${encodeURIComponent(query)}`);
      const all = await page.locator('li.hit').count();
      expect(all).toBeGreaterThan(1);
      expect(await page.locator('a[href*="q="]').count()).toBe(0);

      await page.locator('.facet').first().locator('li button').first().click();
      await page.waitForURL((url) => url.searchParams.has('theme'));
      const narrowed = new URL(page.url());
      expect(narrowed.searchParams.get('q')).toBe(query);
      expect(narrowed.searchParams.has('step')).toBe(false);
      const theme = narrowed.searchParams.get('theme') ?? '';
      const hits = await page.locator('li.hit').count();
      expect(hits).toBeGreaterThan(0);
      expect(await page.locator(`li.hit .hit-meta a[href="/themes/${theme}"]`).count()).toBe(hits);

      await page.locator('.result-tools button').first().click();
      await page.waitForURL((url) => url.searchParams.get('group') === '1');
      expect(await page.locator('section.hit-group').count()).toBeGreaterThan(0);

      await page.locator('.languages button[value="en"]').click();
      await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('section.hit-group').count()).toBeGreaterThan(0);

      await page.locator('button.chip').click();
      await page.waitForURL((url) => !url.searchParams.has('theme'));
      const back = new URL(page.url());
      expect(back.searchParams.get('q')).toBe(query);
      expect(back.searchParams.get('group')).toBe('1');
      expect(await page.inputValue('#q')).toBe(query);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'switches to English keeping the page and anchor, remembers it, and switches to Arabic right to left',
    async () => {
      const { context, page, problems } = await open();
      await page.goto(`${origin}/papers/CTOC-COP-WG.7-2015-4#para-12`);
      await page.click('.languages a[hreflang="en"]');
      await page.waitForURL(`${origin}/papers/CTOC-COP-WG.7-2015-4?lang=en#para-12`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expect(page.locator('#para-12 .cite-text').textContent()).resolves.toBe(
        'Thematic summary (2021), para. 12 (on CTOC/COP/WG.7/2015/4)',
      );
      expect(await page.getAttribute('#para-12 .para-text', 'lang')).toBe('zh');
      await shot(page, 'paper-2015-4-en');

      await page.goto(`${origin}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await shot(page, 'home-en');

      await page.click('.languages a[hreflang="ar"]');
      await page.waitForURL(`${origin}/?lang=ar`);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await inPage<string>(page, 'getComputedStyle(document.body).direction')).toBe('rtl');
      // Right to left: the heading starts at the right edge of the content, the brand at the right of the header.
      const main = await page.locator('main').boundingBox();
      const heading = await page.locator('main h1').boundingBox();
      const brand = await page.locator('.brand a').boundingBox();
      if (main === null || heading === null || brand === null)
        throw new Error('the page has main, h1 and brand');
      expect(Math.abs(heading.x + heading.width - (main.x + main.width - 16))).toBeLessThan(4);
      expect(brand.x).toBeGreaterThan(1280 / 2);
      // The Chinese content stays left to right inside the Arabic page.
      await page.goto(`${origin}/papers/CTOC-COP-WG.7-2015-4`);
      const contentDirection = "getComputedStyle(document.querySelector('#para-12 .para-text')).direction";
      expect(await inPage<string>(page, contentDirection)).toBe('ltr');
      await shot(page, 'paper-2015-4-ar');
      expect(await overflow(page)).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'fits a 360 px phone and a wide screen without horizontal scrolling, in Chinese and Arabic',
    async () => {
      const paths = [
        '/',
        '/themes/theme-6',
        '/papers/CTOC-COP-WG.7-2015-2',
        '/topics/international-cooperation',
        `/search?q=${encodeURIComponent('国际合作')}`,
        '/references',
        '/mechanisms',
        '/brief',
      ];
      for (const width of [360, 1920]) {
        for (const lang of ['zh', 'ar']) {
          const { context, page, problems } = await open({ width });
          for (const path of paths) {
            await page.goto(`${origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
            expect(await overflow(page), `${path} ${lang} ${String(width)}`).toBe(0);
          }
          await shot(page, `mechanisms-${lang}-${String(width)}`, false);
          await page.goto(`${origin}/?lang=${lang}`);
          await shot(page, `home-${lang}-${String(width)}`);
          await page.goto(`${origin}/search?q=${encodeURIComponent('国际合作')}&lang=${lang}`);
          await shot(page, `search-${lang}-${String(width)}`);
          expect(problems).toEqual([]);
          await context.close();
        }
      }
    },
    WALK_TIMEOUT,
  );

  it(
    'composes a briefing pack: ticks a theme and a topic, chooses HTML, and downloads the file',
    async () => {
      const { context, page, problems } = await open();
      await page.goto(`${origin}/`);
      await page.click('.main-nav a[href="/brief"]');
      await page.waitForURL(`${origin}/brief`);
      expect(await page.getAttribute('.main-nav a[href="/brief"]', 'aria-current')).toBe('page');
      const themes = page.locator('input[name="theme"]');
      expect(await themes.count()).toBe(await page.locator('li.theme-choice').count());
      expect(await themes.count()).toBeGreaterThan(1);

      await page.check('input[name="theme"][value="theme-1"]');
      const themeName =
        (await page.locator('label:has(input[value="theme-1"]) .theme-number + span').textContent()) ?? '';
      expect(themeName).not.toBe('');
      // A topic of another theme: its list is folded until its theme is opened.
      const other = page.locator('li.theme-choice').nth(1);
      const topic = other.locator('input[name="topic"]').first();
      expect(await topic.isVisible()).toBe(false);
      await other.locator('summary').click();
      expect(await topic.isVisible()).toBe(true);
      const topicValue = (await topic.getAttribute('value')) ?? '';
      // In Chinese the label is the key topic as printed, with no gloss.
      const topicLabel =
        (await other.locator('label:has(input[name="topic"]) > span').first().textContent()) ?? '';
      expect(topicLabel).not.toBe('');
      await topic.check();
      await page.check('input[name="format"][value="html"]');
      expect(await page.isChecked('input[name="lang"][value="zh"]')).toBe(true);
      await shot(page, 'brief-zh');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('.brief-submit button'),
      ]);
      // Issue 12.14: named for what it holds (the theme and the topic) and its headings language.
      expect(download.suggestedFilename()).toMatch(new RegExp(`^somkb-brief-${themeName}-.+-zh\\.html$`));
      expect(new URL(download.url()).pathname).toBe('/brief/download');
      const sent = new URL(download.url()).searchParams;
      expect(sent.getAll('theme')).toEqual(['theme-1']);
      expect(sent.getAll('topic')).toEqual([topicValue]);
      expect(sent.get('q')).toBe('');
      expect(sent.get('title')).toBe('');
      expect(sent.get('format')).toBe('html');
      const file = `${ARTIFACTS}brief-download.html`;
      await download.saveAs(file);
      const pack = readFileSync(file, 'utf8');
      expect(pack).toContain(themeName);
      expect(pack).toContain(topicLabel);
      expect(page.url()).toBe(`${origin}/brief`);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'brings the briefing-pack form back, with the reason and the choices kept, when the query matches nothing',
    async () => {
      const { context, page, problems } = await open();
      const downloads: string[] = [];
      page.on('download', (download) => downloads.push(download.url()));
      await page.goto(`${origin}/brief`);
      await page.check('input[name="theme"][value="theme-1"]');
      await page.check('input[name="format"][value="md"]');
      // A word in no language of the catalog.
      const query = 'zxqvbrumplestiltoq';
      await page.fill('#brief-q', query);
      await page.click('.brief-submit button');
      await page.waitForURL(/\/brief\/download\?/);
      const failed = page.url();
      expect(new URL(failed).searchParams.get('q')).toBe(query);
      const notice = page.locator('.brief-notice');
      expect(await notice.isVisible()).toBe(true);
      await expect(notice.textContent()).resolves.toBe(
        `没有段落与查询“${query}”相符。请修改查询，或将其清空，不按查询选择段落。`,
      );
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await page.getAttribute('html', 'lang')).toBe('zh');
      expect(await page.isChecked('input[name="theme"][value="theme-1"]')).toBe(true);
      expect(await page.locator('input[name="theme"]:checked').count()).toBe(1);
      expect(await page.isChecked('input[name="format"][value="md"]')).toBe(true);
      expect(await page.isChecked('input[name="lang"][value="zh"]')).toBe(true);
      expect(await page.inputValue('#brief-q')).toBe(query);
      expect(await page.getAttribute('#brief-q', 'aria-invalid')).toBe('true');
      expect(await overflow(page)).toBe(0);
      await shot(page, 'brief-error-zh');
      expect(downloads).toEqual([]);

      // Clearing the query, as the notice suggests, gives the pack of the theme.
      await page.fill('#brief-q', '');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('.brief-submit button'),
      ]);
      expect(download.suggestedFilename()).toBe('somkb-brief-刑事司法对策-zh.md');
      expect(new URL(download.url()).searchParams.getAll('theme')).toEqual(['theme-1']);
      // The 404 of the refused submission itself is expected (Chromium also logs it); nothing else may fail.
      expect(problems.filter((problem) => !(problem.includes('404') && problem.includes(failed)))).toEqual(
        [],
      );
      expect(problems).toContain(`HTTP 404: ${failed}`);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'shows the briefing-pack form on a 360 px phone in Arabic, every theme unfolded, without horizontal scrolling',
    async () => {
      const { context, page, problems } = await open({ width: 360 });
      await page.goto(`${origin}/brief?lang=ar`);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await overflow(page)).toBe(0);
      await shot(page, 'brief-ar-360');
      await inPage<number>(
        page,
        "document.querySelectorAll('details').forEach((d) => { d.open = true; }) || 0",
      );
      expect(await page.locator('input[name="topic"]').first().isVisible()).toBe(true);
      expect(await overflow(page)).toBe(0);
      await shot(page, 'brief-ar-360-unfolded', false);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'can be used with the keyboard: skip link first, visible focus',
    async () => {
      const { context, page, problems } = await open();
      await page.goto(`${origin}/themes/theme-3`);
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      expect(
        await inPage<boolean>(page, "document.activeElement === document.querySelector('a.skip-link')"),
      ).toBe(true);
      const box = await skip.boundingBox();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await inPage<string>(page, 'document.activeElement?.id')).toBe('main');
      await page.keyboard.press('Tab');
      const outline = await inPage<string>(page, 'getComputedStyle(document.activeElement).outlineStyle');
      expect(outline).not.toBe('none');
      await shot(page, 'keyboard-focus', false);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'prints a paper cleanly: no navigation, each paragraph with its citation, the official address',
    async () => {
      const { context, page, problems } = await open();
      await page.goto(`${origin}/papers/CTOC-COP-WG.7-2017-4?lang=en`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.copy-button').first().isVisible()).toBe(false);
      expect(await page.locator('.print-url').isVisible()).toBe(true);
      expect(await page.locator('.citation').first().isVisible()).toBe(true);
      await page.pdf({ path: `${ARTIFACTS}paper-2017-4-print.pdf`, format: 'A4' });
      await shot(page, 'paper-2017-4-print');
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'answers an unknown paper with a 404 page that helps',
    async () => {
      const { context, page, problems } = await open({ locale: 'fr-FR' });
      const response = await page.goto(`${origin}/papers/CTOC-COP-WG.7-2016-1`);
      expect(response?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.locator('.paper-list a').count()).toBeGreaterThan(10);
      await shot(page, 'paper-404-fr');
      // The 404 of the document itself is expected; nothing else may fail.
      expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );
});
