/**
 * The portal's layout in every interface language, measured in Chromium (issue 12.13): the main menu
 * on one line on a desktop, the current page marked in it, facet counts that never break, an Arabic
 * header that leaves a phone's screen to the page, and right-to-left pages where mixed-language text
 * stays in order (timeline subjects beside their symbols, chips isolated in a `<bdi>`, arrows that point the way
 * the page reads, the hint's full stop beside its example).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPortalBrowser } from '../support/portal-browser.js';
import type { PortalBrowser } from '../support/portal-browser.js';

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
const TIMEOUT = 120_000;

let portal: PortalBrowser | undefined;
let started: Promise<PortalBrowser> | undefined;

beforeAll(() => {
  // Two versions, so that the history and a diff page are laid out too.
  started = startPortalBrowser({ history: true }).then((running) => (portal = running));
  // Each test reports the failure; this keeps it from also being an unhandled rejection.
  started.catch(() => undefined);
});

afterAll(async () => {
  await portal?.close();
});

async function open(width: number, height = 900): Promise<{ page: Page; origin: string }> {
  const running = await (started ?? Promise.reject(new Error('the portal did not start')));
  return { page: await running.open(width, height), origin: running.origin };
}

/** Evaluates a JavaScript expression in the page (given as text, so that this file needs no DOM types). */
async function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression);
}

/** The lines (distinct tops, in CSS px) the text of the elements matching `selector` takes, one entry per element. */
const TEXT_LINES = (
  selector: string,
): string => `[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
})`;

