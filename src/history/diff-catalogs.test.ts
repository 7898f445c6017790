import { describe, expect, it } from 'vitest';
import type { Catalog, Paragraph } from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import { ingestSummaryText } from '../ingest/index.js';
import { readCorpusText, replaceOnce } from '../../test/support/corpus.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import type { CatalogChange, TextDiffPart } from './index.js';
import { diffCatalogs } from './index.js';

/** `catalog` with its paragraph `number` replaced by `change(paragraph)`. */
function withParagraph(
  catalog: Catalog,
  number: number,
  change: (paragraph: Paragraph) => Paragraph,
): Catalog {
  return {
    ...catalog,
    paragraphs: catalog.paragraphs.map((paragraph) =>
      paragraph.number === number ? change(paragraph) : paragraph,
    ),
  };
}

/** The changes from `older` to `newer`, published as versions 1 and 2. */
function changesOf(older: Catalog, newer: Catalog): readonly CatalogChange[] {
  return diffCatalogs({ version: 1, catalog: older }, { version: 2, catalog: newer }).changes;
}

function spell(parts: readonly TextDiffPart[] | undefined, side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return (parts ?? [])
    .filter((part) => part.op !== skip)
    .map((part) => part.text)
    .join('');
}

describe('diffCatalogs', () => {
  it('finds no change between identical catalogs, and names the document and versions', () => {
    const diff = diffCatalogs(
      { version: 3, catalog: makeSampleCatalog() },
      { version: 5, catalog: makeSampleCatalog() },
    );
    expect(diff).toEqual({ document: 'thematic-summary-2021', from: 3, to: 5, changes: [] });
  });

  it('gives every change its keys in one order: kind, change, lang, what, then the texts', () => {
    const older = makeSampleCatalog();
    const newer = withParagraph(older, 4, (paragraph) => ({
      ...paragraph,
      text: '文件着重说明需要列作一项要求，例如：',
      items: [{ label: 'b', text: '多机构港口情报中心。' }],
    }));
    const keys = changesOf(older, newer).map((change) => Object.keys(change));
    expect(keys).toEqual([
      ['kind', 'change', 'lang', 'number', 'before', 'after', 'parts'],
      ['kind', 'change', 'lang', 'number', 'label', 'before'],
      ['kind', 'change', 'lang', 'number', 'label', 'before', 'after', 'parts'],
    ]);
  });

  it('reports a changed paragraph text with a diff that spells both texts', () => {
    const older = makeSampleCatalog();
    const newer = withParagraph(older, 6, (paragraph) => ({
      ...paragraph,
      text: '所分析的手段包括对移民的"秘密行动"。',
    }));
    const changes = changesOf(older, newer);
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change).toMatchObject({
      kind: 'paragraph',
      change: 'changed',
      lang: 'zh',
      number: 6,
      before: '所分析的手段包括对移民的"控制下交付"。',
      after: '所分析的手段包括对移民的"秘密行动"。',
    });
    expect(spell(change?.parts, 'before')).toBe(change?.before);
    expect(spell(change?.parts, 'after')).toBe(change?.after);
    expect(change?.parts?.[0]).toEqual({ op: 'equal', text: '所分析的手段包括对移民的"' });
  });

  it('reports a paragraph added with its items, and removed with its items', () => {
    const older = makeSampleCatalog();
    const extra: Paragraph = {
      number: 10,
      text: '文件列出了两项建议：',
      items: [
        { label: 'a', text: '加强合作；' },
        { label: 'b', text: '交流信息。' },
      ],
      chapter: 2,
      theme: 'theme-2',
      paper: 'CTOC/COP/WG.7/2013/3',
    };
    const newer = { ...older, paragraphs: [...older.paragraphs, extra] };
    const added = changesOf(older, newer);
    expect(added).toEqual([
      { kind: 'paragraph', change: 'added', lang: 'zh', number: 10, after: '文件列出了两项建议：' },
      { kind: 'item', change: 'added', lang: 'zh', number: 10, label: 'a', after: '加强合作；' },
      { kind: 'item', change: 'added', lang: 'zh', number: 10, label: 'b', after: '交流信息。' },
    ]);
    const removed = changesOf(newer, older);
    expect(removed.map((change) => [change.kind, change.change, change.label])).toEqual([
      ['paragraph', 'removed', undefined],
      ['item', 'removed', 'a'],
      ['item', 'removed', 'b'],
    ]);
    expect(removed[0]?.before).toBe('文件列出了两项建议：');
    expect(removed[0]?.after).toBeUndefined();
  });

  it('reports items added, removed and changed inside a paragraph that stays', () => {
    const older = makeSampleCatalog();
    const newer = withParagraph(older, 4, (paragraph) => ({
      ...paragraph,
      items: [
        { label: 'b', text: '多机构港口情报中心。' },
        { label: 'c', text: '海上协调中心。' },
      ],
    }));
    const changes = changesOf(older, newer);
    expect(changes.map((change) => [change.kind, change.change, change.number, change.label])).toEqual([
      ['item', 'removed', 4, 'a'],
      ['item', 'changed', 4, 'b'],
      ['item', 'added', 4, 'c'],
    ]);
    const changed = changes[1];
    expect(changed?.before).toBe('多机构港口情报股。');
    expect(changed?.after).toBe('多机构港口情报中心。');
    // One deletion and one insertion, whole words (jieba reads 情报股 as one).
    const runs = changed?.parts?.filter((part) => part.op !== 'equal') ?? [];
    expect(runs.map((part) => part.op)).toEqual(['delete', 'insert']);
    expect(runs[0]?.text).toMatch(/股$/);
    expect(runs[1]?.text).toMatch(/中心$/);
    expect(spell(changed?.parts, 'before')).toBe('多机构港口情报股。');
    expect(spell(changed?.parts, 'after')).toBe('多机构港口情报中心。');
  });

  it('reports each changed field of a paper: subject (with its diff), theme, year, meeting, paragraphs', () => {
    const older = makeSampleCatalog();
    const newer: Catalog = {
      ...older,
      papers: older.papers.map((paper) =>
        paper.symbol === 'CTOC/COP/WG.7/2015/4'
          ? {
              ...paper,
              subject: '有组织犯罪问题，包括洗钱调查',
              theme: 'theme-2',
              year: 2016,
              meeting: 4,
              paragraphs: [5],
            }
          : paper,
      ),
    };
    const changes = changesOf(older, newer);
    expect(
      changes.map((change) => [change.kind, change.symbol, change.field, change.before, change.after]),
    ).toEqual([
      [
        'paper',
        'CTOC/COP/WG.7/2015/4',
        'subject',
        '有组织犯罪问题，包括金融调查',
        '有组织犯罪问题，包括洗钱调查',
      ],
      ['paper', 'CTOC/COP/WG.7/2015/4', 'theme', 'theme-1', 'theme-2'],
      ['paper', 'CTOC/COP/WG.7/2015/4', 'year', '2015', '2016'],
      ['paper', 'CTOC/COP/WG.7/2015/4', 'meeting', '3', '4'],
      ['paper', 'CTOC/COP/WG.7/2015/4', 'paragraphs', '5-6', '5'],
    ]);
    expect(changes.every((change) => change.change === 'changed')).toBe(true);
    expect(spell(changes[0]?.parts, 'after')).toBe('有组织犯罪问题，包括洗钱调查');
    expect(changes.slice(1).every((change) => change.parts === undefined)).toBe(true);
  });

  it('reports papers added and removed, a removed one right after the paper it followed', () => {
    const older = makeSampleCatalog();
    const [first, second, third] = older.papers;
    if (first === undefined || second === undefined || third === undefined) throw new Error('sample changed');
    const added = { ...first, symbol: 'CTOC/COP/WG.7/2020/3', subject: '新的文件' };
    const newer: Catalog = { ...older, papers: [first, added, third] };
    const changes = changesOf(older, newer).filter((change) => change.kind === 'paper');
    expect(changes).toEqual([
      { kind: 'paper', change: 'removed', lang: 'zh', symbol: second.symbol, before: second.subject },
      { kind: 'paper', change: 'added', lang: 'zh', symbol: 'CTOC/COP/WG.7/2020/3', after: '新的文件' },
    ]);
  });

  it('reports a theme renamed, its papers changed, and its key topics changed, added and removed', () => {
    const older = makeSampleCatalog();
    const newer: Catalog = {
      ...older,
      themes: older.themes.map((theme) =>
        theme.id === 'theme-1'
          ? {
              ...theme,
              name: '刑事司法应对',
              keyTopics: ['金钱或其他物质利益', '金融侦查', '特别调查手段（特工行动、线人）', '腐败'],
              papers: ['CTOC/COP/WG.7/2018/2'],
            }
          : { ...theme, keyTopics: ['国际合作'] },
      ),
    };
    const changes = changesOf(older, newer).filter((change) => change.kind !== 'paper');
    expect(
      changes.map((change) => [
        change.kind,
        change.change,
        change.theme,
        change.field,
        change.before,
        change.after,
      ]),
    ).toEqual([
      ['theme', 'changed', 'theme-1', 'name', '刑事司法对策', '刑事司法应对'],
      [
        'theme',
        'changed',
        'theme-1',
        'papers',
        'CTOC/COP/WG.7/2018/2, CTOC/COP/WG.7/2015/4',
        'CTOC/COP/WG.7/2018/2',
      ],
      ['keyTopic', 'changed', 'theme-1', undefined, '金融调查', '金融侦查'],
      ['keyTopic', 'added', 'theme-1', undefined, undefined, '腐败'],
      ['keyTopic', 'removed', 'theme-2', undefined, '援助', undefined],
    ]);
    expect(changes[0]?.parts).toEqual([
      { op: 'equal', text: '刑事司法' },
      { op: 'delete', text: '对策' },
      { op: 'insert', text: '应对' },
    ]);
    expect(spell(changes[2]?.parts, 'before')).toBe('金融调查');
  });

  it('reports a theme added and removed with its key topics', () => {
    const older = makeSampleCatalog();
    const [first] = older.themes;
    if (first === undefined) throw new Error('sample changed');
    const newer: Catalog = { ...older, themes: [first] };
    expect(changesOf(older, newer).filter((change) => change.kind !== 'paper')).toEqual([
      { kind: 'theme', change: 'removed', lang: 'zh', theme: 'theme-2', before: '保护被偷运移民的权利' },
      { kind: 'keyTopic', change: 'removed', lang: 'zh', theme: 'theme-2', before: '援助' },
      { kind: 'keyTopic', change: 'removed', lang: 'zh', theme: 'theme-2', before: '国际合作' },
    ]);
    const back = changesOf(newer, older).filter((change) => change.kind !== 'paper');
    expect(back.map((change) => [change.kind, change.change, change.after])).toEqual([
      ['theme', 'added', '保护被偷运移民的权利'],
      ['keyTopic', 'added', '援助'],
      ['keyTopic', 'added', '国际合作'],
    ]);
  });

  it('lists paragraphs (by number, with their items), then themes, then papers', () => {
    const older = makeSampleCatalog();
    let newer = withParagraph(older, 8, (paragraph) => ({ ...paragraph, text: '文件介绍了各项援助措施。' }));
    newer = withParagraph(newer, 2, (paragraph) => ({ ...paragraph, text: '本概要说明了背景文件。' }));
    newer = {
      ...newer,
      papers: newer.papers.map((paper, index) => (index === 0 ? { ...paper, year: 2017 } : paper)),
      themes: newer.themes.map((theme, index) =>
        index === 1 ? { ...theme, name: '保护移民的权利' } : theme,
      ),
    };
    expect(
      changesOf(older, newer).map((change) => [change.kind, change.number ?? change.theme ?? change.symbol]),
    ).toEqual([
      ['paragraph', 2],
      ['paragraph', 8],
      ['theme', 'theme-2'],
      ['paper', 'CTOC/COP/WG.7/2018/2'],
    ]);
  });

  it('diffs a catalog in English by word, and says the language', () => {
    const older: Catalog = {
      ...makeSampleCatalog(),
      language: 'en',
      paragraphs: [
        {
          number: 1,
          text: 'Background papers have been made available.',
          items: [],
          chapter: 1,
          theme: null,
          paper: null,
        },
      ],
    };
    const newer = withParagraph(older, 1, (paragraph) => ({
      ...paragraph,
      text: 'Background papers were made available.',
    }));
    const [change, ...rest] = changesOf(older, newer);
    expect(rest).toEqual([]);
    expect(change?.lang).toBe('en');
    expect(change?.parts).toEqual([
      { op: 'equal', text: 'Background papers ' },
      { op: 'delete', text: 'have been' },
      { op: 'insert', text: 'were' },
      { op: 'equal', text: ' made available.' },
    ]);
  });

  it('refuses two documents, and two languages, naming both versions', () => {
    const older = makeSampleCatalog();
    const other: Catalog = { ...older, document: { ...older.document, id: 'other-summary' } };
    const english: Catalog = { ...older, language: 'en' };
    const refusal = (catalog: Catalog): unknown => {
      try {
        diffCatalogs({ version: 1, catalog: older }, { version: 2, catalog });
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const documents = refusal(other);
    expect(isSomkbError(documents, 'USAGE')).toBe(true);
    expect((documents as Error).message).toMatch(
      /version 1 .*thematic-summary-2021.*version 2 .*other-summary/,
    );
    const languages = refusal(english);
    expect(isSomkbError(languages, 'USAGE')).toBe(true);
    expect((languages as Error).message).toMatch(/version 1 is in zh and version 2 in en/);
  });

  it('finds exactly the one paragraph edited in a copy of the bundled summary', () => {
    const text = readCorpusText();
    const edited = replaceOnce(text, '文件建议对非法所得进行金融调查', '文件建议对非法所得进行财务调查');
    const older = ingestSummaryText(text, { language: 'zh' }).catalog;
    const newer = ingestSummaryText(edited, { language: 'zh' }).catalog;
    if (older === undefined || newer === undefined) throw new Error('the bundled summary no longer ingests');
    expect(changesOf(older, older)).toEqual([]);
    const changes = changesOf(older, newer);
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change).toMatchObject({ kind: 'paragraph', change: 'changed', number: 12, lang: 'zh' });
    expect(change?.parts?.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: '金融' },
      { op: 'insert', text: '财务' },
    ]);
    expect(spell(change?.parts, 'before')).toBe(older.paragraphs.find((p) => p.number === 12)?.text);
    expect(spell(change?.parts, 'after')).toBe(newer.paragraphs.find((p) => p.number === 12)?.text);
  });

  it('reports a change of the header (the body line of the bundled summary) and of a chapter title', () => {
    const text = readCorpusText();
    const edited = replaceOnce(replaceOnce(text, '偷运移民问题工作组', '偷运人口问题工作组'), '导言', '引言');
    const older = ingestSummaryText(text, { language: 'zh' }).catalog;
    const newer = ingestSummaryText(edited, { language: 'zh' }).catalog;
    if (older === undefined || newer === undefined) throw new Error('the bundled summary no longer ingests');
    const changes = changesOf(older, newer);
    expect(changes.map((change) => [change.kind, change.field, change.number])).toEqual([
      ['document', 'body', undefined],
      ['document', 'chapter', 1],
    ]);
    expect(changes[0]?.parts?.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: '移民' },
      { op: 'insert', text: '人口' },
    ]);
    expect(changes[1]).toMatchObject({ change: 'changed', before: '导言', after: '引言' });
  });

  it('reports a chapter added and removed, and changed dates and place as values or texts', () => {
    const older = makeSampleCatalog();
    const newer: Catalog = {
      ...older,
      document: {
        ...older.document,
        header: { ...older.document.header, dates: ['2022-06-01'], place: '纽约' },
        chapters: [...older.document.chapters.slice(1), { number: 9, numeral: '九', title: '新章' }],
      },
    };
    const changes = changesOf(older, newer);
    const removedChapter = older.document.chapters[0];
    expect(changes.map((change) => [change.field, change.change, change.number])).toEqual([
      ['dates', 'changed', undefined],
      ['place', 'changed', undefined],
      ['chapter', 'removed', removedChapter?.number],
      ['chapter', 'added', 9],
    ]);
    expect(changes[0]).toMatchObject({ before: older.document.header.dates.join(', '), after: '2022-06-01' });
  });
});
