import { describe, expect, it } from 'vitest';
import type { FixtureVariant } from '../../test/support/language-fixtures.js';
import {
  FIXTURE_LANGUAGES,
  ingestLanguageFixture,
  languageFixtureCatalog,
  readLanguageFixture,
} from '../../test/support/language-fixtures.js';
import { makeLanguageVersion } from '../../test/support/language-versions.js';
import { lineOf } from '../../test/support/corpus.js';
import { locatorOf } from '../ingest/index.js';
import { alignCatalogs, alignWithPublished } from './align-catalogs.js';
import type { Catalog } from './catalog.js';

/** The misalignments of an English variant against the Chinese fixture, with their source lines. */
function alignEnglish(variant: FixtureVariant): ReturnType<typeof alignCatalogs> {
  const report = ingestLanguageFixture('en', variant);
  expect(report.anomalies.filter((anomaly) => anomaly.severity === 'error')).toEqual([]);
  if (report.catalog === undefined) throw new Error(`the ${variant} variant does not ingest`);
  return alignCatalogs(report.catalog, languageFixtureCatalog('zh'), locatorOf(report.locations));
}

describe('alignCatalogs', () => {
  it('finds every pair of the six fixture documents aligned', () => {
    expect(FIXTURE_LANGUAGES).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    for (const one of FIXTURE_LANGUAGES) {
      for (const other of FIXTURE_LANGUAGES) {
        if (one === other) continue;
        expect(
          alignCatalogs(languageFixtureCatalog(one), languageFixtureCatalog(other)),
          `${one}/${other}`,
        ).toEqual([]);
      }
    }
  });

  it('does not compare texts: a version with much longer texts aligns', () => {
    const zh = languageFixtureCatalog('zh');
    const long = makeLanguageVersion(zh, 'fr', (text) => `${text} ${text} ${text}`);
    expect(alignCatalogs(long, zh)).toEqual([]);
  });

  it('names a missing paragraph, the line after which it is missing, and the published text', () => {
    const text = readLanguageFixture('en', 'missing-paragraph');
    expect(alignEnglish('missing-paragraph')).toEqual([
      {
        kind: 'paragraph-missing',
        against: 'zh',
        paragraph: 12,
        line: lineOf(text, '11. Guidance'),
        message: `paragraph 12 is missing in en (after paragraph 11, line ${String(lineOf(text, '11. Guidance'))}); zh 12: «文件就有助于做出回应、进行非正式交流和建立信任的…»`,
      },
    ]);
  });

  it('names a paper symbol standing on another paragraph, on both sides', () => {
    const line = lineOf(readLanguageFixture('en', 'symbol-moved'), '11. In 2013');
    expect(alignEnglish('symbol-moved')).toEqual([
      expect.objectContaining({
        kind: 'symbol-moved',
        paragraph: 11,
        line,
        message: `the symbol CTOC/COP/WG.7/2013/4 stands on paragraph 11 in en (line ${String(line)}) but on paragraph 10 in zh («2013 年，秘书处为工作组第二次会议草拟了一份…»)`,
      }),
    ]);
  });

  it('names an item the published version does not have, with its line', () => {
    const line = lineOf(readLanguageFixture('en', 'extra-item'), '(d) Liaison');
    expect(alignEnglish('extra-item')).toEqual([
      expect.objectContaining({
        kind: 'item-extra',
        paragraph: 9,
        line,
        message: `paragraph 9 has an item (d) in en (line ${String(line)}) that zh does not have (zh 9: items (a), (b), (c))`,
      }),
    ]);
  });

  it('names a theme with one paper too many, and the theme that lost it', () => {
    const text = readLanguageFixture('en', 'theme-extra-paper');
    const found = alignEnglish('theme-extra-paper');
    expect(found.map((misalignment) => [misalignment.kind, misalignment.line])).toEqual([
      ['theme-papers', lineOf(text, 'Impact of crises\nKey topics')],
      ['theme-papers', lineOf(text, 'International cooperation\nKey topics')],
    ]);
    expect(found[0]?.message).toBe(
      `theme 2 «Impact of crises» has 2 papers (CTOC/COP/WG.7/2020/2, CTOC/COP/WG.7/2019/2) in en (line ${String(lineOf(text, 'Impact of crises\nKey topics'))}) but 1 paper (CTOC/COP/WG.7/2020/2) in zh («危机的影响»)`,
    );
  });

  it('names an item missing in the new version, a paragraph too many, a missing paper and a missing theme', () => {
    const zh = languageFixtureCatalog('zh');
    const en = languageFixtureCatalog('en');
    const fewerItems: Catalog = {
      ...en,
      paragraphs: en.paragraphs.map((paragraph) =>
        paragraph.number === 9 ? { ...paragraph, items: paragraph.items.slice(0, 2) } : paragraph,
      ),
    };
    const lessItems = alignCatalogs(fewerItems, zh);
    expect(lessItems.map((misalignment) => misalignment.kind)).toEqual(['item-missing']);
    expect(lessItems[0]?.message).toMatch(
      /^paragraph 9 in en has no item \(c\); zh 9\(c\): «现有从业者网络，如/,
    );
    const longer = alignCatalogs(zh, { ...en, paragraphs: en.paragraphs.slice(0, 11) });
    expect(longer.map((misalignment) => misalignment.kind)).toEqual(['paragraph-extra']);
    expect(longer[0]?.message).toBe('paragraph 12 in zh is not in en (its last paragraph is 11)');
    const noLastTheme: Catalog = { ...en, themes: en.themes.slice(0, 2) };
    expect(alignCatalogs(noLastTheme, zh).map((misalignment) => misalignment.kind)).toEqual([
      'theme-missing',
    ]);
    const onePaperLess: Catalog = { ...en, papers: en.papers.slice(0, 3) };
    expect(alignCatalogs(onePaperLess, zh)[0]?.message).toMatch(
      /^the paper CTOC\/COP\/WG\.7\/2013\/4 is missing in en; in zh it stands on paragraph 10/,
    );
  });

  it('refuses to compare two different documents', () => {
    const zh = languageFixtureCatalog('zh');
    const other: Catalog = {
      ...languageFixtureCatalog('en'),
      document: { ...zh.document, id: 'thematic-summary-2024' },
    };
    expect(alignCatalogs(other, zh).map((misalignment) => misalignment.kind)).toEqual(['document-mismatch']);
  });
});

describe('alignWithPublished', () => {
  it('compares with every other language of the same document, never with the version it replaces', () => {
    const zh = languageFixtureCatalog('zh');
    const fr = languageFixtureCatalog('fr');
    const broken = ingestLanguageFixture('en', 'extra-item').catalog;
    if (broken === undefined) throw new Error('the extra-item variant does not ingest');
    expect(
      alignWithPublished(broken, [zh, fr, languageFixtureCatalog('en')]).map((found) => found.against),
    ).toEqual(['zh', 'fr']);
    const otherDocument: Catalog = { ...zh, document: { ...zh.document, id: 'another-document' } };
    expect(alignWithPublished(broken, [otherDocument])).toEqual([]);
  });
});
