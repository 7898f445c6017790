import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineOf } from './support/corpus.js';
import { languageFixturePath, readLanguageFixture } from './support/language-fixtures.js';
import { runCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-language-cli-'));
const db = join(work, 'catalog.db');

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('somkb ingest of language versions', () => {
  it('publishes the Chinese then the English fixture and says which languages the document has', async () => {
    const zh = await runCli(['ingest', languageFixturePath('zh'), '--db', db]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('thematic-summary-2021 is published in: zh (this publish: zh)\n');
    const en = await runCli(['ingest', languageFixturePath('en'), '--lang', 'en', '--db', db]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(
      /^published thematic-summary-2021 \(en\) as version 2: 3 themes, 4 papers, 12 paragraphs, 3 items/,
    );
    expect(en.stdout).toContain('thematic-summary-2021 is published in: zh, en (this publish: en)\n');
  });

  it('--check shows that a French text aligns with the published versions', async () => {
    const check = await runCli(['ingest', languageFixturePath('fr'), '--lang', 'fr', '--check', '--db', db]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('alignment: fr aligns with the published zh version 1, en version 2\n');
  });

  it('--check lists every mismatch of a broken variant with its line; ingest refuses it in one line', async () => {
    const text = readLanguageFixture('fr');
    const broken = join(work, 'theme-extra-paper.fr.txt');
    const heading = 'Coopération internationale\nPrincipaux thèmes\n';
    const block = text.slice(text.indexOf(heading), text.indexOf('8. En 2019'));
    const moved = text.replace(block, '').replace('10. En 2013', `${block}10. En 2013`);
    writeFileSync(broken, moved);
    const check = await runCli(['ingest', broken, '--lang', 'fr', '--check', '--db', db]);
    expect(check.code).toBe(1);
    const themeLine = lineOf(moved, 'Incidences des crises\n');
    expect(check.stdout).toContain(
      'alignment: fr does not align with the published zh version 1, en version 2: 4 mismatches\n',
    );
    expect(check.stdout).toContain(
      `  line ${String(themeLine)}   theme-papers: theme 2 «Incidences des crises» has 2 papers`,
    );
    expect(check.stdout).toContain('result: would not be published (it does not align)\n');
    expect(check.stderr).toMatch(
      /^somkb: theme-extra-paper\.fr\.txt: the text does not align with the published zh, en \(4 mismatches, listed above\)\n$/,
    );

    const run = await runCli(['ingest', broken, '--lang', 'fr', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(
      `somkb: theme-extra-paper.fr.txt: not published: line ${String(themeLine)}: theme 2 «Incidences des crises» has 2 papers`,
    );
    expect(run.stderr).toContain('(4 mismatches in all; somkb ingest --check lists them)');
    const languages = await runCli([
      'ingest',
      languageFixturePath('es'),
      '--lang',
      'es',
      '--check',
      '--db',
      db,
    ]);
    expect(languages.stdout).toContain('aligns with the published zh version 1, en version 2\n');
  });

  it('refuses a text whose script is not that of --lang, in one line', async () => {
    const run = await runCli(['ingest', languageFixturePath('ru'), '--lang', 'fr', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^somkb: summary-fixture\.ru\.txt: not French: \d+% of its letters are Cyrillic letters/,
    );
  });
});
