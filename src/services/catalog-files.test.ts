import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { exportSelection } from '../export/index.js';
import { renderBriefing } from '../brief/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { search } from '../search/index.js';
import type { SearchServiceRequest } from './search-service.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { createCatalogFiles } from './catalog-files.js';
import type { CatalogFilesDeps } from './catalog-files.js';
import { FileCache } from './file-cache.js';
import { makeLanguageVersion } from '../../test/support/language-versions.js';

const { catalog, index } = corpusSearchIndex();
const knowledge = describeCatalog(catalog, bundledKnowledge());

/** The use cases over the bundled corpus, counting the files made and the searches run. */
function filesOver(overrides: Partial<CatalogFilesDeps> = {}) {
  const counts = { exports: 0, briefings: 0, searches: 0 };
  let versionKey = 'thematic-summary-2021/zh/1';
  const files = createCatalogFiles({
    loadCatalog: () => Promise.resolve({ versionKey, catalog }),
    loadKnowledge: () => Promise.resolve(knowledge),
    search: (request: SearchServiceRequest) => {
      counts.searches += 1;
      return Promise.resolve(search(index, request));
    },
    renderers: {
      exportSelection: (...args) => {
        counts.exports += 1;
        return exportSelection(...args);
      },
      renderBriefing: (...args) => {
        counts.briefings += 1;
        return renderBriefing(...args);
      },
    },
    ...overrides,
  });
  return { files, counts, publish: (key: string) => (versionKey = key) };
}

describe('catalog files (export and briefing use cases)', () => {
  it('makes the whole catalog’s Word pack once: a second request gets the kept file', async () => {
    const { files, counts } = filesOver();
    const request = { selection: {}, format: 'docx', date: '2026-11-30' } as const;
    const first = await files.briefingFile(request);
    const second = await files.briefingFile(request);
    expect(counts.briefings).toBe(1);
    expect(second.body).toBe(first.body);
    expect(second.countsText).toBe(first.countsText);
    await files.briefingFile({ ...request, headingsLanguage: 'zh' });
    await files.briefingFile({ ...request, title: 'Another' });
    await files.briefingFile({ ...request, date: '2026-12-01' });
    await files.briefingFile({ ...request, format: 'md' });
    expect(counts.briefings).toBe(5);
  });

  it('makes an export once per selection and format, whatever order or form the selection is named in', async () => {
    const { files, counts } = filesOver();
    const first = await files.exportFile({
      selection: { papers: ['CTOC/COP/WG.7/2015/4', 'ctoc-cop-wg.7-2015-4'], themeIds: ['theme-1'] },
      format: 'md',
    });
    const again = await files.exportFile({
      selection: { papers: ['CTOC-COP-WG.7-2015-4'], themeIds: [' theme-1 '] },
      format: 'md',
    });
    expect(again).toBe(first);
    expect(counts.exports).toBe(1);
    await files.exportFile({ selection: { papers: ['CTOC-COP-WG.7-2015-4'] }, format: 'csv' });
    expect(counts.exports).toBe(2);
  });

  it('finds a kept file before running its query again, and makes it anew for a new catalog version', async () => {
    const { files, counts, publish } = filesOver();
    const request = { selection: { query: '哈瓦拉' }, format: 'json' } as const;
    await files.exportFile(request);
    const searches = counts.searches;
    expect(searches).toBeGreaterThan(0);
    await files.exportFile(request);
    expect(counts).toMatchObject({ exports: 1, searches });
    publish('thematic-summary-2021/zh/2');
    await files.exportFile(request);
    expect(counts.exports).toBe(2);
    expect(counts.searches).toBeGreaterThan(searches);
  });

  it('keeps nothing with a cache of 0 bytes', async () => {
    const { files, counts } = filesOver({ cacheBytes: 0 });
    await files.exportFile({ selection: {}, format: 'csv' });
    await files.exportFile({ selection: {}, format: 'csv' });
    expect(counts.exports).toBe(2);
  });

  it('selects by slug, each value once, and names the query parameter when nothing matches', async () => {
    const { files } = filesOver();
    expect(
      await files.select({ papers: ['ctoc-cop-wg.7-2015-4', 'CTOC/COP/WG.7/2015/4'], topicIds: ['Hawala'] }),
    ).toEqual({ papers: ['CTOC/COP/WG.7/2015/4'], topics: ['hawala'] });
    const error = await files
      .select({ query: 'zzzqqq', queryParameter: 'q' })
      .catch((caught: unknown) => caught);
    expect(isSomkbError(error, 'NOT_FOUND')).toBe(true);
    expect(error).toMatchObject({ where: 'q', message: "no paragraph matches the query 'zzzqqq'" });
  });

  it('says CATALOG_EMPTY when nothing is published', async () => {
    const { files } = filesOver({ loadCatalog: () => Promise.resolve(undefined) });
    const error = await files.exportFile({ selection: {}, format: 'csv' }).catch((caught: unknown) => caught);
    expect(isSomkbError(error, 'CATALOG_EMPTY')).toBe(true);
  });
});

