import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countCatalog } from '../domain/index.js';
import type { Catalog, Language, Paragraph } from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError, SomkbErrorCode } from '../errors/index.js';
import { catalogVersionKey } from './catalog-store.js';
import type { CatalogSource, CatalogStore, PublishedCatalog, VersionRecord } from './catalog-store.js';

/** Options of {@link sampleCatalog}; every field has a default. */
export interface SampleCatalogOptions {
  /** Document id (default `thematic-summary-2021`). */
  readonly documentId?: string;
  /** Language (default `zh`). */
  readonly language?: Language;
  /** Number of paragraphs (default 6). */
  readonly paragraphs?: number;
  /** Text mixed into every paragraph and the title, to make catalogs that differ (default empty). */
  readonly variant?: string;
}

const THEMES = ['theme-1', 'theme-2'] as const;
const PAPERS = ['CTOC/COP/WG.7/2012/2', 'CTOC/COP/WG.7/2013/4'] as const;

/**
 * A small but valid thematic-summary catalog for store tests: chapter 1 holds paragraphs 1–3
 * (outside any theme), the rest alternate between two themes and their papers; every third
 * paragraph has lettered items.
 */
export function sampleCatalog(options: SampleCatalogOptions = {}): Catalog {
  const documentId = options.documentId ?? 'thematic-summary-2021';
  const language = options.language ?? 'zh';
  const count = options.paragraphs ?? 6;
  const variant = options.variant ?? '';
  const paragraphs: Paragraph[] = [];
  for (let number = 1; number <= count; number++) {
    const intro = number <= 3;
    const slot = number % 2;
    paragraphs.push({
      number,
      text: `${variant}第${number}段：缔约国应当加强合作，打击偷运移民。`,
      items:
        number % 3 === 0
          ? [
              { label: 'a', text: `${variant}（a）项，第${number}段` },
              { label: 'b', text: '《打击偷运移民议定书》第 3 条(a)款' },
            ]
          : [],
      chapter: intro ? 1 : 2,
      theme: intro ? null : (THEMES[slot] ?? null),
      paper: intro ? null : (PAPERS[slot] ?? null),
    });
  }
  const paperParagraphs = (slot: number): number[] =>
    paragraphs.filter((p) => p.number > 3 && p.number % 2 === slot).map((p) => p.number);
  return {
    language,
    document: {
      id: documentId,
      kind: 'thematic-summary',
      header: {
        body: '偷运移民问题工作组',
        dates: ['2021-10-14', '2021-10-15'],
        place: '维也纳',
        title: `${variant}秘书处编写的专题概要`,
        preparedByLine: '秘书处编写的专题概要',
        preparedBy: 'secretariat',
      },
      chapters: [
        { number: 1, numeral: '一', title: '导言' },
        { number: 2, numeral: '二', title: '背景文件概要' },
      ],
    },
    paragraphs,
    themes: THEMES.map((id, index) => ({
      id,
      number: index + 1,
      name: `主题${index + 1}：国际合作`,
      keyTopics: ['司法协助', '引渡', '金融调查'],
      papers: [PAPERS[index] ?? ''],
    })),
    papers: PAPERS.map((symbol, index) => ({
      symbol,
      year: 2012 + index,
      meeting: index + 1,
      subject: `第${index + 1}次会议的议题`,
      theme: THEMES[index] ?? '',
      paragraphs: paperParagraphs(index),
      url: `https://undocs.org/${symbol}`,
    })),
  };
}

/** A source record with a recognisable, valid SHA-256 made of the given hex digit. */
function source(digit: string, name = 'thematic-summary-2021.txt'): CatalogSource {
  return { name, sha256: digit.repeat(64) };
}

/** A copy of `value` with the keys of every object in reverse order (same data, other JSON text). */
function withReversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((element: unknown) => withReversedKeys(element)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const reversed: Record<string, unknown> = {};
  for (const key of Object.keys(record).reverse()) reversed[key] = withReversedKeys(record[key]);
  return reversed as T;
}

