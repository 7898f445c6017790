/**
 * A walk through the portal, for a person to look at: somkb serves the bundled corpus (ingested into
 * an in-memory store, as `somkb start` does, in this process on a loopback port), and Debian's
 * Chromium (through playwright-core) visits home, a theme, a paper, a search, the topics, a topic,
 * the references, the mechanisms and the briefing-pack form in each of the six interface languages,
 * on a desktop (1366×900) and a phone (390×844), saving a full-page screenshot of each:
 *
 *   npm run walk -- [folder]         (default: test-artifacts/walk/, which git ignores)
 *
 * For each page it reports automated checks, as a report (a finding does not stop the walk):
 * - `overflow`: how far the page is wider than the window (CSS px);
 * - `overflowing`: elements whose text sticks out of their box;
 * - `outside`: elements that stick out of the window (the outermost of each);
 * - `wrapped`: short items that break over lines (the menu's links, counts, chips, language names);
 * - `navLines`: the lines the main menu takes (one is wanted on a desktop);
 * - `headerShare`: the share of the window's height the header takes;
 * - `mixed`: text mostly in Latin, Cyrillic, Arabic or Han script inside an element of another
 *   language that is neither marked with its own `lang` nor isolated (`<bdi>`, `dir`); names not to
 *   translate (`translate="no"`) are left out. A report for a person to judge, not a test.
 * The report goes to `<folder>/report.json` and, one line per page with findings, to stdout.
 * Chromium is looked for at /usr/bin/chromium (or $SOMKB_CHROMIUM).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { startBundledServers } from '../bench/bundled-server.js';

const CHROMIUM = process.env.SOMKB_CHROMIUM ?? '/usr/bin/chromium';
const DEFAULT_FOLDER = fileURLToPath(new URL('../test-artifacts/walk/', import.meta.url));

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
type Lang = (typeof LANGUAGES)[number];

const SIZES = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** A query in each language (the same treaty term), searched with a theme filter so that a chip shows. */
const QUERIES: Record<Lang, string> = {
  ar: 'التسليم المراقب',
  zh: '控制下交付',
  en: 'controlled delivery',
  fr: 'livraison surveillée',
  ru: 'контролируемая поставка',
  es: 'entrega vigilada',
};

function pagesOf(lang: Lang): readonly { readonly name: string; readonly path: string }[] {
  const search = new URLSearchParams({ q: QUERIES[lang], theme: 'theme-1', lang });
  return [
    { name: 'home', path: `/?lang=${lang}` },
    { name: 'theme', path: `/themes/theme-6?lang=${lang}` },
    { name: 'paper', path: `/papers/CTOC-COP-WG.7-2015-4?lang=${lang}` },
    { name: 'search', path: `/search?${search.toString()}` },
    { name: 'topics', path: `/topics?lang=${lang}` },
    { name: 'topic', path: `/topics/international-cooperation?lang=${lang}` },
    { name: 'references', path: `/references?lang=${lang}` },
    { name: 'mechanisms', path: `/mechanisms?lang=${lang}` },
    { name: 'brief', path: `/brief?lang=${lang}` },
  ];
}

/** What the checks found on one page. */
interface PageChecks {
  readonly status: number;
  readonly overflow: number;
  readonly overflowing: readonly string[];
  readonly outside: readonly string[];
  readonly wrapped: readonly string[];
  readonly navLines: number;
  readonly headerShare: number;
  readonly mixed: readonly string[];
}

/**
 * The checks, run in the page (as text, so that this file needs no DOM types). An element is named
 * by its tag, id and classes, with the start of its text.
 */
