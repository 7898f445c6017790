import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import type { Briefing, BriefingRequest, BriefingTocEntry } from './build-briefing.js';
import { buildBriefing, paperAnchor } from './build-briefing.js';

const { catalog } = corpusSearchIndex();
const knowledge = describeCatalog(catalog, bundledKnowledge());
const brief = (request: Partial<BriefingRequest> = {}): Briefing =>
  buildBriefing(catalog, knowledge, { selection: {}, date: '2025-03-04', ...request });

/** The table of contents a briefing's sections and annexes call for. */
function expectedContents(briefing: Briefing): BriefingTocEntry[] {
  return [
    ...briefing.sections.flatMap((section) => [
      { level: 1 as const, text: section.title, anchor: section.anchor, lang: section.titleLang },
      ...section.papers.map((paper) => ({
        level: 2 as const,
        text: paper.heading,
        anchor: paper.anchor,
        lang: briefing.headingsLanguage,
      })),
    ]),
    ...(briefing.provisions.length > 0
      ? [
          {
            level: 1 as const,
            text: briefing.labels.provisions,
            anchor: 'provisions',
            lang: briefing.headingsLanguage,
          },
        ]
      : []),
    ...(briefing.instruments.length > 0
      ? [
          {
            level: 1 as const,
            text: briefing.labels.instruments,
            anchor: 'instruments',
            lang: briefing.headingsLanguage,
          },
        ]
      : []),
  ];
}

/** The error `run` throws, which must be a SomkbError of `code`. */
function failure(run: () => unknown, code: 'NOT_FOUND' | 'USAGE'): { message: string; where?: string } {
  try {
    run();
  } catch (error) {
    expect(isSomkbError(error, code)).toBe(true);
    return error as { message: string; where?: string };
  }
  throw new Error('expected an error');
}