/** The version record of a published catalog: what the history lists of it. */
function recordOf(published: PublishedCatalog): VersionRecord {
  const record: Record<string, unknown> = { ...published };
  delete record['catalog'];
  return record as unknown as VersionRecord;
}

/** Runs `work` and returns the SomkbError of `code` it rejected with, failing if it did not. */
async function failure(code: SomkbErrorCode, work: () => Promise<unknown>): Promise<SomkbError> {
  try {
    await work();
  } catch (error) {
    expect(isSomkbError(error, code), String(error)).toBe(true);
    return error as SomkbError;
  }
  throw new Error(`expected a ${code} error`);
}

/**
 * The contract every {@link CatalogStore} backend must pass. `openStore` must return a new, empty
 * store on every call (a test may open two, e.g. to copy between them); each test closes the stores
 * it opened.
 */
export function runCatalogStoreContract(name: string, openStore: () => Promise<CatalogStore>): void {
  describe(`CatalogStore contract: ${name}`, () => {
    let store: CatalogStore;

    beforeEach(async () => {
      store = await openStore();
    });

    afterEach(async () => {
      await store.close();
    });

    it('an empty store has no current catalog', async () => {
      expect(await store.current('thematic-summary-2021', 'zh')).toBeUndefined();
      expect(await store.listCurrent()).toEqual([]);
    });

    it('publish makes the catalog current, exactly as given', async () => {
      const catalog = sampleCatalog();
      const before = Date.now();
      const result = await store.publish(catalog, source('a'));
      expect(result.changed).toBe(true);
      expect(result.published.catalog).toEqual(catalog);
      expect(result.published.source).toEqual(source('a'));
      expect(Number.isSafeInteger(result.published.version)).toBe(true);
      expect(result.published.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/);
      expect(Date.parse(result.published.publishedAt)).toBeGreaterThanOrEqual(before - 1000);

      const current = await store.current('thematic-summary-2021', 'zh');
      expect(current).toEqual(result.published);
      expect(current?.catalog).toEqual(catalog);
      expect(await store.current('thematic-summary-2021', 'en')).toBeUndefined();
      expect(await store.current('another-document', 'zh')).toBeUndefined();
    });

    it('each publish of a changed catalog gets a higher version and becomes current', async () => {
      const first = await store.publish(sampleCatalog({ variant: '一' }), source('a'));
      const second = await store.publish(sampleCatalog({ variant: '二' }), source('b'));
      const third = await store.publish(sampleCatalog({ variant: '三' }), source('c'));
      expect(second.changed).toBe(true);
      expect(third.changed).toBe(true);
      expect(second.published.version).toBeGreaterThan(first.published.version);
      expect(third.published.version).toBeGreaterThan(second.published.version);
      const current = await store.current('thematic-summary-2021', 'zh');
      expect(current?.version).toBe(third.published.version);
      expect(current?.catalog).toEqual(sampleCatalog({ variant: '三' }));
      expect(current?.source).toEqual(source('c'));
      expect(await store.listCurrent()).toHaveLength(1);
    });

    it('every read of one publication has the same version key, and a new publish a new one', async () => {
      const read = async (): Promise<readonly PublishedCatalog[]> => {
        const current = await store.current('thematic-summary-2021', 'zh');
        return [...(current === undefined ? [] : [current]), ...(await store.listCurrent())];
      };
      const first = await store.publish(sampleCatalog(), source('a'));
      const key = catalogVersionKey(first.published);
      expect(key).toBe(`thematic-summary-2021/zh/${first.published.version}`);
      const reads = [...(await read()), ...(await read())];
      expect(reads).toHaveLength(4);
      for (const published of reads) expect(catalogVersionKey(published)).toBe(key);

      const same = await store.publish(sampleCatalog(), source('a'));
      expect(catalogVersionKey(same.published)).toBe(key);

      const next = await store.publish(sampleCatalog({ variant: '新' }), source('b'));
      const nextKey = catalogVersionKey(next.published);
      expect(nextKey).not.toBe(key);
      const nextReads = await read();
      expect(nextReads).toHaveLength(2);
      for (const published of nextReads) expect(catalogVersionKey(published)).toBe(nextKey);

      const english = await store.publish(sampleCatalog({ language: 'en' }), source('a'));
      expect(catalogVersionKey(english.published)).not.toBe(nextKey);
      expect(catalogVersionKey(english.published)).toMatch(/^thematic-summary-2021\/en\/\d+$/);
    });

    it('publishing the same source and catalog again changes nothing', async () => {
      const first = await store.publish(sampleCatalog(), source('a'));
      const again = await store.publish(sampleCatalog(), source('a', 'renamed.txt'));
      expect(again.changed).toBe(false);
      expect(again.published.version).toBe(first.published.version);
      expect(again.published.publishedAt).toBe(first.published.publishedAt);
      expect(again.published.source).toEqual(source('a'));
      expect(again.published.catalog).toEqual(sampleCatalog());
      expect(await store.current('thematic-summary-2021', 'zh')).toEqual(first.published);
    });

    it('compares catalogs by content, not by the order of their properties', async () => {
      const first = await store.publish(sampleCatalog(), source('a'));
      const again = await store.publish(withReversedKeys(sampleCatalog()), source('a'));
      expect(again.changed).toBe(false);
      expect(again.published.version).toBe(first.published.version);
    });

    it('publishes a new version when only the catalog or only the source changed', async () => {
      const first = await store.publish(sampleCatalog(), source('a'));
      const newCatalog = await store.publish(sampleCatalog({ variant: '改' }), source('a'));
      expect(newCatalog.changed).toBe(true);
      expect(newCatalog.published.version).toBeGreaterThan(first.published.version);
      const newSource = await store.publish(sampleCatalog({ variant: '改' }), source('b'));
      expect(newSource.changed).toBe(true);
      expect(newSource.published.version).toBeGreaterThan(newCatalog.published.version);
      expect(await store.current('thematic-summary-2021', 'zh')).toEqual(newSource.published);
    });

    it('compares only with the current catalog: republishing an older one is a change', async () => {
      await store.publish(sampleCatalog({ variant: 'A' }), source('a'));
      const b = await store.publish(sampleCatalog({ variant: 'B' }), source('b'));
      const backToA = await store.publish(sampleCatalog({ variant: 'A' }), source('a'));
      expect(backToA.changed).toBe(true);
      expect(backToA.published.version).toBeGreaterThan(b.published.version);
      expect((await store.current('thematic-summary-2021', 'zh'))?.catalog).toEqual(
        sampleCatalog({ variant: 'A' }),
      );
    });

    it('keeps documents and languages independent', async () => {
      const zh = sampleCatalog({ documentId: 'doc-1', language: 'zh' });
      const en = sampleCatalog({ documentId: 'doc-1', language: 'en', variant: 'EN ' });
      const other = sampleCatalog({ documentId: 'doc-2', language: 'zh', variant: '二号' });
      const zhResult = await store.publish(zh, source('a'));
      const enResult = await store.publish(en, source('a'));
      const otherResult = await store.publish(other, source('a'));
      expect(enResult.changed).toBe(true);
      expect(otherResult.changed).toBe(true);

      const zhChanged = sampleCatalog({ documentId: 'doc-1', language: 'zh', variant: '新' });
      const zhNew = await store.publish(zhChanged, source('b'));
      expect(zhNew.changed).toBe(true);

      expect((await store.current('doc-1', 'zh'))?.catalog).toEqual(zhChanged);
      expect(await store.current('doc-1', 'en')).toEqual(enResult.published);
      expect(await store.current('doc-2', 'zh')).toEqual(otherResult.published);
      expect(await store.current('doc-2', 'en')).toBeUndefined();
      expect(zhResult.published.version).not.toBe(enResult.published.version);

      const enAgain = await store.publish(en, source('a'));
      expect(enAgain.changed).toBe(false);
      expect(enAgain.published.version).toBe(enResult.published.version);
    });

    it('lists the current catalogs ordered by document id, then language', async () => {
      const order: readonly (readonly [string, Language])[] = [
        ['doc-b', 'zh'],
        ['doc-a', 'zh'],
        ['doc-b', 'en'],
        ['doc-a', 'ru'],
        ['doc-a', 'ar'],
      ];
      let digit = 0;
      for (const [documentId, language] of order) {
        await store.publish(sampleCatalog({ documentId, language }), source(String(digit++)));
      }
      const replaced = await store.publish(
        sampleCatalog({ documentId: 'doc-a', language: 'zh', variant: '新' }),
        source('f'),
      );

      const listed = await store.listCurrent();
      const key = (published: PublishedCatalog): string =>
        `${published.catalog.document.id}/${published.catalog.language}`;
      expect(listed.map(key)).toEqual(['doc-a/ar', 'doc-a/ru', 'doc-a/zh', 'doc-b/en', 'doc-b/zh']);
      expect(listed[2]).toEqual(replaced.published);
      for (const published of listed) {
        expect(await store.current(published.catalog.document.id, published.catalog.language)).toEqual(
          published,
        );
      }
    });

    it('round-trips Unicode exactly: Chinese, emoji, full-width and combining characters', async () => {
      const texts = [
        '缔约国应根据《打击偷运移民议定书》第 3 条(a)款，将偷运移民定为刑事犯罪；',
        '表情：😀🚢👨‍👩‍👧‍👦🇺🇳 — 𠀀𪚥（扩展区汉字）',
        '全角：（ａ）ＡＢＣ１２３！？：；，。「」『』〔〕　（全角空格）',
        'decomposed e\u0301 vs composed \u00e9, ﬁ ligature, Ω vs \u2126',
        'عربي · русский · \u200b zero-width space · tab\there · line\nbreak · "quotes" \\ backslash',
      ];
      const base = sampleCatalog({ paragraphs: texts.length + 3 });
      const catalog: Catalog = {
        ...base,
        document: {
          ...base.document,
          id: 'unicode-文档-😀',
          header: { ...base.document.header, title: '关于偷运移民问题的专题概要🌏' },
        },
        paragraphs: base.paragraphs.map((paragraph, index) => ({
          ...paragraph,
          text: texts[index % texts.length] ?? paragraph.text,
          items: [{ label: 'a', text: `（a）${texts[(index + 1) % texts.length] ?? ''}` }],
        })),
        themes: base.themes.map((theme) => ({ ...theme, keyTopics: ['金融调查；', '“引渡”', '😀'] })),
      };
      const result = await store.publish(catalog, source('e'));
      const current = await store.current('unicode-文档-😀', 'zh');
      expect(current).toEqual(result.published);
      expect(current?.catalog).toEqual(catalog);
      current?.catalog.paragraphs.forEach((paragraph, index) => {
        const expected = catalog.paragraphs[index]?.text ?? '';
        expect(paragraph.text).toBe(expected);
        expect(paragraph.text.length).toBe(expected.length);
      });
      expect((await store.listCurrent())[0]?.catalog.document.id).toBe('unicode-文档-😀');
    });

    it('round-trips a catalog of 20,000 paragraphs', async () => {
      const catalog = sampleCatalog({ paragraphs: 20_000, variant: '大' });
      const result = await store.publish(catalog, source('d'));
      expect(result.changed).toBe(true);
      const current = await store.current('thematic-summary-2021', 'zh');
      expect(current?.catalog.paragraphs).toHaveLength(20_000);
      expect(current?.catalog.paragraphs.at(-1)).toEqual(catalog.paragraphs.at(-1));
      expect(current?.catalog).toEqual(catalog);
      const again = await store.publish(sampleCatalog({ paragraphs: 20_000, variant: '大' }), source('d'));
      expect(again.changed).toBe(false);
    });

    it('numbers versions per document, 1, 2, 3 … across its languages', async () => {
      const zh = await store.publish(sampleCatalog({ documentId: 'doc-1' }), source('a'));
      const en = await store.publish(sampleCatalog({ documentId: 'doc-1', language: 'en' }), source('a'));
      const other = await store.publish(sampleCatalog({ documentId: 'doc-2' }), source('a'));
      const zhAgain = await store.publish(sampleCatalog({ documentId: 'doc-1', variant: '改' }), source('b'));
      const same = await store.publish(sampleCatalog({ documentId: 'doc-1', variant: '改' }), source('b'));
      expect([zh, en, other, zhAgain, same].map((result) => result.published.version)).toEqual([
        1, 2, 1, 3, 3,
      ]);
      expect(zhAgain.published.documentId).toBe('doc-1');
      expect(zhAgain.published.language).toBe('zh');
      expect(await store.history('doc-1')).toHaveLength(3);
    });

    it('records the provenance of a publish, and reads it back everywhere', async () => {
      const withProvenance = sampleCatalog({ variant: '甲' });
      const rollback: CatalogSource = { ...source('a'), rollbackOf: 1, draft: 'draft-7' };
      const result = await store.publish(withProvenance, rollback, {
        by: 'cli:ana',
        message: '第 12 段改写 — "quoted"',
        removals: { paragraphs: [7, 8, 9], papers: ['CTOC/COP/WG.7/2014/2'], themes: ['theme-9'] },
      });
      const { published } = result;
      expect(recordOf(published)).toEqual({
        documentId: 'thematic-summary-2021',
        language: 'zh',
        version: 1,
        publishedAt: published.publishedAt,
        by: 'cli:ana',
        message: '第 12 段改写 — "quoted"',
        source: rollback,
        counts: countCatalog(withProvenance),
        removals: { paragraphs: [7, 8, 9], papers: ['CTOC/COP/WG.7/2014/2'], themes: ['theme-9'] },
      });
      expect(await store.current('thematic-summary-2021', 'zh')).toEqual(published);
      expect(await store.version('thematic-summary-2021', 1)).toEqual(published);
      expect(await store.history('thematic-summary-2021')).toEqual([recordOf(published)]);

      const plain = await store.publish(sampleCatalog({ variant: '乙' }), source('b'));
      expect(plain.published.by).toBe('unknown');
      expect(plain.published.message).toBe('');
      expect(plain.published.removals).toBeUndefined();
      expect(plain.published.source).toEqual(source('b'));
      expect((await store.history('thematic-summary-2021'))[1]).toEqual(recordOf(plain.published));
    });

    it("records the draft, author and reviewer of an editor's publish, and none for other publishes", async () => {
      const edit: CatalogSource = {
        ...source('c', 'draft d-9'),
        draft: 'd-9',
        author: 'ana@un.org',
        reviewer: 'Rev.Two@un.org',
      };
      const ingested = await store.publish(sampleCatalog({ variant: '一' }), source('a'), { by: 'cli:ana' });
      const edited = await store.publish(sampleCatalog({ variant: '二' }), edit, { by: 'admin@un.org' });
      expect(edited.published.source).toEqual(edit);
      expect(ingested.published.source).toEqual(source('a'));
      expect(ingested.published.source).not.toHaveProperty('author');
      expect(ingested.published.source).not.toHaveProperty('reviewer');
      expect((await store.current('thematic-summary-2021', 'zh'))?.source).toEqual(edit);
      expect((await store.version('thematic-summary-2021', edited.published.version))?.source).toEqual(edit);
      expect((await store.version('thematic-summary-2021', ingested.published.version))?.source).toEqual(
        source('a'),
      );
      expect((await store.history('thematic-summary-2021')).map((record) => record.source)).toEqual([
        source('a'),
        edit,
      ]);
      expect((await store.listCurrent())[0]?.source).toEqual(edit);
    });

    it('lists the history oldest first, of all languages or one, and nothing of other documents', async () => {
      const results = [
        await store.publish(sampleCatalog({ variant: '一' }), source('1')),
        await store.publish(sampleCatalog({ language: 'en', variant: 'one ' }), source('2')),
        await store.publish(sampleCatalog({ documentId: 'other' }), source('3')),
        await store.publish(sampleCatalog({ variant: '二' }), source('4'), { message: 'second zh' }),
        await store.publish(sampleCatalog({ language: 'en', variant: 'two ' }), source('5')),
      ];
      const ours = results.filter((result) => result.published.documentId === 'thematic-summary-2021');
      expect(await store.history('thematic-summary-2021')).toEqual(
        ours.map((result) => recordOf(result.published)),
      );
      expect((await store.history('thematic-summary-2021', 'zh')).map((record) => record.version)).toEqual([
        1, 3,
      ]);
      expect((await store.history('thematic-summary-2021', 'en')).map((record) => record.version)).toEqual([
        2, 4,
      ]);
      expect(await store.history('thematic-summary-2021', 'fr')).toEqual([]);
      expect(await store.history('never-published')).toEqual([]);
      expect((await store.history('other')).map((record) => record.version)).toEqual([1]);
      const times = (await store.history('thematic-summary-2021')).map((record) =>
        Date.parse(record.publishedAt),
      );
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('reads any version with its catalog, and nothing for a version that does not exist', async () => {
      const first = await store.publish(sampleCatalog({ variant: '一' }), source('1'));
      await store.publish(sampleCatalog({ variant: '二' }), source('2'));
      expect(await store.version('thematic-summary-2021', 1)).toEqual(first.published);
      expect((await store.version('thematic-summary-2021', 2))?.catalog).toEqual(
        sampleCatalog({ variant: '二' }),
      );
      expect(await store.version('thematic-summary-2021', 3)).toBeUndefined();
      expect(await store.version('thematic-summary-2021', 0)).toBeUndefined();
      expect(await store.version('another-document', 1)).toBeUndefined();
    });

    it('deletes nothing: 25 publishes keep 25 versions, each with its catalog', async () => {
      for (let n = 1; n <= 25; n++) {
        await store.publish(sampleCatalog({ variant: `第${n}版` }), source(String(n % 10)));
      }
      const history = await store.history('thematic-summary-2021');
      expect(history.map((record) => record.version)).toEqual(
        Array.from({ length: 25 }, (_, index) => index + 1),
      );
      expect((await store.version('thematic-summary-2021', 1))?.catalog).toEqual(
        sampleCatalog({ variant: '第1版' }),
      );
      expect((await store.version('thematic-summary-2021', 13))?.catalog).toEqual(
        sampleCatalog({ variant: '第13版' }),
      );
      expect((await store.current('thematic-summary-2021', 'zh'))?.version).toBe(25);
    });

    it('publishes on the base version it names, and refuses a stale base with CONFLICT naming both', async () => {
      const first = await store.publish(sampleCatalog({ variant: '一' }), source('1'), { base: null });
      expect(first.published.version).toBe(1);
      const second = await store.publish(sampleCatalog({ variant: '二' }), source('2'), { base: 1 });
      expect(second.published.version).toBe(2);
      const before = await store.history('thematic-summary-2021');

      const stale = await failure('CONFLICT', () =>
        store.publish(sampleCatalog({ variant: '三' }), source('3'), { base: 1 }),
      );
      expect(stale.message).toMatch(/version 2\b/);
      expect(stale.message).toMatch(/version 1\b/);
      const none = await failure('CONFLICT', () =>
        store.publish(sampleCatalog({ variant: '三' }), source('3'), { base: null }),
      );
      expect(none.message).toMatch(/version 2\b/);
      await failure('CONFLICT', () =>
        store.publish(sampleCatalog({ language: 'en' }), source('3'), { base: 2 }),
      );

      expect(await store.history('thematic-summary-2021')).toEqual(before);
      expect(await store.current('thematic-summary-2021', 'zh')).toEqual(second.published);
      const english = await store.publish(sampleCatalog({ language: 'en' }), source('3'), { base: null });
      expect(english.published.version).toBe(3);
    });

    it('a publish that fails leaves the history and the current catalog untouched', async () => {
      const first = await store.publish(sampleCatalog({ variant: '一' }), source('1'), { message: 'first' });
      const unserializable = {
        ...sampleCatalog({ variant: '坏' }),
        paragraphs: [{ ...sampleCatalog().paragraphs[0], number: 10n }],
      } as unknown as Catalog;
      await expect(store.publish(unserializable, source('2'))).rejects.toThrow();
      await failure('CONFLICT', () =>
        store.publish(sampleCatalog({ variant: '二' }), source('2'), { base: 7 }),
      );
      expect(await store.history('thematic-summary-2021')).toEqual([recordOf(first.published)]);
      expect(await store.current('thematic-summary-2021', 'zh')).toEqual(first.published);
      const next = await store.publish(sampleCatalog({ variant: '二' }), source('2'));
      expect(next.published.version).toBe(2);
    });

    it('imports versions exactly as another store holds them, and refuses one it holds with CONFLICT', async () => {
      const results = [
        await store.publish(sampleCatalog({ variant: '一' }), source('1'), { by: 'cli:ana', message: 'one' }),
        await store.publish(
          sampleCatalog({ language: 'en' }),
          { ...source('2'), draft: 'd-2', author: 'ed@un.org', reviewer: 'rev@un.org' },
          { by: 'a@un.org' },
        ),
        await store.publish(
          sampleCatalog({ variant: '二', paragraphs: 4 }),
          { ...source('3'), rollbackOf: 1 },
          {
            message: 'rollback',
            removals: { paragraphs: [5, 6], papers: [], themes: [] },
          },
        ),
      ];
      const versions = await Promise.all(
        [1, 2, 3].map(async (version) => {
          const published = await store.version('thematic-summary-2021', version);
          if (published === undefined) throw new Error(`version ${version} is missing`);
          return published;
        }),
      );
      const target = await openStore();
      try {
        // Out of order: an older version imported after a newer one does not become current.
        for (const index of [2, 0, 1]) await target.importVersion(versions[index] as PublishedCatalog);
        expect(await target.history('thematic-summary-2021')).toEqual(
          results.map((result) => recordOf(result.published)),
        );
        for (const published of versions) {
          expect(await target.version('thematic-summary-2021', published.version)).toEqual(published);
        }
        expect(await target.current('thematic-summary-2021', 'zh')).toEqual(versions[2]);
        expect(await target.current('thematic-summary-2021', 'en')).toEqual(versions[1]);
        expect(await target.listCurrent()).toEqual(await store.listCurrent());

        const again = await failure('CONFLICT', () => target.importVersion(versions[0] as PublishedCatalog));
        expect(again.message).toMatch(/version 1\b/);
        expect(again.message).toContain('thematic-summary-2021');
        expect(await target.history('thematic-summary-2021')).toHaveLength(3);

        const next = await target.publish(sampleCatalog({ variant: '新' }), source('4'));
        expect(next.published.version).toBe(4);
      } finally {
        await target.close();
      }
    });

    it('an empty store reports itself healthy', () => {
      expect(store.health().status).toBe('ok');
    });
  });
}