describe('the layout of the portal in the six languages', () => {
  it(
    'keeps the main menu on one line at 1366 px in every language',
    async () => {
      const { page, origin } = await open(1366);
      for (const lang of LANGUAGES) {
        for (const path of ['/themes/theme-6', '/', '/history', '/history/1..2']) {
          await page.goto(`${origin}${path}?lang=${lang}`);
          const tops = await inPage<number[]>(
            page,
            "[...document.querySelectorAll('.main-nav li')].map((li) => Math.round(li.getBoundingClientRect().top))",
          );
          expect(tops, `${path} ${lang}`).toHaveLength(6);
          expect(new Set(tops).size, `${path} ${lang}: the menu's lines`).toBe(1);
          expect(await inPage<number[]>(page, TEXT_LINES('.main-nav a')), `${path} ${lang}`).toEqual([
            1, 1, 1, 1, 1, 1,
          ]);
        }
      }
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'marks in the menu the section of the page (aria-current="page"), and nothing on a theme or a paper, which no link of the menu leads to',
    async () => {
      const { page, origin } = await open(1366);
      const expected: readonly (readonly [string, readonly string[]])[] = [
        ['/', ['/ page']],
        ['/themes/theme-1', []],
        ['/papers/CTOC-COP-WG.7-2015-4', []],
        ['/topics', ['/topics page']],
        ['/topics/international-cooperation', ['/topics page']],
        ['/references', ['/references page']],
        ['/mechanisms', ['/mechanisms page']],
        ['/brief', ['/brief page']],
        [`/search?q=${encodeURIComponent('洗钱')}`, ['/search page']],
        ['/history', []],
        ['/history/1..2', []],
      ];
      for (const [path, marked] of expected) {
        await page.goto(`${origin}${path}`);
        const current = await inPage<string[]>(
          page,
          "[...document.querySelectorAll('.main-nav a[aria-current]')].map((a) => a.getAttribute('href') + ' ' + a.getAttribute('aria-current'))",
        );
        expect(current, path).toEqual(marked);
      }
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'never breaks a facet count, beside the longest theme names, on a desktop and a phone',
    async () => {
      for (const width of [1366, 390]) {
        const { page, origin } = await open(width);
        for (const lang of ['zh', 'ru', 'ar']) {
          // Themes 6 and 9 have the longest names; these words are in many of their paragraphs.
          for (const q of ['偷运移民', '国际合作', '议定书']) {
            await page.goto(`${origin}/search?q=${encodeURIComponent(q)}&lang=${lang}`);
            const lines = await inPage<number[]>(page, TEXT_LINES('.facet .count'));
            expect(lines.length, `${q} ${lang} ${String(width)}`).toBeGreaterThan(3);
            expect(
              lines.every((count) => count === 1),
              `${q} ${lang} ${String(width)}: ${JSON.stringify(lines)}`,
            ).toBe(true);
          }
        }
        await page.close();
      }
    },
    TIMEOUT,
  );

  it(
    'leaves a 390 px phone to the page: the header takes under a fifth of its height, in every language',
    async () => {
      const { page, origin } = await open(390, 844);
      for (const lang of LANGUAGES) {
        for (const path of [
          '/themes/theme-6',
          '/papers/CTOC-COP-WG.7-2015-4',
          '/',
          '/history',
          '/history/1..2',
        ]) {
          await page.goto(`${origin}${path}?lang=${lang}`);
          const height = await inPage<number>(
            page,
            "document.querySelector('.site-header').getBoundingClientRect().height",
          );
          expect(height / 844, `${path} ${lang}: ${String(height)} px`).toBeLessThan(0.2);
          expect(
            await inPage<number>(
              page,
              'document.documentElement.scrollWidth - document.documentElement.clientWidth',
            ),
            `${path} ${lang}`,
          ).toBe(0);
          // Every link of the menu is still there, on one line that scrolls sideways.
          expect(await page.locator('.main-nav a').count()).toBe(6);
        }
        // The current section is scrolled into the menu's view, whichever it is.
        for (const path of ['/brief', '/search', '/mechanisms']) {
          await page.goto(`${origin}${path}?lang=${lang}`);
          const shown = await inPage<boolean>(
            page,
            `(() => {
              const item = document.querySelector('.main-nav a[aria-current]').getBoundingClientRect();
              const menu = document.querySelector('.main-nav ul').getBoundingClientRect();
              return item.left >= menu.left - 1 && item.right <= menu.right + 1;
            })()`,
          );
          expect(shown, `${path} ${lang}`).toBe(true);
        }
      }
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'lays out the diff of versions 1 and 2 in Arabic (right to left) and Chinese: the Chinese text left to right, the inserted words marked, nothing wider than a phone',
    async () => {
      for (const width of [1366, 390]) {
        const { page, origin } = await open(width);
        for (const lang of ['ar', 'zh']) {
          const response = await page.goto(`${origin}/history/1..2?lang=${lang}`);
          expect(response?.status(), lang).toBe(200);
          const layout = await inPage<{
            dir: string;
            text: string;
            inserted: string[];
            underline: string;
            overflow: number;
            linksInView: boolean;
          }>(
            page,
            `(() => {
              const change = document.querySelector('#para-12');
              const text = change.querySelector('.change-text');
              const ins = [...change.querySelectorAll('ins')];
              const main = document.querySelector('main').getBoundingClientRect();
              const links = [...change.querySelectorAll('.change-links a')].map((a) => a.getBoundingClientRect());
              return {
                dir: getComputedStyle(document.documentElement).direction,
                text: getComputedStyle(text).direction,
                inserted: ins.map((element) => element.textContent),
                underline: ins.length === 0 ? '' : getComputedStyle(ins[0]).textDecorationLine,
                overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                linksInView: links.length === 2 && links.every((r) => r.left >= main.left - 1 && r.right <= main.right + 1),
              };
            })()`,
          );
          const where = `${lang} ${String(width)}`;
          expect(layout.dir, where).toBe(lang === 'ar' ? 'rtl' : 'ltr');
          expect(layout.text, where).toBe('ltr');
          expect(layout.inserted.join(''), where).toContain('汇款');
          expect(layout.underline, where).toBe('underline');
          expect(layout.overflow, where).toBe(0);
          expect(layout.linksInView, where).toBe(true);
        }
        await page.close();
      }
    },
    TIMEOUT,
  );

  it(
    'in Arabic, puts each paper of the meetings timeline beside its symbol, on a desktop and a phone',
    async () => {
      for (const width of [1366, 390]) {
        const { page, origin } = await open(width);
        await page.goto(`${origin}/?lang=ar`);
        // How far the end of each subject's text is from the end (right edge) of its symbol, in px.
        const gaps = await inPage<number[]>(
          page,
          `[...document.querySelectorAll('.meeting-papers li')].map((li) => {
            const symbol = li.querySelector('a').getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(li.querySelector('.subject'));
            const rights = [...range.getClientRects()].map((r) => r.right);
            return Math.round(Math.abs(symbol.right - Math.max(...rights)));
          })`,
        );
        expect(gaps.length).toBeGreaterThan(10);
        expect(Math.max(...gaps), `${String(width)}: ${JSON.stringify(gaps)}`).toBeLessThan(4);
        await page.close();
      }
    },
    TIMEOUT,
  );

  it(
    'in Arabic, isolates each chip, so that a Chinese topic and its gloss do not interleave by line',
    async () => {
      const { page, origin } = await open(1366);
      await page.goto(`${origin}/?lang=ar`);
      expect(await page.locator('a.topic').count()).toBeGreaterThan(50);
      expect(await page.locator('a.topic:not(:has(> bdi))').count()).toBe(0);
      // A chip of a Chinese topic with its gloss reads in the direction of its own words, the gloss
      // after the topic even when the chip breaks over lines: where they share a line, the gloss is
      // on the far side of the topic (right of it left to right, left of it right to left).
      const order = await inPage<{ chips: number; wrong: string[] }>(
        page,
        `(() => {
          const chips = [...document.querySelectorAll('a.topic')].filter((a) => a.querySelector('[lang="zh"]') && a.querySelector('.gloss'));
          const wrong = [];
          for (const chip of chips) {
            const topic = [...chip.querySelector('[lang="zh"]').getClientRects()].at(-1);
            const gloss = chip.querySelector('.gloss').getClientRects()[0];
            const direction = getComputedStyle(chip.querySelector('bdi')).direction;
            const sameLine = Math.abs(topic.top - gloss.top) < 4;
            if (sameLine && direction === 'ltr' && gloss.left < topic.right - 1) wrong.push(chip.textContent);
            else if (sameLine && direction === 'rtl' && gloss.right > topic.left + 1) wrong.push(chip.textContent);
            else if (gloss.top < topic.top - 4) wrong.push(chip.textContent);
          }
          return { chips: chips.length, wrong };
        })()`,
      );
      expect(order.chips).toBeGreaterThan(5);
      expect(order.wrong).toEqual([]);

      await page.goto(`${origin}/search?q=${encodeURIComponent('国际合作')}&theme=theme-6&lang=ar`);
      expect(await page.locator('.chip').count()).toBe(1);
      expect(await page.locator('.chip > bdi').count()).toBe(1);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'points the arrow of a matched concept the way the page reads: ← in Arabic, → otherwise',
    async () => {
      const { page, origin } = await open(1366);
      const queries = { ar: 'التسليم المراقب', en: 'controlled delivery', ru: 'контролируемая поставка' };
      for (const [lang, q] of Object.entries(queries)) {
        await page.goto(`${origin}/search?q=${encodeURIComponent(q)}&lang=${lang}`);
        const matched = await inPage<string[]>(
          page,
          "[...document.querySelectorAll('.matched li')].map((li) => li.textContent)",
        );
        expect(matched.length, lang).toBeGreaterThan(0);
        for (const text of matched) {
          expect(text, lang).toContain(lang === 'ar' ? '←' : '→');
          expect(text, lang).not.toContain(lang === 'ar' ? '→' : '←');
        }
        // The arrow stands between the words asked (first in reading order) and the concept.
        const order = await inPage<boolean>(
          page,
          `(() => {
            const li = document.querySelector('.matched li');
            const asked = li.querySelector('bdi').getBoundingClientRect();
            const concept = li.querySelector('a').getBoundingClientRect();
            return ${lang === 'ar' ? 'asked.left > concept.right' : 'asked.right < concept.left'};
          })()`,
        );
        expect(order, lang).toBe(true);
      }
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "shows the hint's example query as typed (left to right) with the full stop beside it, in every language, at every width from a phone to a desktop",
    async () => {
      const running = await (started ?? Promise.reject(new Error('the portal did not start')));
      const widths = [1366, ...Array.from({ length: 13 }, (_, index) => 320 + index * 8)];
      for (const lang of LANGUAGES) {
        // The reader's locale chooses Chromium's fonts, hence where lines break.
        const page = await running.open(1366, 900, lang);
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${running.origin}/search?lang=${lang}`);
          const { gap, backwards } = await inPage<{ gap: number; backwards: string[] }>(
            page,
            `(() => {
              const hint = document.querySelector('.query-help');
              const walker = document.createTreeWalker(hint, NodeFilter.SHOW_TEXT);
              let last = null;
              for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (node.textContent.trim() !== '') last = node;
              const range = document.createRange();
              range.selectNodeContents(last);
              const stop = range.getClientRects()[0];
              const middle = (r) => (r.top + r.bottom) / 2;
              const beside = [...hint.querySelectorAll('code')].map((c) => c.getBoundingClientRect()).filter((r) => Math.abs(middle(r) - middle(stop)) < 6);
              const gap = beside.length === 0 ? 9999 : Math.round(Math.min(...beside.map((r) => Math.max(r.left - stop.right, stop.left - r.right))));
              // The filters of the example query (topic:… paper:… year:… meeting:…) read left to right as typed.
              const filters = [...hint.querySelectorAll('code')].filter((c) => /^[a-z]+:/.test(c.textContent));
              const backwards = [];
              for (let i = 1; i < filters.length; i += 1) {
                const a = filters[i - 1].getBoundingClientRect();
                const b = filters[i].getBoundingClientRect();
                if (Math.abs(middle(a) - middle(b)) < 6 && b.left < a.left) backwards.push(filters[i - 1].textContent + ' ' + filters[i].textContent);
              }
              return { gap, backwards };
            })()`,
          );
          expect(gap, `${lang} ${String(width)}`).toBeLessThan(8);
          expect(backwards, `${lang} ${String(width)}`).toEqual([]);
        }
        await page.close();
      }
    },
    TIMEOUT,
  );
});
