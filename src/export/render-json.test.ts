import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { describeCatalog } from '../knowledge/index.js';
import type { Catalog } from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { renderJson, toExportJson } from './render-json.js';

describe('toExportJson', () => {
  it('exports the document with its language, header and chapters', () => {
    const exported = toExportJson(makeSampleCatalog());
    expect(exported.document).toEqual({
      id: 'thematic-summary-2021',
      kind: 'thematic-summary',
      language: 'zh',
      header: {
        body: '偷运移民问题工作组',
        dates: ['2021-10-14', '2021-10-15'],
        place: '维也纳',
        title: '自偷运移民问题工作组第一次会议以来的背景文件',
        preparedByLine: '秘书处编写的专题概要',
        preparedBy: 'secretariat',
      },
      chapters: [
        { number: 1, numeral: '一', title: '导言' },
        { number: 2, numeral: '二', title: '背景文件概要' },
      ],
    });
  });

  it('exports themes with names, key topics and paper symbols in order', () => {
    const { themes } = toExportJson(makeSampleCatalog());
    expect(themes).toEqual([
      {
        id: 'theme-1',
        number: 1,
        name: '刑事司法对策',
        keyTopics: ['金钱或其他物质利益', '金融调查', '特别调查手段（特工行动、线人）'],
        papers: ['CTOC/COP/WG.7/2018/2', 'CTOC/COP/WG.7/2015/4'],
      },
      {
        id: 'theme-2',
        number: 2,
        name: '保护被偷运移民的权利',
        keyTopics: ['援助', '国际合作'],
        papers: ['CTOC/COP/WG.7/2013/3'],
      },
    ]);
  });

  it('resolves the theme of papers and paragraphs to its name and keeps the id on papers', () => {
    const exported = toExportJson(makeSampleCatalog());
    expect(exported.papers[1]).toEqual({
      symbol: 'CTOC/COP/WG.7/2015/4',
      year: 2015,
      meeting: 3,
      subject: '有组织犯罪问题，包括金融调查',
      theme: '刑事司法对策',
      themeId: 'theme-1',
      paragraphs: [5, 6],
      url: 'https://undocs.org/CTOC/COP/WG.7/2015/4',
    });
    expect(exported.paragraphs.map((paragraph) => paragraph.theme)).toEqual([
      null,
      null,
      '刑事司法对策',
      '刑事司法对策',
      '刑事司法对策',
      '刑事司法对策',
      '保护被偷运移民的权利',
      '保护被偷运移民的权利',
      '保护被偷运移民的权利',
    ]);
    expect(exported.paragraphs[3]).toEqual({
      number: 4,
      text: '文件着重说明需要把“金钱或其他物质利益”这一要素列作一项要求，例如：',
      items: [
        { label: 'a', text: '欧洲边境监测系统；' },
        { label: 'b', text: '多机构港口情报股。' },
      ],
      chapter: 2,
      theme: '刑事司法对策',
      paper: 'CTOC/COP/WG.7/2018/2',
    });
  });

  it('has empty references, mechanisms and concepts when no knowledge is given', () => {
    const exported = toExportJson(makeSampleCatalog());
    expect(exported.references).toEqual([]);
    expect(exported.instrumentMentions).toEqual([]);
    expect(exported.mechanisms).toEqual([]);
    expect(exported.concepts).toEqual([]);
  });

  it('carries references with their citation, mechanisms and concepts from the knowledge given', () => {
    const { catalog } = corpusSearchIndex();
    const exported = toExportJson(catalog, describeCatalog(catalog, bundledKnowledge()));
    const texts = catalog.paragraphs.map((paragraph) =>
      [paragraph.text, ...paragraph.items.map((item) => item.text)].join(' '),
    );
    expect(exported.references.length).toBeGreaterThan(10);
    expect(exported.mechanisms.length).toBeGreaterThan(10);
    for (const reference of exported.references) {
      expect(texts[reference.paragraph - 1]).toContain(reference.text);
      expect(reference.citation).toMatch(/art\. \d+|resolution/i);
    }
    expect(exported.concepts).toHaveLength(bundledKnowledge().thesaurus.concepts.length);
    for (const concept of exported.concepts) {
      for (const number of concept.paragraphs) expect(number).toBeLessThanOrEqual(catalog.paragraphs.length);
    }
    expect(exported.mechanisms.every((mechanism) => typeof mechanism.labels['en'] === 'string')).toBe(true);
  });

  it('shares no arrays with the catalog', () => {
    const catalog = makeSampleCatalog();
    const exported = toExportJson(catalog);
    expect(exported.themes[0]?.keyTopics).not.toBe(catalog.themes[0]?.keyTopics);
    expect(exported.document.header.dates).not.toBe(catalog.document.header.dates);
  });

  it('throws INTERNAL on a paper whose theme the catalog does not hold', () => {
    const catalog = makeSampleCatalog();
    const broken: Catalog = {
      ...catalog,
      papers: catalog.papers.map((paper) => ({ ...paper, theme: 'theme-404' })),
    };
    expect(() => toExportJson(broken)).toThrow(/theme-404/);
    try {
      toExportJson(broken);
    } catch (error) {
      expect(isSomkbError(error, 'INTERNAL')).toBe(true);
    }
  });
});

describe('renderJson', () => {
  it('prints pretty JSON with a 2-space indent and one trailing newline', () => {
    const text = renderJson(makeSampleCatalog());
    expect(text.startsWith('{\n  "document": {\n    "id": "thematic-summary-2021",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(JSON.parse(text)).toEqual(toExportJson(makeSampleCatalog()));
  });

  it('keeps quotes in text intact through JSON', () => {
    const parsed = JSON.parse(renderJson(makeSampleCatalog())) as { paragraphs: { text: string }[] };
    expect(parsed.paragraphs[5]?.text).toBe('所分析的手段包括对移民的"控制下交付"。');
  });
});
