import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { languageFixturePath, readLanguageFixture } from './support/language-fixtures.js';
import { runCli } from './support/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'somkb-agreement-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('somkb ingest shows where a language version disagrees with the Chinese one', () => {
  const db = join(folder, 'somkb.db');
  const variant = join(folder, 'summary.en.txt');
  writeFileSync(variant, readLanguageFixture('en').replace('; online services;', '; internet platforms;'));

  it('lists the warnings with --check and after the publish, which they do not stop', async () => {
    const chinese = await runCli(['ingest', languageFixturePath('zh'), '--lang', 'zh', '--db', db]);
    expect(chinese.code, chinese.stderr).toBe(0);

    const checked = await runCli(['ingest', variant, '--lang', 'en', '--check', '--db', db]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('agreement with the Chinese version: 1 warning (not errors)');
    expect(checked.stdout).toContain(
      'key-topic-new-label: new label for the thesaurus: en «internet platforms» for concept online-services (zh «网上服务»), key topic 2 of theme-1',
    );

    const json = await runCli(['ingest', variant, '--lang', 'en', '--check', '--json', '--db', db]);
    const report = JSON.parse(json.stdout) as {
      agreement: { code: string; theme: string; position: number }[];
    };
    expect(report.agreement.map(({ code, theme, position }) => ({ code, theme, position }))).toEqual([
      { code: 'key-topic-new-label', theme: 'theme-1', position: 2 },
    ]);

    const published = await runCli(['ingest', variant, '--lang', 'en', '--db', db]);
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toContain('published');
    expect(published.stderr).toContain('new label for the thesaurus: en «internet platforms»');
  });
});