describe('catalog files in the language versions of the summary', () => {
  const english = makeLanguageVersion(catalog, 'en', (_, where) => `en text of ${where}`);
  const versions = new Map([
    ['zh', catalog],
    ['en', english],
  ]);
  const { files } = filesOver({
    loadCatalog: (language) => {
      const version = versions.get(language);
      return Promise.resolve(
        version === undefined
          ? undefined
          : { versionKey: `thematic-summary-2021/${language}/1`, catalog: version },
      );
    },
    loadKnowledge: (language) =>
      Promise.resolve(language === 'en' ? describeCatalog(english, bundledKnowledge()) : knowledge),
    publishedLanguages: () => Promise.resolve(['zh', 'en']),
  });

  it('exports the version asked for, with its language', async () => {
    const file = await files.exportFile({
      selection: { themeIds: ['theme-3'] },
      format: 'json',
      catalogLanguage: 'en',
    });
    const exported = JSON.parse(String(file.body)) as {
      document: { language: string };
      paragraphs: { text: string }[];
    };
    expect(exported.document.language).toBe('en');
    expect(exported.paragraphs[0]?.text).toMatch(/^en text of paragraph \d+$/);
  });

  it('refuses a language not published, naming the published ones and the parameter', async () => {
    const error = await files
      .exportFile({
        selection: {},
        format: 'csv',
        catalogLanguage: 'fr',
        languageParameter: '--catalog-lang',
      })
      .catch((caught: unknown) => caught);
    expect(isSomkbError(error, 'NOT_FOUND')).toBe(true);
    expect(error).toMatchObject({
      where: '--catalog-lang',
      message: "the thematic summary is not published in 'fr'; its published languages are zh, en",
    });
    const parallel = await files
      .briefingFile({ selection: {}, format: 'md', date: '2026-11-30', parallelLanguage: 'ru' })
      .catch((caught: unknown) => caught);
    expect(parallel).toMatchObject({ code: 'NOT_FOUND', where: 'parallelLanguage' });
    const same = await files
      .briefingFile({
        selection: {},
        format: 'md',
        date: '2026-11-30',
        catalogLanguage: 'en',
        parallelLanguage: 'en',
      })
      .catch((caught: unknown) => caught);
    expect(same).toMatchObject({ code: 'USAGE', where: 'parallelLanguage' });
  });

  it('gives a pack the headings of its content language unless others are asked for; English by default', async () => {
    const request = { selection: { themeIds: ['theme-3'] }, format: 'md', date: '2026-11-30' } as const;
    expect((await files.briefingFile(request)).fileStem).toMatch(/-en$/);
    const english = await files.briefingFile({ ...request, catalogLanguage: 'en' });
    expect(english.fileStem).toMatch(/-en$/);
    expect(String(english.body)).toContain('en text of paragraph');
    const chinese = await files.briefingFile({ ...request, catalogLanguage: 'zh' });
    expect(chinese.fileStem).toMatch(/-zh$/);
    expect(String(chinese.body)).toContain('目录');
    const asked = await files.briefingFile({ ...request, catalogLanguage: 'zh', headingsLanguage: 'fr' });
    expect(asked.fileStem).toMatch(/-fr$/);
  });

  it('makes a bilingual pack from two versions, kept apart from the pack in one language', async () => {
    const request = { selection: { themeIds: ['theme-3'] }, format: 'md', date: '2026-11-30' } as const;
    const one = await files.briefingFile(request);
    const two = await files.briefingFile({ ...request, parallelLanguage: 'en' });
    expect(two.fileStem).toMatch(/-zh-en$/);
    expect(String(two.body)).toContain('> **29.** en text of paragraph 29');
    expect(String(one.body)).not.toContain('en text of');
  });
});

describe('FileCache', () => {
  const file = (text: string) => ({ body: text, mediaType: 'text/plain; charset=utf-8', extension: 'txt' });

  it('drops the least recently used files beyond its size, and counts what it keeps', () => {
    const cache = new FileCache(2 * (1000 * 2 + 128));
    cache.set('a', file('a'.repeat(1000)));
    cache.set('b', file('b'.repeat(1000)));
    expect(cache.get('a')?.body).toHaveLength(1000);
    cache.set('c', file('c'.repeat(1000)));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(2 * (1000 * 2 + 128));
  });

  it('keeps no file larger than itself', () => {
    const cache = new FileCache(100);
    cache.set('big', file('x'.repeat(100)));
    expect(cache.size).toBe(0);
  });
});