const CHECKS = String.raw`(() => {
  const name = (el) => {
    const id = el.id ? '#' + el.id : '';
    const classes = typeof el.className === 'string' && el.className.trim() !== '' ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return el.tagName.toLowerCase() + id + classes + ' "' + text + '"';
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
  };
  const root = document.documentElement;
  const overflow = root.scrollWidth - root.clientWidth;

  const overflowing = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'inline' || style.display === 'contents') continue;
    if (style.overflowX !== 'visible' || el.clientWidth <= 1) continue;
    if (!Array.from(el.childNodes).some((node) => node.nodeType === 3 && node.textContent.trim() !== '')) continue;
    if (el.scrollWidth > el.clientWidth + 1) overflowing.push(name(el) + ' by ' + (el.scrollWidth - el.clientWidth) + 'px');
  }

  const outside = [];
  const clipped = (el) => {
    for (let up = el.parentElement; up !== null && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || clipped(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || (rect.right <= root.clientWidth + 1 && rect.left >= -1)) continue;
    const parent = el.parentElement.getBoundingClientRect();
    if (parent.right > root.clientWidth + 1 || parent.left < -1) continue;
    outside.push(name(el) + ' from ' + Math.round(rect.left) + ' to ' + Math.round(rect.right) + 'px');
  }

  const wrapped = [];
  const short = '.main-nav a, .languages a, .languages .link-button, .count, .chip, .facet-value .theme-number, .pagination a, .breadcrumb li';
  for (const el of document.querySelectorAll(short)) {
    if (!visible(el)) continue;
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    const lines = new Set(Array.from(el.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    const height = el.getBoundingClientRect().height;
    const inline = getComputedStyle(el).display === 'inline';
    const padding = inline ? 0 : parseFloat(getComputedStyle(el).paddingTop) + parseFloat(getComputedStyle(el).paddingBottom);
    if (lines.size > 1 || height - padding > lineHeight * 1.5) wrapped.push(name(el));
  }

  const navTops = new Set(Array.from(document.querySelectorAll('.main-nav li')).filter(visible).map((li) => Math.round(li.getBoundingClientRect().top)));
  const header = document.querySelector('.site-header');
  const headerShare = header ? Math.round((header.getBoundingClientRect().height / innerHeight) * 100) / 100 : 0;

  const scripts = { Latin: /\p{Script=Latin}/u, Cyrillic: /\p{Script=Cyrillic}/u, Arabic: /\p{Script=Arabic}/u, Han: /\p{Script=Han}/u };
  const fits = { Latin: ['en', 'fr', 'es'], Cyrillic: ['ru'], Arabic: ['ar'], Han: ['zh'] };
  const mixed = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || parent.closest('script, style, [hidden], .visually-hidden, .skip-link, [translate="no"]') !== null) continue;
    if (!visible(parent)) continue;
    const marked = parent.closest('[lang]');
    const lang = (marked ? marked.getAttribute('lang') : root.lang).split('-')[0];
    const isolated = parent.closest('bdi, [dir]:not(html)') !== null;
    const letters = (script) => (node.textContent.match(new RegExp(scripts[script].source, 'gu')) || []).length;
    const own = Object.keys(scripts).filter((script) => fits[script].includes(lang)).reduce((sum, script) => sum + letters(script), 0);
    for (const [script, pattern] of Object.entries(scripts)) {
      if (!pattern.test(node.textContent) || fits[script].includes(lang)) continue;
      // A name or an acronym inside text of the element's language (COVID-19, JSON in Chinese) is no mix.
      if (letters(script) <= own) continue;
      if (isolated && (marked === null || marked === root)) continue;
      const key = script + ' in ' + lang + ': ' + name(parent);
      mixed.set(key, (mixed.get(key) || 0) + 1);
    }
  }
  return {
    overflow,
    overflowing: overflowing.slice(0, 20),
    outside: outside.slice(0, 20),
    wrapped: wrapped.slice(0, 20),
    navLines: navTops.size,
    headerShare,
    mixed: Array.from(mixed, ([key, count]) => (count > 1 ? key + ' ×' + count : key)).slice(0, 40),
  };
})()`;

async function check(page: Page): Promise<Omit<PageChecks, 'status'>> {
  return page.evaluate<Omit<PageChecks, 'status'>>(CHECKS);
}

/** The findings of a page that a person should look at, one short phrase each. */
function findings(size: (typeof SIZES)[number], checks: PageChecks): string[] {
  const found: string[] = [];
  if (checks.status !== 200) found.push(`HTTP ${String(checks.status)}`);
  if (checks.overflow > 0) found.push(`page ${String(checks.overflow)}px wider than the window`);
  if (checks.outside.length > 0) found.push(`${String(checks.outside.length)} element(s) outside the window`);
  if (checks.overflowing.length > 0) found.push(`${String(checks.overflowing.length)} text overflow(s)`);
  if (checks.wrapped.length > 0) found.push(`${String(checks.wrapped.length)} wrapped item(s)`);
  if (size.name === 'desktop' && checks.navLines > 1) found.push(`menu on ${String(checks.navLines)} lines`);
  if (checks.headerShare > 0.3)
    found.push(`header ${String(Math.round(checks.headerShare * 100))}% of the window`);
  if (checks.mixed.length > 0) found.push(`${String(checks.mixed.length)} unmarked mixed-script text(s)`);
  return found;
}

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? DEFAULT_FOLDER);
  if (!existsSync(CHROMIUM)) throw new Error(`the walk needs Chromium at ${CHROMIUM} (set SOMKB_CHROMIUM)`);
  mkdirSync(folder, { recursive: true });
  const started = await startBundledServers([{}]);
  const origin = started.servers[0]?.origin ?? '';
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const report: Record<string, PageChecks> = {};
  let pagesWithFindings = 0;
  try {
    for (const size of SIZES) {
      for (const lang of LANGUAGES) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          locale: lang,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        for (const { name, path } of pagesOf(lang)) {
          const response = await page.goto(`${origin}${path}`);
          const key = `${name}-${lang}-${size.name}`;
          await page.screenshot({ path: join(folder, `${key}.png`), fullPage: true });
          const checks: PageChecks = { status: response?.status() ?? 0, ...(await check(page)) };
          report[key] = checks;
          const found = findings(size, checks);
          if (found.length > 0) {
            pagesWithFindings += 1;
            console.log(`${key}: ${found.join('; ')}`);
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await started.close();
  }
  writeFileSync(join(folder, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `${String(Object.keys(report).length)} pages walked, ${String(pagesWithFindings)} with findings; screenshots and report.json in ${folder}`,
  );
}

await main();