describe('buildBriefing', () => {
  it('groups the whole catalog by theme and paper in catalog order, the introduction first', () => {
    const briefing = brief();
    expect(briefing.sections.map((section) => section.theme)).toEqual([
      null,
      ...catalog.themes.map((theme) => theme.id),
    ]);
    expect(briefing.sections[0]?.title).toBe('一. 导言');
    expect(briefing.sections[0]?.paragraphs.map((paragraph) => paragraph.number)).toEqual([1, 2, 3]);
    const chinese = brief({ headingsLanguage: 'zh' });
    for (const [index, theme] of catalog.themes.entries()) {
      const section = briefing.sections[index + 1];
      // Issue 12.14: an English pack names themes and key topics in English; a Chinese one as printed.
      expect(section?.titleLang, theme.name).toBe('en');
      expect(section?.title).toMatch(/^[A-Z]/);
      expect(section?.keyTopics.map((topic) => topic.lang)).toEqual(theme.keyTopics.map(() => 'en'));
      expect(chinese.sections[index + 1]?.title).toBe(theme.name);
      expect(chinese.sections[index + 1]?.keyTopics.map((topic) => topic.text)).toEqual(theme.keyTopics);
      expect(section?.papers.map((paper) => paper.symbol)).toEqual(theme.papers);
    }
    expect(briefing.sections[1]?.title).toBe('Criminal justice responses');
    expect(briefing.sections[1]?.keyTopics[0]).toEqual({
      text: 'financial or other material benefit',
      lang: 'en',
    });
    const all = briefing.sections.flatMap((section) => [
      ...section.paragraphs,
      ...section.papers.flatMap((paper) => paper.paragraphs),
    ]);
    expect(all.map((paragraph) => paragraph.number)).toEqual(catalog.paragraphs.map((p) => p.number));
    expect(briefing.cover.counts).toEqual({ themes: 9, papers: 17, paragraphs: 79 });
    expect(briefing.cover.selection).toEqual([
      { label: 'Selection', value: 'The whole thematic summary', lang: 'en' },
    ]);
  });

  it('keeps catalog order whatever the order of the selection', () => {
    const briefing = brief({
      selection: { papers: ['CTOC/COP/WG.7/2020/3', 'CTOC/COP/WG.7/2012/2'], themes: ['theme-2'] },
    });
    expect(briefing.sections.map((section) => section.theme)).toEqual(['theme-1', 'theme-2', 'theme-9']);
    expect(briefing.sections[0]?.papers.map((paper) => paper.symbol)).toEqual(['CTOC/COP/WG.7/2012/2']);
    expect(briefing.sections[0]?.keyTopics).toHaveLength(catalog.themes[0]?.keyTopics.length ?? -1);
  });

  it('cites each paragraph with its paper and links its official document', () => {
    const briefing = brief({ selection: { paragraphs: [12, 2] } });
    const paper = briefing.sections[1]?.papers[0];
    expect(paper).toMatchObject({
      symbol: 'CTOC/COP/WG.7/2015/4',
      heading: 'CTOC/COP/WG.7/2015/4 (2015, meeting 3)',
      url: 'https://undocs.org/CTOC/COP/WG.7/2015/4',
      anchor: 'paper-ctoc-cop-wg-7-2015-4',
    });
    expect(paper?.paragraphs[0]).toMatchObject({
      number: 12,
      citation: 'Thematic summary (2021), para. 12 (on CTOC/COP/WG.7/2015/4)',
      url: 'https://undocs.org/CTOC/COP/WG.7/2015/4',
      anchor: 'para-12',
    });
    expect(briefing.sections[0]?.paragraphs[0]).toMatchObject({
      number: 2,
      citation: 'Thematic summary (2021), para. 2',
      url: null,
    });
    const zh = brief({ selection: { paragraphs: [12] }, headingsLanguage: 'zh' });
    expect(zh.sections[0]?.papers[0]?.paragraphs[0]?.citation).toBe(
      '专题概要（2021 年），第 12 段（关于文件 CTOC/COP/WG.7/2015/4）',
    );
    expect(zh.sections[0]?.papers[0]?.heading).toBe('CTOC/COP/WG.7/2015/4（2015 年，第 3 次会议）');
  });

  it('lists the provisions cited in the selected paragraphs only, with their titles and places', () => {
    const briefing = brief({ selection: { papers: ['CTOC/COP/WG.7/2018/2'] } });
    expect(briefing.provisions).toEqual([
      {
        citation: 'Smuggling of Migrants Protocol, art. 3(a) (Use of terms)',
        citationLang: 'en',
        otherCitation: '《打击偷运移民议定书》第 3 条(a)款（术语的使用）',
        otherLang: 'zh',
        places: [
          {
            paragraph: 5,
            item: null,
            citation: 'Thematic summary (2021), para. 5 (on CTOC/COP/WG.7/2018/2)',
            anchor: 'para-5',
          },
        ],
      },
    ]);
    // Issue 12.14: in a French pack, the provision in French, its Chinese citation beside it.
    const french = brief({ selection: { papers: ['CTOC/COP/WG.7/2018/2'] }, headingsLanguage: 'fr' });
    expect(french.provisions[0]).toMatchObject({ citationLang: 'fr', otherLang: 'zh' });
    expect(french.provisions[0]?.citation).toMatch(/^Protocole .*art\. 3/);
    const whole = brief();
    const cited = new Set(knowledge.references.map((reference) => reference.paragraph));
    const places = whole.provisions.flatMap((provision) => provision.places.map((place) => place.paragraph));
    expect(new Set(places)).toEqual(cited);
    const theme9 = brief({ selection: { themes: ['theme-9'] } });
    const inTheme9 = knowledge.references.filter((reference) => reference.paragraph >= 76);
    expect(theme9.provisions.flatMap((provision) => provision.places)).toHaveLength(
      new Set(inTheme9.map((reference) => `${reference.paragraph}${reference.item ?? ''}`)).size,
    );
  });

  it('names the instruments the selected paragraphs mention without an article', () => {
    const briefing = brief({ selection: { paragraphs: [46] } });
    expect(briefing.instruments.map((instrument) => instrument.citation)).toContain('UNCLOS');
    expect(briefing.instruments.every((entry) => entry.places.every((place) => place.paragraph === 46))).toBe(
      true,
    );
  });

  it('makes the table of contents exactly the sections, their papers and the annexes', () => {
    for (const briefing of [
      brief(),
      brief({ selection: { themes: ['theme-4'] }, headingsLanguage: 'zh' }),
      brief({ selection: { paragraphs: [1] } }),
    ]) {
      expect(briefing.contents).toEqual(expectedContents(briefing));
    }
    expect(brief({ selection: { paragraphs: [1] } }).contents).toEqual([
      { level: 1, text: '一. 导言', anchor: 'chapter-1', lang: 'zh' },
      { level: 1, text: 'Instruments named without an article', anchor: 'instruments', lang: 'en' },
    ]);
  });

  it('describes the selection, date and counts on the cover', () => {
    const briefing = brief({
      selection: { themes: ['theme-4'], topics: ['hawala'], papers: ['ctoc/cop/wg.7/2015/4'] },
      title: '  Air smuggling  ',
    });
    expect(briefing.cover.title).toBe('Air smuggling');
    expect(briefing.cover.dateText).toBe('4 March 2025');
    // Issue 12.14: names in the pack's language, and no internal id (theme-4) on the cover.
    expect(briefing.cover.selection).toEqual([
      { label: 'Themes', value: 'Smuggling of migrants by air', lang: 'en' },
      { label: 'Topics', value: 'Hawala', lang: 'en' },
      { label: 'Papers', value: 'CTOC/COP/WG.7/2015/4', lang: 'en' },
    ]);
    expect(JSON.stringify(briefing.cover)).not.toContain('theme-4');
    const french = brief({ selection: { themes: ['theme-4'], topics: ['hawala'] }, headingsLanguage: 'fr' });
    expect(french.cover.selection.map((line) => line.label)).toEqual(['Thèmes', 'Questions']);
    expect(french.cover.selection[0]?.lang).toBe('fr');
    expect(french.sections[0]?.titleLang).toBe('fr');
    expect(french.cover.dateText).toBe('4 mars 2025');
    const query = brief({ selection: { paragraphs: [12, 77] }, query: '哈瓦拉', headingsLanguage: 'zh' });
    expect(query.cover.title).toBe('简报材料');
    expect(query.cover.dateText).toBe('2025 年 3 月 4 日');
    expect(query.cover.selection).toEqual([{ label: '检索', value: '“哈瓦拉”，找到 2 个段落', lang: 'zh' }]);
    expect(query.cover.countsText).toBe('2 个主题，2 份背景文件，2 个段落');
    // The query line counts what the query found, not the whole pack (a theme adds paragraphs).
    const combined = brief({ selection: { paragraphs: [12, 77], themes: ['theme-1'] }, query: 'hawala' });
    expect(combined.cover.selection.at(-1)).toEqual({
      label: 'Query',
      value: '«hawala», 2 paragraphs found',
      lang: 'en',
    });
    expect(combined.cover.counts.paragraphs).toBeGreaterThan(2);
    expect(brief({ selection: { paragraphs: [7, 5, 6, 9] } }).cover.selection).toEqual([
      { label: 'Paragraphs', value: '5-7, 9', lang: 'en' },
    ]);
  });

  it('names its file after what it holds and its headings language, in safe characters', () => {
    expect(brief().fileStem).toBe('somkb-brief-thematic-summary-en');
    expect(brief({ selection: { themes: ['theme-4'] }, headingsLanguage: 'es' }).fileStem).toBe(
      'somkb-brief-tráfico-ilícito-de-migrantes-por-aire-es',
    );
    expect(brief({ selection: { paragraphs: [12] }, query: 'Hawala / "money"?' }).fileStem).toBe(
      'somkb-brief-hawala-money-en',
    );
    expect(brief({ selection: { papers: ['CTOC/COP/WG.7/2015/4'] }, headingsLanguage: 'zh' }).fileStem).toBe(
      'somkb-brief-ctoc-cop-wg-7-2015-4-zh',
    );
    const long = brief({ selection: { paragraphs: [12] }, query: 'x'.repeat(300) }).fileStem;
    expect(long).toBe(`somkb-brief-${'x'.repeat(60)}-en`);
  });

  it('refuses a query that found nothing, naming it, rather than give an empty pack', () => {
    const error = failure(() => brief({ selection: { paragraphs: [] }, query: 'zzz' }), 'NOT_FOUND');
    expect(error.message).toBe("no paragraph matches the query 'zzz', so there is nothing to brief on");
    expect(error.where).toBe('query');
    expect(failure(() => brief({ selection: { themes: ['theme-10'] } }), 'NOT_FOUND').where).toBe('theme');
  });

  it('refuses a date that is not an ISO date', () => {
    expect(failure(() => brief({ date: '04/03/2025' }), 'USAGE').message).toContain("(got '04/03/2025')");
    expect(failure(() => brief({ date: '2025-02-30' }), 'USAGE').where).toBe('date');
  });
});

describe('paperAnchor', () => {
  it('turns a symbol into an id', () => {
    expect(paperAnchor('CTOC/COP/WG.7/2012/2')).toBe('paper-ctoc-cop-wg-7-2012-2');
  });
});
