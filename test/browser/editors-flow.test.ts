/**
 * The editors' whole flow in a real browser (Debian's Chromium through playwright-core), against
 * `somkb serve` started from the command line on a fresh SQLite file with the bundled corpus and two
 * users made with `somkb users add`: an editor signs in, opens a draft, adds a new paper of the 8th
 * meeting with two paragraphs under a theme and submits it; a reviewer signs in, approves and
 * publishes it; an anonymous reader finds the paper on its theme's page and by searching a word of
 * it, and `/history` names the version's author and reviewer; an anonymous visit to an editing page
 * leads to sign-in. Screenshots at 1280 and 390 CSS px go to test-artifacts/.
 *
 * The new paper is a TEST FIXTURE, not a document of the Working Group: its texts say so.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../support/portal-browser.js';
import { BUNDLED_CORPUS_PATH } from '../support/corpus.js';
import { eventually } from '../support/eventually.js';
import { runCli, serveCli } from '../support/run-cli.js';
import type { ServedCli } from '../support/run-cli.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const FLOW_TIMEOUT = 240_000;

/** The new paper: a later meeting's paper under theme 5 (smuggling by sea), marked as a test fixture. */
const PAPER = {
  symbol: 'CTOC/COP/WG.7/2022/2',
  slug: 'CTOC-COP-WG.7-2022-2',
  year: 2022,
  meeting: 8,
  theme: 'theme-5',
  subject: '【测试固件】利用无人机监测海上偷运移民路线的良好做法',
  paragraphs: [
    '【测试固件，并非工作组文件】2022 年，秘书处为工作组第八次会议草拟了一份背景文件，以给工作组就利用无人机监测海上偷运路线展开的讨论提供依据（CTOC/COP/WG.7/2022/2）。',
    '【测试固件】文件介绍了各国在海上巡逻中使用无人机的经验，并强调救援行动必须尊重被偷运移民的权利。',
  ],
  /** A word of its text found nowhere else in the summary. */
  searchWord: '无人机',
} as const;

interface User {
  readonly email: string;
  readonly password: string;
}

let folder = '';
let served: ServedCli | undefined;
let browser: Browser | undefined;
let editor: User;
let reviewer: User;

/** `somkb <args>` over the test's database; fails with what it printed unless it exits 0. */
async function somkb(args: readonly string[]): Promise<string> {
  const run = await runCli([...args, '--db', join(folder, 'somkb.db')]);
  if (run.code !== 0) throw new Error(`somkb ${args.join(' ')} exited ${String(run.code)}: ${run.stderr}`);
  return run.stdout;
}

/** Adds a user with `somkb users add`, which prints the password it made once on stdout. */
async function addUser(email: string, role: 'editor' | 'reviewer'): Promise<User> {
  const password = (await somkb(['users', 'add', email, '--role', role])).trim();
  expect(password.length).toBeGreaterThanOrEqual(12);
  return { email, password };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  folder = mkdtempSync(join(tmpdir(), 'somkb-editors-flow-'));
  await somkb(['ingest', BUNDLED_CORPUS_PATH, '--lang', 'zh']);
  editor = await addUser('editor@example.org', 'editor');
  reviewer = await addUser('reviewer@example.org', 'reviewer');
  served = await serveCli(join(folder, 'somkb.db'));
  browser = await chromium.launch({ executablePath: CHROMIUM });
}, FLOW_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

/** A page in a fresh context (its own cookies) of `width` CSS px, in English; page errors are collected. */
async function open(width = 1280): Promise<{ page: Page; problems: string[] }> {
  if (browser === undefined) throw new Error('Chromium did not start');
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${page.url()})`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${page.url()})`);
  });
  return { page, problems };
}

const url = (path: string): string => `${served?.url ?? ''}${path}`;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `editors-${name}.png`), fullPage: true });
}

/** Clicks the submit button `selector` of a form and waits for the page its answer leads to. */
async function clickAndWait(page: Page, selector: string): Promise<void> {
  const before = page.url();
  await Promise.all([page.waitForURL((next) => next.href !== before), page.click(selector)]);
}

