/**
 * The search box's suggestions in a real browser (Chromium through playwright-core, as the other
 * browser tests): the server runs in this process on a loopback port over the bundled corpus and its
 * knowledge. Checks the combobox a reader uses with the keyboard and the mouse, that a page that
 * cannot run the script still searches, and that no page logs an error.
 *
 * Chromium is looked for at /usr/bin/chromium (or $SOMKB_CHROMIUM); without it these tests fail.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalBrowser } from '../support/portal-browser.js';
import { startPortalBrowser } from '../support/portal-browser.js';

const WALK_TIMEOUT = 90_000;

let portal: PortalBrowser | undefined;
let origin = '';
let browser: Browser | undefined;
let started: Promise<void> | undefined;

beforeAll(() => {
  started = (async () => {
    portal = await startPortalBrowser();
    ({ origin, browser } = portal);
  })();
  started.catch(() => undefined);
});

afterAll(async () => {
  await portal?.close();
});

/** A page in a fresh context of `locale` that records console errors, page errors and failed answers. */
async function open(
  locale: string,
  javaScript = true,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  await started;
  if (browser === undefined) throw new Error('Chromium did not start');
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale,
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
  });
  return { context, page, problems };
}

/** The texts of the options the list box shows. */
async function optionTexts(page: Page, list: string): Promise<string[]> {
  return page.locator(`#${list} [role="option"]`).allTextContents();
}

describe('the search box’s suggestions', () => {
  it(
    'is a combobox: typing lists suggestions, ↓ chooses one, Enter opens it',
    async () => {
      const { context, page, problems } = await open('en-US');
      await page.goto(`${origin}/`);
      const input = page.locator('#home-q');
      expect(await input.getAttribute('role')).toBe('combobox');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await input.getAttribute('aria-controls')).toBe('home-q-suggestions');
      expect(await page.locator('#home-q-suggestions').getAttribute('role')).toBe('listbox');
      expect(await page.locator('#home-q-suggestions').isVisible()).toBe(false);

      await input.pressSequentially('hawa', { delay: 20 });
      // On a busy machine the list may first show what an earlier letter found ('h'), until the
      // answer for the whole word comes: wait for that answer, then read it.
      await expect
        .poll(async () => (await optionTexts(page, 'home-q-suggestions'))[0] ?? '', { timeout: 15_000 })
        .toContain('hawala');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const texts = await optionTexts(page, 'home-q-suggestions');
      // Named in the interface language, with the Chinese name beside it.
      expect(texts[0]).toContain('哈瓦拉');
      // Screen readers hear how many are listed, in the interface language, from a polite live region.
      const status = page.locator('#home-q-suggestions + [role="status"]');
      expect(await status.textContent()).toBe(`Suggestions: ${String(texts.length)}`);
      expect(await status.isVisible()).toBe(true);

      await input.press('ArrowDown');
      const first = page.locator('#home-q-suggestions [role="option"]').first();
      expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
      expect(await first.getAttribute('aria-selected')).toBe('true');
      await input.press('ArrowUp');
      const last = page.locator('#home-q-suggestions [role="option"]').last();
      expect(await input.getAttribute('aria-activedescendant')).toBe(await last.getAttribute('id'));
      await input.press('ArrowDown');
      expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
      await input.press('Enter');
      await page.waitForURL(`${origin}/topics/hawala`);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'closes on Escape keeping the text, searches on Enter without a choice, and opens an option on a click',
    async () => {
      const { context, page, problems } = await open('zh-CN');
      await page.goto(`${origin}/`);
      const id = 'home-q';
      const input = page.locator(`#${id}`);
      await input.pressSequentially('洗', { delay: 20 });
      await page.locator(`#${id}-suggestions [role="option"]`).first().waitFor();
      expect((await optionTexts(page, `${id}-suggestions`)).join(' ')).toContain('洗钱');
      await input.press('Escape');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator(`#${id}-suggestions`).isVisible()).toBe(false);
      expect(await input.inputValue()).toBe('洗');
      const count = (await optionTexts(page, `${id}-suggestions`)).length;
      const status = page.locator(`#${id}-suggestions + [role="status"]`);
      expect(await status.textContent()).toBe(`建议：${String(count)} 条`);

      // A paper by a part of its symbol, opened with the mouse.
      await input.fill('');
      await expect.poll(() => status.textContent()).toBe('');
      await input.pressSequentially('2015/4', { delay: 20 });
      const paper = page.locator(`#${id}-suggestions [role="option"]`, { hasText: 'CTOC/COP/WG.7/2015/4' });
      await paper.first().waitFor();
      await paper.first().click();
      await page.waitForURL(`${origin}/papers/CTOC-COP-WG.7-2015-4`);

      await page.goto(`${origin}/`);
      const again = page.locator('#home-q');
      await again.pressSequentially('洗钱', { delay: 20 });
      await page.locator('#home-q-suggestions [role="option"]').first().waitFor();
      await again.press('Enter');
      await page.waitForURL(/\/search\?q=%E6%B4%97%E9%92%B1/u);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'shows what is typed and answered as text, never as markup',
    async () => {
      const { context, page, problems } = await open('en-US');
      await page.goto(`${origin}/`);
      const input = page.locator('#home-q');
      const typed = '<img src=x onerror=alert(1)>';
      // Wait for the answer to the whole text (asked for before typing, so it cannot be missed),
      // then check that nothing was made of it.
      const answered = page.waitForResponse((response) =>
        response.url().includes(`/api/v1/suggest?q=${encodeURIComponent(typed)}&`),
      );
      await input.pressSequentially(typed, { delay: 5 });
      await (await answered).finished();
      // The page reads the answer's body and shows it in tasks of its own: let them run.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(await page.locator('#home-q-suggestions img').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'leaves a plain search form that works when the page runs no script',
    async () => {
      const { context, page } = await open('en-US', false);
      await page.goto(`${origin}/`);
      const input = page.locator('#home-q');
      expect(await input.getAttribute('role')).toBeNull();
      expect(await page.locator('[role="listbox"]').count()).toBe(0);
      await input.fill('hawala');
      await input.press('Enter');
      await page.waitForURL(`${origin}/search?q=hawala`);
      expect(await page.locator('.hit').count()).toBeGreaterThan(0);
      await context.close();
    },
    WALK_TIMEOUT,
  );
});
