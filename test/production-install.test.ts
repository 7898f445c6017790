import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './support/eventually.js';
import type { ServedCli } from './support/run-cli.js';
import { PROJECT_ROOT, randomPort, servedBy } from './support/run-cli.js';

const run = promisify(execFile);
/** What a production install is made from: the sources, the bundled corpus and knowledge, the manifests. */
const SHIPPED = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'src',
  'corpus',
  'knowledge',
];
/** The npm that runs this test's Node (npm's own script, run by this Node). */
const NPM = process.env['npm_execpath'];

/** Copies the installed packages: hard links where the file system allows them (fast, no space), else a copy. */
async function copyPackages(to: string): Promise<void> {
  try {
    await run('cp', ['-al', join(PROJECT_ROOT, 'node_modules'), to]);
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(join(PROJECT_ROOT, 'node_modules'), to, { recursive: true, verbatimSymlinks: true });
  }
}

/** Runs npm with `args` in `cwd`, by this test's Node when npm said where it is, else by `npm` on the PATH. */
function npm(args: readonly string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  return NPM === undefined || !NPM.endsWith('.js')
    ? run('npm', [...args], { cwd })
    : run(process.execPath, [NPM, ...args], { cwd });
}

/**
 * A production install, as the README's Deployment says: the project built (`npm run build`), then the
 * dev dependencies removed (`npm prune --omit=dev`), then `node dist/main.js start`. It must serve the
 * portal, the API and its documentation with nothing that only the tests, the evaluation or the
 * benchmarks use (MiniSearch, vitest, tsx, TypeScript).
 */
describe('a production install without the dev dependencies', () => {
  let folder = '';
  let origin = '';
  let served: ServedCli | undefined;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'somkb-production-'));
    for (const name of SHIPPED) cpSync(join(PROJECT_ROOT, name), join(folder, name), { recursive: true });
    await copyPackages(join(folder, 'node_modules'));
    await npm(['run', 'build'], folder);
    await npm(['prune', '--omit=dev', '--no-audit', '--no-fund'], folder);

    const port = randomPort();
    const main = join(folder, 'dist', 'main.js');
    const db = join(folder, 'data', 'somkb.db');
    const child = spawn(
      process.execPath,
      [main, 'start', '--port', String(port), '--host', '127.0.0.1', '--db', db],
      {
        cwd: folder,
        env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    served = await servedBy(child, port, 'start');
    origin = served.url;
  }, 300_000);

  afterAll(async () => {
    await served?.stop();
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  it('holds no dev dependency once pruned', () => {
    for (const name of ['minisearch', 'vitest', 'tsx', 'typescript', 'playwright-core']) {
      expect(existsSync(join(folder, 'node_modules', name)), name).toBe(false);
    }
    expect(existsSync(join(folder, 'node_modules', 'better-sqlite3'))).toBe(true);
  });

  it('serves the portal, its search, the API and the API documentation', async () => {
    const home = await fetch(`${origin}/`, { headers: { 'Accept-Language': 'zh' } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('偷运移民问题工作组');

    const page = await fetch(`${origin}/search?q=${encodeURIComponent('洗钱')}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('class="hit"');

    const api = await fetch(`${origin}/api/v1/search?q=${encodeURIComponent('洗钱')}`);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { hits: { paragraph: number }[]; total: number };
    expect(body.total).toBeGreaterThan(0);

    const suggestions = await fetch(`${origin}/api/v1/suggest?q=${encodeURIComponent('洗')}`);
    expect(suggestions.status).toBe(200);
    expect(((await suggestions.json()) as { suggestions: unknown[] }).suggestions.length).toBeGreaterThan(0);

    for (const path of ['/api/docs', '/assets/portal.js']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(200);
    }
    // The index was built in its worker thread, from the built JavaScript (its log line comes through
    // the child's stderr, which may reach us after the answers).
    await eventually(() => served?.stderr().includes('search index built') === true, 10_000);
  });
});
