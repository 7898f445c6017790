import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { createBundledApp, startBundledServices } from './bundled-app.js';
import { createHistoryApp, startBundledHistory } from './bundled-history.js';

/** Where Chromium is looked for: /usr/bin/chromium, or $SOMKB_CHROMIUM. */
export const CHROMIUM = process.env.SOMKB_CHROMIUM ?? '/usr/bin/chromium';

/** The portal served over the bundled corpus on a loopback port, and Chromium to look at it. */
export interface PortalBrowser {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly browser: Browser;
  /** A page in a fresh context of `width`×`height` CSS px in `locale`; closing it closes its context. */
  open(width: number, height?: number, locale?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Options of {@link startPortalBrowser}. */
export interface PortalBrowserOptions {
  /**
   * Serve a history of two versions (the second with paragraph 12 edited, see `startBundledHistory`),
   * for the pages of the history; default false: one version, as `somkb start` publishes it.
   */
  readonly history?: boolean;
  /** The app to serve instead of the bundled summary's (another set of published documents). */
  readonly app?: Hono;
}

/**
 * Serves the portal as `somkb start` does (the bundled summary ingested into an in-memory store, with
 * the bundled knowledge) in this process, and launches Chromium; fails when Chromium is missing.
 */
export async function startPortalBrowser(options: PortalBrowserOptions = {}): Promise<PortalBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the browser tests need Chromium at ${CHROMIUM} (set SOMKB_CHROMIUM to another path)`);
  }
  const app =
    options.app ??
    (options.history === true
      ? createHistoryApp(await startBundledHistory(), { version: 'browser-test' })
      : createBundledApp(await startBundledServices(), { version: 'browser-test' }));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => {
    server.once('listening', () => {
      resolve();
    });
  });
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  return {
    origin,
    browser,
    open: async (width, height = 900, locale = 'zh-CN') => {
      const context = await browser.newContext({ viewport: { width, height }, locale });
      const page = await context.newPage();
      page.on('close', () => {
        // When the browser is closing it takes the context with it, and closing it again rejects:
        // nothing is left to close then.
        context.close().catch(() => undefined);
      });
      return page;
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
