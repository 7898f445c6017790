import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageFixturePath } from './support/language-fixtures.js';
import { runCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-search-languages-'));
const db = join(work, 'catalog.db');

/** The Chinese and the English fixture documents, published through the CLI. */
beforeAll(async () => {
  for (const language of ['zh', 'en'] as const) {
    const run = await runCli(['ingest', languageFixturePath(language), '--lang', language, '--db', db]);
    expect(run.code, run.stderr).toBe(0);
  }
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface SearchJson {
  readonly hits: readonly { paragraph: number; language: string; snippet: string; theme: string | null }[];
  readonly total: number;
}

describe('somkb search over two language versions', () => {
  it('shows the hits in the language asked for (--lang as DESIGN.md writes it), else in Chinese with a note', async () => {
    const english = await runCli(['search', 'offenders', '--json', '--catalog-lang', 'en', '--db', db]);
    expect(english.code, english.stderr).toBe(0);
    const found = JSON.parse(english.stdout) as SearchJson;
    expect(found.hits[0]).toMatchObject({
      paragraph: 3,
      language: 'en',
      theme: 'Criminal justice responses',
    });
    expect(found.hits[0]?.snippet).toContain('<mark>offenders</mark>');
    const old = await runCli(['search', 'offenders', '--json', '--lang', 'en', '--db', db]);
    expect(old.stdout).toBe(english.stdout);

    const french = await runCli(['search', 'offenders', '--json', '--catalog-lang', 'fr', '--db', db]);
    expect(french.code).toBe(0);
    expect(french.stderr).toBe("note: no catalog in 'fr' is published; the hits are shown in 'zh'\n");
    const chinese = JSON.parse(french.stdout) as SearchJson;
    expect(chinese.hits.map((hit) => hit.paragraph)).toEqual(found.hits.map((hit) => hit.paragraph));
    expect(chinese.hits.every((hit) => hit.language === 'zh')).toBe(true);
  }, 60_000);
});
