/**
 * The parallel view of two language versions (issue 14), in Chromium without JavaScript: on a
 * desktop the Chinese and Arabic fixture documents stand side by side, a row per paragraph and item;
 * on a phone each row's versions are stacked, each labelled with its language, the Arabic right to
 * left, and nothing overflows the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createLanguagesApp } from '../support/bundled-app.js';
import { createCatalogService } from '../../src/services/index.js';
import { openSqliteCatalogStore } from '../../src/store/index.js';
import type { CatalogStore } from '../../src/store/index.js';
import { languageFixtureRequest } from '../support/language-fixtures.js';
import { startPortalBrowser } from '../support/portal-browser.js';
import type { PortalBrowser } from '../support/portal-browser.js';

const TIMEOUT = 120_000;
/** The fixture's paper whose paragraph 9 has items (a)–(c). */
const PAGE = '/papers/CTOC-COP-WG.7-2019-2?parallel=zh,ar&lang=en';

let store: CatalogStore | undefined;
let portal: PortalBrowser | undefined;

beforeAll(async () => {
  store = await openSqliteCatalogStore(':memory:');
  const service = createCatalogService(store);
  for (const language of ['zh', 'en', 'ar'] as const) await service.ingest(languageFixtureRequest(language));
  const app = createLanguagesApp(store, service, 'browser-test');
  portal = await startPortalBrowser({ app });
}, TIMEOUT);

afterAll(async () => {
  await portal?.close();
  await store?.close();
});

/** A page of `width`×`height` with JavaScript off: the view must need none. */
async function open(width: number, height: number): Promise<Page> {
  if (portal === undefined) throw new Error('the portal did not start');
  const context = await portal.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${portal.origin}${PAGE}`);
  return page;
}

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The boxes of the Chinese and Arabic cells of the row `id`, and the Arabic cell's direction and label. */
async function rowCells(page: Page, id: string) {
  return page.evaluate<{ zh: Box; ar: Box; direction: string; label: string; overflow: number }>(`(() => {
    const box = (element) => { const r = element.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
    const row = document.getElementById(${JSON.stringify(id)});
    const zh = row.querySelector('td[lang="zh"]');
    const ar = row.querySelector('td[lang="ar"]');
    return {
      zh: box(zh),
      ar: box(ar),
      direction: getComputedStyle(ar).direction,
      label: getComputedStyle(ar, '::before').content,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  })()`);
}

describe('the parallel view in Chromium', () => {
  it(
    'puts the two versions side by side on a desktop, a row per paragraph and per item',
    async () => {
      const page = await open(1366, 900);
      for (const id of ['para-9', 'para-9-a', 'para-9-c']) {
        const cells = await rowCells(page, id);
        expect(Math.abs(cells.zh.top - cells.ar.top), id).toBeLessThan(2);
        expect(cells.ar.left, id).toBeGreaterThanOrEqual(cells.zh.right - 2);
        expect(cells.direction, id).toBe('rtl');
      }
      const rows = await page.evaluate<string[]>(
        `[...document.querySelectorAll('table.parallel tbody tr[id]')].map((row) => row.id)`,
      );
      expect(rows).toEqual(['para-8', 'para-9', 'para-9-a', 'para-9-b', 'para-9-c']);
      await page.screenshot({ path: 'test-artifacts/parallel-desktop.png', fullPage: true });
      await page.context().close();
    },
    TIMEOUT,
  );

  it(
    'stacks the versions of each row on a phone, each labelled with its language, Arabic right to left, without overflow',
    async () => {
      const page = await open(390, 844);
      for (const id of ['para-9', 'para-9-b']) {
        const cells = await rowCells(page, id);
        expect(cells.ar.top, id).toBeGreaterThanOrEqual(cells.zh.bottom - 1);
        expect(cells.ar.right - cells.ar.left, id).toBeGreaterThan(300);
        expect(cells.direction, id).toBe('rtl');
        expect(cells.label, id).toContain('العربية');
        expect(cells.overflow, id).toBeLessThanOrEqual(0);
      }
      await page.screenshot({ path: 'test-artifacts/parallel-phone.png', fullPage: true });
      await page.context().close();
    },
    TIMEOUT,
  );
});
