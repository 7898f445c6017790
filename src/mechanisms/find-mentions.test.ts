import { describe, expect, it } from 'vitest';
import type { Catalog, Paragraph } from '../domain/index.js';
import { findMechanismMentions, mechanismParagraphs, parseMechanisms } from './index.js';
import type { MechanismDirectory } from './index.js';

function entry(id: string, printed: string[], parent: string | null = null): Record<string, unknown> {
  return {
    id,
    printed,
    en: id,
    abbreviation: null,
    kind: 'unit',
    region: null,
    year: null,
    parent,
    note: null,
  };
}

function directoryOf(...entries: Record<string, unknown>[]): MechanismDirectory {
  return parseMechanisms({ version: '2026-11-29', mechanisms: entries }, 'test');
}

function paragraph(number: number, text: string, items: [string, string][] = []): Paragraph {
  return {
    number,
    text,
    items: items.map(([label, itemText]) => ({ label, text: itemText })),
    chapter: 2,
    theme: null,
    paper: null,
  };
}

function catalogOf(...paragraphs: Paragraph[]): Catalog {
  return {
    language: 'zh',
    document: {
      id: 'synthetic',
      kind: 'thematic-summary',
      header: {
        body: '偷运移民问题工作组',
        dates: ['2021-10-14'],
        place: '维也纳',
        title: '标题',
        preparedByLine: '秘书处编写的专题概要',
        preparedBy: 'secretariat',
      },
      chapters: [{ number: 2, numeral: '二', title: '背景文件概要' }],
    },
    paragraphs,
    themes: [],
    papers: [],
  };
}

const UNIT_AND_DATABASE = directoryOf(
  entry('unit', ['协调与分析股']),
  entry('database', ['协调与分析股区域数据库'], 'unit'),
);

describe('findMechanismMentions', () => {
  it('counts only the longer name where one name contains another', () => {
    const mentions = findMechanismMentions(
      UNIT_AND_DATABASE,
      catalogOf(paragraph(1, '协调与分析股区域数据库由协调与分析股维护。')),
    );
    expect(mentions).toEqual([
      { mechanism: 'database', paragraph: 1, item: null, start: 0, end: 11, text: '协调与分析股区域数据库' },
      { mechanism: 'unit', paragraph: 1, item: null, start: 12, end: 18, text: '协调与分析股' },
    ]);
  });

  it('lets a long form of a mechanism hide its own short form, and keeps a separate short form', () => {
    const directory = directoryOf(entry('unodc', ['联合国毒品和犯罪问题办公室', '毒品和犯罪问题办公室']));
    const text = '联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）';
    const mentions = findMechanismMentions(directory, catalogOf(paragraph(9, text)));
    expect(mentions.map((mention) => [mention.start, mention.end, mention.text])).toEqual([
      [0, 13, '联合国毒品和犯罪问题办公室'],
      [14, 24, '毒品和犯罪问题办公室'],
    ]);
    expect(text.slice(14, 24)).toBe('毒品和犯罪问题办公室');
  });

  it('keeps both matches when two names overlap without one containing the other', () => {
    const directory = directoryOf(entry('left', ['甲乙丙']), entry('right', ['丙丁']));
    const mentions = findMechanismMentions(directory, catalogOf(paragraph(3, '甲乙丙丁')));
    expect(mentions.map((mention) => [mention.mechanism, mention.start, mention.end])).toEqual([
      ['left', 0, 3],
      ['right', 2, 4],
    ]);
  });

  it('gives offsets into the item text and the item label, after the paragraph’s own text', () => {
    const catalog = catalogOf(
      paragraph(16, '值得注意的举措包括协调与分析股：', [
        ['a', '欧洲的做法；'],
        ['b', '东南亚的协调与分析股创建了协调与分析股区域数据库；'],
      ]),
    );
    const mentions = findMechanismMentions(UNIT_AND_DATABASE, catalog);
    expect(mentions).toEqual([
      { mechanism: 'unit', paragraph: 16, item: null, start: 9, end: 15, text: '协调与分析股' },
      { mechanism: 'unit', paragraph: 16, item: 'b', start: 4, end: 10, text: '协调与分析股' },
      { mechanism: 'database', paragraph: 16, item: 'b', start: 13, end: 24, text: '协调与分析股区域数据库' },
    ]);
    const itemB = catalog.paragraphs[0]?.items[1]?.text ?? '';
    expect(itemB.slice(13, 24)).toBe('协调与分析股区域数据库');
  });

  it('sorts by paragraph number, then text before items in item order, then offset', () => {
    const directory = directoryOf(entry('x', ['甲']));
    const catalog = catalogOf(
      paragraph(7, '乙甲', [
        ['b', '甲'],
        ['a', '乙乙甲'],
      ]),
      paragraph(2, '甲乙甲'),
    );
    const mentions = findMechanismMentions(directory, catalog);
    expect(mentions.map((mention) => `${mention.paragraph}${mention.item ?? ''}@${mention.start}`)).toEqual([
      '2@0',
      '2@2',
      '7@1',
      '7b@0',
      '7a@2',
    ]);
  });

  it('matches exactly: no folding of width or spacing', () => {
    const directory = directoryOf(entry('sherloc', ['SHERLOC 平台']));
    const mentions = findMechanismMentions(
      directory,
      catalogOf(paragraph(1, 'SHERLOC平台，ＳＨＥＲＬＯＣ 平台')),
    );
    expect(mentions).toEqual([]);
  });
});

describe('mechanismParagraphs', () => {
  it('lists every mechanism in directory order, with its paragraphs ascending and unique', () => {
    const directory = directoryOf(entry('first', ['甲']), entry('unused', ['丁']), entry('last', ['乙']));
    const catalog = catalogOf(paragraph(5, '乙甲甲', [['a', '甲']]), paragraph(2, '乙'), paragraph(9, '甲'));
    const result = mechanismParagraphs(directory, findMechanismMentions(directory, catalog));
    expect(result.map((entry) => [entry.mechanism.id, entry.paragraphs])).toEqual([
      ['first', [5, 9]],
      ['unused', []],
      ['last', [2, 5]],
    ]);
  });

  it('ignores mentions of ids the directory does not hold', () => {
    const directory = directoryOf(entry('known', ['甲']));
    const result = mechanismParagraphs(directory, [
      { mechanism: 'stranger', paragraph: 4, item: null, start: 0, end: 1, text: '乙' },
    ]);
    expect(result).toEqual([{ mechanism: directory.byId.get('known'), paragraphs: [] }]);
  });
});