/** Signs `user` in through the sign-in form, from `path` (an editing page that leads there). */
async function signIn(page: Page, user: User, path: string): Promise<void> {
  await page.goto(url(path));
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await page.fill('input[name="email"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await clickAndWait(page, 'form[action^="/sign-in"] [type="submit"]');
  expect(new URL(page.url()).pathname).toBe(path);
}

describe('the editors’ flow in Chromium', () => {
  it(
    'an editor adds a paper, a reviewer approves and publishes it, a reader finds it',
    async () => {
      // The editor: sign in, open a draft, add the paper with two paragraphs, submit.
      const { page, problems } = await open();
      await signIn(page, editor, '/drafts');
      await page.goto(url('/drafts/new'));
      await page.fill('input[name="title"]', 'Test fixture: a paper of the 8th meeting');
      await clickAndWait(page, 'form[action="/drafts/new"] [type="submit"]');
      const draftPath = new URL(page.url()).pathname;
      expect(draftPath).toMatch(/^\/drafts\/[^/]+$/);
      await page.goto(url(`${draftPath}/edit/new-paper`));
      await page.fill('input[name="symbol"]', PAPER.symbol);
      await page.selectOption('select[name="theme"]', PAPER.theme);
      await page.fill('input[name="year"]', String(PAPER.year));
      await page.fill('input[name="meeting"]', String(PAPER.meeting));
      await page.fill('[name="subject.zh"]', PAPER.subject);
      await page.fill('[name="paragraphs.0.zh.text"]', PAPER.paragraphs[0]);
      await page.fill('[name="paragraphs.1.zh.text"]', PAPER.paragraphs[1]);
      await shoot(page, 'new-paper-form-1280');
      await clickAndWait(page, `form[action^="${draftPath}/edit/new-paper"] .form-actions [type="submit"]`);
      expect(new URL(page.url()).pathname).toBe(draftPath);
      expect(await page.locator('main').innerText()).toContain(PAPER.symbol);
      await clickAndWait(page, `form[action="${draftPath}/submit"] [type="submit"]`);
      await shoot(page, 'draft-submitted-1280');

      // The reviewer: sign in, approve, publish.
      const review = await open();
      await signIn(review.page, reviewer, draftPath);
      expect(await review.page.locator('main').innerText()).toContain(PAPER.symbol);
      await clickAndWait(review.page, `form[action="${draftPath}/approve"] [type="submit"]`);
      await clickAndWait(review.page, `form[action="${draftPath}/publish"] [type="submit"]`);
      await shoot(review.page, 'draft-published-1280');

      // The new version's search index builds in a worker thread, the previous one answering meanwhile.
      await eventually(async () =>
        (
          await (await fetch(url(`/api/v1/search?q=${encodeURIComponent(PAPER.searchWord)}`))).text()
        ).includes(PAPER.symbol),
      );
      // A reader: the theme page, a search, the history.
      for (const width of [1280, 390]) {
        const reader = await open(width);
        await reader.page.goto(url(`/themes/${PAPER.theme}`));
        expect(await reader.page.locator('main').innerText()).toContain(PAPER.symbol);
        await shoot(reader.page, `theme-${width}`);
        await reader.page.goto(url(`/search?q=${encodeURIComponent(PAPER.searchWord)}`));
        expect(await reader.page.locator('main').innerText()).toContain(PAPER.symbol);
        await shoot(reader.page, `search-${width}`);
        await reader.page.goto(url(`/papers/${PAPER.slug}`));
        expect(await reader.page.locator('main').innerText()).toContain(PAPER.paragraphs[1]);
        await reader.page.goto(url('/history'));
        const newest = reader.page.locator('main').first();
        expect(await newest.innerText()).toContain(editor.email);
        expect(await newest.innerText()).toContain(reviewer.email);
        await shoot(reader.page, `history-${width}`);
        expect(reader.problems).toEqual([]);
      }
      expect([...problems, ...review.problems]).toEqual([]);
    },
    FLOW_TIMEOUT,
  );

  it('an anonymous visit to an editing page leads to sign-in, and back', async () => {
    const { page } = await open(390);
    for (const path of ['/drafts', '/drafts/new', '/account', '/admin/users', '/admin/audit']) {
      await page.goto(url(path));
      const landed = new URL(page.url());
      expect(landed.pathname, path).toBe('/sign-in');
      expect(landed.searchParams.get('next'), path).toBe(path);
    }
    await shoot(page, 'sign-in-390');
  });
});
